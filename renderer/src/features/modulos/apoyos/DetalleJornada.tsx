import { Alert, Button, CircularProgress, Paper, Typography } from '@mui/material';
import EditIcon from '@mui/icons-material/Edit';
import DeleteIcon from '@mui/icons-material/Delete';
import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { useLocation, useNavigate, useParams } from 'react-router-dom';
import { formatearFecha, formatearFechaHora, formatearNumero } from '../../../../../shared/domain/formato';
import type { Jornada } from '../../../../../shared/schemas/modulos';
import { db } from '../../../db';
import { editarJornada, eliminarJornada, obtenerJornada } from '../../../db/repositorios/jornadas';
import { useErrores } from '../../../hooks/useErrores';
import { Dato, ListaDatos } from '../comun/Dato';
import { DialogoEliminar } from '../comun/DialogoEliminar';
import { EncabezadoDetalle } from '../comun/EncabezadoDetalle';
import { EtiquetaJornada } from '../comun/Etiquetas';
import { mesYAnio } from '../comun/fechas';
import { NoEncontrado } from '../comun/NoEncontrado';
import { FormularioJornada } from './FormularioJornada';
import { aDatosJornada, jornadaAValores } from './valoresJornada';

/** /apoyos/jornadas/:id, the address the cronograma's drill-down opens. */
export function DetalleJornada() {
  const { id = '' } = useParams();
  const jornada = useLiveQuery(async () => (await obtenerJornada(db, id)) ?? null, [id]);
  if (jornada === undefined) return <CircularProgress aria-label="Cargando" />;
  if (jornada === null || jornada.eliminado === 1) {
    return <NoEncontrado mensaje={jornada ? 'Esta jornada fue eliminada.' : 'No existe esa jornada.'} volverA="/apoyos/jornadas" />;
  }
  return <VistaJornada jornada={jornada} />;
}

function VistaJornada({ jornada: j }: { jornada: Jornada }) {
  const navegar = useNavigate();
  const recienCreado = Boolean((useLocation().state as { recienCreado?: boolean } | null)?.recienCreado);
  const [editando, setEditando] = useState(false);
  const [guardado, setGuardado] = useState(false);
  const [eliminando, setEliminando] = useState(false);
  const { errores, guardar } = useErrores();
  const total = j.atendidasMujeres + j.atendidasHombres + j.atendidasOtro;

  if (editando) {
    return (
      <>
        <EncabezadoDetalle volverA="/apoyos/jornadas" volverTexto="Jornadas" titulo={`Editar: ${j.nombre}`} nombreAcciones="Acciones de la jornada" />
        <FormularioJornada
          inicial={jornadaAValores(j)}
          editando
          textoGuardar="Guardar cambios"
          guardar={async (datos) => {
            await editarJornada(db, j.id, datos);
            setEditando(false);
            setGuardado(true);
          }}
          onCancelar={() => setEditando(false)}
        />
      </>
    );
  }

  async function marcar(realizada: boolean) {
    if (await guardar(() => editarJornada(db, j.id, { ...aDatosJornada(jornadaAValores(j)), realizada }))) setGuardado(true);
  }

  return (
    <>
      <EncabezadoDetalle
        volverA="/apoyos/jornadas"
        volverTexto="Jornadas"
        titulo={j.nombre}
        etiquetas={<EtiquetaJornada realizada={j.realizada} />}
        nombreAcciones="Acciones de la jornada"
        acciones={
          <>
            <Button variant="contained" color="secondary" onClick={() => void marcar(!j.realizada)}>
              {j.realizada ? 'Marcar como no realizada' : 'Marcar como realizada'}
            </Button>
            <Button startIcon={<EditIcon />} onClick={() => setEditando(true)} autoFocus={recienCreado}>
              Editar
            </Button>
            <Button color="error" startIcon={<DeleteIcon />} onClick={() => setEliminando(true)}>
              Eliminar
            </Button>
          </>
        }
      />
      {Object.values(errores).map((m) => (
        <Alert key={m} severity="error" sx={{ mb: 2 }}>
          {m}
        </Alert>
      ))}
      {(recienCreado || guardado) && (
        <Alert severity="success" sx={{ mb: 2 }}>
          {guardado ? 'Cambios guardados' : 'Jornada registrada'}
          {j.realizada ? `; cuenta para la meta de ${mesYAnio(j.fecha)}.` : '. Cuando se realice, márquela como realizada para que cuente.'}
        </Alert>
      )}
      <Paper sx={{ p: 2 }} component="section" aria-label="Datos de la jornada">
        <Typography variant="subtitle1" component="h2" sx={{ fontWeight: 600, mb: 1 }}>
          Datos de la jornada
        </Typography>
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
            {`${formatearNumero(total)}: ${j.atendidasMujeres} mujeres, ${j.atendidasHombres} hombres, ${j.atendidasOtro} otro`}
          </Dato>
          <Dato etiqueta="Capturada" ancho={6}>
            {`${formatearFechaHora(j.createdAt)} · estación ${j.estacion}`}
          </Dato>
          <Dato etiqueta="Última modificación" ancho={6}>
            {formatearFechaHora(j.updatedAt)}
          </Dato>
        </ListaDatos>
      </Paper>
      {eliminando && (
        <DialogoEliminar
          titulo={`¿Eliminar la jornada «${j.nombre}»?`}
          consecuencia="La jornada dejará de verse y de contar para el POA. Queda registrada en la bitácora."
          textoBoton="Eliminar jornada"
          eliminar={(motivo) => eliminarJornada(db, j.id, motivo)}
          onCerrar={() => setEliminando(false)}
          onEliminado={() => navegar('/apoyos/jornadas')}
        />
      )}
    </>
  );
}
