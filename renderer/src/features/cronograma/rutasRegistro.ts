import type { TipoRegistroLogrado } from '../../../../shared/domain/conteo';

/** Where each kind of record behind an achieved number opens its detail. */
export function rutaDeRegistro(tipo: TipoRegistroLogrado, id: string): string {
  switch (tipo) {
    case 'solicitud':
      return `/atencion/${id}`;
    case 'apoyo':
      return `/apoyos/${id}`;
    case 'jornada':
      return `/apoyos/jornadas/${id}`;
    case 'evento':
      return `/programas/${id}`;
    case 'mesa':
      return `/vinculacion/mesas/${id}`;
    case 'convenio':
      return `/vinculacion/convenios/${id}`;
  }
}

export const ETIQUETA_TIPO_REGISTRO: Record<TipoRegistroLogrado, string> = {
  solicitud: 'Solicitud',
  apoyo: 'Apoyo entregado',
  jornada: 'Jornada comunitaria',
  evento: 'Taller / capacitación / programa',
  mesa: 'Mesa interinstitucional',
  convenio: 'Convenio firmado',
};
