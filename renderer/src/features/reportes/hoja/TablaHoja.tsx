import type { ReactNode } from 'react';

/** A column of a printed list: its header, its width on paper (the rest share what is left) and its cells. */
export interface ColumnaHoja<F> {
  titulo: string;
  /** "20mm". */
  ancho?: string;
  /** Figures align right, short codes centred. */
  clase?: 'num' | 'centro';
  celda: (fila: F, i: number) => ReactNode;
}

/** A list printed on the sheet: when it runs over a page the header repeats and no row is cut in two (the sheet's CSS). */
export function TablaHoja<F>({
  etiqueta,
  columnas,
  filas,
  clave,
}: {
  etiqueta: string;
  columnas: readonly ColumnaHoja<F>[];
  filas: readonly F[];
  clave: (fila: F, i: number) => string;
}) {
  return (
    <table className="hp-tabla" aria-label={etiqueta}>
      <colgroup>
        {columnas.map((c) => (
          <col key={c.titulo} style={c.ancho ? { width: c.ancho } : undefined} />
        ))}
      </colgroup>
      <thead>
        <tr>
          {columnas.map((c) => (
            <th key={c.titulo}>{c.titulo}</th>
          ))}
        </tr>
      </thead>
      <tbody>
        {filas.map((f, i) => (
          <tr key={clave(f, i)}>
            {columnas.map((c) => (
              <td key={c.titulo} className={c.clase}>
                {c.celda(f, i)}
              </td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
