import { Box, Typography } from '@mui/material';
import { useEffect } from 'react';
import { useWatch, type FieldValues, type Path, type UseFormReturn } from 'react-hook-form';
import { formatearNumero } from '../../../../shared/domain/formato';
import { ETIQUETA_GRUPO_EDAD, GRUPOS_EDAD } from '../../../../shared/schemas/modulos';
import { CampoNumero } from './CampoNumero';
import { ceroSiVacio } from './numeros';

const suma = (valores: unknown[]) => valores.reduce<number>((s, n) => s + (typeof n === 'number' && Number.isFinite(n) ? n : 0), 0);

/**
 * The attendance by age group (0 a 11 … 60 años y más), five compact boxes under the attendance by sex, with their
 * running sum beside the sexes' total, which it must match. `porSexo` are the sexes' three field names.
 */
export function CamposPorEdad<T extends FieldValues>({ form, titulo, porSexo }: { form: UseFormReturn<T>; titulo: string; porSexo: readonly Path<T>[] }) {
  const { control, trigger } = form;
  const grupos = useWatch({ control, name: GRUPOS_EDAD as unknown as Path<T>[] }) as unknown[];
  const sexos = useWatch({ control, name: [...porSexo] }) as unknown[];
  const [sumaGrupos, total] = [suma(grupos), suma(sexos)];
  const { isSubmitted } = form.formState;
  // The sum's message sits at the first group's box, but any group or sex changes it: once the form has been
  // checked, each change checks that box again, so it never keeps a message about a sum already corrected.
  useEffect(() => {
    if (isSubmitted) void trigger(GRUPOS_EDAD[0] as Path<T>);
  }, [sumaGrupos, total, isSubmitted, trigger]);
  const numero = { type: 'number', size: 'small', leer: ceroSiVacio, slotProps: { htmlInput: { min: 0, step: 1 } } } as const;
  return (
    <Box role="group" aria-label={titulo} sx={{ mt: 0.5, mb: 1.5 }}>
      <Typography variant="subtitle2" component="p" sx={{ mb: 1 }}>
        {titulo}
      </Typography>
      <Box sx={{ display: 'grid', gridTemplateColumns: 'repeat(5, minmax(0, 1fr)) auto', columnGap: 1.5, alignItems: 'start' }}>
        {GRUPOS_EDAD.map((g) => (
          <CampoNumero key={g} control={control} name={g as Path<T>} label={ETIQUETA_GRUPO_EDAD[g]} {...numero} />
        ))}
        <Typography variant="body2" role="status" aria-label={`${titulo}: suma`} sx={{ pt: 1, whiteSpace: 'nowrap', color: sumaGrupos === total ? 'text.primary' : 'warning.dark' }}>
          Suma: <strong>{formatearNumero(sumaGrupos)}</strong> de {formatearNumero(total)}
        </Typography>
      </Box>
    </Box>
  );
}
