/** Small files of each kind an evidence may be, and ones it may not, built byte by byte for the tests. */
const texto = (t: string) => [...Buffer.from(t, 'latin1')];

/** A one-page PDF as a scanner writes it: header, objects, cross-reference table and «%%EOF». */
export function pdfMinimo(relleno = 0): Uint8Array<ArrayBuffer> {
  return new Uint8Array([
    ...texto('%PDF-1.4\n1 0 obj <</Type/Catalog/Pages 2 0 R>> endobj\n'),
    ...new Array<number>(relleno).fill(0x20),
    ...texto('2 0 obj <</Type/Pages/Kids[]/Count 0>> endobj\ntrailer <</Root 1 0 R>>\n%%EOF\n'),
  ]);
}

/** The markers of a JPEG from its Start Of Image to its End Of Image. */
export function jpgMinimo(): Uint8Array<ArrayBuffer> {
  return new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10, ...texto('JFIF'), 0, 1, 1, 0, 0, 1, 0, 1, 0, 0, 0xff, 0xd9]);
}

/** A PNG's signature, its IHDR chunk and its IEND chunk. */
export function pngMinimo(): Uint8Array<ArrayBuffer> {
  return new Uint8Array([
    0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a,
    0, 0, 0, 13, ...texto('IHDR'), 0, 0, 0, 1, 0, 0, 0, 1, 8, 2, 0, 0, 0, 0x90, 0x77, 0x53, 0xde,
    0, 0, 0, 0, ...texto('IEND'), 0xae, 0x42, 0x60, 0x82,
  ]);
}

/** The start of a Windows program («MZ»), as a file renamed from .exe to .pdf has it. */
export function exeMinimo(): Uint8Array<ArrayBuffer> {
  return new Uint8Array([0x4d, 0x5a, 0x90, 0x00, 0x03, 0x00, 0x00, 0x00, ...texto('This program cannot be run in DOS mode.')]);
}
