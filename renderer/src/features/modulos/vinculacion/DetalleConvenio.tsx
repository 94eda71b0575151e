import { Alert } from '@mui/material';
import { estadoVigencia, textoDiasVigencia } from '../../../../../shared/domain/convenios';
import { fechaIsoLocal, formatearFecha } from '../../../../../shared/domain/formato';
import { ETIQUETA_SECTOR_CONVENIO, ETIQUETA_TIPO_CONVENIO, type Convenio } from '../../../../../shared/schemas/modulos';
import { db } from '../../../db';
import { editarConvenio, eliminarConvenio, obtenerConvenio } from '../../../db/repositorios/vinculacion';
import { CargaRegistro } from '../comun/CargaRegistro';
import { Dato, DatosCaptura, ListaDatos } from '../comun/Dato';
import { EstatusConvenio } from '../comun/Etiquetas';
import { AvisoRegistroSinPoa } from '../comun/AvisoRegistroSinPoa';
import { AvisoGuardado, MarcoDetalle } from '../comun/MarcoDetalle';
import { SeccionDetalle } from '../comun/Seccion';
import { useEstadoDetalle } from '../comun/useEstadoDetalle';
import { FormularioConvenio } from './FormularioConvenio';

/** /vinculacion/convenios/:id, the address the cronograma's drill-down opens. */
export function DetalleConvenio() {
  return (
    <CargaRegistro
      obtener={(id) => obtenerConvenio(db, id)}
      eliminado={(c) => c.eliminado === 1}
      avisos={{ eliminado: 'Este convenio fue eliminado.', noExiste: 'No existe ese convenio.' }}
      volverA="/vinculacion/convenios"
    >
      {(convenio) => <VistaConvenio convenio={convenio} />}
    </CargaRegistro>
  );
}

function VistaConvenio({ convenio: c }: { convenio: Convenio }) {
  const estado = useEstadoDetalle();
  const vigencia = estadoVigencia(c, fechaIsoLocal(new Date()));
  const cuentaEn = c.estatus !== 'en-tramite' && c.estatus !== 'cancelado' && c.fechaFirma;

  return (
    <MarcoDetalle
      estado={estado}
      volverA="/vinculacion/convenios"
      volverTexto="Convenios"
      titulo={`Convenio ${c.numero}`}
      tituloEdicion={`Editar: convenio ${c.numero}`}
      etiquetas={<EstatusConvenio estatus={c.estatus} alerta={vigencia.alerta} dias={vigencia.dias} />}
      nombreAcciones="Acciones del convenio"
      editor={() => (
        <FormularioConvenio inicial={c} {...estado.edicion} guardar={(datos) => estado.guardarEdicion(() => editarConvenio(db, c.id, datos))} />
      )}
      aviso={
        <>
          <AvisoGuardado estado={estado} registrado="Convenio registrado" cuentaEn={cuentaEn} />
          <AvisoRegistroSinPoa registro="Este convenio" cuentaEn={cuentaEn} />
        </>
      }
      eliminacion={{
        titulo: `¿Eliminar el convenio ${c.numero}?`,
        consecuencia: 'El convenio dejará de verse y de contar para el POA. Queda registrado en la bitácora.',
        textoBoton: 'Eliminar convenio',
        eliminar: (motivo) => eliminarConvenio(db, c.id, motivo),
      }}
    >
      {vigencia.alerta && vigencia.dias !== null && (
        <Alert severity={vigencia.alerta === 'vencido' ? 'error' : 'warning'} sx={{ mb: 2 }}>
          {textoDiasVigencia(vigencia.dias)} ({formatearFecha(c.vigenciaFin)}).{' '}
          {vigencia.alerta === 'vencido' ? 'Renuévelo o márquelo como vencido.' : 'Prevea su renovación.'}
        </Alert>
      )}
      <SeccionDetalle titulo="Datos del convenio">
        <ListaDatos>
          <Dato etiqueta="Contraparte" ancho={6}>
            {c.contraparte}
          </Dato>
          <Dato etiqueta="Tipo" ancho={3}>
            {ETIQUETA_TIPO_CONVENIO[c.tipo]}
          </Dato>
          <Dato etiqueta="Sector" ancho={3}>
            {ETIQUETA_SECTOR_CONVENIO[c.sector]}
          </Dato>
          <Dato etiqueta="Objeto" ancho={12}>
            {c.objeto}
          </Dato>
          <Dato etiqueta="Fecha de firma" ancho={3}>
            {formatearFecha(c.fechaFirma)}
          </Dato>
          <Dato etiqueta="Inicio de vigencia" ancho={3}>
            {formatearFecha(c.vigenciaInicio)}
          </Dato>
          <Dato etiqueta="Fin de vigencia" ancho={3}>
            {formatearFecha(c.vigenciaFin)}
          </Dato>
          <Dato etiqueta="Responsable" ancho={3}>
            {c.responsable}
          </Dato>
          <Dato etiqueta="Firmantes" ancho={12}>
            {c.firmantes.join('\n')}
          </Dato>
          <DatosCaptura registro={c} />
        </ListaDatos>
      </SeccionDetalle>
    </MarcoDetalle>
  );
}
