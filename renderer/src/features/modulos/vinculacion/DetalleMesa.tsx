import { Stack } from '@mui/material';
import { formatearFecha } from '../../../../../shared/domain/formato';
import type { Mesa } from '../../../../../shared/schemas/modulos';
import { db } from '../../../db';
import { editarMesa, eliminarMesa, obtenerDetalleMesa, type DetalleMesa as Detalle } from '../../../db/repositorios/vinculacion';
import { CargaRegistro } from '../comun/CargaRegistro';
import { Dato, DatosCaptura, ListaDatos } from '../comun/Dato';
import { EtiquetaMesa } from '../comun/Etiquetas';
import { AvisoRegistroSinPoa } from '../comun/AvisoRegistroSinPoa';
import { AvisoGuardado, BotonesPaso, MarcoDetalle } from '../comun/MarcoDetalle';
import { SeccionDetalle } from '../comun/Seccion';
import { useEstadoDetalle } from '../comun/useEstadoDetalle';
import { AcuerdosMesa } from './AcuerdosMesa';
import { FormularioMesa } from './FormularioMesa';

const PASOS: Record<Mesa['estatus'], { estatus: Mesa['estatus']; texto: string }[]> = {
  programada: [
    { estatus: 'asistida', texto: 'Marcar como asistida' },
    { estatus: 'cancelada', texto: 'Cancelar' },
  ],
  cancelada: [{ estatus: 'programada', texto: 'Reprogramar' }],
  asistida: [],
};

/** /vinculacion/mesas/:id, the address the cronograma's drill-down opens, with the mesa's acuerdos. */
export function DetalleMesa() {
  return (
    <CargaRegistro
      obtener={(id) => obtenerDetalleMesa(db, id)}
      eliminado={(d) => d.mesa.eliminado === 1}
      avisos={{ eliminado: 'Esta mesa fue eliminada.', noExiste: 'No existe esa mesa.' }}
      volverA="/vinculacion/mesas"
    >
      {(detalle) => <VistaMesa detalle={detalle} />}
    </CargaRegistro>
  );
}

function VistaMesa({ detalle: { mesa: m, acuerdos } }: { detalle: Detalle }) {
  const estado = useEstadoDetalle();
  const cuentaEn = m.estatus === 'asistida' && m.fecha;

  return (
    <MarcoDetalle
      estado={estado}
      volverA="/vinculacion/mesas"
      volverTexto="Mesas"
      titulo={`Mesa: ${m.tema}`}
      tituloEdicion={`Editar: ${m.tema}`}
      etiquetas={<EtiquetaMesa estatus={m.estatus} />}
      nombreAcciones="Acciones de la mesa"
      pasos={
        <BotonesPaso
          pasos={PASOS[m.estatus]}
          negativo="cancelada"
          alElegir={(estatus) => void estado.cambiar(() => editarMesa(db, m.id, { ...m, estatus }))}
        />
      }
      editor={() => (
        <FormularioMesa inicial={m} {...estado.edicion} guardar={(datos) => estado.guardarEdicion(() => editarMesa(db, m.id, datos))} />
      )}
      aviso={
        <>
          <AvisoGuardado estado={estado} registrado="Mesa registrada" cuentaEn={cuentaEn} />
          <AvisoRegistroSinPoa registro="Esta mesa" cuentaEn={cuentaEn} />
        </>
      }
      eliminacion={{
        titulo: `¿Eliminar la mesa «${m.tema}»?`,
        consecuencia: `La mesa${acuerdos.length ? ` y sus ${acuerdos.length} acuerdo(s)` : ''} dejarán de verse y de contar para el POA. Queda registrado en la bitácora.`,
        textoBoton: 'Eliminar mesa',
        eliminar: (motivo) => eliminarMesa(db, m.id, motivo),
      }}
    >
      <Stack spacing={2}>
        <SeccionDetalle titulo="Datos de la mesa">
          <ListaDatos>
            <Dato etiqueta="Fecha" ancho={2}>
              {formatearFecha(m.fecha)}
            </Dato>
            <Dato etiqueta="Convoca" ancho={4}>
              {m.convoca}
            </Dato>
            <Dato etiqueta="Sede" ancho={4}>
              {m.sede}
            </Dato>
            <Dato etiqueta="Asistentes" ancho={2}>
              {m.asistentes}
            </Dato>
            <Dato etiqueta="Instituciones participantes" ancho={12}>
              {m.instituciones.join(' · ')}
            </Dato>
            <DatosCaptura registro={m} etiqueta="Capturada" />
          </ListaDatos>
        </SeccionDetalle>
        <AcuerdosMesa mesaId={m.id} acuerdos={acuerdos} />
      </Stack>
    </MarcoDetalle>
  );
}
