import { zodResolver } from '@hookform/resolvers/zod';
import { useForm } from 'react-hook-form';
import { z } from 'zod';
import { nombreCompleto, type Persona } from '../../../../shared/schemas/personas';
import { datosEdicionSolicitudSchema, type Solicitud } from '../../../../shared/schemas/solicitudes';
import { db } from '../../db';
import { guardarPersona } from '../../db/repositorios/personas';
import { agregarNota, editarSolicitud } from '../../db/repositorios/solicitudes';
import { DialogoFormulario } from '../../componentes/formulario/DialogoFormulario';
import { CampoTexto } from '../../componentes/formulario/campos';
import { guardarFormulario } from '../../componentes/formulario/validacion';
import { CamposPersona } from '../../componentes/personas/CamposPersona';
import { personaFormularioSchema } from '../../componentes/personas/valores';
import { CamposPeticion, CamposRecepcion } from './CamposSolicitud';

export function DialogoEditarSolicitud({ solicitud, onCerrar }: { solicitud: Solicitud; onCerrar: () => void }) {
  const form = useForm({ defaultValues: solicitud, resolver: zodResolver(datosEdicionSolicitudSchema) });
  const guardar = form.handleSubmit(async (v) => {
    if (await guardarFormulario(form, () => editarSolicitud(db, solicitud.id, v))) onCerrar();
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

const personaSchema = z.object({ persona: personaFormularioSchema });

/** Correcting a citizen's data (rectification on request); their solicitudes show the corrected name. */
export function DialogoPersona({ persona, onCerrar }: { persona: Persona; onCerrar: () => void }) {
  const form = useForm({ defaultValues: { persona }, resolver: zodResolver(personaSchema) });
  const guardar = form.handleSubmit(async (v) => {
    if (await guardarFormulario(form, () => guardarPersona(db, persona.id, v.persona, 'persona.'))) onCerrar();
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
