import { Alert, Button, CircularProgress, Paper, Typography } from '@mui/material';
import EditIcon from '@mui/icons-material/Edit';
import DeleteIcon from '@mui/icons-material/Delete';
import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { useLocation, useNavigate, useParams } from 'react-router-dom';
import { estadoVigencia, textoDiasVigencia } from '../../../../../shared/domain/convenios';
import { fechaIsoLocal, formatearFecha, formatearFechaHora } from '../../../../../shared/domain/formato';
import { ETIQUETA_SECTOR_CONVENIO, ETIQUETA_TIPO_CONVENIO, type Convenio } from '../../../../../shared/schemas/modulos';
import { db } from '../../../db';
import { editarConvenio, eliminarConvenio, obtenerConvenio } from '../../../db/repositorios/vinculacion';
import { Dato, ListaDatos } from '../comun/Dato';
import { DialogoEliminar } from '../comun/DialogoEliminar';
import { EncabezadoDetalle } from '../comun/EncabezadoDetalle';
import { EstatusConvenio } from '../comun/Etiquetas';
import { mesYAnio } from '../comun/fechas';
import { NoEncontrado } from '../comun/NoEncontrado';
import { FormularioConvenio } from './FormularioConvenio';
import { convenioAValores } from './valoresVinculacion';

/** /vinculacion/convenios/:id, the address the cronograma's drill-down opens. */
export function DetalleConvenio() {
  const { id = '' } = useParams();
  const convenio = useLiveQuery(async () => (await obtenerConvenio(db, id)) ?? null, [id]);
  if (convenio === undefined) return <CircularProgress aria-label="Cargando" />;
  if (convenio === null || convenio.eliminado === 1) {
    return <NoEncontrado mensaje={convenio ? 'Este convenio fue eliminado.' : 'No existe ese convenio.'} volverA="/vinculacion/convenios" />;
  }
  return <VistaConvenio convenio={convenio} />;
}

function VistaConvenio({ convenio: c }: { convenio: Convenio }) {
  const navegar = useNavigate();
  const recienCreado = Boolean((useLocation().state as { recienCreado?: boolean } | null)?.recienCreado);
  const [editando, setEditando] = useState(false);
  const [guardado, setGuardado] = useState(false);
  const [eliminando, setEliminando] = useState(false);
  const vigencia = estadoVigencia(c, fechaIsoLocal(new Date()));
  const cuenta = c.fechaFirma && c.estatus !== 'en-tramite' && c.estatus !== 'cancelado';

  if (editando) {
    return (
      <>
        <EncabezadoDetalle volverA="/vinculacion/convenios" volverTexto="Convenios" titulo={`Editar: convenio ${c.numero}`} nombreAcciones="Acciones del convenio" />
        <FormularioConvenio
          inicial={convenioAValores(c)}
          editando
          textoGuardar="Guardar cambios"
          guardar={async (datos) => {
            await editarConvenio(db, c.id, datos);
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
        volverA="/vinculacion/convenios"
        volverTexto="Convenios"
        titulo={`Convenio ${c.numero}`}
        etiquetas={<EstatusConvenio estatus={c.estatus} alerta={vigencia.alerta} dias={vigencia.dias} />}
        nombreAcciones="Acciones del convenio"
        acciones={
          <>
            <Button startIcon={<EditIcon />} onClick={() => setEditando(true)} autoFocus={recienCreado}>
              Editar
            </Button>
            <Button color="error" startIcon={<DeleteIcon />} onClick={() => setEliminando(true)}>
              Eliminar
            </Button>
          </>
        }
      />
      {(recienCreado || guardado) && (
        <Alert severity="success" sx={{ mb: 2 }}>
          {guardado ? 'Cambios guardados' : 'Convenio registrado'}
          {cuenta && c.fechaFirma ? `; cuenta para la meta de ${mesYAnio(c.fechaFirma)}.` : '.'}
        </Alert>
      )}
      {vigencia.alerta && vigencia.dias !== null && (
        <Alert severity={vigencia.alerta === 'vencido' ? 'error' : 'warning'} sx={{ mb: 2 }}>
          {textoDiasVigencia(vigencia.dias)} ({formatearFecha(c.vigenciaFin)}).{' '}
          {vigencia.alerta === 'vencido' ? 'Renuévelo o márquelo como vencido.' : 'Prevea su renovación.'}
        </Alert>
      )}
      <Paper sx={{ p: 2 }} component="section" aria-label="Datos del convenio">
        <Typography variant="subtitle1" component="h2" sx={{ fontWeight: 600, mb: 1 }}>
          Datos del convenio
        </Typography>
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
          <Dato etiqueta="Capturado" ancho={6}>
            {`${formatearFechaHora(c.createdAt)} · estación ${c.estacion}`}
          </Dato>
          <Dato etiqueta="Última modificación" ancho={6}>
            {formatearFechaHora(c.updatedAt)}
          </Dato>
        </ListaDatos>
      </Paper>
      {eliminando && (
        <DialogoEliminar
          titulo={`¿Eliminar el convenio ${c.numero}?`}
          consecuencia="El convenio dejará de verse y de contar para el POA. Queda registrado en la bitácora."
          textoBoton="Eliminar convenio"
          eliminar={(motivo) => eliminarConvenio(db, c.id, motivo)}
          onCerrar={() => setEliminando(false)}
          onEliminado={() => navegar('/vinculacion/convenios')}
        />
      )}
    </>
  );
}
