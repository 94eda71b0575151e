import { Alert, Box, Button, CircularProgress, Grid, Link, Paper, Stack, Typography } from '@mui/material';
import PrintIcon from '@mui/icons-material/Print';
import PictureAsPdfIcon from '@mui/icons-material/PictureAsPdf';
import SwapHorizIcon from '@mui/icons-material/SwapHoriz';
import NoteAddIcon from '@mui/icons-material/NoteAdd';
import EditIcon from '@mui/icons-material/Edit';
import DeleteIcon from '@mui/icons-material/Delete';
import ArrowBackIcon from '@mui/icons-material/ArrowBack';
import { useLiveQuery } from 'dexie-react-hooks';
import { useState, type ReactNode } from 'react';
import { Link as RouterLink, useLocation, useNavigate, useParams } from 'react-router-dom';
import { estaVencida, transicionesPermitidas } from '../../../../shared/domain/estatusSolicitud';
import { fechaIsoLocal, formatearFecha, formatearFechaHora } from '../../../../shared/domain/formato';
import { ETIQUETA_CANAL, ETIQUETA_PRIORIDAD } from '../../../../shared/schemas/solicitudes';
import { db } from '../../db';
import { obtenerDetalleSolicitud, type DetalleSolicitud as Detalle } from '../../db/repositorios/solicitudes';
import { DialogoEstatus } from './DialogoEstatus';
import { DialogoEditarSolicitud, DialogoEliminar, DialogoNota, DialogoPersona } from './DialogosSolicitud';
import { EstatusConVencimiento } from './EtiquetaEstatus';
import { HistorialSeguimientos } from './HistorialSeguimientos';
import { TarjetaPersona } from './TarjetaPersona';
import { useImprimirAcuse } from './useImprimirAcuse';

type Dialogo = 'estatus' | 'nota' | 'editar' | 'eliminar' | 'persona' | null;

export function DetalleSolicitud() {
  const { id = '' } = useParams();
  const detalle = useLiveQuery(async () => (await obtenerDetalleSolicitud(db, id)) ?? null, [id]);
  if (detalle === undefined) return <CircularProgress aria-label="Cargando" />;
  if (detalle === null || detalle.solicitud.eliminado === 1) {
    return (
      <Alert
        severity="warning"
        action={
          <Button component={RouterLink} to="/atencion">
            Volver a la lista
          </Button>
        }
      >
        {detalle ? `La solicitud ${detalle.solicitud.folio} fue eliminada.` : 'No existe esa solicitud.'}
      </Alert>
    );
  }
  return <VistaDetalle detalle={detalle} />;
}

function Dato({ etiqueta, children, ancho = 6 }: { etiqueta: string; children: ReactNode; ancho?: number }) {
  return (
    <Grid size={ancho}>
      <Typography variant="caption" color="text.secondary" component="dt">
        {etiqueta}
      </Typography>
      <Typography variant="body2" component="dd" sx={{ m: 0, whiteSpace: 'pre-wrap' }}>
        {children || '—'}
      </Typography>
    </Grid>
  );
}

function VistaDetalle({ detalle }: { detalle: Detalle }) {
  const { solicitud: s, persona, seguimientos } = detalle;
  const navegar = useNavigate();
  const recienCreada = Boolean((useLocation().state as { recienCreada?: boolean } | null)?.recienCreada);
  const [dialogo, setDialogo] = useState<Dialogo>(null);
  const { imprimir, imprimiendo, error } = useImprimirAcuse();
  const vencida = estaVencida(s, fechaIsoLocal(new Date()));
  const puedeCambiar = transicionesPermitidas(s.estatus).length > 0;
  const cerrar = () => setDialogo(null);

  return (
    <>
      <Stack direction="row" sx={{ alignItems: 'center', gap: 2, mb: 1.5, flexWrap: 'wrap' }}>
        <Button component={RouterLink} to="/atencion" startIcon={<ArrowBackIcon />} size="small">
          Lista
        </Button>
        <Typography variant="h5" component="h1">
          Solicitud {s.folio}
        </Typography>
        <EstatusConVencimiento estatus={s.estatus} vencida={vencida} />
      </Stack>
      <Paper variant="outlined" sx={{ display: 'flex', gap: 1, p: 1, mb: 2, alignItems: 'center' }} role="toolbar" aria-label="Acciones de la solicitud">
        <Button variant="contained" color="secondary" startIcon={<SwapHorizIcon />} onClick={() => setDialogo('estatus')} disabled={!puedeCambiar}>
          Cambiar estatus
        </Button>
        <Button startIcon={<NoteAddIcon />} onClick={() => setDialogo('nota')}>
          Agregar nota
        </Button>
        <Button startIcon={<EditIcon />} onClick={() => setDialogo('editar')}>
          Editar
        </Button>
        <Button color="error" startIcon={<DeleteIcon />} onClick={() => setDialogo('eliminar')}>
          Eliminar
        </Button>
        <Box sx={{ flexGrow: 1 }} />
        <Button variant="contained" startIcon={<PrintIcon />} onClick={() => imprimir(s, 'dialogo')} disabled={imprimiendo} autoFocus={recienCreada}>
          Imprimir acuse
        </Button>
        <Button variant="outlined" startIcon={<PictureAsPdfIcon />} onClick={() => imprimir(s, 'pdf')} disabled={imprimiendo}>
          Acuse en PDF
        </Button>
      </Paper>

      {recienCreada && (
        <Alert severity="success" sx={{ mb: 2 }}>
          Solicitud registrada con el folio <strong>{s.folio}</strong>. Imprima el acuse y entrégueselo al ciudadano.
        </Alert>
      )}
      {error && (
        <Alert severity="error" sx={{ mb: 2 }}>
          {error}
        </Alert>
      )}

      <Grid container spacing={2}>
        <Grid size={{ xs: 12, md: 7 }}>
          <Paper sx={{ p: 2 }} component="section" aria-label="Datos de la solicitud">
            <Typography variant="subtitle1" component="h2" sx={{ fontWeight: 600, mb: 1 }}>
              Datos de la solicitud
            </Typography>
            <Grid container component="dl" spacing={1.5} sx={{ m: 0 }}>
              <Dato etiqueta="Fecha y hora de recepción" ancho={4}>
                {formatearFechaHora(s.fechaRecepcion)}
              </Dato>
              <Dato etiqueta="Canal" ancho={4}>
                {ETIQUETA_CANAL[s.canal]}
              </Dato>
              <Dato etiqueta="Prioridad" ancho={4}>
                {ETIQUETA_PRIORIDAD[s.prioridad]}
              </Dato>
              <Dato etiqueta="Tipo de apoyo" ancho={4}>
                {detalle.tipoApoyo}
              </Dato>
              <Dato etiqueta="Dependencia a la que se canaliza" ancho={4}>
                {detalle.dependencia}
              </Dato>
              <Dato etiqueta="Fecha compromiso" ancho={4}>
                <Box component="span" sx={vencida ? { color: 'error.main', fontWeight: 700 } : undefined}>
                  {formatearFecha(s.fechaCompromiso)}
                  {vencida ? ' (vencida)' : ''}
                </Box>
              </Dato>
              <Dato etiqueta="Descripción" ancho={12}>
                {s.descripcion}
              </Dato>
              <Dato etiqueta="Responsable" ancho={4}>
                {s.responsable}
              </Dato>
              <Dato etiqueta="Número de oficio" ancho={4}>
                {s.numeroOficio}
              </Dato>
              <Dato etiqueta="Fecha de canalización" ancho={4}>
                {formatearFecha(s.fechaCanalizacion)}
              </Dato>
              {s.resultado && (
                <Dato etiqueta={s.estatus === 'atendida' ? 'Resultado' : 'Motivo de cierre'} ancho={12}>
                  {s.resultado}
                </Dato>
              )}
              {detalle.original && (
                <Dato etiqueta="Duplicado de" ancho={12}>
                  <Link component={RouterLink} to={`/atencion/${detalle.original.id}`}>
                    {detalle.original.folio}
                  </Link>
                </Dato>
              )}
              <Dato etiqueta="Recibió" ancho={4}>
                {s.recibio}
              </Dato>
              <Dato etiqueta="Aviso de privacidad aceptado" ancho={8}>
                {`Sí, el ${formatearFechaHora(s.consentimientoFecha)}`}
              </Dato>
            </Grid>
          </Paper>
        </Grid>
        <Grid size={{ xs: 12, md: 5 }}>
          <Stack spacing={2}>
            {persona && (
              <TarjetaPersona
                persona={persona}
                excepto={s.id}
                enlazar
                acciones={
                  <Button size="small" startIcon={<EditIcon />} onClick={() => setDialogo('persona')}>
                    Corregir datos
                  </Button>
                }
              />
            )}
            <Paper sx={{ p: 2 }} component="section" aria-label="Historial">
              <Typography variant="subtitle1" component="h2" sx={{ fontWeight: 600, mb: 1 }}>
                Historial
              </Typography>
              <HistorialSeguimientos seguimientos={seguimientos} />
            </Paper>
          </Stack>
        </Grid>
      </Grid>

      {dialogo === 'estatus' && <DialogoEstatus solicitud={s} onCerrar={cerrar} />}
      {dialogo === 'nota' && <DialogoNota solicitud={s} onCerrar={cerrar} />}
      {dialogo === 'editar' && <DialogoEditarSolicitud solicitud={s} onCerrar={cerrar} />}
      {dialogo === 'persona' && persona && <DialogoPersona persona={persona} onCerrar={cerrar} />}
      {dialogo === 'eliminar' && <DialogoEliminar solicitud={s} onCerrar={cerrar} onEliminada={() => navegar('/atencion')} />}
    </>
  );
}
