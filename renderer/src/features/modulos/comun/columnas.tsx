import type { GridColDef, GridValidRowModel } from '@mui/x-data-grid';
import type { ReactNode } from 'react';
import { formatearFecha } from '../../../../../shared/domain/formato';
import { EnlaceRegistro } from '../../../componentes/lista/Enlaces';
import { ordenDe } from '../../../componentes/lista/filtros';

type Medidas = Pick<GridColDef, 'width' | 'flex' | 'minWidth'>;

/** The column that names the record, as a link to its detail. */
export function columnaEnlace<F extends GridValidRowModel & { id: string }>(
  field: keyof F & string,
  headerName: string,
  ruta: (id: string) => string,
  medidas: Medidas,
): GridColDef<F> {
  return { field, headerName, ...medidas, renderCell: ({ row }) => <EnlaceRegistro a={ruta(row.id)}>{String(row[field])}</EnlaceRegistro> };
}

/** A date column shown as dd/mm/aaaa; an empty date shows nothing. */
export function columnaFecha<F extends GridValidRowModel>(field: keyof F & string, headerName: string, width: number): GridColDef<F> {
  return { field, headerName, width, valueFormatter: (v: string | null) => formatearFecha(v) };
}

/** The status column as a chip, sorted in the workflow's order when the kind has one. */
export function columnaEstatus<F extends GridValidRowModel>(
  width: number,
  etiqueta: (fila: F) => ReactNode,
  orden?: readonly string[],
  field: keyof F & string = 'estatus',
): GridColDef<F> {
  return { field, headerName: 'Estatus', width, ...(orden && { sortComparator: ordenDe(orden) }), renderCell: ({ row }) => etiqueta(row) };
}
