import { useForm } from 'react-hook-form';
import { nombreCompleto, type Persona } from '../../../../shared/schemas/personas';
import { datosEdicionSolicitudSchema, type Solicitud } from '../../../../shared/schemas/solicitudes';
import { db } from '../../db';
import { validar } from '../../db/errores';
import { guardarPersona } from '../../db/repositorios/personas';
import { agregarNota, editarSolicitud } from '../../db/repositorios/solicitudes';
import { DialogoFormulario } from '../modulos/comun/DialogoFormulario';
import { CampoTexto } from './campos';
import { CamposPersona } from './CamposPersona';
import { CamposPeticion, CamposRecepcion } from './CamposSolicitud';
import {
  aDatosPersona,
  aDatosSolicitud,
  erroresDe,
  erroresPersona,
  guardarFormulario,
  personaAValores,
  resolverCon,
  solicitudAValores,
  type ValoresPersona,
  type ValoresSolicitud,
} from './valores';

const resolverEdicion = resolverCon<ValoresSolicitud>((v) => erroresDe(() => validar(datosEdicionSolicitudSchema, aDatosSolicitud(v))));

export function DialogoEditarSolicitud({ solicitud, onCerrar }: { solicitud: Solicitud; onCerrar: () => void }) {
  const form = useForm<ValoresSolicitud>({ defaultValues: solicitudAValores(solicitud), resolver: resolverEdicion });
  const guardar = form.handleSubmit(async (v) => {
    if (await guardarFormulario(form, () => editarSolicitud(db, solicitud.id, aDatosSolicitud(v)))) onCerrar();
  });
  return (
    <DialogoFormulario
      titulo={`Editar solicitud ${solicitud.folio}`}
      ancho="md"
      onCerrar={onCerrar}
      onSubmit={guardar}
      estado={form.formState}
      textoBoton="Guardar cambios"
    >
      <CamposRecepcion control={form.control} />
      <CamposPeticion control={form.control} />
    </DialogoFormulario>
  );
}

const resolverPersona = resolverCon<{ persona: ValoresPersona }>((v) => erroresPersona(v.persona));

/** Correcting a citizen's data (rectification on request); their solicitudes show the corrected name. */
export function DialogoPersona({ persona, onCerrar }: { persona: Persona; onCerrar: () => void }) {
  const form = useForm<{ persona: ValoresPersona }>({ defaultValues: { persona: personaAValores(persona) }, resolver: resolverPersona });
  const guardar = form.handleSubmit(async (v) => {
    if (await guardarFormulario(form, () => guardarPersona(db, persona.id, aDatosPersona(v.persona), 'persona.'))) onCerrar();
  });
  return (
    <DialogoFormulario
      titulo={`Corregir datos de ${nombreCompleto(persona)}`}
      ancho="md"
      onCerrar={onCerrar}
      onSubmit={guardar}
      estado={form.formState}
      textoBoton="Guardar datos del ciudadano"
    >
      <CamposPersona form={form} autoFocus />
    </DialogoFormulario>
  );
}

export function DialogoNota({ solicitud, onCerrar }: { solicitud: Solicitud; onCerrar: () => void }) {
  const form = useForm<{ nota: string }>({ defaultValues: { nota: '' } });
  const guardar = form.handleSubmit(async (v) => {
    if (await guardarFormulario(form, () => agregarNota(db, solicitud.id, v.nota))) onCerrar();
  });
  return (
    <DialogoFormulario
      titulo={`Nota de seguimiento de ${solicitud.folio}`}
      onCerrar={onCerrar}
      onSubmit={guardar}
      estado={form.formState}
      textoBoton="Agregar nota"
    >
      <CampoTexto control={form.control} name="nota" label="Nota" required multiline minRows={3} autoFocus />
    </DialogoFormulario>
  );
}
