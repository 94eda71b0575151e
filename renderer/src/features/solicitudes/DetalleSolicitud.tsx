import { Alert, Box, Button, Grid, Link, Stack } from '@mui/material';
import SwapHorizIcon from '@mui/icons-material/SwapHoriz';
import NoteAddIcon from '@mui/icons-material/NoteAdd';
import EditIcon from '@mui/icons-material/Edit';
import DeleteIcon from '@mui/icons-material/Delete';
import AddIcon from '@mui/icons-material/Add';
import { useState, type ReactNode } from 'react';
import { Link as RouterLink, useLocation, useNavigate } from 'react-router-dom';
import { estaVencida, transicionesPermitidas } from '../../../../shared/domain/estatusSolicitud';
import { fechaIsoLocal, formatearFecha, formatearFechaHora } from '../../../../shared/domain/formato';
import { ETIQUETA_CANAL, ETIQUETA_PRIORIDAD } from '../../../../shared/schemas/solicitudes';
import { BotonesImpresion } from '../../componentes/BotonesImpresion';
import { db } from '../../db';
import { eliminarSolicitud, obtenerDetalleSolicitud, type DetalleSolicitud as Detalle } from '../../db/repositorios/solicitudes';
import { AvisoRegistroSinPoa } from '../../componentes/detalle/AvisoRegistroSinPoa';
import { CargaRegistro } from '../../componentes/detalle/CargaRegistro';
import { Dato, ListaDatos } from '../../componentes/detalle/Dato';
import { DialogoEliminar } from '../../componentes/detalle/DialogoEliminar';
import { BotonConPermiso } from '../../componentes/ConPermiso';
import { EncabezadoDetalle } from '../../componentes/detalle/EncabezadoDetalle';
import { SeccionDetalle } from '../../componentes/formulario/Seccion';
import { DialogoEstatus } from './DialogoEstatus';
import { DialogoEditarSolicitud, DialogoNota, DialogoPersona } from './DialogosSolicitud';
import { EstatusConVencimiento } from './EtiquetaEstatus';
import { HistorialSeguimientos } from './HistorialSeguimientos';
import { SeccionEvidencias } from '../../componentes/evidencias/SeccionEvidencias';
import { TarjetaPersona } from '../../componentes/personas/TarjetaPersona';
import { esPersonaAnonimizada } from '../../../../shared/seguridad/anonimizar';
import { useImprimirAcuse } from './useImprimirAcuse';
import { Tecla } from '../../componentes/lista/Enlaces';
import { ATAJO_NUEVA_SOLICITUD, RUTA_NUEVA_SOLICITUD } from '../../hooks/useAtajoCaptura';

type Dialogo = 'estatus' | 'nota' | 'editar' | 'eliminar' | 'persona' | null;

export function DetalleSolicitud() {
  return (
    <CargaRegistro
      obtener={(id) => obtenerDetalleSolicitud(db, id)}
      eliminado={(d) => d.solicitud.eliminado === 1}
      avisos={{ eliminado: (d) => `La solicitud ${d.solicitud.folio} fue eliminada.`, noExiste: 'No existe esa solicitud.' }}
      volverA="/atencion"
    >
      {(detalle) => <VistaDetalle detalle={detalle} />}
    </CargaRegistro>
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
  // A request counts in the month it was received unless it was cancelled or is a duplicate.
  const cuentaEn = s.estatus !== 'cancelada' && s.estatus !== 'duplicada' && s.fechaRecepcion;
  const cerrar = () => setDialogo(null);
  // In the order of the detail; a row without `ancho` takes a third of the width.
  const datos: { etiqueta: string; ancho?: number; valor: ReactNode }[] = [
    { etiqueta: 'Fecha y hora de recepción', valor: formatearFechaHora(s.fechaRecepcion) },
    { etiqueta: 'Canal', valor: ETIQUETA_CANAL[s.canal] },
    { etiqueta: 'Prioridad', valor: ETIQUETA_PRIORIDAD[s.prioridad] },
    { etiqueta: 'Tipo de apoyo', valor: detalle.tipoApoyo },
    { etiqueta: 'Dependencia a la que se canaliza', valor: detalle.dependencia },
    {
      etiqueta: 'Fecha compromiso',
      valor: (
        <Box component="span" sx={vencida ? { color: 'error.main', fontWeight: 700 } : undefined}>
          {formatearFecha(s.fechaCompromiso)}
          {vencida ? ' (vencida)' : ''}
        </Box>
      ),
    },
    {
      etiqueta: 'Descripción',
      ancho: 12,
      valor: (
        <Box component="span" sx={{ whiteSpace: 'pre-line' }}>
          {s.descripcion}
        </Box>
      ),
    },
    { etiqueta: 'Responsable', valor: s.responsable },
    { etiqueta: 'Número de oficio', valor: s.numeroOficio },
    { etiqueta: 'Fecha de canalización', valor: formatearFecha(s.fechaCanalizacion) },
    ...(s.resultado ? [{ etiqueta: s.estatus === 'atendida' ? 'Resultado' : 'Motivo de cierre', ancho: 12, valor: s.resultado }] : []),
    ...(detalle.original
      ? [
          {
            etiqueta: 'Duplicado de',
            ancho: 12,
            valor: (
              <Link component={RouterLink} to={`/atencion/${detalle.original.id}`}>
                {detalle.original.folio}
              </Link>
            ),
          },
        ]
      : []),
    { etiqueta: 'Recibió', valor: s.recibio },
    { etiqueta: 'Aviso de privacidad aceptado', ancho: 8, valor: `Sí, el ${formatearFechaHora(s.consentimientoFecha)}` },
  ];

  return (
    <>
      <EncabezadoDetalle
        volverA="/atencion"
        volverTexto="Lista"
        titulo={`Solicitud ${s.folio}`}
        etiquetas={<EstatusConVencimiento estatus={s.estatus} vencida={vencida} />}
        nombreAcciones="Acciones de la solicitud"
        acciones={
          <>
            <Button variant="contained" color="secondary" startIcon={<SwapHorizIcon />} onClick={() => setDialogo('estatus')} disabled={!puedeCambiar}>
              Cambiar estatus
            </Button>
            <Button startIcon={<NoteAddIcon />} onClick={() => setDialogo('nota')}>
              Agregar nota
            </Button>
            <Button startIcon={<EditIcon />} onClick={() => setDialogo('editar')}>
              Editar
            </Button>
            <BotonConPermiso accion="eliminar-registros" color="error" startIcon={<DeleteIcon />} onClick={() => setDialogo('eliminar')}>
              Eliminar
            </BotonConPermiso>
            <Box sx={{ flexGrow: 1 }} />
            <BotonesImpresion
              accion="imprimir-acuses"
              textoImprimir="Imprimir acuse"
              textoPdf="Acuse en PDF"
              ocupado={imprimiendo}
              enfocar={recienCreada}
              onImprimir={(modo) => imprimir(s, modo)}
            />
          </>
        }
      />

      {recienCreada && (
        <Alert
          severity="success"
          sx={{ mb: 2, alignItems: 'center' }}
          action={
            <Button
              component={RouterLink}
              to={RUTA_NUEVA_SOLICITUD}
              state={{ nueva: s.id }}
              variant="outlined"
              color="inherit"
              startIcon={<AddIcon />}
              endIcon={<Tecla>{ATAJO_NUEVA_SOLICITUD.texto}</Tecla>}
              aria-keyshortcuts={ATAJO_NUEVA_SOLICITUD.aria}
            >
              Capturar otra
            </Button>
          }
        >
          Solicitud registrada con el folio <strong>{s.folio}</strong>. Imprima el acuse y entrégueselo al ciudadano.
        </Alert>
      )}
      <AvisoRegistroSinPoa registro="Esta solicitud" cuentaEn={cuentaEn} />
      {error && (
        <Alert severity="error" sx={{ mb: 2 }}>
          {error}
        </Alert>
      )}

      <Grid container spacing={2}>
        <Grid size={{ xs: 12, md: 7 }}>
          <SeccionDetalle titulo="Datos de la solicitud">
            <ListaDatos>
              {datos.map((d) => (
                <Dato key={d.etiqueta} etiqueta={d.etiqueta} ancho={d.ancho}>
                  {d.valor}
                </Dato>
              ))}
            </ListaDatos>
          </SeccionDetalle>
          <Box sx={{ mt: 2 }}>
            <SeccionEvidencias tipo="solicitud" registroId={s.id} eliminado={s.eliminado === 1} queAdjuntar="Los documentos que trae el ciudadano (datos personales):" />
          </Box>
        </Grid>
        <Grid size={{ xs: 12, md: 5 }}>
          <Stack spacing={2}>
            {persona && (
              <TarjetaPersona
                persona={persona}
                excepto={s.id}
                enlazar
                exportable
                acciones={
                  // A persona anonimizada (ARCO) has no data left to correct.
                  !esPersonaAnonimizada(persona) && (
                    <Button size="small" startIcon={<EditIcon />} onClick={() => setDialogo('persona')}>
                      Corregir datos
                    </Button>
                  )
                }
              />
            )}
            <SeccionDetalle titulo="Historial">
              <HistorialSeguimientos seguimientos={seguimientos} />
            </SeccionDetalle>
          </Stack>
        </Grid>
      </Grid>

      {dialogo === 'estatus' && <DialogoEstatus solicitud={s} onCerrar={cerrar} />}
      {dialogo === 'nota' && <DialogoNota solicitud={s} onCerrar={cerrar} />}
      {dialogo === 'editar' && <DialogoEditarSolicitud solicitud={s} onCerrar={cerrar} />}
      {dialogo === 'persona' && persona && <DialogoPersona persona={persona} onCerrar={cerrar} />}
      {dialogo === 'eliminar' && (
        <DialogoEliminar
          titulo={`¿Eliminar la solicitud ${s.folio}?`}
          consecuencia="La solicitud dejará de verse y de contar para el POA. Queda registrada en la bitácora y su folio no se vuelve a usar."
          textoBoton="Eliminar solicitud"
          eliminar={(motivo) => eliminarSolicitud(db, s.id, motivo)}
          onCerrar={cerrar}
          onEliminado={() => navegar('/atencion')}
        />
      )}
    </>
  );
}
