import { Grid, Typography } from '@mui/material';
import { useWatch, type Control, type FieldValues, type Path } from 'react-hook-form';
import { formatearNumero } from '../../../../shared/domain/formato';
import { CampoNumero } from './CampoNumero';
import { ceroSiVacio } from './numeros';

/**
 * People served or attending, by sex, as the POA reports them (mujeres, hombres, otro), with the total as they type.
 * `campos` are the form's three field names in that order.
 */
export function CamposPorSexo<T extends FieldValues>({
  control,
  campos,
  titulo,
}: {
  control: Control<T>;
  campos: [Path<T>, Path<T>, Path<T>];
  titulo: string;
}) {
  const valores = useWatch({ control, name: campos }) as number[];
  const total = valores.reduce((s, n) => s + (Number.isFinite(n) ? n : 0), 0);
  // A count box left empty means nobody: 0.
  const numero = { type: 'number', leer: ceroSiVacio, slotProps: { htmlInput: { min: 0, step: 1 } } } as const;
  return (
    <Grid container columnSpacing={1.5} sx={{ alignItems: 'flex-start' }} role="group" aria-label={titulo}>
      <Grid size={3}>
        <CampoNumero control={control} name={campos[0]} label={`${titulo}: mujeres`} {...numero} />
      </Grid>
      <Grid size={3}>
        <CampoNumero control={control} name={campos[1]} label={`${titulo}: hombres`} {...numero} />
      </Grid>
      <Grid size={3}>
        <CampoNumero control={control} name={campos[2]} label={`${titulo}: otro`} {...numero} />
      </Grid>
      <Grid size={3} sx={{ pt: 1 }}>
        <Typography variant="body2" role="status" aria-label={`${titulo}: total`}>
          Total: <strong>{formatearNumero(total)}</strong>
        </Typography>
      </Grid>
    </Grid>
  );
}
