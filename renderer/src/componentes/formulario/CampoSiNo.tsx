import { FormControlLabel, FormHelperText, Switch } from '@mui/material';
import { Controller, type Control, type FieldValues, type Path } from 'react-hook-form';

/** A yes/no of the record (realizada), as a switch that Space toggles. */
export function CampoSiNo<T extends FieldValues>({ control, name, label, ayuda }: { control: Control<T>; name: Path<T>; label: string; ayuda?: string }) {
  return (
    <Controller
      control={control}
      name={name}
      render={({ field }) => (
        <>
          <FormControlLabel
            control={<Switch checked={Boolean(field.value)} onChange={(e) => field.onChange(e.target.checked)} slotProps={{ input: { ref: field.ref } }} />}
            label={label}
          />
          {ayuda && <FormHelperText sx={{ mt: 0 }}>{ayuda}</FormHelperText>}
        </>
      )}
    />
  );
}
