import { useLiveQuery } from 'dexie-react-hooks';
import type { ElementoCatalogo, TipoCatalogo } from '../../../shared/schemas/sistema';
import { db } from '../db';
import { listarCatalogo } from '../db/repositorios/catalogos';

/** Every live entry of a catalogue, inactive ones too (a form shows the one a record already has). */
export function useCatalogo(tipo: TipoCatalogo): ElementoCatalogo[] {
  return useLiveQuery(() => listarCatalogo(db, tipo, true), [tipo]) ?? [];
}

/** Names of the active entries, as suggestions for free text. */
export function useNombresCatalogo(tipo: TipoCatalogo): string[] {
  return useLiveQuery(async () => (await listarCatalogo(db, tipo)).map((e) => e.nombre), [tipo]) ?? [];
}
