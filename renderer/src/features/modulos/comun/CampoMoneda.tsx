import { InputAdornment, TextField } from '@mui/material';
import { Controller, type Control, type FieldValues, type Path } from 'react-hook-form';
import { numeroDeTexto, textoDePesos } from './numeros';
import { enlaceCaja } from '../../solicitudes/campos';

/** Pesos: typed freely ("1234.5", "1,234.50"), shown as "$ 1,234.50" once the box is left. */
export function CampoMoneda<T extends FieldValues>({ control, name, label, required = false }: { control: Control<T>; name: Path<T>; label: string; required?: boolean }) {
  return (
    <Controller
      control={control}
      name={name}
      render={({ field, fieldState }) => (
        <TextField
          label={label}
          required={required}
          {...enlaceCaja(field, fieldState)}
          value={field.value ?? ''}
          onChange={(e) => field.onChange(e.target.value)}
          onBlur={() => {
            const n = numeroDeTexto(String(field.value ?? ''));
            if (Number.isFinite(n) && n >= 0) field.onChange(textoDePesos(n));
            field.onBlur();
          }}
          slotProps={{
            input: { startAdornment: <InputAdornment position="start">$</InputAdornment> },
            htmlInput: { inputMode: 'decimal', style: { textAlign: 'right' } },
          }}
        />
      )}
    />
  );
}
