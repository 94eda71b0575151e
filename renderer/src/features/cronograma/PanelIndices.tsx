import { estadoDelPeriodo, metaALaFecha } from '../../../../shared/domain/enCurso';
import {
  Box,
  MenuItem,
  Paper,
  Stack,
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableRow,
  TextField,
  Typography,
} from '@mui/material';
import EditNoteIcon from '@mui/icons-material/EditNote';
import { useState } from 'react';
import { etiquetaPeriodo, NOMBRES_MES, type Periodo } from '../../../../shared/domain/periodos';
import type { CronogramaCargado } from '../../db/repositorios/cronograma';
import { DialogoJustificacion, type PeticionJustificacion } from './DialogoJustificacion';
import { BotonConPermiso } from '../../componentes/ConPermiso';
import { estadoPeriodo, periodosDeReferencia, sujetosDe, type TipoJustificable } from './justificables';
import { ListaJustificaciones } from './ListaJustificaciones';
import { ChipSemaforo } from '../../componentes/semaforo';
import type { Hoy } from '../../hooks/tiempo';

const capital = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

/**
 * The Índice de Eficiencia of every activity and of the POA around a reference month: the month, its bimester and
 * quarter, the year to date and the year. A period that ended off target offers "Justificar".
 */
export function PanelIndices({ datos, hoy, mesInicial }: { datos: CronogramaCargado; hoy: Hoy; mesInicial: number }) {
  const anio = datos.poa.anio;
  // The month chosen belongs to the year it was chosen in: switching years the previous year's data may still be on
  // screen for a moment, so another year's data starts again from its own cut-off month.
  const [eleccion, setEleccion] = useState({ anio, mes: mesInicial });
  const mes = eleccion.anio === anio ? eleccion.mes : mesInicial;
  const [peticion, setPeticion] = useState<PeticionJustificacion | null>(null);
  const periodos = periodosDeReferencia(mes);
  const sujetos = sujetosDe(datos);

  function titulo(p: Periodo): string {
    if (p.tipo === 'mes') return `Mes: ${NOMBRES_MES[p.numero - 1]}`;
    if (p.tipo === 'acumulado') return `Acumulado a ${NOMBRES_MES[p.numero - 1]}`;
    if (p.tipo === 'anual') return `Anual ${anio}`;
    return capital(etiquetaPeriodo(p));
  }

  return (
    <Paper sx={{ p: 2 }} component="section" aria-labelledby="titulo-indices">
      <Stack direction="row" sx={{ alignItems: 'center', justifyContent: 'space-between', mb: 1, gap: 2, flexWrap: 'wrap' }}>
        <Box>
          <Typography variant="h6" component="h2" id="titulo-indices">
            Índice de Eficiencia por periodo
          </Typography>
          <Typography variant="body2" color="text.secondary">
            Actividades Logradas / Actividades Programadas × 100. Los periodos terminados fuera de meta piden justificación.
          </Typography>
        </Box>
        <TextField
          select
          label="Mes de referencia"
          value={mes}
          onChange={(e) => setEleccion({ anio, mes: Number(e.target.value) })}
          sx={{ width: 190, '& .MuiSelect-select': { textTransform: 'capitalize' } }}
        >
          {NOMBRES_MES.map((m, i) => (
            <MenuItem key={m} value={i + 1} sx={{ textTransform: 'capitalize' }}>
              {m}
            </MenuItem>
          ))}
        </TextField>
      </Stack>
      <Table size="small" aria-label="Índice de Eficiencia por periodo">
        <TableHead>
          <TableRow>
            <TableCell sx={{ fontWeight: 700 }}>Actividad</TableCell>
            {periodos.map((p) => (
              <TableCell key={p.tipo} align="center" sx={{ fontWeight: 700 }}>
                {titulo(p)}
              </TableCell>
            ))}
          </TableRow>
        </TableHead>
        <TableBody>
          {sujetos.map((s) => (
            <TableRow key={s.actividadId ?? 'total'} aria-label={s.nombre} sx={s.actividadId === null ? { '& > *': { fontWeight: 800, bgcolor: '#f4eef1' } } : undefined}>
              <TableCell component="th" scope="row" title={s.nombre} sx={{ fontWeight: s.actividadId === null ? 800 : 600, whiteSpace: 'nowrap' }}>
                {s.corto}
              </TableCell>
              {periodos.map((p) => {
                const e = estadoPeriodo(s, p, anio, hoy, datos.umbrales, datos.justificaciones);
                // A period still running is watched, not judged, as in the grid.
                const estado = estadoDelPeriodo(e.resumen.semaforo, e.momento);
                const etiqueta = p.tipo === 'anual' ? `año ${anio}` : etiquetaPeriodo(p);
                const pedir = (texto: string) =>
                  setPeticion({
                    actividadId: s.actividadId,
                    sujeto: s.nombre,
                    anio,
                    tipo: p.tipo as TipoJustificable,
                    numero: p.tipo === 'anual' ? 12 : p.numero,
                    resumen: e.resumen,
                    textoActual: texto,
                  });
                return (
                  <TableCell key={p.tipo} align="center" sx={{ py: 0.75 }}>
                    <Stack spacing={0.5} sx={{ alignItems: 'center' }}>
                      <ChipSemaforo indice={e.resumen.indice} estado={estado} compacto />
                      <Typography variant="caption" color="text.secondary">
                        {e.resumen.logrado} de {e.resumen.programado}
                        {estado === 'en-curso' && `, meta a la fecha ${metaALaFecha(s.programado, anio, p, hoy)}`}
                      </Typography>
                      {e.justificacion ? (
                        <BotonConPermiso
                          accion="justificaciones"
                          size="small"
                          startIcon={<EditNoteIcon />}
                          color="inherit"
                          aria-label={`Justificado: ${s.nombre}, ${etiqueta}. Editar justificación`}
                          title={e.justificacion.texto}
                          onClick={() => pedir(e.justificacion?.texto ?? '')}
                          sx={{ py: 0, fontSize: 11 }}
                        >
                          Justificado
                        </BotonConPermiso>
                      ) : (
                        e.requiereJustificacion && (
                          <BotonConPermiso
                            accion="justificaciones"
                            size="small"
                            variant="outlined"
                            color="error"
                            aria-label={`Justificar ${s.nombre}, ${etiqueta}`}
                            onClick={() => pedir('')}
                            sx={{ py: 0, fontSize: 11 }}
                          >
                            Justificar
                          </BotonConPermiso>
                        )
                      )}
                    </Stack>
                  </TableCell>
                );
              })}
            </TableRow>
          ))}
        </TableBody>
      </Table>
      <ListaJustificaciones datos={datos} />
      {peticion && <DialogoJustificacion peticion={peticion} onCerrar={() => setPeticion(null)} />}
    </Paper>
  );
}
