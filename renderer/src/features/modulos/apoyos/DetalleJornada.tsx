import { Button } from '@mui/material';
import { formatearFecha } from '../../../../../shared/domain/formato';
import type { Jornada } from '../../../../../shared/schemas/modulos';
import { db } from '../../../db';
import { editarJornada, eliminarJornada, obtenerJornada } from '../../../db/repositorios/jornadas';
import { CargaRegistro } from '../comun/CargaRegistro';
import { Dato, DatosCaptura, ListaDatos } from '../comun/Dato';
import { EtiquetaJornada } from '../comun/Etiquetas';
import { AvisoRegistroSinPoa } from '../comun/AvisoRegistroSinPoa';
import { AvisoGuardado, MarcoDetalle } from '../comun/MarcoDetalle';
import { textoPorSexo } from '../comun/numeros';
import { SeccionDetalle } from '../comun/Seccion';
import { useEstadoDetalle } from '../comun/useEstadoDetalle';
import { FormularioJornada } from './FormularioJornada';

/** /apoyos/jornadas/:id, the address the cronograma's drill-down opens. */
export function DetalleJornada() {
  return (
    <CargaRegistro
      obtener={(id) => obtenerJornada(db, id)}
      eliminado={(j) => j.eliminado === 1}
      avisos={{ eliminado: 'Esta jornada fue eliminada.', noExiste: 'No existe esa jornada.' }}
      volverA="/apoyos/jornadas"
    >
      {(jornada) => <VistaJornada jornada={jornada} />}
    </CargaRegistro>
  );
}

function VistaJornada({ jornada: j }: { jornada: Jornada }) {
  const estado = useEstadoDetalle();
  const cuentaEn = j.realizada && j.fecha;

  return (
    <MarcoDetalle
      estado={estado}
      volverA="/apoyos/jornadas"
      volverTexto="Jornadas"
      titulo={j.nombre}
      etiquetas={<EtiquetaJornada realizada={j.realizada} />}
      nombreAcciones="Acciones de la jornada"
      pasos={
        <Button
          variant="contained"
          color="secondary"
          onClick={() => void estado.cambiar(() => editarJornada(db, j.id, { ...j, realizada: !j.realizada }))}
        >
          {j.realizada ? 'Marcar como no realizada' : 'Marcar como realizada'}
        </Button>
      }
      editor={() => (
        <FormularioJornada inicial={j} {...estado.edicion} guardar={(datos) => estado.guardarEdicion(() => editarJornada(db, j.id, datos))} />
      )}
      aviso={
        <>
          <AvisoGuardado
            estado={estado}
            registrado="Jornada registrada"
            cuentaEn={cuentaEn}
            sinCuenta=". Cuando se realice, márquela como realizada para que cuente."
          />
          <AvisoRegistroSinPoa registro="Esta jornada" cuentaEn={cuentaEn} />
        </>
      }
      eliminacion={{
        titulo: `¿Eliminar la jornada «${j.nombre}»?`,
        consecuencia: 'La jornada dejará de verse y de contar para el POA. Queda registrada en la bitácora.',
        textoBoton: 'Eliminar jornada',
        eliminar: (motivo) => eliminarJornada(db, j.id, motivo),
      }}
    >
      <SeccionDetalle titulo="Datos de la jornada">
        <ListaDatos>
          <Dato etiqueta="Fecha" ancho={3}>
            {formatearFecha(j.fecha)}
          </Dato>
          <Dato etiqueta="Colonia" ancho={3}>
            {j.colonia}
          </Dato>
          <Dato etiqueta="Localidad" ancho={3}>
            {j.localidad}
          </Dato>
          <Dato etiqueta="Realizada" ancho={3}>
            {j.realizada ? 'Sí' : 'No'}
          </Dato>
          <Dato etiqueta="Dependencias participantes" ancho={6}>
            {j.dependencias.join('\n')}
          </Dato>
          <Dato etiqueta="Servicios ofrecidos" ancho={6}>
            {j.servicios.join('\n')}
          </Dato>
          <Dato etiqueta="Personas atendidas" ancho={12}>
            {textoPorSexo(j.atendidasMujeres, j.atendidasHombres, j.atendidasOtro)}
          </Dato>
          <DatosCaptura registro={j} etiqueta="Capturada" />
        </ListaDatos>
      </SeccionDetalle>
    </MarcoDetalle>
  );
}
