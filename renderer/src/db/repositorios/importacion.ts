import { formatearFolio, serieFolio } from '../../../../shared/domain/folio';
import { conPersona, firmaColumnas, mapeoAplicable, NOMBRE_REGISTROS_IMPORTACION, type Mapeo, type TipoImportacion } from '../../../../shared/importar/campos';
import { IndiceCatalogos, type EntradaCatalogo, type Resoluciones } from '../../../../shared/importar/catalogos';
import { convertirFila, huellaDe, type DatosApoyoImportado, type DatosSolicitudImportada, type ResultadoFila } from '../../../../shared/importar/filas';
import type { OrdenNombre } from '../../../../shared/importar/nombres';
import { claveNombreYNacimiento, planearImportacion, type PersonaExistente, type PlanImportacion } from '../../../../shared/importar/plan';
import type { HojaLeida } from '../../../../shared/importar/tabla';
import type { z } from 'zod';
import {
  apoyoSchema,
  convenioSchema,
  datosConvenioSchema,
  datosEventoSchema,
  datosJornadaSchema,
  datosMesaSchema,
  eventoSchema,
  jornadaSchema,
  mesaSchema,
  type Apoyo,
} from '../../../../shared/schemas/modulos';
import { CLAVE_MAPEOS_IMPORTACION as CLAVE_MAPEOS, mapeosImportacionSchema } from '../../../../shared/schemas/respaldo';
import { nombreCompleto, type Persona } from '../../../../shared/schemas/personas';
import { solicitudSchema, type Seguimiento, type Solicitud } from '../../../../shared/schemas/solicitudes';
import type { ElementoCatalogo, TipoCatalogo } from '../../../../shared/schemas/sistema';
import { exigir } from '../../../../shared/seguridad/permisos';
import type { BaseDatosPoa } from '../db';
import { ErrorValidacion, validar } from '../errores';
import { sesionActual } from '../sesionEnMemoria';
import { ahoraIso, autorizar, camposNuevos, escribir, nuevaId, registrarBitacora } from './base';
import { mesCerrado } from './cierres';
import { obtenerConfiguracion } from './configuracion';
import { camposDeBusqueda } from './personas';
import { recepcion } from './solicitudes';

/**
 * Importing the office's spreadsheets: the dry run reads the rows and the database (by indexes: CURPs, names,
 * fingerprints, closed months) and writes nothing; confirming writes every record of the plan, its citizens, the
 * catalogue entries the user chose to add, the folios and one bitácora entry in one transaction: all or nothing.
 */

/** Rows converted between two pauses, so the screen keeps answering while a large file is read. */
const FILAS_POR_TRAMO = 1000;
/** Records written per request inside the import's transaction; the progress bar moves after each. */
const REGISTROS_POR_TRAMO = 2000;

const pausa = () => new Promise<void>((listo) => setTimeout(listo, 0));

export type Progreso = (hechas: number, total: number) => void;

export interface DatosImportacion {
  archivo: string;
  hoja: HojaLeida;
  tipo: TipoImportacion;
  mapeo: Mapeo;
  ordenNombre: OrdenNombre;
  resoluciones: Resoluciones;
}

export async function catalogosParaImportar(db: BaseDatosPoa): Promise<EntradaCatalogo[]> {
  const todos = await db.catalogos.toArray();
  return todos.filter((e) => e.eliminado === 0 && e.activo).map(({ id, tipo, nombre }) => ({ id, tipo, nombre }));
}

/* ---------- Mappings remembered per set of columns (stored in the configuración table) ---------- */

interface MapeoRecordado {
  mapeo: Mapeo;
  ordenNombre: OrdenNombre;
}

/** The remembered mappings; ones a backup or an older version left in another shape are forgotten, never an error. */
async function mapeosGuardados(db: BaseDatosPoa): Promise<z.infer<typeof mapeosImportacionSchema>> {
  const leido = mapeosImportacionSchema.safeParse((await db.configuracion.get(CLAVE_MAPEOS))?.valor);
  return leido.success ? leido.data : {};
}

/** The mapping used last time for a file with these same columns, if it still fits. */
export async function mapeoRecordado(db: BaseDatosPoa, tipo: TipoImportacion, encabezados: readonly string[]): Promise<MapeoRecordado | null> {
  const guardado = (await mapeosGuardados(db))[firmaColumnas(tipo, encabezados)];
  if (!guardado || !mapeoAplicable(tipo, encabezados, guardado.mapeo)) return null;
  return { mapeo: guardado.mapeo, ordenNombre: guardado.ordenNombre };
}

/* ---------- The dry run ---------- */

export async function convertirHoja(db: BaseDatosPoa, datos: DatosImportacion, progreso?: Progreso): Promise<ResultadoFila[]> {
  const [configuracion, catalogos] = await Promise.all([obtenerConfiguracion(db), catalogosParaImportar(db)]);
  const ctx = {
    tipo: datos.tipo,
    mapeo: datos.mapeo,
    ordenNombre: datos.ordenNombre,
    catalogos: new IndiceCatalogos(catalogos),
    resoluciones: datos.resoluciones,
    diasCompromiso: configuracion.diasCompromiso,
    responsable: sesionActual(db)?.nombre ?? 'Sin sesión',
  };
  const resultados: ResultadoFila[] = [];
  const filas = datos.hoja.filas;
  for (let i = 0; i < filas.length; i++) {
    resultados.push(convertirFila(filas[i], ctx));
    if ((i + 1) % FILAS_POR_TRAMO === 0) {
      progreso?.(i + 1, filas.length);
      await pausa();
    }
  }
  progreso?.(filas.length, filas.length);
  return resultados;
}

type TipoActividad = Exclude<TipoImportacion, 'solicitud' | 'apoyo'>;

/** The kinds that name no citizen: their table, the schema a stored record is checked by, and its capture fields. */
function actividad(db: BaseDatosPoa, tipo: TipoActividad) {
  switch (tipo) {
    case 'jornada':
      return { tabla: db.jornadas, guardado: jornadaSchema, datos: datosJornadaSchema };
    case 'evento':
      return { tabla: db.eventos, guardado: eventoSchema, datos: datosEventoSchema };
    case 'mesa':
      return { tabla: db.mesas, guardado: mesaSchema, datos: datosMesaSchema };
    case 'convenio':
      return { tabla: db.convenios, guardado: convenioSchema, datos: datosConvenioSchema };
  }
}

/**
 * The fingerprints of the live records of a kind without a citizen: a row says the same as a record when the record's
 * capture fields are the row's (these tables hold a few thousand records in ten years, so they are read whole).
 */
async function huellasDeActividades(db: BaseDatosPoa, tipo: TipoActividad): Promise<Set<string>> {
  const { tabla, datos } = actividad(db, tipo);
  const huellas = new Set<string>();
  await (tabla as unknown as { each(f: (r: { eliminado: number }) => void): Promise<void> }).each((r) => {
    if (r.eliminado !== 0) return;
    const leido = datos.safeParse(r);
    if (leido.success) huellas.add(huellaDe(tipo, null, leido.data, ''));
  });
  return huellas;
}

async function huellasExistentes(db: BaseDatosPoa, tipo: TipoImportacion, huellas: string[]): Promise<Set<string>> {
  if (tipo !== 'solicitud' && tipo !== 'apoyo') return huellasDeActividades(db, tipo);
  const tabla = tipo === 'solicitud' ? db.solicitudes : db.apoyos;
  const importadas = await tabla.where('huellaImportacion').anyOf(huellas).toArray();
  return new Set(importadas.filter((r) => r.eliminado === 0).map((r) => r.huellaImportacion!));
}

async function existentesPara(db: BaseDatosPoa, tipo: TipoImportacion, resultados: readonly ResultadoFila[]) {
  const convertidas = resultados.flatMap((r) => (r.ok ? [r.fila] : []));
  const curps = [...new Set(convertidas.map((f) => f.persona?.curp ?? '').filter(Boolean))];
  const nombres = [...new Set(convertidas.filter((f) => f.persona?.fechaNacimiento).map((f) => f.nombreNormalizado))];
  const huellas = [...new Set(convertidas.map((f) => f.huella))];
  const meses = [...new Set(convertidas.flatMap((f) => (f.fechaConteo ? [f.fechaConteo.slice(0, 7)] : [])))];
  const [porCurp, porNombre, importadas] = await Promise.all([
    db.personas.where('curp').anyOf(curps).toArray(),
    db.personas.where('nombreNormalizado').anyOf(nombres).toArray(),
    huellasExistentes(db, tipo, huellas),
  ]);
  const mesesCerrados = new Set<string>();
  for (const m of meses) if (await mesCerrado(db, Number(m.slice(0, 4)), Number(m.slice(5, 7)))) mesesCerrados.add(m);
  const resumen = (p: Persona): PersonaExistente => ({ id: p.id, nombre: nombreCompleto(p) });
  const vigentes = (ps: Persona[]) => ps.filter((p) => p.eliminado === 0);
  return {
    porCurp: new Map(vigentes(porCurp).map((p) => [p.curp, resumen(p)])),
    porNombreYNacimiento: new Map(
      vigentes(porNombre).flatMap((p) => (p.fechaNacimiento ? [[claveNombreYNacimiento(p.nombreNormalizado, p.fechaNacimiento), resumen(p)] as const] : [])),
    ),
    huellas: importadas,
    mesesCerrados,
  };
}

/** What confirming would do, without writing anything; also remembers the mapping for the next file with these columns. */
export async function simularImportacion(db: BaseDatosPoa, datos: DatosImportacion, progreso?: Progreso): Promise<PlanImportacion> {
  await autorizar(db, 'importar-registros');
  const resultados = await convertirHoja(db, datos, progreso);
  const plan = planearImportacion(resultados, await existentesPara(db, datos.tipo, resultados));
  await db.transaction('rw', db.configuracion, async () => {
    const guardados = await mapeosGuardados(db);
    const recordado: MapeoRecordado = { mapeo: datos.mapeo, ordenNombre: datos.ordenNombre };
    await db.configuracion.put({ clave: CLAVE_MAPEOS, valor: { ...guardados, [firmaColumnas(datos.tipo, datos.hoja.encabezados)]: recordado } });
  });
  return plan;
}

/* ---------- Writing ---------- */

export interface ResultadoImportacion {
  creados: number;
  personasNuevas: number;
  reutilizadas: number;
  rechazadas: number;
  yaImportadas: number;
  /** The folio given to each imported solicitud, by its row. */
  folios: Map<number, string>;
}

const PERMISO_CATALOGO: Record<TipoCatalogo, 'catalogos' | 'agregar-colonias'> = {
  tipoApoyo: 'catalogos',
  dependencia: 'catalogos',
  colonia: 'agregar-colonias',
  localidad: 'agregar-colonias',
};

async function agregarPorTramos<T>(tabla: { bulkAdd(filas: T[]): PromiseLike<unknown> }, filas: T[], avance: (n: number) => void) {
  for (let i = 0; i < filas.length; i += REGISTROS_POR_TRAMO) {
    const tramo = filas.slice(i, i + REGISTROS_POR_TRAMO);
    await tabla.bulkAdd(tramo);
    avance(tramo.length);
  }
}

/** The next free folios of this station's series for each year, as crearSolicitud takes them one at a time. */
async function foliosPara(db: BaseDatosPoa, anios: readonly number[], estacion: string): Promise<(anio: number) => { folio: string; consecutivo: number }> {
  const estado = new Map<number, { serie: string; ultimo: number; usados: Set<string> }>();
  for (const anio of new Set(anios)) {
    const serie = serieFolio('AC', anio, estacion);
    const usados = new Set((await db.solicitudes.where('folio').between(`${serie}-`, `${serie}-\uffff`).keys()).map(String));
    estado.set(anio, { serie, ultimo: (await db.folios.get(serie))?.ultimo ?? 0, usados });
  }
  return (anio) => {
    const e = estado.get(anio)!;
    let consecutivo = e.ultimo + 1;
    while (e.usados.has(formatearFolio(e.serie, consecutivo))) consecutivo += 1;
    e.ultimo = consecutivo;
    return { folio: formatearFolio(e.serie, consecutivo), consecutivo };
  };
}

/**
 * Writes the plan of a dry run, all of it or none: if anything fails (a check, the disk, the window closing), the
 * transaction is abandoned and nothing of the import remains. `progreso` hears the records written so far.
 */
export async function confirmarImportacion(
  db: BaseDatosPoa,
  datos: { archivo: string; hoja: string; tipo: TipoImportacion; plan: PlanImportacion },
  progreso?: Progreso,
): Promise<ResultadoImportacion> {
  const { plan, tipo } = datos;
  const sesion = sesionActual(db);
  for (const c of plan.catalogosNuevos) exigir(sesion, PERMISO_CATALOGO[c.tipo]);
  const tablas = [db.solicitudes, db.seguimientos, db.apoyos, db.personas, db.folios, db.catalogos, db.cierres, db.poas, db.jornadas, db.eventos, db.mesas, db.convenios];
  return escribir(db, 'importar-registros', tablas, async (autor) => {
    const configuracion = await obtenerConfiguracion(db);
    const huellas = plan.crear.map((r) => r.fila.huella);
    const yaEstan = await huellasExistentes(db, tipo, huellas);
    if (huellas.some((h) => yaEstan.has(h))) {
      throw new ErrorValidacion({ _: 'Algunas de estas filas se importaron mientras tanto: revise el archivo de nuevo antes de confirmar.' });
    }
    for (const mes of new Set(plan.crear.flatMap((r) => (r.fila.fechaConteo ? [r.fila.fechaConteo.slice(0, 7)] : [])))) {
      if (await mesCerrado(db, Number(mes.slice(0, 4)), Number(mes.slice(5, 7)))) {
        throw new ErrorValidacion({ _: `El periodo ${mes.slice(5, 7)}/${mes.slice(0, 4)} se cerró mientras tanto: revise el archivo de nuevo.` });
      }
    }
    const total = plan.crear.length;
    let hechos = 0;
    const avance = (n: number) => {
      hechos += n;
      progreso?.(Math.min(hechos, total), total);
    };

    const catalogos: ElementoCatalogo[] = [];
    for (const c of plan.catalogosNuevos) {
      if (!(await db.catalogos.get(c.id))) catalogos.push({ ...camposNuevos(autor.estacion), id: c.id, tipo: c.tipo, nombre: c.nombre, activo: true });
    }
    await db.catalogos.bulkAdd(catalogos);

    const personas: Persona[] = [];
    const personaDeFila = new Map<number, string>();
    for (const r of plan.crear) {
      if (r.persona.tipo === 'existente') personaDeFila.set(r.fila.fila, r.persona.id);
      else if (r.persona.tipo === 'deFila') personaDeFila.set(r.fila.fila, personaDeFila.get(r.persona.fila)!);
      else if (r.persona.tipo === 'nueva') {
        const p: Persona = { ...camposNuevos(autor.estacion), ...r.persona.datos, ...camposDeBusqueda(r.persona.datos) };
        personas.push(p);
        personaDeFila.set(r.fila.fila, p.id);
      }
    }
    const curps = personas.map((p) => p.curp).filter(Boolean);
    if ((await db.personas.where('curp').anyOf(curps).filter((p) => p.eliminado === 0).count()) > 0) {
      throw new ErrorValidacion({ _: 'Alguien registró mientras tanto a una persona de este archivo: revise el archivo de nuevo antes de confirmar.' });
    }
    await agregarPorTramos(db.personas, personas, () => undefined);

    const folios = new Map<number, string>();
    const resumenArchivo = `«${datos.archivo}»${datos.hoja && datos.hoja !== datos.archivo.replace(/\.csv$/i, '') ? `, hoja «${datos.hoja}»` : ''}`;
    if (tipo === 'solicitud') {
      const siguiente = await foliosPara(
        db,
        plan.crear.map((r) => Number((r.fila.registro as DatosSolicitudImportada).fechaRecepcion.slice(0, 4))),
        autor.estacion,
      );
      const ahora = ahoraIso();
      const solicitudes: Solicitud[] = [];
      const seguimientos: Seguimiento[] = [];
      for (const r of plan.crear) {
        const d = r.fila.registro as DatosSolicitudImportada;
        const anio = Number(d.fechaRecepcion.slice(0, 4));
        const { folio, consecutivo } = siguiente(anio);
        const s: Solicitud = validar(solicitudSchema, {
          ...camposNuevos(autor.estacion),
          ...d,
          personaId: personaDeFila.get(r.fila.fila),
          folio,
          anio,
          consecutivo,
          ...recepcion(ahora, configuracion.avisoPrivacidad, autor.usuario),
          ...(r.fila.folioAnterior ? { folioAnterior: r.fila.folioAnterior } : {}),
          huellaImportacion: r.fila.huella,
        });
        solicitudes.push(s);
        folios.set(r.fila.fila, folio);
        const folioPrevio = r.fila.folioAnterior ? `; folio anterior ${r.fila.folioAnterior}` : '';
        seguimientos.push({
          id: nuevaId(),
          createdAt: ahora,
          updatedAt: ahora,
          estacion: autor.estacion,
          eliminado: 0,
          solicitudId: s.id,
          fecha: ahora,
          nota: `Importada de ${resumenArchivo}, fila ${r.fila.fila}${folioPrevio}`,
          usuario: autor.usuario,
          estatusAnterior: null,
          estatusNuevo: s.estatus,
        });
      }
      for (const anio of new Set(solicitudes.map((s) => s.anio))) {
        const serie = serieFolio('AC', anio, autor.estacion);
        const ultimo = Math.max(...solicitudes.filter((s) => s.anio === anio).map((s) => s.consecutivo));
        await db.folios.put({ serie, ultimo });
      }
      await agregarPorTramos(db.solicitudes, solicitudes, avance);
      await agregarPorTramos(db.seguimientos, seguimientos, () => undefined);
    } else if (tipo === 'apoyo') {
      const apoyos: Apoyo[] = plan.crear.map((r) =>
        validar(apoyoSchema, {
          ...camposNuevos(autor.estacion),
          ...(r.fila.registro as DatosApoyoImportado),
          personaId: personaDeFila.get(r.fila.fila),
          huellaImportacion: r.fila.huella,
        }),
      );
      await agregarPorTramos(db.apoyos, apoyos, avance);
    } else {
      // Written as the capture forms write them: the capture's fields and this station's record fields.
      const { tabla, guardado } = actividad(db, tipo);
      const registros = plan.crear.map((r) => validar(guardado, { ...camposNuevos(autor.estacion), ...r.fila.registro }) as { id: string });
      await agregarPorTramos(tabla as unknown as { bulkAdd(filas: { id: string }[]): PromiseLike<unknown> }, registros, avance);
    }

    const resultado: ResultadoImportacion = {
      creados: total,
      personasNuevas: personas.length,
      reutilizadas: plan.reutilizadas.length,
      rechazadas: plan.rechazadas.length,
      yaImportadas: plan.yaImportadas.length,
      folios,
    };
    await registrarBitacora(db, autor, {
      accion: 'importar',
      entidad: 'importacion',
      entidadId: null,
      resumen: `Importación de ${resumenArchivo}: ${resumenResultado(tipo, resultado)}`,
    });
    return resultado;
  });
}

/** «197 solicitudes creadas, 190 personas nuevas, 7 reutilizadas, 3 filas rechazadas, 0 ya importadas». */
export function resumenResultado(tipo: TipoImportacion, r: Omit<ResultadoImportacion, 'folios'>): string {
  const [singular, plural] = NOMBRE_REGISTROS_IMPORTACION[tipo];
  const femenino = tipo === 'solicitud' || tipo === 'jornada' || tipo === 'mesa';
  const nombre = [`${singular} ${femenino ? 'creada' : 'creado'}`, `${plural} ${femenino ? 'creadas' : 'creados'}`];
  const n = (c: number, [uno, varios]: readonly string[]) => `${c.toLocaleString('es-MX')} ${c === 1 ? uno : varios}`;
  return [
    n(r.creados, nombre),
    ...(conPersona(tipo)
      ? [n(r.personasNuevas, ['persona nueva', 'personas nuevas']), n(r.reutilizadas, ['persona reutilizada', 'personas reutilizadas'])]
      : []),
    n(r.rechazadas, ['fila rechazada', 'filas rechazadas']),
    n(r.yaImportadas, ['fila ya importada antes', 'filas ya importadas antes']),
  ].join(', ');
}

/** The report names citizens: saving it is an export of personal data, kept in the bitácora. */
export async function registrarExportacionReporte(db: BaseDatosPoa, archivo: string, destino: string): Promise<void> {
  await escribir(db, 'importar-registros', [], async (autor) => {
    await registrarBitacora(db, autor, {
      accion: 'exportar',
      entidad: 'importacion',
      entidadId: null,
      resumen: `Informe de la importación de «${archivo}» guardado como ${destino}`,
    });
  });
}
