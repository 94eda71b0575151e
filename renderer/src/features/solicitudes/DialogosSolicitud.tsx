import { Alert, Button, Dialog, DialogActions, DialogContent, DialogContentText, DialogTitle } from '@mui/material';
import { useForm } from 'react-hook-form';
import { datosPersonaSchema, nombreCompleto, type Persona } from '../../../../shared/schemas/personas';
import { datosEdicionSolicitudSchema, type Solicitud } from '../../../../shared/schemas/solicitudes';
import { db } from '../../db';
import { validar } from '../../db/errores';
import { guardarPersona } from '../../db/repositorios/personas';
import { agregarNota, editarSolicitud, eliminarSolicitud } from '../../db/repositorios/solicitudes';
import { CampoTexto } from './campos';
import { CamposPersona } from './CamposPersona';
import { CamposPeticion, CamposRecepcion } from './CamposSolicitud';
import {
  aDatosPersona,
  aDatosSolicitud,
  erroresDe,
  guardarFormulario,
  personaAValores,
  resolverCon,
  solicitudAValores,
  type ValoresPersona,
  type ValoresSolicitud,
} from './valores';

function Botones({ onCerrar, texto, enviando, color = 'primary' }: { onCerrar: () => void; texto: string; enviando: boolean; color?: 'primary' | 'error' }) {
  return (
    <DialogActions>
      <Button onClick={onCerrar}>Cancelar</Button>
      <Button type="submit" variant="contained" color={color} disabled={enviando}>
        {texto}
      </Button>
    </DialogActions>
  );
}

const resolverEdicion = resolverCon<ValoresSolicitud>((v) => erroresDe(() => validar(datosEdicionSolicitudSchema, aDatosSolicitud(v))));

export function DialogoEditarSolicitud({ solicitud, onCerrar }: { solicitud: Solicitud; onCerrar: () => void }) {
  const form = useForm<ValoresSolicitud>({ defaultValues: solicitudAValores(solicitud), resolver: resolverEdicion });
  const guardar = form.handleSubmit(async (v) => {
    if (await guardarFormulario(form, () => editarSolicitud(db, solicitud.id, aDatosSolicitud(v)))) onCerrar();
  });
  return (
    <Dialog open onClose={onCerrar} maxWidth="md" fullWidth>
      <form onSubmit={guardar} noValidate>
        <DialogTitle>Editar solicitud {solicitud.folio}</DialogTitle>
        <DialogContent dividers>
          <CamposRecepcion control={form.control} />
          <CamposPeticion control={form.control} />
          {form.formState.errors.root && <Alert severity="error">{form.formState.errors.root.message}</Alert>}
        </DialogContent>
        <Botones onCerrar={onCerrar} texto="Guardar cambios" enviando={form.formState.isSubmitting} />
      </form>
    </Dialog>
  );
}

const resolverPersona = resolverCon<{ persona: ValoresPersona }>((v) =>
  Object.fromEntries(
    Object.entries(erroresDe(() => validar(datosPersonaSchema, aDatosPersona(v.persona)))).map(([campo, mensaje]) => [`persona.${campo}`, mensaje]),
  ),
);

/** Correcting a citizen's data (rectification on request); their solicitudes show the corrected name. */
export function DialogoPersona({ persona, onCerrar }: { persona: Persona; onCerrar: () => void }) {
  const form = useForm<{ persona: ValoresPersona }>({ defaultValues: { persona: personaAValores(persona) }, resolver: resolverPersona });
  const guardar = form.handleSubmit(async (v) => {
    if (await guardarFormulario(form, () => guardarPersona(db, persona.id, aDatosPersona(v.persona), 'persona.'))) onCerrar();
  });
  return (
    <Dialog open onClose={onCerrar} maxWidth="md" fullWidth>
      <form onSubmit={guardar} noValidate>
        <DialogTitle>Corregir datos de {nombreCompleto(persona)}</DialogTitle>
        <DialogContent dividers>
          <CamposPersona form={form} autoFocus />
          {form.formState.errors.root && <Alert severity="error">{form.formState.errors.root.message}</Alert>}
        </DialogContent>
        <Botones onCerrar={onCerrar} texto="Guardar datos del ciudadano" enviando={form.formState.isSubmitting} />
      </form>
    </Dialog>
  );
}

export function DialogoNota({ solicitud, onCerrar }: { solicitud: Solicitud; onCerrar: () => void }) {
  const form = useForm<{ nota: string }>({ defaultValues: { nota: '' } });
  const guardar = form.handleSubmit(async (v) => {
    if (await guardarFormulario(form, () => agregarNota(db, solicitud.id, v.nota))) onCerrar();
  });
  return (
    <Dialog open onClose={onCerrar} maxWidth="sm" fullWidth>
      <form onSubmit={guardar} noValidate>
        <DialogTitle>Nota de seguimiento de {solicitud.folio}</DialogTitle>
        <DialogContent dividers>
          <CampoTexto control={form.control} name="nota" label="Nota" required multiline minRows={3} autoFocus />
        </DialogContent>
        <Botones onCerrar={onCerrar} texto="Agregar nota" enviando={form.formState.isSubmitting} />
      </form>
    </Dialog>
  );
}

export function DialogoEliminar({ solicitud, onCerrar, onEliminada }: { solicitud: Solicitud; onCerrar: () => void; onEliminada: () => void }) {
  const form = useForm<{ motivo: string }>({ defaultValues: { motivo: '' } });
  const guardar = form.handleSubmit(async (v) => {
    if (await guardarFormulario(form, () => eliminarSolicitud(db, solicitud.id, v.motivo))) onEliminada();
  });
  return (
    <Dialog open onClose={onCerrar} maxWidth="sm" fullWidth>
      <form onSubmit={guardar} noValidate>
        <DialogTitle>¿Eliminar la solicitud {solicitud.folio}?</DialogTitle>
        <DialogContent dividers>
          <DialogContentText sx={{ mb: 2 }}>
            La solicitud dejará de verse y de contar para el POA. Queda registrada en la bitácora y su folio no se vuelve a usar.
          </DialogContentText>
          <CampoTexto control={form.control} name="motivo" label="Motivo de la eliminación" required autoFocus />
        </DialogContent>
        <Botones onCerrar={onCerrar} texto="Eliminar solicitud" color="error" enviando={form.formState.isSubmitting} />
      </form>
    </Dialog>
  );
}
