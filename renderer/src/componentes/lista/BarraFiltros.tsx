import { Box, Button, Grid, InputAdornment, MenuItem, Paper, TextField, Typography } from '@mui/material';
import SearchIcon from '@mui/icons-material/Search';
import type { ReactNode } from 'react';
import { textoConteo } from './filtros';

/**
 * The search box and filters above a list, with how many rows are shown of how many. The search has the focus when
 * the list opens, so the clerk types at once.
 */
export function BarraFiltros({
  etiqueta,
  busqueda,
  alBuscar,
  textoBusqueda,
  mostradas,
  total,
  nombres,
  resumen,
  anchoBusqueda = 4,
  limpiar,
  children,
}: {
  etiqueta: string;
  busqueda: string;
  alBuscar: (texto: string) => void;
  textoBusqueda: string;
  /** How many match and how many there are; null while counted. */
  mostradas: number | null;
  total: number | null;
  /** What the records are called, singular and plural: ['apoyo', 'apoyos']. */
  nombres: readonly [string, string];
  /** A total of what is shown (value, people served), under the count. */
  resumen?: string;
  anchoBusqueda?: number;
  limpiar: () => void;
  children?: ReactNode;
}) {
  return (
    <Paper component="search" aria-label={etiqueta} sx={{ p: 1.5, pb: 0.5, mb: 1.5 }}>
      <Grid container columnSpacing={1.5} rowSpacing={1.5} sx={{ alignItems: 'center', pb: 1 }}>
        <Grid size={anchoBusqueda}>
          <CajaBusqueda etiqueta={textoBusqueda} valor={busqueda} alCambiar={alBuscar} />
        </Grid>
        {children}
        <Grid size="grow" sx={{ display: 'flex', alignItems: 'center', justifyContent: 'flex-end', gap: 1 }}>
          <Box sx={{ textAlign: 'right', minWidth: 0 }}>
            <Typography variant="body2" color="text.secondary" role="status" noWrap>
              {textoConteo(mostradas, total, nombres)}
            </Typography>
            {resumen && (
              <Typography variant="caption" color="text.secondary" component="div" noWrap>
                {resumen}
              </Typography>
            )}
          </Box>
          <Button size="small" onClick={limpiar} sx={{ whiteSpace: 'nowrap', flexShrink: 0 }}>
            Limpiar filtros
          </Button>
        </Grid>
      </Grid>
    </Paper>
  );
}

/** The search box of a list's filters, with the focus when the list opens. */
export function CajaBusqueda({ etiqueta, valor, alCambiar }: { etiqueta: string; valor: string; alCambiar: (texto: string) => void }) {
  return (
    <TextField
      label={etiqueta}
      value={valor}
      onChange={(e) => alCambiar(e.target.value)}
      autoFocus
      slotProps={{ input: { startAdornment: <InputAdornment position="start"><SearchIcon fontSize="small" /></InputAdornment> } }}
    />
  );
}

/** A select filter of the bar: "" is "all". */
export function FiltroSelect({
  etiqueta,
  valor,
  alCambiar,
  opciones,
  todos = 'Todos',
  ancho = 2,
}: {
  etiqueta: string;
  valor: string;
  alCambiar: (valor: string) => void;
  opciones: readonly { valor: string; texto: string }[];
  todos?: string;
  ancho?: number;
}) {
  return (
    <Grid size={ancho}>
      <TextField select label={etiqueta} value={valor} onChange={(e) => alCambiar(e.target.value)}>
        <MenuItem value="">{todos}</MenuItem>
        {opciones.map((o) => (
          <MenuItem key={o.valor} value={o.valor}>
            {o.texto}
          </MenuItem>
        ))}
      </TextField>
    </Grid>
  );
}
