import { lazy, Suspense, type ComponentType, type ReactNode } from 'react';
import { Box, CircularProgress, Typography } from '@mui/material';

/**
 * A screen whose code loads the first time it is shown: `perezosa(() => import('./PaginaX'), 'PaginaX')`. The
 * module keeps its named export; only the screen's chunk waits for the first visit.
 */
export function perezosa<N extends string, P extends object>(cargar: () => Promise<Record<N, ComponentType<P>>>, nombre: N) {
  return lazy(async () => ({ default: (await cargar())[nombre] }));
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
