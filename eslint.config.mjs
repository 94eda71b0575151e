import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import globals from 'globals';
import path from 'node:path';

const nodeBuiltins = ['fs', 'fs/*', 'node:*', 'path', 'os', 'child_process', 'crypto', 'stream', 'http', 'https', 'url', 'util'];

/** Layers go one way down: renderer and electron may use shared; shared uses neither. */
export const reglasDeCapas = {
  shared: {
    patterns: [
      { group: ['react', 'react/*', 'react-dom', 'react-dom/*', '@mui/*', '@emotion/*'], message: 'shared/ es dominio puro: no importa React ni MUI.' },
      { group: ['dexie', 'dexie-*'], message: 'shared/ es dominio puro: no importa Dexie (sólo los repositorios del renderer).' },
      { group: ['electron', 'electron/*'], message: 'shared/ es dominio puro: no importa Electron.' },
      { group: nodeBuiltins, message: 'shared/ es dominio puro: no importa módulos de Node.' },
      { group: ['**/renderer/**', '**/electron/**'], message: 'shared/ no depende de las capas superiores.' },
    ],
  },
  renderer: {
    patterns: [
      { group: ['electron', 'electron/*'], message: 'El renderer llega al sistema sólo por el puente (renderer/src/bridge).' },
      { group: nodeBuiltins, message: 'El renderer no importa módulos de Node.' },
      { group: ['**/electron/**'], message: 'El renderer no importa código del proceso principal.' },
    ],
  },
  electron: {
    patterns: [
      { group: ['react', 'react-dom', '@mui/*', 'dexie', 'dexie-*'], message: 'El proceso principal no contiene pantallas ni base de datos.' },
      { group: ['**/renderer/**'], message: 'El proceso principal no importa código del renderer.' },
    ],
  },
};

/** Only the repositories touch Dexie's tables: everywhere else the database is passed to them, never read. */
export const soloRepositorios = {
  selector: "MemberExpression[object.name='db']",
  message: 'Sólo renderer/src/db/ lee y escribe las tablas: use (o agregue) una función de renderer/src/db/repositorios/.',
};

/**
 * The folder of `renderer/src/features/` a path lies in ('cronograma', 'poa'…), or null outside it. `enCarpeta`: only
 * a path inside a feature's folder counts (a file directly under features/ belongs to none).
 */
function featureDe(raiz, ruta, enCarpeta) {
  const rel = path.relative(raiz, ruta);
  if (rel === '' || rel.startsWith('..') || path.isAbsolute(rel)) return null;
  const partes = rel.split(path.sep);
  return enCarpeta && partes.length < 2 ? null : partes[0];
}

/**
 * Features stay apart: a screen of one feature never imports another feature's files, and the shared pieces
 * (renderer/src/componentes/, renderer/src/hooks/) import no feature at all. Relative imports are resolved against
 * the importing file, so `../poa/x` and `../../features/poa/x` are the same import.
 */
export const featuresSeparadas = {
  meta: {
    type: 'problem',
    schema: [],
    messages: {
      otraFeature: 'La feature {{de}} no importa la feature {{a}}: lo que comparten va a renderer/src/componentes/ o renderer/src/hooks/.',
      comunAFeature: 'renderer/src/{{de}}/ sirve a todas las features: no importa la feature {{a}}.',
    },
  },
  create(context) {
    const src = path.join(context.cwd, 'renderer', 'src');
    const features = path.join(src, 'features');
    const de = featureDe(features, context.filename, true);
    const comun = de === null ? ['componentes', 'hooks'].find((c) => featureDe(src, context.filename, true) === c) : undefined;
    if (de === null && comun === undefined) return {};
    function revisar(nodo) {
      const spec = nodo.source?.value;
      if (typeof spec !== 'string' || !spec.startsWith('.')) return;
      const a = featureDe(features, path.resolve(path.dirname(context.filename), spec), false);
      if (a === null || a === de) return;
      context.report({ node: nodo.source, messageId: de === null ? 'comunAFeature' : 'otraFeature', data: { de: de ?? comun, a } });
    }
    return { ImportDeclaration: revisar, ExportNamedDeclaration: revisar, ExportAllDeclaration: revisar, ImportExpression: revisar };
  },
};

export default tseslint.config(
  { ignores: ['out/**', 'dist/**', 'release/**', 'node_modules/**', '.tmp/**', 'coverage/**', 'build/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['shared/**/*.ts'],
    languageOptions: { globals: { ...globals.es2023 } },
    rules: { 'no-restricted-imports': ['error', reglasDeCapas.shared] },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    rules: { 'no-restricted-imports': ['error', reglasDeCapas.renderer] },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    ignores: ['renderer/src/db/**'],
    rules: { 'no-restricted-syntax': ['error', soloRepositorios] },
  },
  {
    files: ['renderer/src/**/*.{ts,tsx}'],
    plugins: { capas: { rules: { 'features-separadas': featuresSeparadas } } },
    rules: { 'capas/features-separadas': 'error' },
  },
  {
    files: ['electron/**/*.ts'],
    languageOptions: { globals: { ...globals.node } },
    rules: { 'no-restricted-imports': ['error', reglasDeCapas.electron] },
  },
  {
    files: ['tests/**/*.{ts,tsx,mjs}', '*.{js,mjs,ts}', '.ci/**'],
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
  },
);
