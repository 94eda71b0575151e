import { Box, Button, CircularProgress, MenuItem, Paper, Stack, TextField, ToggleButton, ToggleButtonGroup, Typography } from '@mui/material';
import LockClockIcon from '@mui/icons-material/LockClock';
import { useState } from 'react';
import { useSearchParams } from 'react-router-dom';
import { formatearIndice } from '../../../../shared/domain/eficiencia';
import { formatearFecha, fechaIsoLocal } from '../../../../shared/domain/formato';
import type { Mes } from '../../../../shared/domain/periodos';
import { EncabezadoPagina } from '../../componentes/Encabezado';
import { AvisoAnioSinPoa } from '../../componentes/poa/AvisoAnioSinPoa';
import { anioElegido, useAniosPoa, useCronograma } from '../../hooks/useCronograma';
import { DialogoCelda } from './DialogoCelda';
import { DialogoCierres } from './DialogoCierres';
import { ETIQUETA_VISTA, type Vista } from './columnas';
import { Leyenda } from './Leyenda';
import { PanelIndices } from './PanelIndices';
import { TablaCronograma } from './TablaCronograma';
import { hoyLocal } from '../../hooks/tiempo';
import { useCierres } from '../../hooks/useCierres';

const VISTAS: Vista[] = ['mes', 'bimestre', 'trimestre'];

export function PaginaCronograma() {
  const [hoy] = useState(hoyLocal);
  const [parametros, setParametros] = useSearchParams();
  const anios = useAniosPoa();
  const anio = anioElegido(Number(parametros.get('anio')) || null, anios, hoy.anio);
  const vista: Vista = VISTAS.find((v) => v === parametros.get('vista')) ?? 'mes';
  const datos = useCronograma(anio);
  const cierres = useCierres(anio);
  const [celda, setCelda] = useState<{ actividadId: string; mes: Mes } | null>(null);
  const [verCierres, setVerCierres] = useState(false);

  function cambiar(clave: 'anio' | 'vista', valor: string) {
    const nuevos = new URLSearchParams(parametros);
    nuevos.set(clave, valor);
    setParametros(nuevos, { replace: true });
  }

  if (anios === undefined || datos === undefined) return <CircularProgress aria-label="Cargando el cronograma" />;
  if (datos === null || anio === undefined) {
    return (
      <Paper sx={{ p: 3 }}>
        <Typography>No hay un POA cargado. Vaya a Configuración para crear uno.</Typography>
      </Paper>
    );
  }
  const total = datos.cronograma.total;

  return (
    <>
      <EncabezadoPagina
        titulo={`Cronograma ${anio}`}
        subtitulo={`Avance al ${formatearFecha(fechaIsoLocal(new Date()))} · Índice acumulado del POA: ${formatearIndice(total.acumulado.indice)} (${total.acumulado.logrado} de ${total.acumulado.programado})`}
        acciones={
          <>
            {anios.length > 1 && (
              <TextField select label="Año del POA" value={anio} onChange={(e) => cambiar('anio', e.target.value)} sx={{ width: 130 }}>
                {anios.map((a) => (
                  <MenuItem key={a} value={a}>
                    {a}
                  </MenuItem>
                ))}
              </TextField>
            )}
            <ToggleButtonGroup
              exclusive
              size="small"
              color="primary"
              value={vista}
              onChange={(_, v: Vista | null) => v && cambiar('vista', v)}
              aria-label="Periodos de las columnas"
            >
              {VISTAS.map((v) => (
                <ToggleButton key={v} value={v} sx={{ px: 1.5 }}>
                  {ETIQUETA_VISTA[v]}
                </ToggleButton>
              ))}
            </ToggleButtonGroup>
            <Button variant="outlined" startIcon={<LockClockIcon />} onClick={() => setVerCierres(true)} disabled={!cierres}>
              Cierre de periodos
            </Button>
          </>
        }
      />
      <AvisoAnioSinPoa />
      <Box sx={{ mb: 1 }}>
        <Leyenda umbrales={datos.umbrales} />
      </Box>
      <TablaCronograma
        datos={datos}
        cierres={cierres}
        vista={vista}
        hoy={hoy}
        onAbrir={(actividadId, mes) => setCelda({ actividadId, mes })}
      />
      <Stack sx={{ mt: 2 }}>
        <PanelIndices key={anio} datos={datos} hoy={hoy} mesInicial={datos.cronograma.mesCorte} />
      </Stack>
      {celda && (
        <DialogoCelda
          datos={datos}
          actividadId={celda.actividadId}
          mes={celda.mes}
          hoy={hoy}
          cierres={cierres}
          onCambiarMes={(mes) => setCelda({ ...celda, mes })}
          onCerrar={() => setCelda(null)}
        />
      )}
      {verCierres && cierres && <DialogoCierres estado={cierres} datos={datos} hoy={hoy} onCerrar={() => setVerCierres(false)} />}
    </>
  );
}
