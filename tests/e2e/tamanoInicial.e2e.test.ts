import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';

/**
 * What the app downloads and parses before the sign-in screen: the entry script of the built renderer and the chunks
 * it preloads. Screens, charts and exceljs are chunks loaded when first needed and stay out of it. The budget was set
 * from the measured size (301 kB gzip when it was split) with room for the app to grow.
 */
const PRESUPUESTO_INICIAL_GZIP = 360_000;
const CARPETA = resolve('out/renderer');

const kb = (n: number) => `${(n / 1000).toFixed(1)} kB`;

function gzip(archivo: string): number {
  return gzipSync(readFileSync(join(CARPETA, archivo)), { level: 9 }).byteLength;
}

describe('tamaño del renderer compilado', () => {
  const html = readFileSync(join(CARPETA, 'index.html'), 'utf8');
  const iniciales = [...html.matchAll(/(?:src|href)="\.\/(assets\/[^"]+\.js)"/g)].map((m) => m[1]);
  const todos = readdirSync(join(CARPETA, 'assets'))
    .filter((a) => a.endsWith('.js'))
    .map((a) => `assets/${a}`);

  it('el JavaScript inicial (entrada y lo que precarga) cabe en su presupuesto; lista cada fragmento', () => {
    expect(iniciales.length).toBeGreaterThan(0);
    const filas = todos
      .map((a) => ({ archivo: a, bytes: statSync(join(CARPETA, a)).size, gzip: gzip(a), inicial: iniciales.includes(a) }))
      .sort((x, y) => y.gzip - x.gzip);
    for (const f of filas) console.log(`${f.inicial ? 'inicial ' : 'diferido'} ${f.archivo.padEnd(52)} ${kb(f.bytes).padStart(10)} ${kb(f.gzip).padStart(10)} gzip`);
    const inicial = filas.filter((f) => f.inicial).reduce((s, f) => s + f.gzip, 0);
    console.log(`JavaScript inicial: ${kb(inicial)} gzip (presupuesto ${kb(PRESUPUESTO_INICIAL_GZIP)}), ${filas.length} fragmentos`);
    expect(inicial).toBeLessThanOrEqual(PRESUPUESTO_INICIAL_GZIP);
  });

  it('exceljs y chart.js no están en lo inicial, y nada se publica con mapas de fuente', () => {
    // A string only exceljs writes, and one only chart.js says.
    const conLibreria = (marca: string) => todos.filter((a) => readFileSync(join(CARPETA, a), 'utf8').includes(marca));
    const exceljs = conLibreria('xl/sharedStrings.xml');
    const chartjs = conLibreria('Canvas is already in use');
    expect(exceljs.length).toBeGreaterThan(0);
    expect(chartjs.length).toBeGreaterThan(0);
    expect(exceljs.filter((a) => iniciales.includes(a))).toEqual([]);
    expect(chartjs.filter((a) => iniciales.includes(a))).toEqual([]);
    expect(readdirSync(join(CARPETA, 'assets')).filter((a) => a.endsWith('.map'))).toEqual([]);
    expect(todos.map((a) => readFileSync(join(CARPETA, a), 'utf8')).filter((t) => t.includes('sourceMappingURL'))).toEqual([]);
  });

  it('el código publicado está minificado', () => {
    const entrada = readFileSync(join(CARPETA, iniciales[0]), 'utf8');
    const lineas = entrada.split('\n').length;
    expect(entrada.length / lineas).toBeGreaterThan(1000);
  });
});
