import { describe, expect, it } from 'vitest';
import { nombreArchivoEvidencia, revisarContenidoEvidencia, TAMANO_MAXIMO_EVIDENCIA } from '../../../shared/evidencias/contenido';
import { exeMinimo, jpgMinimo, pdfMinimo, pngMinimo } from '../../archivosDePrueba';

describe('revisarContenidoEvidencia', () => {
  it('recognises a PDF, a JPG and a PNG by their content, whatever their name says', () => {
    expect(revisarContenidoEvidencia('lista.pdf', pdfMinimo())).toEqual({ valido: true, tipo: 'application/pdf', extension: 'pdf' });
    expect(revisarContenidoEvidencia('foto sin extensión', jpgMinimo())).toEqual({ valido: true, tipo: 'image/jpeg', extension: 'jpg' });
    expect(revisarContenidoEvidencia('FOTO.PNG.pdf', pngMinimo())).toEqual({ valido: true, tipo: 'image/png', extension: 'png' });
  });

  it('refuses a program renamed from .exe to .pdf, saying it is a program', () => {
    expect(revisarContenidoEvidencia('lista.pdf', exeMinimo())).toEqual({
      valido: false,
      mensaje: 'El archivo «lista.pdf» es un programa, no un documento ni una imagen: solo se pueden adjuntar archivos PDF, JPG o PNG.',
    });
  });

  it('refuses a file over 20 MB with its size and the limit', () => {
    const grande = new Uint8Array(25 * 1024 * 1024);
    grande.set(pdfMinimo());
    expect(revisarContenidoEvidencia('escaneo.pdf', grande)).toEqual({ valido: false, mensaje: 'El archivo «escaneo.pdf» mide 25 MB y el máximo es 20 MB.' });
    const apenas = new Uint8Array(TAMANO_MAXIMO_EVIDENCIA + 1);
    apenas.set(pdfMinimo());
    expect(revisarContenidoEvidencia('escaneo.pdf', apenas)).toEqual({ valido: false, mensaje: 'El archivo «escaneo.pdf» pasa del máximo de 20 MB.' });
  });

  it('accepts a file of exactly 20 MB', () => {
    const justo = new Uint8Array(TAMANO_MAXIMO_EVIDENCIA).fill(0x20);
    justo.set(texto('%PDF-1.7\n'));
    justo.set(texto('%%EOF\n'), justo.length - 6);
    expect(revisarContenidoEvidencia('escaneo.pdf', justo)).toMatchObject({ valido: true, extension: 'pdf' });
  });

  it('refuses a PDF cut before its end, an image cut short, an empty file and a text file', () => {
    const pdf = pdfMinimo(2000);
    expect(revisarContenidoEvidencia('acuse.pdf', pdf.subarray(0, pdf.length - 30))).toMatchObject({ valido: false, mensaje: expect.stringContaining('no es un PDF completo') });
    const jpg = jpgMinimo();
    expect(revisarContenidoEvidencia('foto.jpg', jpg.subarray(0, jpg.length - 2))).toMatchObject({ valido: false, mensaje: expect.stringContaining('está cortada o dañada') });
    const png = pngMinimo();
    expect(revisarContenidoEvidencia('foto.png', png.subarray(0, 30))).toMatchObject({ valido: false, mensaje: expect.stringContaining('está cortada o dañada') });
    expect(revisarContenidoEvidencia('vacio.pdf', new Uint8Array())).toEqual({ valido: false, mensaje: 'El archivo «vacio.pdf» está vacío.' });
    expect(revisarContenidoEvidencia('notas.jpg', new Uint8Array(texto('hola')))).toEqual({
      valido: false,
      mensaje: 'El contenido de «notas.jpg» no es de un PDF, un JPG ni un PNG: solo se pueden adjuntar archivos PDF, JPG o PNG.',
    });
  });
});

describe('nombreArchivoEvidencia', () => {
  const sha = 'a'.repeat(64);
  it('names a file by its SHA-256 and kind, and nothing else', () => {
    expect(nombreArchivoEvidencia(sha, 'pdf')).toBe(`${sha}.pdf`);
    expect(nombreArchivoEvidencia('../../Windows/system32', 'pdf')).toBeNull();
    expect(nombreArchivoEvidencia(sha.toUpperCase(), 'pdf')).toBeNull();
    expect(nombreArchivoEvidencia(sha, 'exe')).toBeNull();
    expect(nombreArchivoEvidencia(`${sha}/..`, 'png')).toBeNull();
  });
});

function texto(t: string): Uint8Array {
  return new Uint8Array(Buffer.from(t, 'latin1'));
}
