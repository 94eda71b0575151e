import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { registrosQueCuentan } from '../../../shared/domain/conteo';
import { DESCRIPTORES, REGISTROS as REGISTROS_DECLARADOS } from '../../../shared/registros';
import { SIN_GRUPOS_EDAD } from '../../../shared/schemas/modulos';
import { entradaLibroPoa } from '../../../shared/reportes/libro';
import { logoDeDataUrl } from '../../../shared/reportes/logo';
import { justificacionesPorTrimestre } from '../../../shared/reportes/justificaciones';
import { columnaMes, filasActividadCronograma } from '../../../shared/workbook/disposicion';
import { construirLibroPoa } from '../../../shared/workbook/libro';
import type { TablaAnexo } from '../../../shared/workbook/tipos';
import {
  A1,
  A2,
  A4,
  AP_JUAN,
  AP_NOV,
  C_FIRMADO,
  E_TALLER,
  J_REALIZADA,
  JUAN,
  JUSTIFICACIONES,
  M_ASISTIDA,
  MARIA,
  REGISTROS,
  S_2025,
  S_CANCELADA,
  S_DUPLICADA,
  S_NOV_1,
  S_NOV_2,
  S_OCT,
  A1_RECONDUCIDA,
  A3_RECONDUCIDA,
  R_JULIO,
  R_NOVIEMBRE,
  cronograma,
  datosLibro,
  datosLibroAutorizado,
} from './datos';

const anexo = (tablas: TablaAnexo[], nombre: string) => tablas.find((t) => t.nombre === nombre)!;
const suma = (v: readonly number[]) => v.reduce((a, b) => a + b, 0);
const porPrimeraCelda = (x: readonly unknown[], y: readonly unknown[]) => JSON.stringify(x).localeCompare(JSON.stringify(y));
/** A table's rows as objects keyed by column title, so a test names what it checks. */
const filasDe = (t: TablaAnexo) => t.filas.map((f) => Object.fromEntries(t.columnas.map((c, i) => [c.titulo, f[i]])));

describe('entradaLibroPoa: las cifras del libro son las del cronograma', () => {
  it('programado y logrado de cada actividad son los del cronograma, con los ajustes manuales sumados', () => {
    const c = cronograma();
    const entrada = entradaLibroPoa(datosLibro({ cronograma: c }));
    expect(entrada.actividades.map((a) => a.numero)).toEqual([1, 2, 3, 4]);
    entrada.actividades.forEach((a, i) => {
      expect(a.programado).toEqual(c.filas[i].programado);
      expect(a.logrado).toEqual(c.filas[i].logrado);
      expect(a.metaAnual).toBe(c.filas[i].actividad.metaAnual);
    });
    // November: 2 solicitudes (not the cancelled, duplicate or deleted ones); 1 apoyo + 1 jornada + 3 adjusted;
    // 1 taller; 1 mesa + 1 convenio − 1 adjusted. October: 1 solicitud, 1 apoyo.
    expect(entrada.actividades.map((a) => a.logrado[10])).toEqual([2, 5, 1, 1]);
    expect(entrada.actividades.map((a) => a.logrado[9])).toEqual([1, 1, 0, 0]);
    expect(entrada.actividades[0].programado).toEqual([8, 8, 8, 8, 8, 8, 7, 7, 7, 7, 7, 7]);
  });

  it('lleva el encabezado del POA, el municipio, los umbrales, la fecha y el logo PNG', () => {
    const entrada = entradaLibroPoa(datosLibro());
    expect(entrada.anio).toBe(2026);
    expect(entrada.municipio).toBe('San Pedro de las Flores');
    expect(entrada.encabezado.area).toBe('Gestión Social y Atención Ciudadana');
    expect(entrada.encabezado.objetivoGeneral).toBe('Atención directa a los ciudadanos en sus demandas y necesidades sociales');
    expect(entrada.umbrales).toEqual({ verde: 90, ambar: 70 });
    expect(entrada.generado).toEqual(new Date(2026, 10, 24, 18, 0));
    expect(entrada.logo?.extension).toBe('png');
    expect(entrada.actividades[3].acciones).toEqual(A4.acciones);
    expect(entradaLibroPoa(datosLibro({ configuracion: { municipio: '', logoDataUrl: null } })).logo).toBeUndefined();
  });

  it('rechaza un cronograma de otro año que el POA', () => {
    expect(() => entradaLibroPoa(datosLibro({ poa: { ...datosLibro().poa, anio: 2027 } }))).toThrow(/2026.*2027/);
  });
});

describe('entradaLibroPoa: estado del POA, metas inicial y modificada y reconducciones', () => {
  it('un POA autorizado lleva quién lo autorizó y cuándo; la meta inicial es la autorizada y la modificada la vigente', () => {
    const entrada = entradaLibroPoa(datosLibroAutorizado());
    expect(entrada.estado).toEqual({ clave: 'autorizado', texto: 'Autorizado por Ana Torres Vidal el 15/01/2026' });
    const [a1, a2, a3] = entrada.actividades;
    expect(a1.inicial).toEqual({ metaAnual: 90, programado: [8, 8, 8, 8, 8, 8, 7, 7, 7, 7, 7, 7] });
    expect(a1.programado).toEqual(A1_RECONDUCIDA.programado);
    expect(a1.programado.slice(10)).toEqual([9, 5]);
    expect(a2.inicial.programado).toEqual(a2.programado);
    expect([a3.inicial.metaAnual, a3.metaAnual, a3.programado[6]]).toEqual([90, 92, A3_RECONDUCIDA.programado[6]]);
  });

  it('la hoja Reconducciones lista las del año en orden, con fecha local, actividad, meses, metas antes y después, motivo y firmantes', () => {
    const t = entradaLibroPoa(datosLibroAutorizado()).reconducciones;
    expect(t.nombre).toBe('Reconducciones');
    expect(filasDe(t)).toEqual([
      {
        Fecha: '2026-06-20',
        'N°': 3,
        Actividad: 'Programas Sociales y gestión ante dependencias externas',
        'Meses cambiados': 'julio',
        'Meta por mes (antes → después)': 'julio 7 → 9',
        'Meta anual antes': 90,
        'Meta anual después': 92,
        Motivo: R_JULIO.motivo,
        'Solicitó': 'Jefe del Departamento',
        'Autorizó': 'Ana Torres Vidal',
        'Registró': 'Jefe del Departamento',
      },
      expect.objectContaining({
        Fecha: '2026-11-10',
        'N°': 1,
        'Meses cambiados': 'noviembre y diciembre',
        'Meta por mes (antes → después)': 'noviembre 7 → 9, diciembre 7 → 5',
        Motivo: R_NOVIEMBRE.motivo,
      }),
    ]);
    expect(t.vacio).toBe('Sin reconducciones en 2026: las metas programadas son las que se autorizaron.');
  });

  it('un borrador: la meta inicial es la vigente, y la hoja de reconducciones dice por qué está vacía', () => {
    const entrada = entradaLibroPoa(datosLibro());
    expect(entrada.estado).toEqual({ clave: 'borrador', texto: 'Borrador (sin autorizar)' });
    for (const a of entrada.actividades) expect(a.inicial).toEqual({ metaAnual: a.metaAnual, programado: a.programado });
    expect(entrada.reconducciones.filas).toEqual([]);
    expect(entrada.reconducciones.vacio).toBe('El POA 2026 es un borrador: sus metas aún no están autorizadas, así que no tiene reconducciones.');
  });

  it('un POA cerrado dice cuándo se cerró y quién lo autorizó', () => {
    const poa = { ...datosLibroAutorizado().poa, estado: 'cerrado' as const, cierre: { usuario: 'Jefe del Departamento', fecha: '2027-01-08T16:00:00.000Z' } };
    expect(entradaLibroPoa(datosLibroAutorizado({ poa })).estado).toEqual({
      clave: 'cerrado',
      texto: 'Cerrado el 08/01/2027 · autorizado por Ana Torres Vidal el 15/01/2026',
    });
  });
});

describe('anexos: exactamente los registros que sustentan cada cifra', () => {
  const entrada = entradaLibroPoa(datosLibro());
  const c = cronograma();

  it('seis anexos con títulos en español, en el orden de las actividades', () => {
    expect(entrada.anexos.map((a) => a.nombre)).toEqual(['Solicitudes', 'Apoyos', 'Jornadas', 'Talleres y programas', 'Mesas', 'Convenios']);
    expect(anexo(entrada.anexos, 'Solicitudes').columnas.map((col) => col.titulo)).toEqual([
      'Folio',
      'Fecha de recepción',
      'Ciudadano',
      'Tipo de apoyo',
      'Colonia',
      'Dependencia',
      'Descripción',
      'Estatus',
      '¿Cuenta?',
      'Fecha compromiso',
      'Evidencias',
    ]);
  });

  it('cada anexo termina con la columna «Evidencias»: cuántos archivos prueban cada registro, 0 si ninguno', () => {
    for (const t of entrada.anexos) {
      expect(t.columnas.at(-1)).toEqual({ titulo: 'Evidencias', tipo: 'numero', ancho: 11 });
      for (const f of t.filas) expect(typeof f.at(-1)).toBe('number');
    }
    const solicitudes = filasDe(anexo(entrada.anexos, 'Solicitudes'));
    expect(solicitudes.map((f) => [f.Folio, f['¿Cuenta?'], f.Evidencias])).toEqual([
      [S_OCT.folio, 'Sí', 0],
      [S_NOV_1.folio, 'Sí', 1],
      [S_CANCELADA.folio, 'No', 2],
      [S_DUPLICADA.folio, 'No', 0],
      [S_NOV_2.folio, 'Sí', 0],
    ]);
    expect(filasDe(anexo(entrada.anexos, 'Apoyos')).every((f) => f.Evidencias === 0)).toBe(true);
  });

  it('cada anexo es el que declara el descriptor de su tipo: nombre, título, columnas y cada celda de su columna', () => {
    const datos = datosLibro();
    const { referencias } = datos;
    expect(entrada.anexos.map((a) => a.nombre)).toEqual(DESCRIPTORES.map((d) => d.anexo.nombre));
    for (const d of DESCRIPTORES) {
      const tabla = anexo(entrada.anexos, d.anexo.nombre);
      expect(tabla.titulo).toBe(d.anexo.titulo(2026));
      expect(tabla.columnas).toStrictEqual([
        ...d.anexo.columnas.map((col) => (col.ancho === undefined ? { titulo: col.titulo, tipo: col.tipo } : { titulo: col.titulo, tipo: col.tipo, ancho: col.ancho })),
        { titulo: 'Evidencias', tipo: 'numero', ancho: 11 },
      ]);
      // The rows are the records of the kind that count, in the cronograma's order, each cell from its column; the
      // Solicitudes annex lists every live one received in the year.
      const contados = new Set(
        (['solicitudes', 'apoyos', 'programas', 'gestion'] as const).flatMap((regla) =>
          registrosQueCuentan(regla, REGISTROS, 2026).filter((r) => r.tipo === d.tipo).map((r) => r.id),
        ),
      );
      const delAnio = (r: Record<string, unknown>) => r.eliminado === 0 && String(r[d.campoFecha]).startsWith('2026');
      const todos = 'todos' in d.anexo && d.anexo.todos;
      const lista = (REGISTROS[d.tabla] as readonly ({ id: string } & Record<string, unknown>)[]).filter((r) => (todos ? delAnio(r) : contados.has(r.id)));
      expect(tabla.filas).toHaveLength(todos ? lista.length : contados.size);
      const columnas = d.anexo.columnas as readonly { valor(r: { id: string }, ref: typeof referencias): unknown }[];
      const esperadas = lista.map((r) => [...columnas.map((col) => col.valor(r, referencias)), referencias.evidencias.get(r.id) ?? 0]);
      expect([...tabla.filas].sort(porPrimeraCelda)).toEqual([...esperadas].sort(porPrimeraCelda));
    }
  });

  it('el número de filas de cada anexo es el logrado de registros del cronograma', () => {
    const filas = (nombre: string) => anexo(entrada.anexos, nombre).filas.length;
    expect(filasDe(anexo(entrada.anexos, 'Solicitudes')).filter((f) => f['¿Cuenta?'] === 'Sí')).toHaveLength(suma(c.filas[0].logradoRegistros));
    expect(filas('Apoyos') + filas('Jornadas')).toBe(suma(c.filas[1].logradoRegistros));
    expect(filas('Talleres y programas')).toBe(suma(c.filas[2].logradoRegistros));
    expect(filas('Mesas') + filas('Convenios')).toBe(suma(c.filas[3].logradoRegistros));
  });

  it('solicitudes: todas las recibidas en el año, por fecha, con su estatus, si cuentan y lo que pidieron', () => {
    const t = anexo(entrada.anexos, 'Solicitudes');
    const esperados = registrosQueCuentan('solicitudes', REGISTROS, 2026).map((r) => r.id);
    expect(esperados).toEqual([S_OCT.id, S_NOV_1.id, S_NOV_2.id]);
    // The cancelled and the duplicate are listed and say they do not count; the deleted one and 2025's are not there.
    expect(filasDe(t).map((f) => [f.Folio, f.Estatus, f['¿Cuenta?']])).toEqual([
      [S_OCT.folio, 'Atendida', 'Sí'],
      [S_NOV_1.folio, 'Canalizada', 'Sí'],
      [S_CANCELADA.folio, 'Cancelada', 'No'],
      [S_DUPLICADA.folio, 'Duplicada', 'No'],
      [S_NOV_2.folio, 'Recibida', 'Sí'],
    ]);
    expect(filasDe(t)[2]['Descripción']).toBe(
      'Solicita láminas de fibrocemento para el techo de su vivienda, que se dañó con las lluvias de octubre; pide además…',
    );
    expect(Array.from(String(filasDe(t)[2]['Descripción'])).length).toBeLessThanOrEqual(120);
    expect(filasDe(t)[1]).toEqual({
      Folio: S_NOV_1.folio,
      'Fecha de recepción': '2026-11-03T09:10',
      Ciudadano: 'María José Pérez López',
      'Tipo de apoyo': 'Despensa',
      Colonia: 'Centro',
      Dependencia: 'DIF Municipal',
      'Descripción': 'Solicita apoyo con despensa para su familia',
      Estatus: 'Canalizada',
      '¿Cuenta?': 'Sí',
      'Fecha compromiso': '2026-11-20',
      Evidencias: 1,
    });
    expect(filasDe(t)[4]).toMatchObject({ Ciudadano: 'Juan Hernández García', 'Tipo de apoyo': 'Medicamento', Colonia: '', Dependencia: '', Estatus: 'Recibida' });
  });

  it('apoyos: sólo los entregados del año, con el folio de su solicitud aunque sea de otro año', () => {
    const filas = filasDe(anexo(entrada.anexos, 'Apoyos'));
    expect(filas).toEqual([
      expect.objectContaining({ 'Fecha de entrega': '2026-10-20', 'Folio de solicitud': S_OCT.folio, Beneficiario: 'Juan Hernández García', Fuente: 'Estatal', 'Colonia / localidad': 'El Mirador' }),
      {
        'Fecha de entrega': '2026-11-12',
        'Folio de solicitud': S_2025.folio,
        Beneficiario: 'María José Pérez López',
        'Colonia / localidad': 'Centro, Cabecera municipal',
        'Programa social': 'Becas para el bienestar',
        'Tipo de apoyo': 'Despensa',
        Cantidad: 2,
        Unidad: 'paquete',
        'Valor estimado': 1234.5,
        Fuente: 'Municipal',
        Dependencia: 'DIF Municipal',
        Estatus: 'Entregado',
        Evidencias: 0,
      },
    ]);
    expect(AP_NOV.id).not.toBe(AP_JUAN.id);
  });

  it('jornadas y talleres llevan una columna por grupo de edad; en blanco los capturados sin ellos y los programas', () => {
    const edades = ['0 a 11 años', '12 a 17 años', '18 a 29 años', '30 a 59 años', '60 años y más'];
    const porEdad = (t: TablaAnexo) => filasDe(t).map((f) => edades.map((e) => f[e]));
    const jornadas = anexo(entrada.anexos, 'Jornadas');
    expect(jornadas.columnas.map((col) => col.titulo).slice(-10)).toEqual(['Mujeres', 'Hombres', 'Otro', 'Personas atendidas', ...edades, 'Evidencias']);
    expect(porEdad(jornadas)).toEqual([[5, 5, 10, 10, 5]]);
    expect(porEdad(anexo(entrada.anexos, 'Talleres y programas'))).toEqual([[2, 3, 7, 7, 3]]);
    const sinGrupos = { ...J_REALIZADA, ...SIN_GRUPOS_EDAD };
    const programa = { ...E_TALLER, tipo: 'programa' as const };
    const referencias = datosLibro().referencias;
    const celdas = <R,>(columnas: readonly { titulo: string; valor(r: R, ref: typeof referencias): unknown }[], r: R) =>
      columnas.filter((col) => edades.includes(col.titulo)).map((col) => col.valor(r, referencias));
    expect(celdas(REGISTROS_DECLARADOS.jornada.anexo.columnas, sinGrupos)).toEqual([null, null, null, null, null]);
    expect(celdas(REGISTROS_DECLARADOS.evento.anexo.columnas, programa)).toEqual([null, null, null, null, null]);
  });

  it('jornadas realizadas, talleres realizados, mesas asistidas y convenios firmados; nada más', () => {
    expect(filasDe(anexo(entrada.anexos, 'Jornadas'))).toEqual([
      expect.objectContaining({ Fecha: J_REALIZADA.fecha, Nombre: 'Jornada de salud en Las Flores', 'Dependencias participantes': 'DIF Municipal, Cruz Roja', 'Personas atendidas': 35 }),
    ]);
    expect(filasDe(anexo(entrada.anexos, 'Talleres y programas'))).toEqual([
      expect.objectContaining({ Fecha: E_TALLER.fecha, Tipo: 'Taller', Nombre: 'Taller de autoestima', 'Facilitador / dependencia': 'DIF Municipal', Asistentes: 22 }),
    ]);
    expect(filasDe(anexo(entrada.anexos, 'Mesas'))).toEqual([
      expect.objectContaining({ Fecha: M_ASISTIDA.fecha, Tema: 'Mesa de seguridad alimentaria', 'Instituciones participantes': 'DIF Municipal, Protección Civil' }),
    ]);
    expect(filasDe(anexo(entrada.anexos, 'Convenios'))).toEqual([
      expect.objectContaining({ Número: C_FIRMADO.numero, Tipo: 'Colaboración', Sector: 'Organización civil', 'Fecha de firma': '2026-11-14', Estatus: 'Vigente' }),
    ]);
  });
});

describe('padrón público de beneficiarios', () => {
  const entrada = entradaLibroPoa(datosLibro());
  const padron = entrada.padronPublico;

  it('no tiene columnas de CURP, calle, número, código postal, teléfono ni correo', () => {
    const titulos = padron.columnas.map((c) => c.titulo);
    expect(titulos).toEqual(['Nombre', 'Apoyo', 'Programa social', 'Colonia / localidad', 'Edad', 'Sexo', 'Fecha de entrega']);
    for (const t of titulos) expect(t).not.toMatch(/curp|calle|domicilio|n[uú]mero|postal|tel[eé]fono|celular|correo|mail/i);
  });

  it('ningún dato sensible de las personas aparece en sus filas', () => {
    const texto = JSON.stringify(padron.filas);
    for (const p of [MARIA, JUAN]) {
      for (const dato of [p.curp, p.calle, p.telefono, p.correo, p.codigoPostal].filter(Boolean)) expect(texto).not.toContain(dato);
    }
  });

  it('una fila por apoyo entregado en el año, como el padrón del módulo 2: nombre, apoyo, programa, unidad territorial, edad a la entrega y sexo', () => {
    // María was born on 15/03/1990: 36 on the day of delivery. Juan has no birth date: the age captured.
    expect(padron.filas).toEqual([
      ['Hernández García Juan', 'Medicamento: 1 despensa', '', 'El Mirador', 67, 'Hombre', '2026-10-20'],
      ['Pérez López María José', 'Despensa: 2 paquete', 'Becas para el bienestar', 'Centro, Cabecera municipal', 36, 'Mujer', '2026-11-12'],
    ]);
  });
});

describe('justificaciones por trimestre para «Avance trimestral»', () => {
  it('el texto del trimestre tal cual; el de un mes, bimestre o año en el trimestre donde termina, con su periodo', () => {
    expect(justificacionesPorTrimestre(JUSTIFICACIONES, A1.id, 2026)).toEqual([
      { trimestre: 4, texto: 'Octubre: Cierre de ventanilla por remodelación' },
      { trimestre: 4, texto: 'Veda electoral en el cuarto trimestre' },
    ]);
    expect(justificacionesPorTrimestre(JUSTIFICACIONES, A4.id, 2026)).toEqual([
      { trimestre: 2, texto: '2do bimestre (mar–abr): Mesas reprogramadas por la Secretaría' },
    ]);
    expect(justificacionesPorTrimestre(JUSTIFICACIONES, A2.id, 2026)).toEqual([{ trimestre: 4, texto: 'Año 2026: Recorte presupuestal del programa estatal' }]);
  });
});

describe('logo del municipio', () => {
  it('PNG y JPEG se incrustan; otro formato o un valor dañado dejan el libro sin logo', () => {
    expect(logoDeDataUrl('data:image/png;base64,iVBO Rw0=')).toEqual({ base64: 'iVBORw0=', extension: 'png' });
    expect(logoDeDataUrl('data:image/jpg;base64,/9j/4AAQ')).toEqual({ base64: '/9j/4AAQ', extension: 'jpeg' });
    expect(logoDeDataUrl('data:image/svg+xml;base64,PHN2Zz4=')).toBeUndefined();
    expect(logoDeDataUrl('no es una imagen')).toBeUndefined();
    expect(logoDeDataUrl(null)).toBeUndefined();
  });
});

describe('el libro construido con esta entrada', () => {
  it('trae las hojas de anexos y el padrón sin columnas sensibles, y la cifra del cronograma en su celda', async () => {
    const c = cronograma();
    const bytes = await construirLibroPoa(entradaLibroPoa(datosLibro({ cronograma: c })));
    const libro = new ExcelJS.Workbook();
    await libro.xlsx.load(bytes as unknown as ArrayBuffer);
    expect(libro.worksheets.map((h) => h.name)).toEqual([
      'POA',
      'Cronograma',
      'Metas',
      'Indicador',
      'Avance trimestral',
      'Reconducciones',
      'Solicitudes',
      'Apoyos',
      'Jornadas',
      'Talleres y programas',
      'Mesas',
      'Convenios',
      'Padrón público',
    ]);
    const cron = libro.getWorksheet('Cronograma')!;
    expect(cron.getCell(filasActividadCronograma(1).logrado, columnaMes(11)).value).toBe(c.filas[1].logrado[10]);
    const padron = libro.getWorksheet('Padrón público')!;
    expect((padron.getRow(2).values as unknown[]).slice(1)).toEqual(['Nombre', 'Apoyo', 'Programa social', 'Colonia / localidad', 'Edad', 'Sexo', 'Fecha de entrega']);
    expect(padron.getCell(4, 1).value).toBe('Pérez López María José');
    const solicitudes = libro.getWorksheet('Solicitudes')!;
    const titulos = (solicitudes.getRow(2).values as unknown[]).slice(1);
    const [estatus, cuenta] = [titulos.indexOf('Estatus') + 1, titulos.indexOf('¿Cuenta?') + 1];
    expect([3, 4, 5, 6, 7].map((r) => [solicitudes.getCell(r, 1).value, solicitudes.getCell(r, estatus).value, solicitudes.getCell(r, cuenta).value])).toEqual([
      [S_OCT.folio, 'Atendida', 'Sí'],
      [S_NOV_1.folio, 'Canalizada', 'Sí'],
      [S_CANCELADA.folio, 'Cancelada', 'No'],
      [S_DUPLICADA.folio, 'Duplicada', 'No'],
      [S_NOV_2.folio, 'Recibida', 'Sí'],
    ]);
    // Listing what does not count changes no figure: activity 1 still achieves 1 in October and 2 in November.
    const fila1 = filasActividadCronograma(0).logrado;
    expect(Array.from({ length: 12 }, (_, m) => cron.getCell(fila1, columnaMes(m + 1)).value)).toEqual([0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 2, 0]);
  });
});
