import type { TipoRegistroLogrado } from '../../../shared/domain/conteo';
import { DESCRIPTORES, REGISTROS } from '../../../shared/registros';

/** Where each kind of record behind an achieved number opens its detail. */
export function rutaDeRegistro(tipo: TipoRegistroLogrado, id: string): string {
  return REGISTROS[tipo].ruta(id);
}

/** What the drill-down and the printed sheets call each kind of record that counts. */
export const ETIQUETA_TIPO_REGISTRO = Object.fromEntries(DESCRIPTORES.map((d) => [d.tipo, d.etiqueta])) as Record<TipoRegistroLogrado, string>;
