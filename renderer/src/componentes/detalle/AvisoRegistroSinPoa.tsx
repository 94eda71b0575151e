import { Alert } from '@mui/material';
import { useCuentaEnMeta } from '../../hooks/useCuentaEnMeta';

/**
 * On a record's screen, when the date that makes it count falls in a year that has no POA yet: it is kept, and it
 * will count for its month once that year's POA is created.
 */
export function AvisoRegistroSinPoa({ registro, cuentaEn }: { /** "Esta solicitud", "Este apoyo". */ registro: string; cuentaEn: string | null | false }) {
  const cuenta = useCuentaEnMeta(cuentaEn);
  if (!cuenta || cuenta.hayPoa) return null;
  return (
    <Alert severity="info" sx={{ mb: 2 }}>
      {registro} es de {cuenta.anio} y aún no existe el POA {cuenta.anio}: contará para la meta de {cuenta.mes} en cuanto se cree.
    </Alert>
  );
}
