import { Box, Button, IconButton, Paper, Stack, Table, TableBody, TableCell, TableHead, TableRow, Tooltip, Typography } from '@mui/material';
import AddIcon from '@mui/icons-material/Add';
import EditIcon from '@mui/icons-material/Edit';
import DeleteIcon from '@mui/icons-material/Delete';
import { useState } from 'react';
import { fechaIsoLocal, formatearFecha } from '../../../../../shared/domain/formato';
import type { Acuerdo } from '../../../../../shared/schemas/modulos';
import { db } from '../../../db';
import { eliminarAcuerdo } from '../../../db/repositorios/vinculacion';
import { DialogoEliminar } from '../../../componentes/detalle/DialogoEliminar';
import { IconoConPermiso } from '../../../componentes/ConPermiso';
import { EtiquetaAcuerdo } from '../comun/Etiquetas';
import { DialogoAcuerdo } from './DialogoAcuerdo';

/** How a cumplido acuerdo was fulfilled, under its text: «Cumplido el 24/11/2026 · Oficio DIF/123/2026». */
function Cumplimiento({ acuerdo: a }: { acuerdo: Acuerdo }) {
  if (a.estatus !== 'cumplido' || (a.fechaCumplimiento === null && !a.evidenciaCumplimiento)) return null;
  const cuando = a.fechaCumplimiento ? `Cumplido el ${formatearFecha(a.fechaCumplimiento)}` : 'Cumplido';
  return (
    <Typography variant="body2" sx={{ mt: 0.5, color: 'success.dark', whiteSpace: 'pre-wrap' }}>
      {a.evidenciaCumplimiento ? `${cuando} · ${a.evidenciaCumplimiento}` : cuando}
    </Typography>
  );
}

/** The acuerdos of a mesa; one past its fecha compromiso and not fulfilled shows it in red and in words. */
export function AcuerdosMesa({ mesaId, acuerdos }: { mesaId: string; acuerdos: Acuerdo[] }) {
  const [editando, setEditando] = useState<Acuerdo | 'nuevo' | null>(null);
  const [eliminando, setEliminando] = useState<Acuerdo | null>(null);
  const hoy = fechaIsoLocal(new Date());
  const atrasado = (a: Acuerdo) => a.estatus !== 'cumplido' && a.fechaCompromiso !== null && a.fechaCompromiso < hoy;
  return (
    <Paper sx={{ p: 2 }} component="section" aria-label="Acuerdos">
      <Stack direction="row" sx={{ justifyContent: 'space-between', alignItems: 'center', mb: 1 }}>
        <Typography variant="subtitle1" component="h2" sx={{ fontWeight: 600 }}>
          Acuerdos ({acuerdos.length})
        </Typography>
        <Button startIcon={<AddIcon />} variant="outlined" onClick={() => setEditando('nuevo')}>
          Agregar acuerdo
        </Button>
      </Stack>
      {acuerdos.length === 0 ? (
        <Typography variant="body2" color="text.secondary">
          Sin acuerdos registrados.
        </Typography>
      ) : (
        <Table size="small" aria-label="Acuerdos de la mesa">
          <TableHead>
            <TableRow>
              <TableCell>Acuerdo</TableCell>
              <TableCell>Responsable</TableCell>
              <TableCell>Fecha compromiso</TableCell>
              <TableCell>Estatus</TableCell>
              <TableCell align="right">Acciones</TableCell>
            </TableRow>
          </TableHead>
          <TableBody>
            {acuerdos.map((a) => (
              <TableRow key={a.id}>
                <TableCell>
                  <Box sx={{ whiteSpace: 'pre-wrap' }}>{a.texto}</Box>
                  <Cumplimiento acuerdo={a} />
                </TableCell>
                <TableCell>{a.responsable}</TableCell>
                <TableCell sx={atrasado(a) ? { color: 'error.main', fontWeight: 700 } : undefined}>
                  {formatearFecha(a.fechaCompromiso) || '—'}
                  {atrasado(a) ? ' (vencido)' : ''}
                </TableCell>
                <TableCell>
                  <EtiquetaAcuerdo estatus={a.estatus} />
                </TableCell>
                <TableCell align="right">
                  <Box sx={{ whiteSpace: 'nowrap' }}>
                    <Tooltip title="Actualizar">
                      <IconButton size="small" aria-label={`Actualizar el acuerdo «${a.texto}»`} onClick={() => setEditando(a)}>
                        <EditIcon fontSize="small" />
                      </IconButton>
                    </Tooltip>
                    <IconoConPermiso
                      accion="eliminar-registros"
                      titulo="Eliminar"
                      size="small"
                      color="error"
                      aria-label={`Eliminar el acuerdo «${a.texto}»`}
                      onClick={() => setEliminando(a)}
                    >
                      <DeleteIcon fontSize="small" />
                    </IconoConPermiso>
                  </Box>
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      )}
      {editando && <DialogoAcuerdo mesaId={mesaId} acuerdo={editando === 'nuevo' ? null : editando} onCerrar={() => setEditando(null)} />}
      {eliminando && (
        <DialogoEliminar
          titulo="¿Eliminar el acuerdo?"
          consecuencia={`«${eliminando.texto}» dejará de verse en la mesa. Queda registrado en la bitácora.`}
          textoBoton="Eliminar acuerdo"
          eliminar={(motivo) => eliminarAcuerdo(db, eliminando.id, motivo)}
          onCerrar={() => setEliminando(null)}
          onEliminado={() => setEliminando(null)}
        />
      )}
    </Paper>
  );
}
