import { execFile } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { promisify } from 'node:util';

const ejecutar = promisify(execFile);

/** The LibreOffice launcher on PATH (soffice or libreoffice), or null when it is not installed. */
export const SOFFICE: string | null =
  ['soffice', 'libreoffice']
    .flatMap((nombre) => (process.env.PATH ?? '').split(delimiter).map((dir) => join(dir, nombre)))
    .find((ruta) => existsSync(ruta)) ?? null;

/**
 * LibreOffice keeps the results stored in an .xlsx unless its profile says otherwise; OOXMLRecalcMode 0 means
 * "always recalculate on load", so the converted file carries LibreOffice's own figures.
 */
const REGISTRO_RECALCULO = `<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="OOXMLRecalcMode" oor:op="fuse"><value>0</value></prop></item>
</oor:items>
`;

/** Opens each workbook in headless LibreOffice with forced recalculation and returns the .xlsx it saves. */
export async function recalcularConLibreOffice(libros: Record<string, Uint8Array>): Promise<Record<string, Uint8Array>> {
  if (!SOFFICE) throw new Error('LibreOffice no está instalado');
  const base = mkdtempSync(join(tmpdir(), 'poa-recalculo-'));
  try {
    const perfil = join(base, 'perfil');
    mkdirSync(join(perfil, 'user'), { recursive: true });
    writeFileSync(join(perfil, 'user', 'registrymodifications.xcu'), REGISTRO_RECALCULO);
    const entrada = join(base, 'entrada');
    const salida = join(base, 'salida');
    mkdirSync(entrada);
    mkdirSync(salida);
    const archivos = Object.entries(libros).map(([nombre, bytes]) => {
      const ruta = join(entrada, `${nombre}.xlsx`);
      writeFileSync(ruta, bytes);
      return ruta;
    });
    await ejecutar(
      SOFFICE,
      [
        `-env:UserInstallation=${pathToFileURL(perfil).href}`,
        '--headless',
        '--norestore',
        '--convert-to',
        'xlsx:Calc MS Excel 2007 XML',
        '--outdir',
        salida,
        ...archivos,
      ],
      { timeout: 110_000 },
    );
    return Object.fromEntries(
      Object.keys(libros).map((nombre) => {
        const ruta = join(salida, `${nombre}.xlsx`);
        if (!existsSync(ruta)) throw new Error(`LibreOffice no convirtió ${nombre}.xlsx`);
        return [nombre, new Uint8Array(readFileSync(ruta))];
      }),
    );
  } finally {
    rmSync(base, { recursive: true, force: true });
  }
}
