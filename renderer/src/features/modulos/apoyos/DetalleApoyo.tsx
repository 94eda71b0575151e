import { Alert, Button, CircularProgress, Grid, Link, Paper, Typography } from '@mui/material';
import EditIcon from '@mui/icons-material/Edit';
import DeleteIcon from '@mui/icons-material/Delete';
import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { Link as RouterLink, useLocation, useNavigate, useParams } from 'react-router-dom';
import { formatearFecha, formatearFechaHora, formatearMoneda, formatearNumero } from '../../../../../shared/domain/formato';
import { mesYAnio } from '../comun/fechas';
import { ETIQUETA_FUENTE, PASOS_APOYO, type EstatusApoyo } from '../../../../../shared/schemas/modulos';
import { db } from '../../../db';
import { editarApoyo, eliminarApoyo, obtenerDetalleApoyo, type DetalleApoyo as Detalle } from '../../../db/repositorios/apoyos';
import { TarjetaPersona } from '../../solicitudes/TarjetaPersona';
import { Dato, ListaDatos } from '../comun/Dato';
import { DialogoEliminar } from '../comun/DialogoEliminar';
import { EncabezadoDetalle } from '../comun/EncabezadoDetalle';
import { EtiquetaApoyo } from '../comun/Etiquetas';
import { NoEncontrado } from '../comun/NoEncontrado';
import { AvisoApoyoRepetido } from './AvisoApoyoRepetido';
import { ACCION_PASO, DialogoEstatusApoyo } from './DialogoEstatusApoyo';
import { FormularioApoyo } from './FormularioApoyo';
import { apoyoAValores } from './valoresApoyo';

/** /apoyos/:id, the address the cronograma's drill-down opens. */
export function DetalleApoyo() {
  const { id = '' } = useParams();
  const detalle = useLiveQuery(async () => (await obtenerDetalleApoyo(db, id)) ?? null, [id]);
  if (detalle === undefined) return <CircularProgress aria-label="Cargando" />;
  if (detalle === null || detalle.apoyo.eliminado === 1) {
    return <NoEncontrado mensaje={detalle ? 'Este apoyo fue eliminado.' : 'No existe ese apoyo.'} volverA="/apoyos" />;
  }
  return <VistaApoyo detalle={detalle} />;
}

function VistaApoyo({ detalle }: { detalle: Detalle }) {
  const { apoyo: a, persona } = detalle;
  const navegar = useNavigate();
  const recienCreado = Boolean((useLocation().state as { recienCreado?: boolean } | null)?.recienCreado);
  const [editando, setEditando] = useState(false);
  const [guardado, setGuardado] = useState(false);
  const [paso, setPaso] = useState<EstatusApoyo | null>(null);
  const [eliminando, setEliminando] = useState(false);
  const titulo = `Apoyo de ${detalle.tipoApoyo}`;

  if (editando) {
    return (
      <>
        <EncabezadoDetalle volverA="/apoyos" volverTexto="Apoyos" titulo={`Editar: ${titulo}`} nombreAcciones="Acciones del apoyo" />
        <FormularioApoyo
          inicial={apoyoAValores(a)}
          apoyoId={a.id}
          textoGuardar="Guardar cambios"
          guardar={async (datos) => {
            await editarApoyo(db, a.id, datos);
            setEditando(false);
            setGuardado(true);
          }}
          onCancelar={() => setEditando(false)}
        />
      </>
    );
  }

  return (
    <>
      <EncabezadoDetalle
        volverA="/apoyos"
        volverTexto="Apoyos"
        titulo={titulo}
        etiquetas={<EtiquetaApoyo estatus={a.estatus} />}
        nombreAcciones="Acciones del apoyo"
        acciones={
          <>
            {PASOS_APOYO[a.estatus].map((e) => (
              <Button key={e} variant={e === 'rechazado' ? 'outlined' : 'contained'} color={e === 'rechazado' ? 'error' : 'secondary'} onClick={() => setPaso(e)}>
                {ACCION_PASO[e]}
              </Button>
            ))}
            <Button startIcon={<EditIcon />} onClick={() => setEditando(true)} autoFocus={recienCreado}>
              Editar
            </Button>
            <Button color="error" startIcon={<DeleteIcon />} onClick={() => setEliminando(true)}>
              Eliminar
            </Button>
          </>
        }
      />
      {recienCreado && !guardado && (
        <Alert severity="success" sx={{ mb: 2 }}>
          Apoyo registrado{a.estatus === 'entregado' && a.fechaEntrega ? `; cuenta para la meta de ${mesYAnio(a.fechaEntrega)}` : ''}.
        </Alert>
      )}
      {guardado && (
        <Alert severity="success" sx={{ mb: 2 }} onClose={() => setGuardado(false)}>
          Cambios guardados.
        </Alert>
      )}
      <Grid container spacing={2}>
        <Grid size={{ xs: 12, md: 7 }}>
          <Paper sx={{ p: 2, mb: 2 }} component="section" aria-label="Datos del apoyo">
            <Typography variant="subtitle1" component="h2" sx={{ fontWeight: 600, mb: 1 }}>
              Datos del apoyo
            </Typography>
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
              <Dato etiqueta="Capturado">{`${formatearFechaHora(a.createdAt)} · estación ${a.estacion}`}</Dato>
              <Dato etiqueta="Última modificación">{formatearFechaHora(a.updatedAt)}</Dato>
            </ListaDatos>
          </Paper>
          <AvisoApoyoRepetido apoyo={a} tipo={detalle.tipoApoyo} />
        </Grid>
        <Grid size={{ xs: 12, md: 5 }}>{persona && <TarjetaPersona persona={persona} excepto={a.solicitudId ?? undefined} enlazar />}</Grid>
      </Grid>

      {paso && <DialogoEstatusApoyo apoyo={a} estatus={paso} onCerrar={() => setPaso(null)} />}
      {eliminando && (
        <DialogoEliminar
          titulo={`¿Eliminar el ${titulo.toLowerCase()}?`}
          consecuencia="El apoyo dejará de verse, de contar para el POA y de aparecer en el padrón. Queda registrado en la bitácora."
          textoBoton="Eliminar apoyo"
          eliminar={(motivo) => eliminarApoyo(db, a.id, motivo)}
          onCerrar={() => setEliminando(false)}
          onEliminado={() => navegar('/apoyos')}
        />
      )}
    </>
  );
}
