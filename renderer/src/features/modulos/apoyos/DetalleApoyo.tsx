import { Grid, Link } from '@mui/material';
import { useState } from 'react';
import { Link as RouterLink } from 'react-router-dom';
import { formatearFecha, formatearMoneda, formatearNumero } from '../../../../../shared/domain/formato';
import { ETIQUETA_FUENTE, PASOS_APOYO, type EstatusApoyo } from '../../../../../shared/schemas/modulos';
import { db } from '../../../db';
import { editarApoyo, eliminarApoyo, obtenerDetalleApoyo, type DetalleApoyo as Detalle } from '../../../db/repositorios/apoyos';
import { TarjetaPersona } from '../../solicitudes/TarjetaPersona';
import { CargaRegistro } from '../comun/CargaRegistro';
import { Dato, DatosCaptura, ListaDatos } from '../comun/Dato';
import { EtiquetaApoyo } from '../comun/Etiquetas';
import { AvisoRegistroSinPoa } from '../comun/AvisoRegistroSinPoa';
import { AvisoGuardado, BotonesPaso, MarcoDetalle } from '../comun/MarcoDetalle';
import { SeccionDetalle } from '../comun/Seccion';
import { useEstadoDetalle } from '../comun/useEstadoDetalle';
import { AvisoApoyoRepetido } from './AvisoApoyoRepetido';
import { ACCION_PASO, DialogoEstatusApoyo } from './DialogoEstatusApoyo';
import { FormularioApoyo } from './FormularioApoyo';

/** /apoyos/:id, the address the cronograma's drill-down opens. */
export function DetalleApoyo() {
  return (
    <CargaRegistro
      obtener={(id) => obtenerDetalleApoyo(db, id)}
      eliminado={(d) => d.apoyo.eliminado === 1}
      avisos={{ eliminado: 'Este apoyo fue eliminado.', noExiste: 'No existe ese apoyo.' }}
      volverA="/apoyos"
    >
      {(detalle) => <VistaApoyo detalle={detalle} />}
    </CargaRegistro>
  );
}

function VistaApoyo({ detalle }: { detalle: Detalle }) {
  const { apoyo: a, persona } = detalle;
  const estado = useEstadoDetalle();
  const [paso, setPaso] = useState<EstatusApoyo | null>(null);
  const titulo = `Apoyo de ${detalle.tipoApoyo}`;
  const cuentaEn = a.estatus === 'entregado' && a.fechaEntrega;

  return (
    <MarcoDetalle
      estado={estado}
      volverA="/apoyos"
      volverTexto="Apoyos"
      titulo={titulo}
      etiquetas={<EtiquetaApoyo estatus={a.estatus} />}
      nombreAcciones="Acciones del apoyo"
      // Each step asks for its own confirmation (and delivering, for the date) in a dialog.
      pasos={<BotonesPaso pasos={PASOS_APOYO[a.estatus].map((e) => ({ estatus: e, texto: ACCION_PASO[e] }))} negativo="rechazado" alElegir={setPaso} />}
      editor={() => (
        <FormularioApoyo inicial={a} apoyoId={a.id} {...estado.edicion} guardar={(datos) => estado.guardarEdicion(() => editarApoyo(db, a.id, datos))} />
      )}
      aviso={
        <>
          <AvisoGuardado estado={estado} registrado="Apoyo registrado" cuentaEn={cuentaEn} />
          <AvisoRegistroSinPoa registro="Este apoyo" cuentaEn={cuentaEn} />
        </>
      }
      eliminacion={{
        titulo: `¿Eliminar el ${titulo.toLowerCase()}?`,
        consecuencia: 'El apoyo dejará de verse, de contar para el POA y de aparecer en el padrón. Queda registrado en la bitácora.',
        textoBoton: 'Eliminar apoyo',
        eliminar: (motivo) => eliminarApoyo(db, a.id, motivo),
      }}
    >
      <Grid container spacing={2}>
        <Grid size={{ xs: 12, md: 7 }}>
          <SeccionDetalle titulo="Datos del apoyo" mb={2}>
            <ListaDatos>
              <Dato etiqueta="Tipo de apoyo">{detalle.tipoApoyo}</Dato>
              <Dato etiqueta="Cantidad">
                {formatearNumero(a.cantidad, 2)} {a.unidad}
              </Dato>
              <Dato etiqueta="Valor estimado">{formatearMoneda(a.valorEstimado)}</Dato>
              <Dato etiqueta="Fuente">{ETIQUETA_FUENTE[a.fuente]}</Dato>
              <Dato etiqueta="Dependencia" ancho={8}>
                {detalle.dependencia}
              </Dato>
              <Dato etiqueta="Fecha de gestión">{formatearFecha(a.fechaGestion)}</Dato>
              <Dato etiqueta="Fecha de entrega">{formatearFecha(a.fechaEntrega)}</Dato>
              <Dato etiqueta="Solicitud de origen">
                {detalle.solicitud && (
                  <Link component={RouterLink} to={`/atencion/${detalle.solicitud.id}`}>
                    {detalle.solicitud.folio}
                  </Link>
                )}
              </Dato>
              <Dato etiqueta="Evidencia" ancho={12}>
                {a.evidencia}
              </Dato>
              <DatosCaptura registro={a} ancho={4} />
            </ListaDatos>
          </SeccionDetalle>
          <AvisoApoyoRepetido apoyo={a} tipo={detalle.tipoApoyo} />
        </Grid>
        <Grid size={{ xs: 12, md: 5 }}>{persona && <TarjetaPersona persona={persona} excepto={a.solicitudId ?? undefined} enlazar exportable />}</Grid>
      </Grid>
      {paso && <DialogoEstatusApoyo apoyo={a} estatus={paso} onCerrar={() => setPaso(null)} />}
    </MarcoDetalle>
  );
}
