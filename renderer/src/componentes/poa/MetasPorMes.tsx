import { Box, Checkbox, FormControlLabel, Grid, TextField } from '@mui/material';
import type { ReactNode } from 'react';
import { NOMBRES_MES } from '../../../../shared/domain/periodos';

/**
 * How the twelve months sit: all on one line of a wide form, or six a line, each in a frame that outlines the month
 * the dialog was opened on.
 */
const DISPOSICION = {
  renglon: {
    tamano: { xs: 3, md: 1 },
    recuadro: false,
    marca: { m: 0, textTransform: 'capitalize' },
    casilla: undefined,
    etiqueta: (nombre: string) => nombre.slice(0, 3),
    letraMeta: 11,
  },
  cuadricula: {
    tamano: { xs: 3, sm: 2 },
    recuadro: true,
    marca: { m: 0, textTransform: 'capitalize', '& .MuiFormControlLabel-label': { fontSize: 13 } },
    casilla: { p: 0.5 },
    etiqueta: (nombre: string) => `${nombre.slice(0, 3)} (X)`,
    letraMeta: 12,
  },
} as const;

/**
 * An activity's twelve monthly goals, each with the X of the POA's cronograma when the months can be marked (a
 * reconducción changes goals only). A month that cannot change is disabled; the month the dialog was opened on is
 * outlined and takes the focus.
 */
export function MetasPorMes({
  programado,
  onCambiar,
  marcas,
  bloqueado,
  ayuda,
  mes,
  disposicion = 'cuadricula',
  notas = false,
}: {
  programado: readonly string[];
  onCambiar: (i: number, valor: string) => void;
  marcas?: { meses: readonly boolean[]; onMarcar: (i: number, marcado: boolean) => void };
  /** Index 0 = January. */
  bloqueado: (i: number) => boolean;
  /** The error or the note under a month's box. */
  ayuda: (i: number) => { error: boolean; helperText: ReactNode };
  mes?: number;
  disposicion?: keyof typeof DISPOSICION;
  /** The notes under the boxes are sentences (why a month is locked, its goal before): smaller type. */
  notas?: boolean;
}) {
  const d = DISPOSICION[disposicion];
  function casilla(nombre: string, i: number) {
    return (
      <>
        {marcas && (
          <FormControlLabel
            sx={d.marca}
            control={<Checkbox size="small" checked={marcas.meses[i]} disabled={bloqueado(i)} onChange={(e) => marcas.onMarcar(i, e.target.checked)} sx={d.casilla} />}
            label={d.etiqueta(nombre)}
            aria-label={`Programar ${nombre}`}
          />
        )}
        <TextField
          type="number"
          label={`Meta de ${nombre}`}
          value={programado[i]}
          onChange={(e) => onCambiar(i, e.target.value)}
          disabled={bloqueado(i)}
          autoFocus={i + 1 === mes && !bloqueado(i)}
          slotProps={{
            inputLabel: { shrink: true, sx: { fontSize: d.letraMeta } },
            htmlInput: { min: 0 },
            ...(notas && { formHelperText: { sx: { mx: 0.25, fontSize: 11, lineHeight: 1.25 } } }),
          }}
          {...ayuda(i)}
        />
      </>
    );
  }
  return (
    <Grid container spacing={1} role="group" aria-label="Meta programada por mes">
      {NOMBRES_MES.map((nombre, i) => (
        <Grid key={nombre} size={d.tamano}>
          {d.recuadro ? (
            <Box sx={{ p: 0.5, pt: marcas ? undefined : 1.25, borderRadius: 1, outline: i + 1 === mes ? '2px solid' : 'none', outlineColor: 'primary.main' }}>
              {casilla(nombre, i)}
            </Box>
          ) : (
            casilla(nombre, i)
          )}
        </Grid>
      ))}
    </Grid>
  );
}
