import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

// The renderer alone in a browser, with the browser implementation of the bridge.
export default defineConfig({
  root: 'renderer',
  base: './',
  plugins: [react()],
  server: { port: 5173, strictPort: false },
  build: { chunkSizeWarningLimit: 4000 },
});
