import { Grid, Typography } from '@mui/material';
import type { ReactNode } from 'react';

/** One labelled value of a detail view (inside a <dl> grid); an empty value shows a dash. */
export function Dato({ etiqueta, children, ancho = 4 }: { etiqueta: string; children: ReactNode; ancho?: number }) {
  return (
    <Grid size={ancho}>
      <Typography variant="caption" color="text.secondary" component="dt">
        {etiqueta}
      </Typography>
      <Typography variant="body2" component="dd" sx={{ m: 0, whiteSpace: 'pre-wrap' }}>
        {children === '' || children === null || children === undefined ? '—' : children}
      </Typography>
    </Grid>
  );
}

export function ListaDatos({ children }: { children: ReactNode }) {
  return (
    <Grid container component="dl" spacing={1.5} sx={{ m: 0 }}>
      {children}
    </Grid>
  );
}
