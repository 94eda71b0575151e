import { MenuItem, TextField } from '@mui/material';

/** Which year's POA the screen shows; with a single POA there is nothing to choose and it stays out of the way. */
export function SelectorAnioPoa({ anios, anio, onCambiar }: { anios: readonly number[]; anio: number; onCambiar: (anio: number) => void }) {
  if (anios.length < 2) return null;
  return (
    <TextField select label="Año del POA" value={anio} onChange={(e) => onCambiar(Number(e.target.value))} sx={{ width: 130 }}>
      {anios.map((a) => (
        <MenuItem key={a} value={a}>
          {a}
        </MenuItem>
      ))}
    </TextField>
  );
}
