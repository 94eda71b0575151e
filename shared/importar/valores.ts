import { NOMBRES_MES } from '../domain/periodos';
import { normalizarTexto } from '../domain/texto';
import type { Celda } from './tabla';

/**
 * Values read as people write them in a spreadsheet: dates as dd/mm/aaaa, d/m/aa, an Excel date (a Date cell or its
 * serial number), «5 de marzo de 2026» or «05-mar-2026»; hours as 14:30 or 2:30 p. m.; amounts with $ and commas.
 */

export interface FechaLeida {
  /** 'AAAA-MM-DD'. */
  fecha: string;
  /** 'HH:mm' when the value carried a time of day. */
  hora: string | null;
}

const dos = (n: number) => String(n).padStart(2, '0');

function fechaValida(anio: number, mes: number, dia: number): string | null {
  if (!Number.isInteger(anio) || anio < 1900 || anio > 2100) return null;
  const f = new Date(Date.UTC(anio, mes - 1, dia));
  if (f.getUTCFullYear() !== anio || f.getUTCMonth() !== mes - 1 || f.getUTCDate() !== dia) return null;
  return `${anio}-${dos(mes)}-${dos(dia)}`;
}

/** Two-digit years: 00–49 are 2000–2049, 50–99 are 1950–1999 (birth dates of older citizens). */
export function anioCompleto(anio: number, digitos: number): number {
  if (digitos > 2) return anio;
  return anio < 50 ? 2000 + anio : 1900 + anio;
}

const MESES = new Map<string, number>(
  NOMBRES_MES.flatMap((m, i) => {
    const n = normalizarTexto(m);
    return [
      [n, i + 1],
      [n.slice(0, 3), i + 1],
    ] as [string, number][];
  }),
);
MESES.set('SEPT', 9);
MESES.set('SET', 9);

/** Days between Excel's day 0 (30/12/1899, counting its 1900 leap-year slip) and 01/01/1970. */
const DIAS_EXCEL_A_1970 = 25569;

/** An Excel serial (days, with the time as the fraction) as the calendar day and time it shows. */
export function fechaDeSerial(serial: number): FechaLeida | null {
  if (!Number.isFinite(serial) || serial < 1 || serial > 80000) return null;
  const ms = Math.round((serial - DIAS_EXCEL_A_1970) * 86400000);
  return fechaDeDateUtc(new Date(ms));
}

/** exceljs gives a date cell as the instant whose UTC reading is what Excel shows. */
function fechaDeDateUtc(d: Date): FechaLeida | null {
  if (Number.isNaN(d.getTime())) return null;
  const fecha = fechaValida(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate());
  if (fecha === null) return null;
  const h = d.getUTCHours();
  const m = d.getUTCMinutes();
  return { fecha, hora: h === 0 && m === 0 ? null : `${dos(h)}:${dos(m)}` };
}

const RE_HORA = /^(\d{1,2}):(\d{2})(?::\d{2})?\s*(a\.?\s*m\.?|p\.?\s*m\.?)?$/i;

/** «14:30», «9:05», «2:30 p. m.» as 'HH:mm'; null when it is not an hour. */
export function leerHora(valor: Celda): string | null {
  if (valor instanceof Date) return fechaDeDateUtc(valor)?.hora ?? null;
  if (typeof valor === 'number' && valor >= 0 && valor < 1) {
    const minutos = Math.round(valor * 24 * 60);
    return `${dos(Math.floor(minutos / 60) % 24)}:${dos(minutos % 60)}`;
  }
  if (typeof valor !== 'string') return null;
  const m = RE_HORA.exec(valor.trim());
  if (!m) return null;
  let h = Number(m[1]);
  const min = Number(m[2]);
  const sufijo = m[3]?.toLowerCase().replace(/[\s.]/g, '');
  if (sufijo === 'pm' && h < 12) h += 12;
  if (sufijo === 'am' && h === 12) h = 0;
  if (h > 23 || min > 59) return null;
  return `${dos(h)}:${dos(min)}`;
}

const RE_NUMERICA = /^(\d{1,4})[/.-](\d{1,2})[/.-](\d{1,4})(?:[ T]+(.+))?$/;
const RE_PALABRAS = /^(\d{1,2})(?:\s+de\s+|[\s/.-]+)([a-z]+)\.?(?:\s+del?\s+|[\s/.-]+)(\d{2,4})$/;

/** The date of a cell; null when it is empty or not a date. */
export function leerFecha(valor: Celda): FechaLeida | null {
  if (valor === null || typeof valor === 'boolean') return null;
  if (valor instanceof Date) return fechaDeDateUtc(valor);
  if (typeof valor === 'number') return fechaDeSerial(valor);
  const t = valor.trim();
  if (t === '') return null;
  const n = RE_NUMERICA.exec(t);
  if (n) {
    const [, a, b, c, resto] = n;
    const hora = resto === undefined ? null : leerHora(resto);
    if (resto !== undefined && hora === null) return null;
    // aaaa-mm-dd when the first part has four digits; otherwise the Mexican order, día/mes/año.
    const fecha =
      a.length === 4 ? fechaValida(Number(a), Number(b), Number(c)) : fechaValida(anioCompleto(Number(c), c.length), Number(b), Number(a));
    return fecha === null ? null : { fecha, hora };
  }
  if (/^\d+(\.\d+)?$/.test(t)) return fechaDeSerial(Number(t));
  const sinAcentos = normalizarTexto(t).toLowerCase().replace(/,/g, ' ').replace(/\s+/g, ' ');
  const p = RE_PALABRAS.exec(sinAcentos);
  if (p) {
    const mes = MESES.get(p[2].toUpperCase());
    if (mes === undefined) return null;
    const fecha = fechaValida(anioCompleto(Number(p[3]), p[3].length), mes, Number(p[1]));
    return fecha === null ? null : { fecha, hora: null };
  }
  return null;
}

/** A cell as text: numbers without the ".0" Excel adds, dates as dd/mm/aaaa. */
export function leerTexto(valor: Celda): string {
  if (valor === null) return '';
  if (valor instanceof Date) {
    const f = fechaDeDateUtc(valor);
    return f ? f.fecha.split('-').reverse().join('/') : '';
  }
  if (typeof valor === 'boolean') return valor ? 'Sí' : 'No';
  return String(valor).trim();
}

/** «$ 1,234.50», «1234.5», «1 234» as a number; null when empty or not a number. */
export function leerNumero(valor: Celda): number | null {
  if (typeof valor === 'number') return Number.isFinite(valor) ? valor : null;
  if (typeof valor !== 'string') return null;
  const t = valor.trim().replace(/^\$\s*/, '').replace(/[,\s]/g, '');
  if (t === '' || !/^-?\d+(\.\d+)?$/.test(t)) return null;
  return Number(t);
}
