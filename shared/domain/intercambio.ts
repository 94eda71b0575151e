/**
 * What incorporating a package does with each record it brings, decided from the two versions and what each station
 * knew of the other's. Versions are told apart by their `updatedAt`.
 *
 * - `base`: the version the sending station knew this one held (the newest it received from here or sent here);
 *   null when it never exchanged that record with this station.
 * - `recibida`: the newest version this station already received from the sender; an older or equal one is old news.
 * - `enConflicto`: the versions of the record waiting in this PC's «Conflictos».
 *
 * With a base, the record changed here since the base and there since the base is a conflict: both are kept and the
 * jefe chooses. Without one, the newest wins with a deterministic tie-break (updatedAt, then the station that made the
 * record, then the station that holds the version), so two PCs deciding the same pair pick the same one. An
 * anonymised persona always wins over one that is not: an ARCO cancellation is never undone by an older copy.
 */
import { esPersonaAnonimizada } from '../seguridad/anonimizar';

type Fila = Record<string, unknown>;
export type Decision = 'igual' | 'tomar' | 'conservar' | 'conflicto';

export interface CasoIntercambio {
  tabla: string;
  local: Fila | undefined;
  entrante: Fila;
  base: string | null;
  recibida: string | null;
  enConflicto: readonly string[];
  estacionLocal: string;
  estacionEntrante: string;
}

const version = (f: Fila) => String(f.updatedAt ?? '');

function anonimizada(f: Fila): boolean {
  return esPersonaAnonimizada({ nombres: String(f.nombres ?? ''), apellidoPaterno: String(f.apellidoPaterno ?? ''), curp: String(f.curp ?? '') });
}

/** True when the incoming version wins by updatedAt, then the record's station, then the station that holds it. */
export function ganaConDesempate(local: Fila, entrante: Fila, estacionLocal: string, estacionEntrante: string): boolean {
  const claves = (f: Fila, holder: string) => [version(f), String(f.estacion ?? ''), holder];
  const a = claves(entrante, estacionEntrante);
  const b = claves(local, estacionLocal);
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return a[i] > b[i];
  return false;
}

export function decidir(c: CasoIntercambio): Decision {
  const { local, entrante } = c;
  if (!local) return 'tomar';
  const u = version(entrante);
  const l = version(local);
  // The same version, unless two stations made the record in the same millisecond (a catalogue entry added at both,
  // with the id its tipo and nombre give): then the tie-break picks one, the same at both.
  if (u === l && String(entrante.estacion ?? '') === String(local.estacion ?? '')) return 'igual';
  if (c.recibida !== null && u <= c.recibida) return 'igual';
  if (c.tabla === 'personas') {
    const [ae, al] = [anonimizada(entrante), anonimizada(local)];
    if (ae && !al) return 'tomar';
    if (al && !ae) return 'conservar';
  }
  if (c.base !== null) {
    if (l === c.base || c.enConflicto.includes(c.base)) return 'tomar';
    if (u === c.base) return 'conservar';
    return 'conflicto';
  }
  return ganaConDesempate(local, entrante, c.estacionLocal, c.estacionEntrante) ? 'tomar' : 'conservar';
}

/** The newer of two versions a station knows, or null. */
export function masReciente(a: string | null | undefined, b: string | null | undefined): string | null {
  if (!a) return b ?? null;
  if (!b) return a;
  return a > b ? a : b;
}
