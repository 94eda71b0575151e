/**
 * What an evidence file may be: a PDF, a JPG or a PNG of at most 20 MB, recognised by its content, never by its name.
 * A program renamed to «lista.pdf» starts with «MZ», not «%PDF-», and is refused; so is a PDF cut before its end
 * (no «%%EOF» near its last bytes) or an image whose structure ends too soon. Whether an image decodes is asked of
 * the browser by the screen that attaches it, after this check.
 */
import { MB, mensajeTamanoExcedido } from '../ipc/limites';

export const TAMANO_MAXIMO_EVIDENCIA = 20 * MB;

export const TIPOS_EVIDENCIA = ['application/pdf', 'image/jpeg', 'image/png'] as const;
export type TipoEvidencia = (typeof TIPOS_EVIDENCIA)[number];

export const EXTENSION_EVIDENCIA: Readonly<Record<TipoEvidencia, 'pdf' | 'jpg' | 'png'>> = {
  'application/pdf': 'pdf',
  'image/jpeg': 'jpg',
  'image/png': 'png',
};
export const EXTENSIONES_EVIDENCIA = ['pdf', 'jpg', 'png'] as const;
export type ExtensionEvidencia = (typeof EXTENSIONES_EVIDENCIA)[number];

/** What the file input offers: the three kinds, by type and by the extensions they are usually saved with. */
export const ACEPTA_EVIDENCIA = 'application/pdf,image/jpeg,image/png,.pdf,.jpg,.jpeg,.png';

const FIRMA_PDF = [0x25, 0x50, 0x44, 0x46, 0x2d]; // %PDF-
const FIRMA_JPG = [0xff, 0xd8, 0xff];
const FIRMA_PNG = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
const FIN_PDF = [0x25, 0x25, 0x45, 0x4f, 0x46]; // %%EOF
/** Writers add a line break, blanks or a few bytes of padding after «%%EOF»; 1 KB covers what the format tolerates. */
const COLA_PDF = 1024;

function empiezaCon(bytes: Uint8Array, firma: readonly number[], desde = 0): boolean {
  if (bytes.length < desde + firma.length) return false;
  return firma.every((b, i) => bytes[desde + i] === b);
}

function contieneDesde(bytes: Uint8Array, firma: readonly number[], desde: number): boolean {
  for (let i = Math.max(0, desde); i + firma.length <= bytes.length; i++) if (empiezaCon(bytes, firma, i)) return true;
  return false;
}

/** A JPEG ends with its End Of Image marker (FF D9), perhaps followed by a little padding. */
function jpgCompleto(bytes: Uint8Array): boolean {
  for (let i = bytes.length - 2; i >= Math.max(2, bytes.length - 1024); i--) if (bytes[i] === 0xff && bytes[i + 1] === 0xd9) return true;
  return false;
}

/** A PNG's first chunk is IHDR and its last one IEND. */
function pngCompleto(bytes: Uint8Array): boolean {
  const ihdr = [0x49, 0x48, 0x44, 0x52];
  const iend = [0x49, 0x45, 0x4e, 0x44, 0xae, 0x42, 0x60, 0x82];
  return empiezaCon(bytes, ihdr, 12) && contieneDesde(bytes, iend, bytes.length - 64);
}

export type RevisionEvidencia = { valido: true; tipo: TipoEvidencia; extension: ExtensionEvidencia } | { valido: false; mensaje: string };

const NO_ADMITIDO = 'solo se pueden adjuntar archivos PDF, JPG o PNG';

/** The file's kind from its first and last bytes, or why it is refused, in Spanish and naming it. */
export function revisarContenidoEvidencia(nombre: string, bytes: Uint8Array): RevisionEvidencia {
  const quien = `«${nombre}»`;
  if (bytes.length === 0) return { valido: false, mensaje: `El archivo ${quien} está vacío.` };
  if (bytes.length > TAMANO_MAXIMO_EVIDENCIA) {
    return { valido: false, mensaje: mensajeTamanoExcedido(`El archivo ${quien}`, TAMANO_MAXIMO_EVIDENCIA, bytes.length) };
  }
  if (empiezaCon(bytes, FIRMA_PDF)) {
    if (!contieneDesde(bytes, FIN_PDF, bytes.length - COLA_PDF)) {
      return { valido: false, mensaje: `El archivo ${quien} no es un PDF completo (le falta su final): vuelva a guardarlo o escanearlo.` };
    }
    return { valido: true, tipo: 'application/pdf', extension: 'pdf' };
  }
  if (empiezaCon(bytes, FIRMA_JPG)) {
    if (!jpgCompleto(bytes)) return { valido: false, mensaje: `La imagen ${quien} está cortada o dañada: vuelva a tomarla o a copiarla.` };
    return { valido: true, tipo: 'image/jpeg', extension: 'jpg' };
  }
  if (empiezaCon(bytes, FIRMA_PNG)) {
    if (!pngCompleto(bytes)) return { valido: false, mensaje: `La imagen ${quien} está cortada o dañada: vuelva a tomarla o a copiarla.` };
    return { valido: true, tipo: 'image/png', extension: 'png' };
  }
  // A Windows program (.exe, .dll) starts with «MZ»: named as a PDF or an image it is a trap, and says so.
  if (empiezaCon(bytes, [0x4d, 0x5a])) {
    return { valido: false, mensaje: `El archivo ${quien} es un programa, no un documento ni una imagen: ${NO_ADMITIDO}.` };
  }
  return { valido: false, mensaje: `El contenido de ${quien} no es de un PDF, un JPG ni un PNG: ${NO_ADMITIDO}.` };
}

/** A SHA-256 as the file's name: 64 lowercase hexadecimal digits. */
export const RE_SHA256 = /^[0-9a-f]{64}$/;

/** The name a stored file has: its SHA-256 and its kind's extension, nothing a path could be made of. */
export function nombreArchivoEvidencia(sha256: string, extension: string): string | null {
  if (!RE_SHA256.test(sha256) || !(EXTENSIONES_EVIDENCIA as readonly string[]).includes(extension)) return null;
  return `${sha256}.${extension}`;
}
