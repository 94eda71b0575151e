import { Alert, Button, CircularProgress, Paper, Stack, Typography } from '@mui/material';
import EditIcon from '@mui/icons-material/Edit';
import DeleteIcon from '@mui/icons-material/Delete';
import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { useLocation, useNavigate, useParams } from 'react-router-dom';
import { formatearFecha, formatearFechaHora } from '../../../../../shared/domain/formato';
import type { Mesa } from '../../../../../shared/schemas/modulos';
import { db } from '../../../db';
import { editarMesa, eliminarMesa, obtenerDetalleMesa, type DetalleMesa as Detalle } from '../../../db/repositorios/vinculacion';
import { useErrores } from '../../../hooks/useErrores';
import { Dato, ListaDatos } from '../comun/Dato';
import { DialogoEliminar } from '../comun/DialogoEliminar';
import { EncabezadoDetalle } from '../comun/EncabezadoDetalle';
import { EtiquetaMesa } from '../comun/Etiquetas';
import { mesYAnio } from '../comun/fechas';
import { NoEncontrado } from '../comun/NoEncontrado';
import { AcuerdosMesa } from './AcuerdosMesa';
import { FormularioMesa } from './FormularioMesa';
import { aDatosMesa, mesaAValores } from './valoresVinculacion';

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
  const { id = '' } = useParams();
  const detalle = useLiveQuery(async () => (await obtenerDetalleMesa(db, id)) ?? null, [id]);
  if (detalle === undefined) return <CircularProgress aria-label="Cargando" />;
  if (detalle === null || detalle.mesa.eliminado === 1) {
    return <NoEncontrado mensaje={detalle ? 'Esta mesa fue eliminada.' : 'No existe esa mesa.'} volverA="/vinculacion/mesas" />;
  }
  return <VistaMesa detalle={detalle} />;
}

function VistaMesa({ detalle: { mesa: m, acuerdos } }: { detalle: Detalle }) {
  const navegar = useNavigate();
  const recienCreado = Boolean((useLocation().state as { recienCreado?: boolean } | null)?.recienCreado);
  const [editando, setEditando] = useState(false);
  const [guardado, setGuardado] = useState(false);
  const [eliminando, setEliminando] = useState(false);
  const { errores, guardar } = useErrores();

  if (editando) {
    return (
      <>
        <EncabezadoDetalle volverA="/vinculacion/mesas" volverTexto="Mesas" titulo={`Editar: ${m.tema}`} nombreAcciones="Acciones de la mesa" />
        <FormularioMesa
          inicial={mesaAValores(m)}
          editando
          textoGuardar="Guardar cambios"
          guardar={async (datos) => {
            await editarMesa(db, m.id, datos);
            setEditando(false);
            setGuardado(true);
          }}
          onCancelar={() => setEditando(false)}
        />
      </>
    );
  }

  async function pasar(estatus: Mesa['estatus']) {
    if (await guardar(() => editarMesa(db, m.id, { ...aDatosMesa(mesaAValores(m)), estatus }))) setGuardado(true);
  }

  return (
    <>
      <EncabezadoDetalle
        volverA="/vinculacion/mesas"
        volverTexto="Mesas"
        titulo={`Mesa: ${m.tema}`}
        etiquetas={<EtiquetaMesa estatus={m.estatus} />}
        nombreAcciones="Acciones de la mesa"
        acciones={
          <>
            {PASOS[m.estatus].map((p) => (
              <Button key={p.estatus} variant={p.estatus === 'cancelada' ? 'outlined' : 'contained'} color={p.estatus === 'cancelada' ? 'error' : 'secondary'} onClick={() => void pasar(p.estatus)}>
                {p.texto}
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
      {Object.values(errores).map((t) => (
        <Alert key={t} severity="error" sx={{ mb: 2 }}>
          {t}
        </Alert>
      ))}
      {(recienCreado || guardado) && (
        <Alert severity="success" sx={{ mb: 2 }}>
          {guardado ? 'Cambios guardados' : 'Mesa registrada'}
          {m.estatus === 'asistida' ? `; cuenta para la meta de ${mesYAnio(m.fecha)}.` : '.'}
        </Alert>
      )}
      <Stack spacing={2}>
        <Paper sx={{ p: 2 }} component="section" aria-label="Datos de la mesa">
          <Typography variant="subtitle1" component="h2" sx={{ fontWeight: 600, mb: 1 }}>
            Datos de la mesa
          </Typography>
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
            <Dato etiqueta="Capturada" ancho={6}>
              {`${formatearFechaHora(m.createdAt)} · estación ${m.estacion}`}
            </Dato>
            <Dato etiqueta="Última modificación" ancho={6}>
              {formatearFechaHora(m.updatedAt)}
            </Dato>
          </ListaDatos>
        </Paper>
        <AcuerdosMesa mesaId={m.id} acuerdos={acuerdos} />
      </Stack>
      {eliminando && (
        <DialogoEliminar
          titulo={`¿Eliminar la mesa «${m.tema}»?`}
          consecuencia={`La mesa${acuerdos.length ? ` y sus ${acuerdos.length} acuerdo(s)` : ''} dejarán de verse y de contar para el POA. Queda registrado en la bitácora.`}
          textoBoton="Eliminar mesa"
          eliminar={(motivo) => eliminarMesa(db, m.id, motivo)}
          onCerrar={() => setEliminando(false)}
          onEliminado={() => navegar('/vinculacion/mesas')}
        />
      )}
    </>
  );
}
