/* global process, console */
// Electronegativity over the sources (main process, preload and the renderer's page and code, scanned together so
// its global checks see the whole app) and over the built out/. Exits with 1 on any high or medium finding that
// docs/security.md does not accept below. Run after `npm run build`.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const raiz = path.resolve(import.meta.dirname, '..');
const VERSION_ELECTRON = JSON.parse(fs.readFileSync(path.join(raiz, 'node_modules/electron/package.json'), 'utf8')).version;

/** Findings accepted, each with its reason in docs/security.md («Hallazgos aceptados»). */
const ACEPTADOS = [
  { id: 'OPEN_EXTERNAL_JS_CHECK', archivo: /^main\/index\.(ts|js)$/ },
  { id: 'DANGEROUS_FUNCTIONS_JS_CHECK', archivo: /^renderer\/assets\/(exceljs\.min|libro)-[\w-]+\.js$/ },
];

function escanear(entrada, etiqueta) {
  const salida = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'poa-auditoria-')), 'hallazgos.csv');
  execFileSync(process.execPath, [path.join(raiz, 'node_modules/@doyensec/electronegativity/dist/index.js'), '-i', entrada, '-r', '-v', 'false', '-e', VERSION_ELECTRON, '-o', salida], {
    stdio: 'ignore',
  });
  const hallazgos = [];
  for (const linea of fs.readFileSync(salida, 'utf8').split('\n')) {
    const m = /^([A-Z_]+),"(\w+)","(\w+)","([^"]*)","([^"]*)"/.exec(linea);
    if (m) hallazgos.push({ origen: etiqueta, id: m[1], gravedad: m[2], confianza: m[3], archivo: m[4].replaceAll('\\', '/'), lugar: m[5] });
  }
  fs.rmSync(path.dirname(salida), { recursive: true, force: true });
  return hallazgos;
}

// The sources, copied together without node_modules.
const fuentes = fs.mkdtempSync(path.join(os.tmpdir(), 'poa-fuentes-'));
fs.cpSync(path.join(raiz, 'electron'), fuentes, { recursive: true });
fs.cpSync(path.join(raiz, 'renderer'), path.join(fuentes, 'renderer'), { recursive: true });
if (!fs.existsSync(path.join(raiz, 'out', 'main', 'index.js'))) {
  console.error('Falta out/: ejecute npm run build antes de la auditoría.');
  process.exit(1);
}
const hallazgos = [...escanear(fuentes, 'fuentes'), ...escanear(path.join(raiz, 'out'), 'out')];
fs.rmSync(fuentes, { recursive: true, force: true });

let rechazados = 0;
for (const h of hallazgos) {
  const grave = h.gravedad === 'HIGH' || h.gravedad === 'MEDIUM';
  const aceptado = ACEPTADOS.some((a) => a.id === h.id && a.archivo.test(h.archivo));
  const estado = !grave ? 'informativo' : aceptado ? 'aceptado' : 'RECHAZADO';
  if (grave && !aceptado) rechazados += 1;
  console.log(`${estado.padEnd(11)} ${h.gravedad.padEnd(6)} ${h.confianza.padEnd(9)} ${h.id} ${h.origen}:${h.archivo}:${h.lugar}`);
}
if (rechazados > 0) {
  console.error(`Auditoría de seguridad: ${rechazados} hallazgo(s) alto(s) o medio(s) sin aceptar en docs/security.md.`);
  process.exit(1);
}
console.log(`Auditoría de seguridad: sin hallazgos altos o medios pendientes (${hallazgos.length} revisados).`);
