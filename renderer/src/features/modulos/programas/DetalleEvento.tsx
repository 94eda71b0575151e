import { formatearFecha, formatearNumero } from '../../../../../shared/domain/formato';
import { ETIQUETA_TIPO_EVENTO, type Evento } from '../../../../../shared/schemas/modulos';
import { db } from '../../../db';
import { editarEvento, eliminarEvento, obtenerEvento, type FilaEvento } from '../../../db/repositorios/eventos';
import { CargaRegistro } from '../comun/CargaRegistro';
import { Dato, DatosCaptura, ListaDatos } from '../comun/Dato';
import { EtiquetaEvento } from '../comun/Etiquetas';
import { AvisoRegistroSinPoa } from '../comun/AvisoRegistroSinPoa';
import { AvisoGuardado, BotonesPaso, MarcoDetalle } from '../comun/MarcoDetalle';
import { textoPorSexo } from '../comun/numeros';
import { SeccionDetalle } from '../comun/Seccion';
import { useEstadoDetalle } from '../comun/useEstadoDetalle';
import { FormularioEvento } from './FormularioEvento';

/** The status steps offered on the detail; other corrections are made by editing. */
const PASOS: Record<Evento['estatus'], { estatus: Evento['estatus']; texto: string }[]> = {
  programado: [
    { estatus: 'realizado', texto: 'Marcar como realizado' },
    { estatus: 'cancelado', texto: 'Cancelar' },
  ],
  cancelado: [{ estatus: 'programado', texto: 'Reprogramar' }],
  realizado: [],
};

/** How the notice of a year without POA names the record. */
const ESTE: Record<Evento['tipo'], string> = { taller: 'Este taller', capacitacion: 'Esta capacitación', programa: 'Este programa social' };

/** /programas/:id, the address the cronograma's drill-down opens. */
export function DetalleEvento() {
  return (
    <CargaRegistro
      obtener={(id) => obtenerEvento(db, id)}
      eliminado={(e) => e.eliminado === 1}
      avisos={{ eliminado: 'Este registro fue eliminado.', noExiste: 'No existe ese registro.' }}
      volverA="/programas"
    >
      {(evento) => <VistaEvento evento={evento} />}
    </CargaRegistro>
  );
}

function VistaEvento({ evento: e }: { evento: FilaEvento }) {
  const estado = useEstadoDetalle();
  const titulo = `${ETIQUETA_TIPO_EVENTO[e.tipo]}: ${e.nombre}`;
  const programa = e.tipo === 'programa';
  const cuentaEn = e.estatus === 'realizado' && e.fecha;

  return (
    <MarcoDetalle
      estado={estado}
      volverA="/programas"
      volverTexto="Programas"
      titulo={titulo}
      etiquetas={<EtiquetaEvento estatus={e.estatus} />}
      nombreAcciones="Acciones del registro"
      pasos={
        <BotonesPaso
          pasos={PASOS[e.estatus]}
          negativo="cancelado"
          alElegir={(estatus) => void estado.cambiar(() => editarEvento(db, e.id, { ...e, estatus }))}
        />
      }
      editor={() => (
        <FormularioEvento inicial={e} {...estado.edicion} guardar={(datos) => estado.guardarEdicion(() => editarEvento(db, e.id, datos))} />
      )}
      aviso={
        <>
          <AvisoGuardado estado={estado} registrado="Registro guardado" cuentaEn={cuentaEn} />
          <AvisoRegistroSinPoa registro={ESTE[e.tipo]} cuentaEn={cuentaEn} />
        </>
      }
      eliminacion={{
        titulo: `¿Eliminar «${e.nombre}»?`,
        consecuencia: 'El registro dejará de verse y de contar para el POA. Queda registrado en la bitácora.',
        textoBoton: 'Eliminar registro',
        eliminar: (motivo) => eliminarEvento(db, e.id, motivo),
      }}
    >
      <SeccionDetalle titulo="Datos del registro">
        <ListaDatos>
          <Dato etiqueta="Tipo" ancho={3}>
            {ETIQUETA_TIPO_EVENTO[e.tipo]}
          </Dato>
          <Dato etiqueta="Tema" ancho={5}>
            {e.tema}
          </Dato>
          <Dato etiqueta="Población objetivo" ancho={4}>
            {e.poblacionObjetivo}
          </Dato>
          <Dato etiqueta="Dependencia externa" ancho={4}>
            {e.dependencia}
          </Dato>
          <Dato etiqueta={programa ? 'Enlace en la dependencia' : 'Facilitador'} ancho={4}>
            {e.facilitador}
          </Dato>
          <Dato etiqueta={programa ? 'Fecha de gestión' : 'Fecha'} ancho={2}>
            {formatearFecha(e.fecha)}
          </Dato>
          <Dato etiqueta="Fecha de término" ancho={2}>
            {formatearFecha(e.fechaFin)}
          </Dato>
          <Dato etiqueta="Sede" ancho={4}>
            {e.sede}
          </Dato>
          <Dato etiqueta="Localidad" ancho={4}>
            {e.localidad}
          </Dato>
          <Dato etiqueta="Horas" ancho={4}>
            {programa ? '' : formatearNumero(e.horas, 1)}
          </Dato>
          <Dato etiqueta="Asistentes" ancho={8}>
            {textoPorSexo(e.asistentesMujeres, e.asistentesHombres, e.asistentesOtro)}
          </Dato>
          <Dato etiqueta="Beneficiarios" ancho={4}>
            {programa ? formatearNumero(e.beneficiarios) : ''}
          </Dato>
          <Dato etiqueta="Evidencia" ancho={12}>
            {e.evidencia}
          </Dato>
          <DatosCaptura registro={e} />
        </ListaDatos>
      </SeccionDetalle>
    </MarcoDetalle>
  );
}
