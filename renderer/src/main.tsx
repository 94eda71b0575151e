import '@fontsource/roboto/400.css';
import '@fontsource/roboto/500.css';
import '@fontsource/roboto/700.css';
import { StrictMode } from 'react';
import { z } from 'zod';
import { createRoot } from 'react-dom/client';
import { CssBaseline, ThemeProvider } from '@mui/material';
import { HashRouter } from 'react-router-dom';
import { tema } from './app/tema';
import { App } from './app/App';
import { db } from './db';
import { sembrarSiHaceFalta } from './db/semilla';
import { programarRespaldos } from './db/respaldoAutomatico';
import { descartarRestauracionPendiente } from './db/respaldos';
import { hayCuentas } from './db/sesion';
import { reanudarSesion, recordarSesion } from './features/acceso/continuidad';
import { enEscritorio, puente } from './bridge';
import { almacenDelPuente, usarAlmacenArchivos } from './db/archivosEvidencia';
import { textoDeError } from './db/errores';

// The CSP forbids eval; zod would otherwise probe `new Function` and log a violation on every start.
z.config({ jitless: true });

async function iniciar(): Promise<void> {
  // In the desktop app the evidence files live in the data folder, written by the main process.
  if (enEscritorio) usarAlmacenArchivos(db, almacenDelPuente(puente));
  // Ask the browser not to evict the database under storage pressure: citizens' requests must never be lost.
  if (navigator.storage?.persist) {
    await navigator.storage.persist().catch(() => false);
  }
  // A new PC is seeded at the end of its first-run setup, once its station code is known.
  if (await hayCuentas(db)) await sembrarSiHaceFalta(db);
  // Print routes open in their own hidden window; only the main window keeps the backups going.
  const esImpresion = location.hash.startsWith('#/imprimir/');
  // A restore the app was closed in the middle of was never applied: its staged rows go (not in a print window, which
  // may open while the main window restores).
  if (!esImpresion) await descartarRestauracionPendiente(db);
  await reanudarSesion(db, esImpresion);
  if (!esImpresion) recordarSesion(db);
  if (enEscritorio && !esImpresion) programarRespaldos(db, puente);
  createRoot(document.getElementById('raiz')!).render(
    <StrictMode>
      <ThemeProvider theme={tema}>
        <CssBaseline />
        <HashRouter>
          <App />
        </HashRouter>
      </ThemeProvider>
    </StrictMode>,
  );
}

iniciar().catch((error: unknown) => {
  const raiz = document.getElementById('raiz')!;
  raiz.textContent = `No se pudo abrir la base de datos: ${textoDeError(error)}`;
});
