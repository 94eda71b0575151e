import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { cspDesarrollo } from './electron/vite/cspDesarrollo';

// The renderer alone in a browser, with the browser implementation of the bridge.
export default defineConfig({
  root: 'renderer',
  base: './',
  plugins: [react(), cspDesarrollo()],
  server: { port: 5173, strictPort: false },
  worker: { format: 'es' },
  build: { minify: true, sourcemap: false, chunkSizeWarningLimit: 1200 },
});
