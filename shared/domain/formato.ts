/**
 * Mexican display formats (dd/mm/aaaa, 14:30, $ 1,234.50, 87.5 %) built by hand rather than through Intl,
 * whose output (spaces, symbols) changes between ICU versions and would make printouts and tests drift.
 *
 * Dates in the records are text: 'AAAA-MM-DD' (a calendar date), 'AAAA-MM-DDTHH:mm' (a local date and time as the
 * clerk wrote it) and full ISO timestamps with an offset (createdAt, bitácora). Text without an offset is shown as
 * written, never shifted by a time zone; a timestamp with an offset is shown in this PC's local time.
 */

interface PartesFecha {
  anio: number;
  mes: number;
  dia: number;
  hora: number | null;
  minuto: number | null;
}

const RE_ISO =
  /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?(Z|[+-]\d{2}(?::?\d{2})?)?)?$/;

const dos = (n: number): string => String(n).padStart(2, '0');
const cuatro = (n: number): string => String(n).padStart(4, '0');

function fechaExiste(anio: number, mes: number, dia: number): boolean {
  // setUTCFullYear, unlike Date.UTC, does not turn years 0..99 into 1900..1999.
  const f = new Date(0);
  f.setUTCFullYear(anio, mes - 1, dia);
  return f.getUTCFullYear() === anio && f.getUTCMonth() === mes - 1 && f.getUTCDate() === dia;
}

function partesFecha(valor: string): PartesFecha | null {
  const m = RE_ISO.exec(valor.trim());
  if (!m) return null;
  const [, a, me, d, h, mi, , zona] = m;
  if (zona !== undefined) {
    const instante = new Date(valor.trim());
    if (Number.isNaN(instante.getTime())) return null;
    return {
      anio: instante.getFullYear(),
      mes: instante.getMonth() + 1,
      dia: instante.getDate(),
      hora: instante.getHours(),
      minuto: instante.getMinutes(),
    };
  }
  const anio = Number(a);
  const mes = Number(me);
  const dia = Number(d);
  if (!fechaExiste(anio, mes, dia)) return null;
  if (h === undefined) return { anio, mes, dia, hora: null, minuto: null };
  const hora = Number(h);
  const minuto = Number(mi);
  if (hora > 23 || minuto > 59) return null;
  return { anio, mes, dia, hora, minuto };
}

/**
 * 'AAAA-MM-DD', 'AAAA-MM-DDTHH:mm' or an ISO timestamp -> 'dd/mm/aaaa'. Empty input gives ''; text that is not a
 * date is returned unchanged, so a bad value is seen rather than hidden.
 */
export function formatearFecha(valor: string | null | undefined): string {
  if (!valor) return '';
  const p = partesFecha(valor);
  if (!p) return valor;
  return `${dos(p.dia)}/${dos(p.mes)}/${cuatro(p.anio)}`;
}

/** Like formatearFecha plus ' HH:mm' (24 h) when the value has a time: '05/03/2026 14:30'. */
export function formatearFechaHora(valor: string | null | undefined): string {
  if (!valor) return '';
  const p = partesFecha(valor);
  if (!p) return valor;
  const fecha = `${dos(p.dia)}/${dos(p.mes)}/${cuatro(p.anio)}`;
  return p.hora === null ? fecha : `${fecha} ${dos(p.hora)}:${dos(p.minuto ?? 0)}`;
}

/**
 * The absolute value rounded half away from zero to `decimales` places, as integer and fraction digit strings.
 * Rounding goes through the decimal text ("1.005e2") so 1.005 rounds to 1.01 as a person expects.
 */
function redondearTexto(valor: number, decimales: number): { entero: string; fraccion: string } {
  const abs = Math.abs(valor);
  const texto = String(abs);
  const escalado = texto.includes('e') ? Math.round(abs * 10 ** decimales) : Math.round(Number(`${texto}e${decimales}`));
  const digitos = String(escalado).padStart(decimales + 1, '0');
  return {
    entero: digitos.slice(0, digitos.length - decimales),
    fraccion: decimales > 0 ? digitos.slice(digitos.length - decimales) : '',
  };
}

function agrupar(entero: string): string {
  return entero.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}

function esCero(r: { entero: string; fraccion: string }): boolean {
  return /^0+$/.test(r.entero + r.fraccion);
}

function validarNumero(valor: number): void {
  if (!Number.isFinite(valor)) throw new RangeError(`No es un número que se pueda mostrar: ${valor}`);
}

/** Pesos with two decimals: 1234.5 -> '$ 1,234.50', -1234.5 -> '-$ 1,234.50'. */
export function formatearMoneda(valor: number): string {
  validarNumero(valor);
  const r = redondearTexto(valor, 2);
  const signo = valor < 0 && !esCero(r) ? '-' : '';
  return `${signo}$ ${agrupar(r.entero)}.${r.fraccion}`;
}

/**
 * A number with thousands separators and at most `maxDecimales` decimals, trailing zeros dropped:
 * formatearNumero(1234) -> '1,234', formatearNumero(1234.567, 2) -> '1,234.57', formatearNumero(2.5, 2) -> '2.5'.
 */
export function formatearNumero(valor: number, maxDecimales = 0): string {
  validarNumero(valor);
  if (!Number.isInteger(maxDecimales) || maxDecimales < 0 || maxDecimales > 10) {
    throw new RangeError(`Decimales fuera de rango: ${maxDecimales}`);
  }
  const r = redondearTexto(valor, maxDecimales);
  const signo = valor < 0 && !esCero(r) ? '-' : '';
  const fraccion = r.fraccion.replace(/0+$/, '');
  return `${signo}${agrupar(r.entero)}${fraccion ? `.${fraccion}` : ''}`;
}

/** A percentage as the POA writes it: 87.5 -> '87.5 %', 100 -> '100 %'; null (nothing programmed) -> 'No aplica'. */
export function formatearPorcentaje(valor: number | null, maxDecimales = 1): string {
  if (valor === null) return 'No aplica';
  return `${formatearNumero(valor, maxDecimales)} %`;
}

/** The local calendar date of an instant, 'AAAA-MM-DD' (what the clerk's PC shows as today). */
export function fechaIsoLocal(fecha: Date): string {
  return `${cuatro(fecha.getFullYear())}-${dos(fecha.getMonth() + 1)}-${dos(fecha.getDate())}`;
}

/** The local date and time of an instant, 'AAAA-MM-DDTHH:mm' (the format of fecha de recepción). */
export function fechaHoraIsoLocal(fecha: Date): string {
  return `${fechaIsoLocal(fecha)}T${dos(fecha.getHours())}:${dos(fecha.getMinutes())}`;
}

/** Calendar arithmetic on 'AAAA-MM-DD' (a date-time's date part is used): sumarDias('2026-02-27', 2) -> '2026-03-01'. */
export function sumarDias(isoFecha: string, dias: number): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(isoFecha);
  if (!m || !fechaExiste(Number(m[1]), Number(m[2]), Number(m[3]))) throw new RangeError(`Fecha inválida: ${isoFecha}`);
  if (!Number.isInteger(dias)) throw new RangeError(`Los días deben ser un número entero: ${dias}`);
  const f = new Date(0);
  f.setUTCFullYear(Number(m[1]), Number(m[2]) - 1, Number(m[3]) + dias);
  return `${cuatro(f.getUTCFullYear())}-${dos(f.getUTCMonth() + 1)}-${dos(f.getUTCDate())}`;
}

/**
 * A date typed the Mexican way -> 'AAAA-MM-DD', or null when it is not a real date. Accepts 'dd/mm/aaaa' with
 * one- or two-digit day and month and '/', '-' or '.' as separator ('5/3/2026', '05-03-2026').
 */
export function parsearFechaMx(texto: string): string | null {
  const m = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(texto.trim());
  if (!m) return null;
  const dia = Number(m[1]);
  const mes = Number(m[2]);
  const anio = Number(m[3]);
  if (!fechaExiste(anio, mes, dia)) return null;
  return `${cuatro(anio)}-${dos(mes)}-${dos(dia)}`;
}

/**
 * What a clerk typed in a date box, as the stored ISO text: 'dd/mm/aaaa' (also with '-' or '.', or the ISO
 * 'aaaa-mm-dd' form), followed by 'hh:mm' (24 h) when the box takes a time. Null when it is not a real date yet.
 */
export function interpretarFechaEscrita(texto: string, conHora = false): string | null {
  const limpio = texto.trim().replace(/\s+/g, ' ');
  const m = /^(\S+?)(?:[ T](\d{1,2}):(\d{2}))?$/.exec(limpio);
  if (!m) return null;
  const [, parteFecha, h, min] = m;
  let fecha = parsearFechaMx(parteFecha);
  const iso = /^(\d{4})-(\d{2})-(\d{2})$/.exec(parteFecha);
  if (!fecha && iso && fechaExiste(Number(iso[1]), Number(iso[2]), Number(iso[3]))) fecha = parteFecha;
  if (!fecha) return null;
  if (!conHora) return h === undefined ? fecha : null;
  if (h === undefined) return null;
  const hora = Number(h);
  const minuto = Number(min);
  if (hora > 23 || minuto > 59) return null;
  return `${fecha}T${dos(hora)}:${dos(minuto)}`;
}

/** How a stored ISO date (or date-time) is shown in a date box: '05/03/2026' or '05/03/2026 10:30'. */
export function fechaParaEscribir(iso: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2}))?/.exec(iso);
  if (!m) return iso;
  const fecha = `${m[3]}/${m[2]}/${m[1]}`;
  return m[4] === undefined ? fecha : `${fecha} ${m[4]}:${m[5]}`;
}
