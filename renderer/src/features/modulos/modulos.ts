import type { Modulo } from './comun/Pestanas';

/** Módulo 2 and its three sections, each at its own address. */
export const MODULO_APOYOS: Modulo = {
  titulo: 'Gestión de Apoyos y Jornadas Comunitarias',
  subtitulo: 'Apoyos gestionados y entregados, jornadas en colonias y localidades, y el padrón de quienes recibieron apoyo',
  secciones: {
    etiqueta: 'Secciones de Apoyos y Jornadas',
    pestanas: [
      { ruta: '/apoyos', titulo: 'Apoyos' },
      { ruta: '/apoyos/jornadas', titulo: 'Jornadas' },
      { ruta: '/apoyos/padron', titulo: 'Padrón de beneficiarios' },
    ],
  },
};

/** Módulo 3 has no sections: its heading stands alone. */
export const MODULO_PROGRAMAS: Modulo = {
  titulo: 'Programas Sociales y gestión ante dependencias externas',
  subtitulo: 'Talleres y capacitaciones de desarrollo humano y comunitario, y programas sociales gestionados',
};

/** Módulo 4 and its sections: the mesas, the acuerdos of every mesa still to fulfil, and the convenios. */
export const MODULO_VINCULACION: Modulo = {
  titulo: 'Vinculación Institucional',
  subtitulo: 'Mesas interinstitucionales con sus acuerdos, y convenios con organizaciones civiles y públicas',
  secciones: {
    etiqueta: 'Secciones de Vinculación Institucional',
    pestanas: [
      { ruta: '/vinculacion/mesas', titulo: 'Mesas' },
      { ruta: '/vinculacion/acuerdos', titulo: 'Acuerdos por cumplir' },
      { ruta: '/vinculacion/convenios', titulo: 'Convenios' },
    ],
  },
};
