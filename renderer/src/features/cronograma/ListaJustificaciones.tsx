import { nombreActividad } from '../../../../shared/domain/nombreActividad';
import { Box, List, ListItem, ListItemText, Typography } from '@mui/material';
import { formatearFechaHora } from '../../../../shared/domain/formato';
import type { Justificacion } from '../../../../shared/schemas/poa';
import type { CronogramaCargado } from '../../db/repositorios/cronograma';
import { etiquetaJustificable } from './justificables';

const ORDEN_TIPO: Record<Justificacion['tipoPeriodo'], number> = { mes: 0, bimestre: 1, trimestre: 2, anual: 3 };

/** Every justification of the year, as it will be printed: period, who it is about, and the text. */
export function ListaJustificaciones({ datos }: { datos: CronogramaCargado }) {
  const anio = datos.poa.anio;
  const nombre = (j: Justificacion) => {
    const fila = datos.cronograma.filas.find((f) => f.actividad.id === j.actividadId);
    return j.actividadId === null ? 'Total POA' : fila ? nombreActividad(fila.actividad) : 'Actividad retirada';
  };
  const ordenadas = [...datos.justificaciones].sort(
    (a, b) => ORDEN_TIPO[a.tipoPeriodo] - ORDEN_TIPO[b.tipoPeriodo] || a.numero - b.numero || nombre(a).localeCompare(nombre(b)),
  );
  return (
    <Box component="section" aria-labelledby="titulo-justificaciones" sx={{ mt: 2 }}>
      <Typography variant="subtitle1" component="h3" id="titulo-justificaciones" sx={{ fontWeight: 700 }}>
        Justificaciones registradas {anio} ({ordenadas.length})
      </Typography>
      {ordenadas.length === 0 ? (
        <Typography variant="body2" color="text.secondary">
          Todavía no hay justificaciones. Elija un mes de referencia ya terminado para ver los periodos que la piden.
        </Typography>
      ) : (
        <List dense aria-label={`Justificaciones registradas ${anio}`}>
          {ordenadas.map((j) => (
            <ListItem key={j.id} divider alignItems="flex-start">
              <ListItemText
                primary={
                  <>
                    <strong>
                      {nombre(j)} · {etiquetaJustificable(j.tipoPeriodo, j.numero, anio)}:
                    </strong>{' '}
                    {j.texto}
                  </>
                }
                secondary={`Actualizada ${formatearFechaHora(j.updatedAt)}`}
              />
            </ListItem>
          ))}
        </List>
      )}
    </Box>
  );
}
