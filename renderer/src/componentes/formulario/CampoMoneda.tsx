import { InputAdornment } from '@mui/material';
import type { Control, FieldValues, Path } from 'react-hook-form';
import { CampoNumero } from './CampoNumero';
import { textoDePesos } from './numeros';

/** Pesos: typed freely ("1234.5", "1,234.50"), shown as "$ 1,234.50" once the box is left. */
export function CampoMoneda<T extends FieldValues>(props: { control: Control<T>; name: Path<T>; label: string; required?: boolean }) {
  return (
    <CampoNumero
      {...props}
      mostrar={textoDePesos}
      slotProps={{
        input: { startAdornment: <InputAdornment position="start">$</InputAdornment> },
        htmlInput: { inputMode: 'decimal', style: { textAlign: 'right' } },
      }}
    />
  );
}
