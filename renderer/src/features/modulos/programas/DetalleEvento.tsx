import { Alert, Button, CircularProgress, Paper, Typography } from '@mui/material';
import EditIcon from '@mui/icons-material/Edit';
import DeleteIcon from '@mui/icons-material/Delete';
import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { useLocation, useNavigate, useParams } from 'react-router-dom';
import { formatearFecha, formatearFechaHora, formatearNumero } from '../../../../../shared/domain/formato';
import { ETIQUETA_TIPO_EVENTO, type Evento } from '../../../../../shared/schemas/modulos';
import { db } from '../../../db';
import { editarEvento, eliminarEvento, obtenerEvento, type FilaEvento } from '../../../db/repositorios/eventos';
import { useErrores } from '../../../hooks/useErrores';
import { Dato, ListaDatos } from '../comun/Dato';
import { DialogoEliminar } from '../comun/DialogoEliminar';
import { EncabezadoDetalle } from '../comun/EncabezadoDetalle';
import { EtiquetaEvento } from '../comun/Etiquetas';
import { mesYAnio } from '../comun/fechas';
import { NoEncontrado } from '../comun/NoEncontrado';
import { FormularioEvento } from './FormularioEvento';
import { aDatosEvento, eventoAValores } from './valoresEvento';

/** The status steps offered on the detail; other corrections are made by editing. */
const PASOS: Record<Evento['estatus'], { estatus: Evento['estatus']; texto: string }[]> = {
  programado: [
    { estatus: 'realizado', texto: 'Marcar como realizado' },
    { estatus: 'cancelado', texto: 'Cancelar' },
  ],
  cancelado: [{ estatus: 'programado', texto: 'Reprogramar' }],
  realizado: [],
};

/** /programas/:id, the address the cronograma's drill-down opens. */
export function DetalleEvento() {
  const { id = '' } = useParams();
  const evento = useLiveQuery(async () => (await obtenerEvento(db, id)) ?? null, [id]);
  if (evento === undefined) return <CircularProgress aria-label="Cargando" />;
  if (evento === null || evento.eliminado === 1) {
    return <NoEncontrado mensaje={evento ? 'Este registro fue eliminado.' : 'No existe ese registro.'} volverA="/programas" />;
  }
  return <VistaEvento evento={evento} />;
}

function VistaEvento({ evento: e }: { evento: FilaEvento }) {
  const navegar = useNavigate();
  const recienCreado = Boolean((useLocation().state as { recienCreado?: boolean } | null)?.recienCreado);
  const [editando, setEditando] = useState(false);
  const [guardado, setGuardado] = useState(false);
  const [eliminando, setEliminando] = useState(false);
  const { errores, guardar } = useErrores();
  const titulo = `${ETIQUETA_TIPO_EVENTO[e.tipo]}: ${e.nombre}`;
  const programa = e.tipo === 'programa';

  if (editando) {
    return (
      <>
        <EncabezadoDetalle volverA="/programas" volverTexto="Programas" titulo={`Editar: ${titulo}`} nombreAcciones="Acciones del registro" />
        <FormularioEvento
          inicial={eventoAValores(e)}
          editando
          textoGuardar="Guardar cambios"
          guardar={async (datos) => {
            await editarEvento(db, e.id, datos);
            setEditando(false);
            setGuardado(true);
          }}
          onCancelar={() => setEditando(false)}
        />
      </>
    );
  }

  async function pasar(estatus: Evento['estatus']) {
    if (await guardar(() => editarEvento(db, e.id, { ...aDatosEvento(eventoAValores(e)), estatus }))) setGuardado(true);
  }

  return (
    <>
      <EncabezadoDetalle
        volverA="/programas"
        volverTexto="Programas"
        titulo={titulo}
        etiquetas={<EtiquetaEvento estatus={e.estatus} />}
        nombreAcciones="Acciones del registro"
        acciones={
          <>
            {PASOS[e.estatus].map((p) => (
              <Button key={p.estatus} variant={p.estatus === 'cancelado' ? 'outlined' : 'contained'} color={p.estatus === 'cancelado' ? 'error' : 'secondary'} onClick={() => void pasar(p.estatus)}>
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
      {Object.values(errores).map((m) => (
        <Alert key={m} severity="error" sx={{ mb: 2 }}>
          {m}
        </Alert>
      ))}
      {(recienCreado || guardado) && (
        <Alert severity="success" sx={{ mb: 2 }}>
          {guardado ? 'Cambios guardados' : 'Registro guardado'}
          {e.estatus === 'realizado' ? `; cuenta para la meta de ${mesYAnio(e.fecha)}.` : '.'}
        </Alert>
      )}
      <Paper sx={{ p: 2 }} component="section" aria-label="Datos del registro">
        <Typography variant="subtitle1" component="h2" sx={{ fontWeight: 600, mb: 1 }}>
          Datos del registro
        </Typography>
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
            {`${formatearNumero(e.asistentesMujeres + e.asistentesHombres + e.asistentesOtro)}: ${e.asistentesMujeres} mujeres, ${e.asistentesHombres} hombres, ${e.asistentesOtro} otro`}
          </Dato>
          <Dato etiqueta="Beneficiarios" ancho={4}>
            {programa ? formatearNumero(e.beneficiarios) : ''}
          </Dato>
          <Dato etiqueta="Evidencia" ancho={12}>
            {e.evidencia}
          </Dato>
          <Dato etiqueta="Capturado" ancho={6}>
            {`${formatearFechaHora(e.createdAt)} · estación ${e.estacion}`}
          </Dato>
          <Dato etiqueta="Última modificación" ancho={6}>
            {formatearFechaHora(e.updatedAt)}
          </Dato>
        </ListaDatos>
      </Paper>
      {eliminando && (
        <DialogoEliminar
          titulo={`¿Eliminar «${e.nombre}»?`}
          consecuencia="El registro dejará de verse y de contar para el POA. Queda registrado en la bitácora."
          textoBoton="Eliminar registro"
          eliminar={(motivo) => eliminarEvento(db, e.id, motivo)}
          onCerrar={() => setEliminando(false)}
          onEliminado={() => navegar('/programas')}
        />
      )}
    </>
  );
}
