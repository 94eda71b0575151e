import { ESLint } from 'eslint';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const eslint = new ESLint({ cwd: process.cwd() });
const SRC = path.resolve('renderer/src');
const FEATURES = path.join(SRC, 'features');

function archivosDe(carpeta: string): string[] {
  return readdirSync(carpeta, { withFileTypes: true }).flatMap((e) => {
    const ruta = path.join(carpeta, e.name);
    if (e.isDirectory()) return archivosDe(ruta);
    return /\.tsx?$/.test(e.name) ? [ruta] : [];
  });
}

/** The feature folder a path lies in ('poa' for renderer/src/features/poa/…), or null outside features/. */
function featureDe(ruta: string): string | null {
  const rel = path.relative(FEATURES, ruta);
  return rel === '' || rel.startsWith('..') ? null : rel.split(path.sep)[0];
}

const RE_IMPORT = /(?:from|import)\s*\(?\s*['"](\.{1,2}\/[^'"]+)['"]/g;

/** Every relative import (static, side-effect or dynamic) of the files under `carpeta`, resolved to a path. */
function importsDe(carpeta: string): { archivo: string; destino: string }[] {
  return archivosDe(carpeta).flatMap((archivo) =>
    [...readFileSync(archivo, 'utf8').matchAll(RE_IMPORT)].map((m) => ({ archivo, destino: path.resolve(path.dirname(archivo), m[1]) })),
  );
}

const relativo = ({ archivo, destino }: { archivo: string; destino: string }) => `${path.relative(SRC, archivo)} → ${path.relative(SRC, destino)}`;

async function erroresDeFeatures(codigo: string, archivo: string): Promise<string[]> {
  const [resultado] = await eslint.lintText(codigo, { filePath: archivo });
  return resultado.messages.filter((m) => m.ruleId === 'capas/features-separadas').map((m) => m.message);
}

describe('cada feature es una carpeta que no importa otra', () => {
  it('ningún archivo de una feature importa otra feature', () => {
    const imports = importsDe(FEATURES);
    // The scan reads the real tree: the features do import the shared pieces and each other's own files.
    expect(imports.length).toBeGreaterThan(300);
    const cruzados = imports.filter((i) => featureDe(i.destino) !== null && featureDe(i.destino) !== featureDe(i.archivo)).map(relativo);
    expect(cruzados).toEqual([]);
  });

  it('renderer/src/componentes/ y renderer/src/hooks/ sirven a todas las features y no importan ninguna', () => {
    const comunes = [...importsDe(path.join(SRC, 'componentes')), ...importsDe(path.join(SRC, 'hooks'))];
    expect(comunes.length).toBeGreaterThan(50);
    expect(comunes.filter((i) => featureDe(i.destino) !== null).map(relativo)).toEqual([]);
  });

  it('el lint rechaza que una feature importe otra, como sea que escriba la ruta', async () => {
    const codigo = [
      "import { PaginaPoa } from '../poa/PaginaPoa';",
      "import { APARIENCIA } from '../../features/tablero/PaginaTablero';",
      "export { DetalleSolicitud } from '../solicitudes/DetalleSolicitud';",
      "export const cargar = () => import('../reportes/PaginaReportes');",
      'export const x = [PaginaPoa, APARIENCIA];',
    ].join('\n');
    expect(await erroresDeFeatures(codigo, 'renderer/src/features/cronograma/prueba-features.ts')).toEqual([
      'La feature cronograma no importa la feature poa: lo que comparten va a renderer/src/componentes/ o renderer/src/hooks/.',
      'La feature cronograma no importa la feature tablero: lo que comparten va a renderer/src/componentes/ o renderer/src/hooks/.',
      'La feature cronograma no importa la feature solicitudes: lo que comparten va a renderer/src/componentes/ o renderer/src/hooks/.',
      'La feature cronograma no importa la feature reportes: lo que comparten va a renderer/src/componentes/ o renderer/src/hooks/.',
    ]);
  });

  it('el lint rechaza que componentes/ o hooks/ importen una feature', async () => {
    const codigo = "import { CapturaSolicitud } from '../../features/solicitudes/CapturaSolicitud';\nexport const x = CapturaSolicitud;";
    expect(await erroresDeFeatures(codigo, 'renderer/src/componentes/formulario/prueba-features.ts')).toEqual([
      'renderer/src/componentes/ sirve a todas las features: no importa la feature solicitudes.',
    ]);
    expect(await erroresDeFeatures(codigo.replace('../../', '../'), 'renderer/src/hooks/prueba-features.ts')).toEqual([
      'renderer/src/hooks/ sirve a todas las features: no importa la feature solicitudes.',
    ]);
  });

  it('sus propios archivos, las piezas comunes, la base de datos y shared/ sí se importan', async () => {
    const codigo = [
      "import { columnas } from './columnas';",
      "import { Leyenda } from '../cronograma/Leyenda';",
      "import { ChipEstadoPoa } from '../../componentes/poa/ChipEstadoPoa';",
      "import { hoyLocal } from '../../hooks/tiempo';",
      "import { db } from '../../db';",
      "import { REGISTROS } from '../../../../shared/registros';",
      'export const x = [columnas, Leyenda, ChipEstadoPoa, hoyLocal, db, REGISTROS];',
    ].join('\n');
    expect(await erroresDeFeatures(codigo, 'renderer/src/features/cronograma/prueba-features.ts')).toEqual([]);
  });
});
