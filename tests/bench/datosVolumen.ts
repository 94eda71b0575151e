import type { LibroPoaEntrada, TablaAnexo } from '../../shared/workbook/tipos';
import { entradaSemilla } from '../unit/workbook/datos';

/** A year of a busy office, generated the same way every run (a fixed-seed generator, no Math.random). */
function generador(semilla: number) {
  let s = semilla >>> 0;
  const siguiente = () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
  return {
    entero: (min: number, max: number) => min + Math.floor(siguiente() * (max - min + 1)),
    uno: <T>(lista: readonly T[]) => lista[Math.floor(siguiente() * lista.length)],
  };
}

const NOMBRES = ['María', 'José', 'Juan', 'Guadalupe', 'Francisco', 'Ana', 'Luis', 'Rosa', 'Carlos', 'Patricia'];
const APELLIDOS = ['Hernández', 'García', 'Martínez', 'López', 'González', 'Pérez', 'Rodríguez', 'Sánchez', 'Ramírez', 'Cruz'];
const COLONIAS = ['Centro', 'Barrio de San Miguel', 'Colonia Las Flores', 'Colonia Benito Juárez', 'Fraccionamiento El Mirador'];
const TIPOS = ['Despensa', 'Material de construcción', 'Medicamento', 'Apoyo económico', 'Aparato ortopédico', 'Lentes'];
const DEPENDENCIAS = ['DIF Municipal', 'Obras Públicas', 'Desarrollo Social Municipal', 'Secretaría de Bienestar (federal)'];
const ESTATUS = ['Recibida', 'Canalizada', 'En seguimiento', 'Atendida', 'Improcedente'];

const dosDigitos = (n: number) => String(n).padStart(2, '0');

function fechaDel(anio: number, g: ReturnType<typeof generador>, conHora = false): string {
  const fecha = `${anio}-${dosDigitos(g.entero(1, 12))}-${dosDigitos(g.entero(1, 28))}`;
  return conHora ? `${fecha}T${dosDigitos(g.entero(8, 15))}:${dosDigitos(g.entero(0, 59))}` : fecha;
}

function persona(g: ReturnType<typeof generador>): string {
  return `${g.uno(NOMBRES)} ${g.uno(APELLIDOS)} ${g.uno(APELLIDOS)}`;
}

function tabla(nombre: string, titulo: string, columnas: TablaAnexo['columnas'], filas: TablaAnexo['filas']): TablaAnexo {
  return { nombre, titulo, columnas, filas };
}

export const VOLUMEN = { solicitudes: 10_000, apoyos: 3_000, jornadas: 200, eventos: 300, mesas: 100, convenios: 50, padron: 8_000 };

export function entradaOficinaOcupada(): LibroPoaEntrada {
  const g = generador(2026);
  const anio = 2026;
  const n = (cuantos: number, fila: (i: number) => TablaAnexo['filas'][number]) => Array.from({ length: cuantos }, (_, i) => fila(i));
  const anexos: TablaAnexo[] = [
    tabla(
      'Solicitudes',
      'Solicitudes recibidas',
      [
        { titulo: 'Folio', tipo: 'texto', ancho: 17 },
        { titulo: 'Fecha de recepción', tipo: 'fecha' },
        { titulo: 'Canal', tipo: 'texto', ancho: 11 },
        { titulo: 'Solicitante', tipo: 'texto', ancho: 28 },
        { titulo: 'Colonia', tipo: 'texto', ancho: 22 },
        { titulo: 'Tipo de apoyo', tipo: 'texto', ancho: 20 },
        { titulo: 'Descripción', tipo: 'texto', ancho: 40 },
        { titulo: 'Dependencia', tipo: 'texto', ancho: 26 },
        { titulo: 'Estatus', tipo: 'texto', ancho: 14 },
        { titulo: 'Fecha compromiso', tipo: 'fecha' },
      ],
      n(VOLUMEN.solicitudes, (i) => [
        `AC-${anio}-V${(i % 3) + 1}-${String(i + 1).padStart(4, '0')}`,
        fechaDel(anio, g, true),
        g.uno(['Ventanilla', 'Teléfono', 'Oficio', 'Jornada', 'Redes']),
        persona(g),
        g.uno(COLONIAS),
        g.uno(TIPOS),
        `Solicita ${g.uno(TIPOS).toLowerCase()} para su familia; se canaliza para su atención.`,
        g.uno(DEPENDENCIAS),
        g.uno(ESTATUS),
        fechaDel(anio, g),
      ]),
    ),
    tabla(
      'Apoyos',
      'Apoyos entregados',
      [
        { titulo: 'Folio de solicitud', tipo: 'texto', ancho: 17 },
        { titulo: 'Beneficiario', tipo: 'texto', ancho: 28 },
        { titulo: 'Tipo', tipo: 'texto', ancho: 20 },
        { titulo: 'Cantidad', tipo: 'numero' },
        { titulo: 'Unidad', tipo: 'texto', ancho: 10 },
        { titulo: 'Valor estimado', tipo: 'moneda' },
        { titulo: 'Fuente', tipo: 'texto', ancho: 12 },
        { titulo: 'Estatus', tipo: 'texto', ancho: 12 },
        { titulo: 'Fecha de entrega', tipo: 'fecha' },
      ],
      n(VOLUMEN.apoyos, (i) => [
        `AC-${anio}-V1-${String(i + 1).padStart(4, '0')}`,
        persona(g),
        g.uno(TIPOS),
        g.entero(1, 5),
        g.uno(['pieza', 'paquete', 'caja']),
        g.entero(100, 500_000) / 100,
        g.uno(['Municipal', 'Estatal', 'Federal', 'OSC']),
        'Entregado',
        fechaDel(anio, g),
      ]),
    ),
    tabla(
      'Jornadas',
      'Jornadas comunitarias',
      [
        { titulo: 'Fecha', tipo: 'fecha' },
        { titulo: 'Nombre', tipo: 'texto', ancho: 30 },
        { titulo: 'Localidad / colonia', tipo: 'texto', ancho: 22 },
        { titulo: 'Dependencias participantes', tipo: 'texto', ancho: 36 },
        { titulo: 'Mujeres', tipo: 'numero' },
        { titulo: 'Hombres', tipo: 'numero' },
      ],
      n(VOLUMEN.jornadas, (i) => [fechaDel(anio, g), `Jornada comunitaria ${i + 1}`, g.uno(COLONIAS), DEPENDENCIAS.join(', '), g.entero(10, 200), g.entero(10, 200)]),
    ),
    tabla(
      'Eventos',
      'Talleres, capacitaciones y programas sociales',
      [
        { titulo: 'Fecha', tipo: 'fecha' },
        { titulo: 'Nombre', tipo: 'texto', ancho: 30 },
        { titulo: 'Facilitador', tipo: 'texto', ancho: 26 },
        { titulo: 'Sede', tipo: 'texto', ancho: 22 },
        { titulo: 'Horas', tipo: 'numero' },
        { titulo: 'Asistentes', tipo: 'numero' },
      ],
      n(VOLUMEN.eventos, (i) => [fechaDel(anio, g), `Taller de desarrollo humano ${i + 1}`, g.uno(DEPENDENCIAS), g.uno(COLONIAS), g.entero(2, 8), g.entero(5, 60)]),
    ),
    tabla(
      'Mesas',
      'Mesas interinstitucionales',
      [
        { titulo: 'Fecha', tipo: 'fecha' },
        { titulo: 'Tema', tipo: 'texto', ancho: 34 },
        { titulo: 'Convoca', tipo: 'texto', ancho: 26 },
        { titulo: 'Asistentes', tipo: 'numero' },
        { titulo: 'Acuerdos', tipo: 'texto', ancho: 40 },
      ],
      n(VOLUMEN.mesas, (i) => [fechaDel(anio, g), `Mesa de seguridad y bienestar ${i + 1}`, g.uno(DEPENDENCIAS), g.entero(4, 30), 'Dar seguimiento a los compromisos de la mesa anterior.']),
    ),
    tabla(
      'Convenios',
      'Convenios firmados',
      [
        { titulo: 'Número', tipo: 'texto', ancho: 14 },
        { titulo: 'Contraparte', tipo: 'texto', ancho: 30 },
        { titulo: 'Objeto', tipo: 'texto', ancho: 40 },
        { titulo: 'Fecha de firma', tipo: 'fecha' },
        { titulo: 'Vigencia inicio', tipo: 'fecha' },
        { titulo: 'Vigencia fin', tipo: 'fecha' },
        { titulo: 'Estatus', tipo: 'texto', ancho: 12 },
      ],
      n(VOLUMEN.convenios, (i) => [`CONV-${anio}-${i + 1}`, `Organización civil ${i + 1}`, 'Colaboración en programas sociales', fechaDel(anio, g), `${anio}-01-01`, `${anio}-12-31`, 'Vigente']),
    ),
  ];
  const padronPublico = tabla(
    'Padrón',
    'Padrón de beneficiarios (versión pública)',
    [
      { titulo: 'Nombre', tipo: 'texto', ancho: 30 },
      { titulo: 'Apoyo', tipo: 'texto', ancho: 22 },
      { titulo: 'Colonia', tipo: 'texto', ancho: 24 },
      { titulo: 'Edad', tipo: 'numero' },
      { titulo: 'Sexo', tipo: 'texto', ancho: 8 },
    ],
    n(VOLUMEN.padron, () => [persona(g), g.uno(TIPOS), g.uno(COLONIAS), g.entero(18, 95), g.uno(['M', 'H', 'X'])]),
  );
  return entradaSemilla({ anexos, padronPublico, generado: new Date(2026, 11, 31, 18, 0) });
}
