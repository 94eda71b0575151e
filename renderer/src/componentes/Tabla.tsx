import { Table, TableBody, TableCell, TableHead, TableRow } from '@mui/material';
import type { SxProps, Theme } from '@mui/material/styles';
import type { ReactNode } from 'react';

/** A column of a small table: its header, what each row shows in it, and how it sits. */
export interface ColumnaTabla<F> {
  titulo?: string;
  celda: (fila: F) => ReactNode;
  /** The header's width in pixels; the others share the rest. */
  ancho?: number;
  alinear?: 'right';
  /** How the rows' cells look (a reason keeps its line breaks, a date does not wrap). */
  sx?: SxProps<Theme>;
}

/**
 * A small table read at a glance (a history, the backups of this PC), declared by its columns. Named by its own label
 * or by the heading it sits under. Long lists that are searched and paged are module lists, not this.
 */
export function Tabla<F>({
  filas,
  columnas,
  clave,
  etiqueta,
  etiquetadaPor,
  sx,
}: {
  filas: readonly F[];
  columnas: readonly ColumnaTabla<F>[];
  clave: (fila: F) => string;
  etiqueta?: string;
  /** The id of the heading that names the table. */
  etiquetadaPor?: string;
  sx?: SxProps<Theme>;
}) {
  return (
    <Table size="small" aria-label={etiqueta} aria-labelledby={etiquetadaPor} sx={sx}>
      <TableHead>
        <TableRow>
          {columnas.map((c, i) => (
            <TableCell key={i} align={c.alinear} sx={c.ancho === undefined ? undefined : { width: c.ancho }}>
              {c.titulo}
            </TableCell>
          ))}
        </TableRow>
      </TableHead>
      <TableBody>
        {filas.map((f) => (
          <TableRow key={clave(f)}>
            {columnas.map((c, i) => (
              <TableCell key={i} align={c.alinear} sx={c.sx}>
                {c.celda(f)}
              </TableCell>
            ))}
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}
