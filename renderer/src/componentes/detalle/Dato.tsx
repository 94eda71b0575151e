import { Grid, Typography } from '@mui/material';
import type { ReactNode } from 'react';
import { formatearFechaHora } from '../../../../shared/domain/formato';

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

/** When and at which PC the record was captured, and when it last changed: the last row of every detail. */
export function DatosCaptura({
  registro,
  etiqueta = 'Capturado',
  ancho = 6,
}: {
  registro: { createdAt: string; updatedAt: string; estacion: string };
  etiqueta?: string;
  ancho?: number;
}) {
  return (
    <>
      <Dato etiqueta={etiqueta} ancho={ancho}>
        {`${formatearFechaHora(registro.createdAt)} · estación ${registro.estacion}`}
      </Dato>
      <Dato etiqueta="Última modificación" ancho={ancho}>
        {formatearFechaHora(registro.updatedAt)}
      </Dato>
    </>
  );
}
