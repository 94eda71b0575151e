/**
 * Excel stores a date as a day count with no time zone, and exceljs converts a Date by its UTC reading. So every
 * date goes in as its wall-clock reading expressed in UTC: the calendar day the user sees is the day Excel shows.
 */
const ISO = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2}))?)?/;

export function fechaExcel(valor: Date | string): Date | null {
  if (valor instanceof Date) {
    if (Number.isNaN(valor.getTime())) return null;
    return new Date(
      Date.UTC(valor.getFullYear(), valor.getMonth(), valor.getDate(), valor.getHours(), valor.getMinutes(), valor.getSeconds()),
    );
  }
  const m = ISO.exec(valor.trim());
  if (!m) return null;
  const [, a, mes, d, h, min, s] = m;
  return new Date(Date.UTC(Number(a), Number(mes) - 1, Number(d), Number(h ?? 0), Number(min ?? 0), Number(s ?? 0)));
}
