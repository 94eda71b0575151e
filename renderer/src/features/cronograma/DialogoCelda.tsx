import { estadoDelPeriodo } from '../../../../shared/domain/enCurso';
import { Alert, Box, Button, Chip, Dialog, DialogActions, DialogContent, DialogTitle, MenuItem, Stack, Tab, Tabs, TextField, Typography } from '@mui/material';
import LockIcon from '@mui/icons-material/Lock';
import { useState } from 'react';
import type { EstadoCierresAnio } from '../../../../shared/domain/cierres';
import { logrosDeActividadEnMes } from '../../../../shared/domain/cronograma';
import { mesesDelPeriodo, NOMBRES_MES, type Mes } from '../../../../shared/domain/periodos';
import { ETIQUETA_FRECUENCIA } from '../../../../shared/schemas/poa';
import type { CronogramaCargado } from '../../db/repositorios/cronograma';
import { datosCelda, textoAjuste, type Columna } from './columnas';
import { PestanaAjustes } from './PestanaAjustes';
import { PestanaMeta } from './PestanaMeta';
import { PestanaReconduccion } from './PestanaReconduccion';
import { PestanaRegistros } from './PestanaRegistros';
import { metaReconducida } from './reconducidas';
import { ChipSemaforo } from '../../componentes/semaforo';
import { explicacionMesCerrado } from './textoCierre';
import { momentoDelPeriodo, type Hoy } from '../../hooks/tiempo';
import { useRegistrosDelMes } from '../../hooks/useCronograma';

export type Pestana = 'meta' | 'ajuste' | 'registros';

function Cifra({ etiqueta, valor, detalle }: { etiqueta: string; valor: string | number; detalle?: string }) {
  return (
    <Box>
      <Typography variant="overline" color="text.secondary" component="div" sx={{ lineHeight: 1.4 }}>
        {etiqueta}
      </Typography>
      <Typography variant="h6" component="div" sx={{ lineHeight: 1.2 }}>
        {valor}
        {detalle && (
          <Typography component="span" variant="body2" color="text.secondary" sx={{ ml: 0.75 }}>
            {detalle}
          </Typography>
        )}
      </Typography>
    </Box>
  );
}

/**
 * What a cell of the cronograma opens: the month's figures on top, then its programmed goal, its manual adjustments
 * and the records behind the achieved number. Everything is read live, so a change shows at once here and in the grid.
 */
export function DialogoCelda({
  datos,
  actividadId,
  mes,
  hoy,
  cierres,
  pestanaInicial = 'registros',
  onCambiarMes,
  onCerrar,
}: {
  datos: CronogramaCargado;
  actividadId: string;
  mes: Mes;
  hoy: Hoy;
  /** The year's closings: a closed month is shown as such and its adjustments and goal stay read-only. */
  cierres: EstadoCierresAnio | undefined;
  pestanaInicial?: Pestana;
  onCambiarMes: (mes: Mes) => void;
  onCerrar: () => void;
}) {
  const [pestana, setPestana] = useState<Pestana>(pestanaInicial);
  const fila = datos.cronograma.filas.find((f) => f.actividad.id === actividadId);
  const anio = datos.poa.anio;
  // The month's records are read only now, by index; the grid's figures came from counts.
  const delMes = useRegistrosDelMes(fila?.actividad.reglaConteo, anio, mes);
  if (!fila) return null;
  const actividad = fila.actividad;
  const columna: Columna = {
    periodo: { tipo: 'mes', numero: mes },
    meses: [mes],
    titulo: NOMBRES_MES[mes - 1],
    etiqueta: NOMBRES_MES[mes - 1],
    momento: momentoDelPeriodo(anio, { tipo: 'mes', numero: mes }, hoy),
    anio,
    hoy,
  };
  const celda = datosCelda(fila, columna, datos.umbrales);
  const ajustes = datos.ajustes
    .filter((a) => a.actividadId === actividadId && a.mes === mes)
    .sort((a, b) => a.createdAt.localeCompare(b.createdAt));
  const registros = delMes && logrosDeActividadEnMes(actividad, delMes, anio, mes);
  // A bimestral or trimestral activity reports the period that holds this month.
  const reporte =
    actividad.frecuencia === 'mensual' ? undefined : fila.periodosFrecuencia.find((r) => mesesDelPeriodo(r.periodo).includes(mes));
  const titulo = `Actividad ${actividad.numero} · ${NOMBRES_MES[mes - 1]} ${anio}`;
  const cierreMes = cierres?.meses[mes - 1];
  const mesesCerrados = cierres ? cierres.meses.map((m) => m.cerrado) : Array.from({ length: 12 }, () => false);
  const reconducciones = datos.reconducciones.filter((r) => r.actividadId === actividadId);
  const reconducida = metaReconducida(actividad, reconducciones, [mes]);
  // A borrador's goals are edited freely; once authorized they change only by reconducción.
  const libre = datos.poa.estado === 'borrador';
  const conX = actividad.meses[mes - 1] ? 'mes con X' : 'mes sin X';

  return (
    <Dialog open onClose={onCerrar} maxWidth="md" fullWidth aria-labelledby="titulo-celda">
      <DialogTitle id="titulo-celda" sx={{ pb: 1 }}>
        {titulo}
        {cierreMes?.cerrado && <Chip size="small" color="primary" icon={<LockIcon />} label="Cerrado" sx={{ ml: 1, verticalAlign: 'middle' }} />}
        <Typography component="span" variant="body2" color="text.secondary" sx={{ display: 'block' }}>
          {actividad.nombre} · {actividad.unidadMedida}
        </Typography>
      </DialogTitle>
      <DialogContent dividers sx={{ pt: 2.5 }}>
        <Stack direction="row" sx={{ alignItems: 'center', flexWrap: 'wrap', columnGap: 3.5, rowGap: 1, mb: 1 }}>
          <TextField
            select
            label="Mes"
            value={mes}
            onChange={(e) => onCambiarMes(Number(e.target.value) as Mes)}
            sx={{ width: 150, textTransform: 'capitalize' }}
          >
            {NOMBRES_MES.map((m, i) => (
              <MenuItem key={m} value={i + 1} sx={{ textTransform: 'capitalize' }}>
                {m}
              </MenuItem>
            ))}
          </TextField>
          <Cifra
            etiqueta="Programado"
            valor={celda.resumen.programado}
            detalle={reconducida ? `${conX} · reconducida, inicial ${reconducida.inicial}` : conX}
          />
          <Cifra
            etiqueta="Logrado"
            valor={celda.resumen.logrado}
            detalle={celda.ajustes !== 0 ? `${celda.registros} de registros ${textoAjuste(celda.ajustes, true)}` : 'de registros'}
          />
          <Box role="status" aria-label="Índice del mes">
            <Typography variant="overline" color="text.secondary" component="div" sx={{ lineHeight: 1.4 }}>
              Índice de Eficiencia
            </Typography>
            <ChipSemaforo indice={celda.resumen.indice} estado={celda.estado} />
          </Box>
          {reporte && (
            <Box role="status" aria-label={`Reporte ${ETIQUETA_FRECUENCIA[actividad.frecuencia].toLowerCase()}: ${reporte.etiqueta}`} title={`Reporte ${ETIQUETA_FRECUENCIA[actividad.frecuencia].toLowerCase()} de la actividad`}>
              <Typography variant="overline" color="text.secondary" component="div" sx={{ lineHeight: 1.4 }}>
                {reporte.etiqueta}
              </Typography>
              <ChipSemaforo
                indice={reporte.indice}
                estado={estadoDelPeriodo(reporte.semaforo, momentoDelPeriodo(anio, reporte.periodo, hoy))}
              />
            </Box>
          )}
        </Stack>
        {cierreMes?.cerrado && (
          <Alert severity="info" icon={<LockIcon />} sx={{ mb: 1.5 }}>
            {explicacionMesCerrado(cierreMes)}
          </Alert>
        )}
        <Tabs value={pestana} onChange={(_, v: Pestana) => setPestana(v)} aria-label="Qué hacer con este mes" sx={{ borderBottom: 1, borderColor: 'divider', mb: 2 }}>
          <Tab value="registros" label={`Registros (${celda.registros})`} id="pestana-registros" aria-controls="panel-registros" />
          <Tab value="ajuste" label={`Ajuste manual (${ajustes.length})`} id="pestana-ajuste" aria-controls="panel-ajuste" />
          <Tab
            value="meta"
            label={datos.poa.estado === 'autorizado' ? `Reconducción (${reconducciones.length})` : 'Meta programada'}
            id="pestana-meta"
            aria-controls="panel-meta"
          />
        </Tabs>
        <Box role="tabpanel" id={`panel-${pestana}`} aria-labelledby={`pestana-${pestana}`}>
          {pestana === 'registros' &&
            (registros ? (
              <PestanaRegistros actividad={actividad} mes={mes} registros={registros} ajustes={ajustes} />
            ) : (
              <Typography color="text.secondary">Cargando los registros del mes…</Typography>
            ))}
          {pestana === 'ajuste' && <PestanaAjustes key={mes} actividad={actividad} anio={anio} mes={mes} ajustes={ajustes} cerrado={cierreMes?.cerrado === true} />}
          {pestana === 'meta' && libre && <PestanaMeta key={actividad.id} actividad={actividad} mes={mes} mesesCerrados={mesesCerrados} />}
          {pestana === 'meta' && !libre && (
            <PestanaReconduccion
              key={actividad.id}
              poa={datos.poa}
              actividad={actividad}
              mes={mes}
              mesesCerrados={mesesCerrados}
              reconducciones={reconducciones}
            />
          )}
        </Box>
      </DialogContent>
      <DialogActions>
        <Button onClick={onCerrar}>Cerrar</Button>
      </DialogActions>
    </Dialog>
  );
}
