import type { FiltrosBitacora } from '../schemas/filtrosBitacora';
import { etiquetaAccionBitacora, etiquetaEntidadBitacora, type EntradaBitacora } from '../schemas/sistema';
import { formatearFecha, formatearFechaHora, formatearNumero } from './formato';
import { NOMBRES_MES_CORTO } from './periodos';

/**
 * How the bitácora tells a change field by field in Spanish: "Estatus: Gestionado → Autorizado", with the labels of
 * shared/schemas/etiquetas (the ones the capture forms and the zod messages use).
 */
import { etiquetaCampo } from '../schemas/etiquetas';
export { ETIQUETA_CAMPO, etiquetaCampo } from '../schemas/etiquetas';

/** Fields whose value is a code word ('en-proceso'), shown as words ("En proceso"). */
const CAMPOS_DE_CLAVE = new Set(['estatus', 'estado', 'prioridad', 'canal', 'fuente', 'tipo', 'sector', 'frecuencia', 'reglaConteo', 'sexo', 'tipoPeriodo', 'rol']);

const RE_FECHA = /^\d{4}-\d{2}-\d{2}$/;
const RE_FECHA_HORA = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/;

function palabraDeClave(v: string): string {
  const t = v.replace(/[-_]+/g, ' ');
  return t.charAt(0).toUpperCase() + t.slice(1);
}

const VACIO = '(vacío)';

/** A stored value as a person reads it: dates as dd/mm/aaaa, yes/no, numbers with separators, lists by commas. */
export function textoValor(valor: unknown, clave = ''): string {
  if (valor === null || valor === undefined || valor === '') return VACIO;
  if (typeof valor === 'boolean') return valor ? 'Sí' : 'No';
  if (typeof valor === 'number') return formatearNumero(valor, 2);
  if (typeof valor === 'string') {
    if (RE_FECHA.test(valor)) return formatearFecha(valor);
    if (RE_FECHA_HORA.test(valor)) return formatearFechaHora(valor);
    if (valor.startsWith('data:')) return '(imagen)';
    return CAMPOS_DE_CLAVE.has(clave) ? palabraDeClave(valor) : valor;
  }
  if (Array.isArray(valor)) {
    if (valor.length === 0) return VACIO;
    // Twelve months of a goal or a programming: the months by name.
    if (valor.length === 12 && valor.every((v) => typeof v === 'boolean')) {
      const marcados = NOMBRES_MES_CORTO.filter((_m, i) => valor[i] === true);
      return marcados.length ? marcados.join(', ') : 'ningún mes';
    }
    if (valor.length === 12 && valor.every((v) => typeof v === 'number')) {
      return NOMBRES_MES_CORTO.map((m, i) => `${m} ${formatearNumero(valor[i] as number, 2)}`).join(', ');
    }
    return valor.map((v) => textoValor(v)).join(', ');
  }
  if (typeof valor === 'object') {
    const partes = Object.entries(valor as Record<string, unknown>).map(([k, v]) => `${etiquetaCampo(k)}: ${textoValor(v, k)}`);
    return partes.length ? partes.join(', ') : VACIO;
  }
  return String(valor);
}

export interface CambioLegible {
  campo: string;
  antes: string;
  despues: string;
}

/** An entry's changes, one per field, labelled and readable. */
export function cambiosLegibles(cambios: EntradaBitacora['cambios']): CambioLegible[] {
  if (!cambios) return [];
  return Object.entries(cambios).map(([clave, c]) => ({
    campo: etiquetaCampo(clave),
    antes: textoValor(c.antes, clave),
    despues: textoValor(c.despues, clave),
  }));
}

/** "Estatus: Gestionado → Autorizado; Fecha de entrega: (vacío) → 12/05/2026", or '' without changes. */
export function textoCambios(cambios: EntradaBitacora['cambios']): string {
  return cambiosLegibles(cambios)
    .map((c) => `${c.campo}: ${c.antes} → ${c.despues}`)
    .join('; ');
}

/**
 * The filters of a bitácora view in words, one per line, for the exported sheet and the export's own entry:
 * "Cuenta: Ana López", "Desde: 01/12/2026", "Acción: Alta", "Texto: «AC-2026»".
 */
export function describirFiltrosBitacora(f: FiltrosBitacora, nombreCuenta: string | null): string[] {
  const lineas: string[] = [];
  if (f.cuentaId) lineas.push(`Cuenta: ${nombreCuenta ?? f.cuentaId}`);
  if (f.desde) lineas.push(`Desde: ${formatearFecha(f.desde)}`);
  if (f.hasta) lineas.push(`Hasta: ${formatearFecha(f.hasta)}`);
  if (f.accion) lineas.push(`Acción: ${etiquetaAccionBitacora(f.accion)}`);
  if (f.entidad) lineas.push(`Tipo de registro: ${etiquetaEntidadBitacora(f.entidad)}`);
  if (f.texto.trim()) lineas.push(`Texto: «${f.texto.trim()}»`);
  return lineas.length ? lineas : ['Sin filtros: todas las entradas'];
}
