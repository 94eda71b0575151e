import { Table, TableBody, TableCell, TableContainer, TableHead, TableRow, TextField } from '@mui/material';
import { proponerPoa } from '../../../../shared/domain/nuevoPoa';
import { formatearFecha } from '../../../../shared/domain/formato';
import { NOMBRES_MES } from '../../../../shared/domain/periodos';
import { ETIQUETA_FRECUENCIA } from '../../../../shared/schemas/poa';
import type { DatosPoa } from '../../hooks/usePoa';
import { numeroDeTexto } from '../formulario/numeros';

const metaValida = (n: number) => Number.isInteger(n) && n >= 0 && n <= 100_000;

/**
 * The activities a new POA copies, each with its annual goal to confirm or change and, live, how that goal spreads
 * over its months and the dates it moves to: what «Crear POA» will save.
 */
export function TablaMetasNuevoPoa({
  origen,
  anio,
  metas,
  onCambiarMeta,
  errores,
}: {
  origen: DatosPoa;
  /** The new POA's year, or null while the year written is not valid (then no dates are shown). */
  anio: number | null;
  /** The annual goals typed so far, by número; an untouched activity keeps the previous year's. */
  metas: Readonly<Record<number, string>>;
  onCambiarMeta: (numero: number, valor: string) => void;
  errores: Readonly<Record<string, string>>;
}) {
  const escritas = Object.fromEntries(origen.actividades.map((a) => [a.numero, numeroDeTexto(metas[a.numero] ?? String(a.metaAnual))]));
  const validas = Object.fromEntries(Object.entries(escritas).filter(([, meta]) => metaValida(meta)));
  const propuesta = proponerPoa(anio ?? origen.poa.anio, { encabezado: origen.poa, actividades: origen.actividades }, validas);
  const celda = { px: 0.5 } as const;
  return (
    <TableContainer>
      <Table size="small" aria-label={`Metas del POA ${anio ?? 'nuevo'}`}>
        <TableHead>
          <TableRow>
            <TableCell sx={celda}>N°</TableCell>
            <TableCell sx={celda}>Actividad</TableCell>
            <TableCell sx={celda} align="right">
              Meta {origen.poa.anio}
            </TableCell>
            <TableCell sx={celda}>Meta anual {anio ?? ''}</TableCell>
            {NOMBRES_MES.map((m) => (
              <TableCell key={m} sx={{ ...celda, textTransform: 'capitalize' }} align="center">
                {m.slice(0, 3)}
              </TableCell>
            ))}
            <TableCell sx={celda}>Inicio / fin</TableCell>
          </TableRow>
        </TableHead>
        <TableBody>
          {origen.actividades.map((anterior, i) => {
            const nueva = propuesta.actividades[i];
            const valida = metaValida(escritas[anterior.numero]);
            const error = errores[`metas.${anterior.numero}`];
            return (
              <TableRow key={anterior.id} aria-label={`Actividad ${anterior.numero}`}>
                <TableCell sx={celda}>{anterior.numero}</TableCell>
                <TableCell sx={{ ...celda, minWidth: 180 }}>{anterior.nombre}</TableCell>
                <TableCell sx={celda} align="right">
                  {anterior.metaAnual}
                </TableCell>
                <TableCell sx={{ ...celda, width: 110 }}>
                  <TextField
                    type="number"
                    size="small"
                    value={metas[anterior.numero] ?? String(anterior.metaAnual)}
                    onChange={(e) => onCambiarMeta(anterior.numero, e.target.value)}
                    error={Boolean(error)}
                    helperText={error}
                    slotProps={{ htmlInput: { min: 0, 'aria-label': `Meta anual de la actividad ${anterior.numero}` } }}
                  />
                </TableCell>
                {nueva.programado.map((valor, mes) => (
                  <TableCell
                    key={mes}
                    sx={celda}
                    align="center"
                    aria-label={`${NOMBRES_MES[mes]}: ${!valida ? 'sin calcular' : nueva.meses[mes] ? `programado ${valor}` : 'sin programar'}`}
                  >
                    {!valida ? '—' : nueva.meses[mes] ? valor : ''}
                  </TableCell>
                ))}
                <TableCell sx={{ ...celda, whiteSpace: 'nowrap' }} aria-label="Inicio / fin">
                  {nueva.fechaInicio
                    ? anio === null
                      ? '—'
                      : `${formatearFecha(nueva.fechaInicio)} – ${formatearFecha(nueva.fechaFin)}`
                    : ETIQUETA_FRECUENCIA[nueva.frecuencia]}
                </TableCell>
              </TableRow>
            );
          })}
        </TableBody>
      </Table>
    </TableContainer>
  );
}
