import type { CanalRecepcion, EstatusSolicitud, Prioridad } from '../schemas/solicitudes';
import { estaVencida } from './estatusSolicitud';
import { parsearFolio } from './folio';
import { coincideBusqueda, normalizarTexto } from './texto';

/** A solicitud as the list shows it: its own fields plus the names of its citizen and catalogue entries. */
export interface FilaSolicitud {
  id: string;
  folio: string;
  fechaRecepcion: string;
  canal: CanalRecepcion;
  prioridad: Prioridad;
  estatus: EstatusSolicitud;
  descripcion: string;
  responsable: string;
  fechaCompromiso: string;
  personaId: string;
  ciudadano: string;
  /** The citizen's name normalised (PATERNO MATERNO NOMBRES) for accent-insensitive search. */
  nombreNormalizado: string;
  curp: string;
  colonia: string;
  tipoApoyoId: string;
  tipoApoyo: string;
  dependenciaId: string | null;
  dependencia: string;
}

export interface FiltrosSolicitudes {
  /** Folio, the citizen's name (any order, without accents) or CURP. */
  texto: string;
  estatus: EstatusSolicitud | '';
  tipoApoyoId: string;
  dependenciaId: string;
  colonia: string;
  /** Fecha de recepción from / to, 'AAAA-MM-DD', inclusive; '' = open. */
  desde: string;
  hasta: string;
  soloVencidas: boolean;
}

export const FILTROS_VACIOS: FiltrosSolicitudes = {
  texto: '',
  estatus: '',
  tipoApoyoId: '',
  dependenciaId: '',
  colonia: '',
  desde: '',
  hasta: '',
  soloVencidas: false,
};

/**
 * Whether the typed text points at this solicitud: a whole folio (any case, spaces around), the end of a folio
 * ("0003", "V1-0003"), a CURP or its beginning, or the words of the citizen's name in any order and without accents.
 */
export function coincideTexto(fila: Pick<FilaSolicitud, 'folio' | 'nombreNormalizado' | 'curp'>, texto: string): boolean {
  const t = texto.trim().toUpperCase();
  if (t === '') return true;
  const folio = parsearFolio(t);
  if (folio) return fila.folio === t;
  if (!t.includes(' ') && (fila.folio.endsWith(t) || fila.folio.endsWith(`-${t}`))) return true;
  if (fila.curp && t.length >= 4 && fila.curp.startsWith(t)) return true;
  return coincideBusqueda(fila.nombreNormalizado, texto);
}

export function aplicarFiltros(filas: readonly FilaSolicitud[], f: FiltrosSolicitudes, hoyIso: string): FilaSolicitud[] {
  const colonia = normalizarTexto(f.colonia);
  return filas.filter(
    (s) =>
      (f.estatus === '' || s.estatus === f.estatus) &&
      (f.tipoApoyoId === '' || s.tipoApoyoId === f.tipoApoyoId) &&
      (f.dependenciaId === '' || s.dependenciaId === f.dependenciaId) &&
      (colonia === '' || normalizarTexto(s.colonia) === colonia) &&
      (!esFechaIso(f.desde) || s.fechaRecepcion.slice(0, 10) >= f.desde) &&
      (!esFechaIso(f.hasta) || s.fechaRecepcion.slice(0, 10) <= f.hasta) &&
      (!f.soloVencidas || estaVencida(s, hoyIso)) &&
      coincideTexto(s, f.texto),
  );
}

/** A date bound still being typed does not filter yet. */
function esFechaIso(valor: string): boolean {
  return /^\d{4}-\d{2}-\d{2}$/.test(valor);
}
