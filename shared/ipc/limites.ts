/**
 * How large a message between the processes, and a file the app reads, may be. Each is checked before its content is
 * parsed, so a huge or endless input is refused with a message instead of filling the memory of an office PC.
 *
 * A backup file moves between the processes in pieces of at most TAMANO_TROZO_RESPALDO, never whole: ten years of a busy
 * office (100,000 solicitudes, 60,000 personas) are a compressed file of some tens of MB, and a plain JSON file of
 * version 1 of the same office was about 240 MB; the file limit leaves room for twice that. Every other message is a
 * few kilobytes (a route, a link, a list of names), or a piece of a backup.
 */
import type { Canal } from './contract';

export const MB = 1024 * 1024;

/** The largest backup file (plain or locked) the app writes, reads, restores or incorporates. */
export const TAMANO_MAXIMO_RESPALDO = 512 * MB;

/** The largest message of every other kind. */
export const TAMANO_MAXIMO_MENSAJE = 4 * MB;

/** The largest piece of a backup file written or read in one message. */
export const TAMANO_TROZO_RESPALDO = 2 * MB;

/**
 * The limit of each channel, for the request and for the answer. Saving a file carries the exports and the copies of a
 * backup for another PC; a backup is written and read a piece at a time.
 */
export const TAMANO_MAXIMO_CANAL: Readonly<Record<Canal, number>> = {
  'archivo:guardar': TAMANO_MAXIMO_RESPALDO,
  'impresion:imprimir': TAMANO_MAXIMO_MENSAJE,
  'respaldos:iniciar': TAMANO_MAXIMO_MENSAJE,
  'respaldos:trozo': TAMANO_MAXIMO_MENSAJE,
  'respaldos:terminar': TAMANO_MAXIMO_MENSAJE,
  'respaldos:cancelar': TAMANO_MAXIMO_MENSAJE,
  'respaldos:listar': TAMANO_MAXIMO_MENSAJE,
  'respaldos:leerTrozo': TAMANO_MAXIMO_MENSAJE,
  'app:info': TAMANO_MAXIMO_MENSAJE,
  'enlace:abrirExterno': TAMANO_MAXIMO_MENSAJE,
  // An evidence file (at most 20 MB) goes whole, with its name.
  'evidencias:guardar': TAMANO_MAXIMO_MENSAJE + 20 * MB,
  'evidencias:leer': TAMANO_MAXIMO_MENSAJE + 20 * MB,
  'actualizaciones:estado': TAMANO_MAXIMO_MENSAJE,
  'actualizaciones:configurar': TAMANO_MAXIMO_MENSAJE,
  'actualizaciones:buscar': TAMANO_MAXIMO_MENSAJE,
};

/**
 * The size of a value in bytes as it crosses between the processes, counted without copying it: bytes as they are,
 * a text by its characters (each at least one byte), 8 for a number and the rest by their parts. Stops counting once
 * `tope` is passed, so a huge value costs no more than reaching the limit; a value seen twice (or a cycle) counts once.
 */
export function tamanoDe(valor: unknown, tope = Number.POSITIVE_INFINITY): number {
  const vistos = new Set<object>();
  const pendientes: unknown[] = [valor];
  let total = 0;
  while (pendientes.length > 0 && total <= tope) {
    const v = pendientes.pop();
    if (typeof v === 'string') total += v.length;
    else if (typeof v === 'number' || typeof v === 'bigint') total += 8;
    else if (typeof v === 'boolean' || v === null || v === undefined) total += 1;
    else if (typeof v === 'object') {
      if (vistos.has(v)) continue;
      vistos.add(v);
      if (ArrayBuffer.isView(v)) total += v.byteLength;
      else if (v instanceof ArrayBuffer) total += v.byteLength;
      else if (Array.isArray(v)) for (const hijo of v as unknown[]) pendientes.push(hijo);
      else
        for (const [clave, hijo] of Object.entries(v)) {
          total += clave.length;
          pendientes.push(hijo);
        }
    }
  }
  return total;
}

/** «512 MB», «1.5 MB», «800 KB»: sizes as the messages say them. */
export function formatearTamano(bytes: number): string {
  if (bytes >= MB) return `${Number((bytes / MB).toFixed(1)).toLocaleString('es-MX')} MB`;
  return `${Math.max(1, Math.ceil(bytes / 1024)).toLocaleString('es-MX')} KB`;
}

/** «El archivo mide 600 MB y el máximo es 512 MB.»; without the size when it was not counted to the end. */
export function mensajeTamanoExcedido(que: string, maximo: number, tamano?: number): string {
  return tamano === undefined || formatearTamano(tamano) === formatearTamano(maximo)
    ? `${que} pasa del máximo de ${formatearTamano(maximo)}.`
    : `${que} mide ${formatearTamano(tamano)} y el máximo es ${formatearTamano(maximo)}.`;
}

/**
 * The largest spreadsheet the import reads: a year of a busy office is some thousands of rows, a few MB; 50,000 rows
 * of a solicitudes sheet are about 10 MB as .xlsx and as .csv. The limit leaves room for larger sheets without
 * filling the memory of an office PC.
 */
export const TAMANO_MAXIMO_IMPORTACION = 40 * MB;
