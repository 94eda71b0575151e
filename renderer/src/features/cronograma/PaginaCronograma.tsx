import { Box, Button, CircularProgress, Stack, ToggleButton, ToggleButtonGroup } from '@mui/material';
import LockClockIcon from '@mui/icons-material/LockClock';
import { useState } from 'react';
import { formatearIndice } from '../../../../shared/domain/eficiencia';
import { formatearFecha, fechaIsoLocal } from '../../../../shared/domain/formato';
import { mesDeReferencia, type Mes } from '../../../../shared/domain/periodos';
import { EncabezadoPagina } from '../../componentes/Encabezado';
import { SelectorAnioPoa } from '../../componentes/SelectorAnioPoa';
import { useCronograma } from '../../hooks/useCronograma';
import { useParametro } from '../../hooks/useParametro';
import { useAnioPoaElegido } from '../../hooks/usePoa';
import { AvisoAnioSinPoa } from '../../componentes/poa/AvisoAnioSinPoa';
import { AvisoSinPoa } from '../../componentes/poa/AvisoSinPoa';
import { DialogoCelda } from './DialogoCelda';
import { DialogoCierres } from './DialogoCierres';
import { ETIQUETA_VISTA, type Vista } from './columnas';
import { Leyenda, LeyendaProyector } from './Leyenda';
import { PanelIndices } from './PanelIndices';
import { TablaCronograma } from './TablaCronograma';
import { hoyLocal } from '../../hooks/tiempo';
import { useCierres } from '../../hooks/useCierres';
import { ContextoProyector, useVistaProyector } from '../../hooks/useProyector';
import { BotonProyector } from '../../componentes/proyector/BotonProyector';

const VISTAS: Vista[] = ['mes', 'bimestre', 'trimestre'];

export function PaginaCronograma() {
  const [hoy] = useState(hoyLocal);
  const { anios, anio, elegir } = useAnioPoaElegido();
  const [vistaPedida, cambiarVista] = useParametro('vista');
  const vista: Vista = VISTAS.find((v) => v === vistaPedida) ?? 'mes';
  const datos = useCronograma(anio);
  const cierres = useCierres(anio);
  const [celda, setCelda] = useState<{ actividadId: string; mes: Mes } | null>(null);
  const [verCierres, setVerCierres] = useState(false);
  const [proyector, cambiarProyector] = useVistaProyector();

  if (anios === undefined || datos === undefined) return <CircularProgress aria-label="Cargando el cronograma" />;
  if (datos === null || anio === undefined) return <AvisoSinPoa />;
  const total = datos.cronograma.total;

  return (
    <ContextoProyector.Provider value={proyector}>
      <EncabezadoPagina
        titulo={`Cronograma ${anio}`}
        subtitulo={`Avance al ${formatearFecha(fechaIsoLocal(new Date()))} · Índice acumulado del POA: ${formatearIndice(total.acumulado.indice)} (${total.acumulado.logrado} de ${total.acumulado.programado})`}
        acciones={
          <>
            <SelectorAnioPoa anios={anios} anio={anio} onCambiar={elegir} />
            <ToggleButtonGroup
              exclusive
              size="small"
              color="primary"
              value={vista}
              onChange={(_, v: Vista | null) => v && cambiarVista(v)}
              aria-label="Periodos de las columnas"
            >
              {VISTAS.map((v) => (
                <ToggleButton key={v} value={v} sx={{ px: 1.5 }}>
                  {ETIQUETA_VISTA[v]}
                </ToggleButton>
              ))}
            </ToggleButtonGroup>
            {!proyector && (
              <Button variant="outlined" startIcon={<LockClockIcon />} onClick={() => setVerCierres(true)} disabled={!cierres}>
                Cierre de periodos
              </Button>
            )}
            <BotonProyector activa={proyector} onCambiar={cambiarProyector} />
          </>
        }
      />
      <AvisoAnioSinPoa />
      {!proyector && (
        <Box sx={{ mb: 1 }}>
          <Leyenda umbrales={datos.umbrales} />
        </Box>
      )}
      <TablaCronograma
        datos={datos}
        cierres={cierres}
        vista={vista}
        hoy={hoy}
        onAbrir={(actividadId, mes) => setCelda({ actividadId, mes })}
      />
      <Stack sx={{ mt: 2 }}>
        {proyector ? (
          <LeyendaProyector umbrales={datos.umbrales} />
        ) : (
          <PanelIndices key={anio} datos={datos} hoy={hoy} mesInicial={mesDeReferencia(datos.cronograma.mesCorte)} />
        )}
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
    </ContextoProyector.Provider>
  );
}
