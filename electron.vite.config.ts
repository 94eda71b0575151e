import { resolve } from 'node:path';
import { defineConfig } from 'electron-vite';
import react from '@vitejs/plugin-react';
import { cspDesarrollo } from './electron/vite/cspDesarrollo';

export default defineConfig({
  main: {
    build: {
      outDir: 'out/main',
      rollupOptions: { input: { index: resolve(__dirname, 'electron/main/index.ts') } },
    },
  },
  preload: {
    build: {
      outDir: 'out/preload',
      rollupOptions: {
        input: { index: resolve(__dirname, 'electron/preload/index.ts') },
        output: { format: "cjs", entryFileNames: "[name].cjs", codeSplitting: false },
      },
      externalizeDeps: false,
    },
  },
  renderer: {
    root: 'renderer',
    base: './',
    plugins: [react(), cspDesarrollo()],
    // The POA workbook is built in a module worker, which shares the app's chunks (exceljs among them).
    worker: { format: 'es' },
    build: {
      outDir: 'out/renderer',
      // Minified and without source maps in the shipped bundle; screens, charts and exceljs are chunks of their own.
      minify: true,
      sourcemap: false,
      chunkSizeWarningLimit: 1200,
      rollupOptions: { input: { index: resolve(__dirname, 'renderer/index.html') } },
    },
  },
});
