import { Alert, Stack, Typography } from '@mui/material';
import LockIcon from '@mui/icons-material/Lock';
import { resumirPeriodo } from '../../../../shared/domain/cronograma';
import type { EstadoPeriodoCierre } from '../../../../shared/domain/cierres';
import { db } from '../../db';
import { cerrarPeriodo } from '../../db/repositorios/cierres';
import type { CronogramaCargado } from '../../db/repositorios/cronograma';
import { MarcoDialogo } from '../../componentes/MarcoDialogo';
import { useErrores } from '../../hooks/useErrores';
import { estadoPeriodo, sujetosDe } from './justificables';
import { ChipSemaforo } from '../../componentes/semaforo';
import type { Hoy } from '../../hooks/tiempo';

/**
 * Confirms a closing with the figures being reported, and names the activities that ended off target without their
 * justification yet (they can still be justified after closing: the text does not change any figure).
 */
export function DialogoCerrarPeriodo({
  estado,
  datos,
  hoy,
  onCerrar,
}: {
  estado: EstadoPeriodoCierre;
  datos: CronogramaCargado;
  hoy: Hoy;
  onCerrar: () => void;
}) {
  const { errores, guardar } = useErrores();
  const periodo = { tipo: estado.periodo.tipo, numero: estado.periodo.numero };
  const total = resumirPeriodo(datos.cronograma.total.programado, datos.cronograma.total.logrado, periodo, datos.umbrales);
  const sinJustificar = sujetosDe(datos)
    .filter((s) => {
      const e = estadoPeriodo(s, periodo, datos.poa.anio, hoy, datos.umbrales, datos.justificaciones);
      return e.requiereJustificacion && !e.justificacion;
    })
    .map((s) => s.nombre);

  async function alCerrar() {
    const ok = await guardar(() => cerrarPeriodo(db, estado.periodo));
    if (ok) onCerrar();
  }

  return (
    <MarcoDialogo
      titulo={`Cerrar ${estado.etiqueta}`}
      idTitulo="titulo-cerrar-periodo"
      error={errores.periodo ?? errores._}
      textoBoton="Cerrar periodo"
      icono={<LockIcon />}
      onConfirmar={alCerrar}
      onCerrar={onCerrar}
    >
      <Stack direction="row" spacing={1.5} sx={{ alignItems: 'center', mb: 2 }}>
        <Typography variant="body2">
          Total POA en {estado.etiqueta}: logrado <strong>{total.logrado}</strong> de <strong>{total.programado}</strong> programado
        </Typography>
        <ChipSemaforo indice={total.indice} estado={total.semaforo} />
      </Stack>
      <Typography variant="body2" sx={{ mb: 2 }}>
        Al cerrarlo, lo que cuenta en el periodo ya no podrá agregarse, quitarse ni cambiar de mes (solicitudes recibidas, apoyos
        entregados, jornadas, talleres y programas realizados, mesas asistidas y convenios firmados), ni sus ajustes manuales ni su meta
        programada. Para corregir algo habrá que reabrirlo indicando el motivo.
      </Typography>
      {sinJustificar.length > 0 && (
        <Alert severity="warning" sx={{ mb: 1 }}>
          Terminaron fuera de meta sin justificación: {sinJustificar.join(', ')}. Puede cerrar de todos modos y justificar después en el
          panel del Índice de Eficiencia.
        </Alert>
      )}
    </MarcoDialogo>
  );
}
