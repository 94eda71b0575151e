import { datosDeConsulta, partesDeNombre } from '../domain/personas';

/**
 * A citizen's name written in one column, split into the register's three fields. «López Pérez, María» (with a comma)
 * is always apellidos then nombre(s); without a comma the order is the one the user says the column uses: «María
 * José López Pérez» (nombre primero) or «López Pérez María José» (apellidos primero, as many padrones write it).
 * Compound surnames stay together («de la Cruz»).
 */

export const ORDENES_NOMBRE = ['nombres-primero', 'apellidos-primero'] as const;
export type OrdenNombre = (typeof ORDENES_NOMBRE)[number];
export const ETIQUETA_ORDEN_NOMBRE: Record<OrdenNombre, string> = {
  'nombres-primero': 'Nombre(s) y después apellidos («María López Pérez»)',
  'apellidos-primero': 'Apellidos y después nombre(s) («López Pérez María»)',
};

export interface NombreSeparado {
  nombres: string;
  apellidoPaterno: string;
  apellidoMaterno: string;
}

export function separarNombre(texto: string, orden: OrdenNombre): NombreSeparado {
  const limpio = texto.trim().replace(/\s+/g, ' ');
  if (limpio.includes(',') || orden === 'nombres-primero') {
    const { nombres, apellidoPaterno, apellidoMaterno } = datosDeConsulta(limpio);
    return { nombres, apellidoPaterno, apellidoMaterno };
  }
  const palabras = partesDeNombre(limpio);
  if (palabras.length <= 1) return { nombres: palabras[0] ?? '', apellidoPaterno: '', apellidoMaterno: '' };
  if (palabras.length === 2) return { apellidoPaterno: palabras[0], nombres: palabras[1], apellidoMaterno: '' };
  return { apellidoPaterno: palabras[0], apellidoMaterno: palabras[1], nombres: palabras.slice(2).join(' ') };
}
