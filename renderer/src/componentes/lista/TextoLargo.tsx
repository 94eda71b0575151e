import { Box } from '@mui/material';
import type { GridColDef, GridValidRowModel } from '@mui/x-data-grid';

/**
 * A column of names that may be long (a catalogue's tipo de apoyo or dependencia): the whole text wraps instead of
 * being cut, and the row grows to hold it (TablaRegistros with `alturaSegunTexto`); hovering shows it too.
 */
export function columnaTextoLargo<F extends GridValidRowModel>(
  field: keyof F & string,
  headerName: string,
  medidas: number | Pick<GridColDef, 'flex' | 'minWidth'>,
): GridColDef<F> {
  return {
    field,
    headerName,
    ...(typeof medidas === 'number' ? { width: medidas } : medidas),
    renderCell: ({ value }) =>
      value ? (
        <Box component="span" title={String(value)} sx={{ display: 'block', py: 0.75, lineHeight: 1.35, whiteSpace: 'normal', overflowWrap: 'anywhere' }}>
          {String(value)}
        </Box>
      ) : null,
  };
}
