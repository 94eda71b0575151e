import { Box, Typography } from '@mui/material';
import { zodResolver } from '@hookform/resolvers/zod';
import { useForm, useWatch } from 'react-hook-form';
import { z } from 'zod';
import type { Persona } from '../../../../../shared/schemas/personas';
import { CampoCasilla } from '../../../componentes/formulario/campos';
import { DialogoFormulario } from '../../../componentes/formulario/DialogoFormulario';
import { guardarFormulario } from '../../../componentes/formulario/validacion';
import { AvisoDuplicados } from '../../../componentes/personas/AvisoDuplicados';
import { CamposPersona } from '../../../componentes/personas/CamposPersona';
import { personaDeConsulta, personaFormularioSchema } from '../../../componentes/personas/valores';
import { db } from '../../../db';
import { registrarBeneficiario } from '../../../db/repositorios/apoyos';
import { useConfiguracion } from '../../../hooks/usePoa';

/** The citizen's data as the persona's schema parses them, and the aviso de privacidad accepted. */
const beneficiarioSchema = z.object({
  persona: personaFormularioSchema,
  consentimientoPrivacidad: z.boolean().refine(Boolean, 'El beneficiario debe aceptar el aviso de privacidad'),
});

/**
 * Registers a beneficiary who is not in the register yet (met at a jornada, sent by another office): the same
 * citizen fields as the front desk, the warning when someone alike already exists, and the aviso de privacidad.
 */
export function DialogoBeneficiarioNuevo({
  consulta,
  onCerrar,
  onElegida,
}: {
  consulta: string;
  onCerrar: () => void;
  onElegida: (persona: Persona) => void;
}) {
  const configuracion = useConfiguracion();
  const form = useForm({
    defaultValues: { persona: personaDeConsulta(consulta), consentimientoPrivacidad: false },
    resolver: zodResolver(beneficiarioSchema),
  });
  const persona = useWatch({ control: form.control, name: 'persona' });
  const enviar = form.handleSubmit(async (v) => {
    let nueva: Persona | null = null;
    const ok = await guardarFormulario(form, async () => {
      nueva = await registrarBeneficiario(db, v.persona, v.consentimientoPrivacidad);
    });
    if (ok && nueva) onElegida(nueva);
  });
  return (
    <DialogoFormulario
      titulo="Registrar beneficiario nuevo"
      ancho="md"
      idTitulo="titulo-beneficiario-nuevo"
      etiqueta="Registro de beneficiario"
      onCerrar={onCerrar}
      onSubmit={enviar}
      estado={form.formState}
      textoBoton="Registrar beneficiario"
    >
      <CamposPersona form={form} autoFocus />
      <AvisoDuplicados persona={persona} onElegir={onElegida} />
      <Box sx={{ mt: 1.5 }}>
        <Typography variant="subtitle2" component="h3">
          Aviso de privacidad
        </Typography>
        <Typography variant="body2" sx={{ bgcolor: 'grey.50', border: 1, borderColor: 'divider', borderRadius: 1, p: 1.5, my: 1 }}>
          {configuracion?.avisoPrivacidad}
        </Typography>
        <CampoCasilla control={form.control} name="consentimientoPrivacidad" label="Se informó el aviso de privacidad al beneficiario y acepta el tratamiento de sus datos" />
      </Box>
    </DialogoFormulario>
  );
}
