import { Paper, Typography } from '@mui/material';
import type { ReactNode } from 'react';

/** A titled block of a form, reachable as a region by its title. */
export function Seccion({ titulo, children }: { titulo: string; children: ReactNode }) {
  return (
    <Paper component="section" aria-label={titulo} sx={{ p: 2, pb: 0.5 }}>
      <Typography variant="subtitle1" component="h2" sx={{ fontWeight: 600, mb: 1.5 }}>
        {titulo}
      </Typography>
      {children}
    </Paper>
  );
}

/** A titled block of a detail view (its data, its history), reachable as a region by its title. */
export function SeccionDetalle({ titulo, children, mb }: { titulo: string; children: ReactNode; mb?: number }) {
  return (
    <Paper sx={mb === undefined ? { p: 2 } : { p: 2, mb }} component="section" aria-label={titulo}>
      <Typography variant="subtitle1" component="h2" sx={{ fontWeight: 600, mb: 1 }}>
        {titulo}
      </Typography>
      {children}
    </Paper>
  );
}
