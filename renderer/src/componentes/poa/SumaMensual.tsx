import { Alert } from '@mui/material';

/**
 * The live check under a set of monthly goals: what the twelve boxes add up to against the annual goal, and the
 * difference while they do not match (nothing is saved then).
 */
export function SumaMensual({ programado, metaAnual }: { programado: readonly string[]; metaAnual: number }) {
  const suma = programado.reduce((s, v) => s + (Number(v) || 0), 0);
  const diferencia = suma - metaAnual;
  return (
    <Alert severity={diferencia === 0 ? 'success' : 'warning'} sx={{ mt: 1 }} role="status">
      Suma mensual: {suma} de {Number.isNaN(metaAnual) ? '—' : metaAnual}
      {diferencia !== 0 && !Number.isNaN(diferencia) && ` (diferencia ${diferencia > 0 ? '+' : ''}${diferencia})`}
    </Alert>
  );
}
