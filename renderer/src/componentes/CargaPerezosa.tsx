import { lazy, Suspense, type ComponentType, type ReactNode } from 'react';
import { Box, CircularProgress, Typography } from '@mui/material';

/**
 * A screen whose code loads the first time it is shown: `perezosa(() => import('./PaginaX'), 'PaginaX')`. The
 * module keeps its named export; only the screen's chunk waits for the first visit.
 */
export function perezosa<N extends string, P extends object>(cargar: () => Promise<Record<N, ComponentType<P>>>, nombre: N) {
  return Object.assign(
    lazy(async () => ({ default: (await cargar())[nombre] })),
    /** Loads the screen's code ahead of its first visit (the browser keeps the module; the visit finds it ready). */
    { precargar: () => void cargar().catch(() => undefined) },
  );
}

/** Runs `tarea` once the page is idle (or after `esperaMs` at the latest), never during what the user waits for. */
export function cuandoEsteLibre(tarea: () => void, esperaMs = 3000): () => void {
  if (typeof requestIdleCallback === 'function') {
    const id = requestIdleCallback(tarea, { timeout: esperaMs });
    return () => cancelIdleCallback(id);
  }
  const id = setTimeout(tarea, esperaMs);
  return () => clearTimeout(id);
}

/** What shows while a screen's code loads: an announced, labelled indicator. */
export function CargandoPantalla() {
  return (
    <Box role="status" aria-live="polite" aria-label="Cargando la pantalla" sx={{ display: 'flex', alignItems: 'center', gap: 1.5, p: 3 }}>
      <CircularProgress size={24} aria-hidden />
      <Typography variant="body2" color="text.secondary">
        Cargando…
      </Typography>
    </Box>
  );
}

/** The place where lazily loaded screens appear. */
export function ConCarga({ children }: { children: ReactNode }) {
  return <Suspense fallback={<CargandoPantalla />}>{children}</Suspense>;
}
