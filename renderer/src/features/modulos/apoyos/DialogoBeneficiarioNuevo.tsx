import { Box, Typography } from '@mui/material';
import { useForm, useWatch } from 'react-hook-form';
import { curpDeConsulta } from '../../../../../shared/domain/personas';
import type { Persona } from '../../../../../shared/schemas/personas';
import { db } from '../../../db';
import { registrarBeneficiario } from '../../../db/repositorios/apoyos';
import { useConfiguracion } from '../../../hooks/usePoa';
import { AvisoDuplicados } from '../../solicitudes/AvisoDuplicados';
import { CampoCasilla } from '../../solicitudes/campos';
import { CamposPersona } from '../../solicitudes/CamposPersona';
import { aDatosPersona, erroresPersona, guardarFormulario, PERSONA_VACIA, resolverCon, type ValoresPersona } from '../../solicitudes/valores';
import { DialogoFormulario } from '../comun/DialogoFormulario';

interface Valores {
  persona: ValoresPersona;
  consentimientoPrivacidad: boolean;
}

const resolver = resolverCon<Valores>((v) => ({
  ...erroresPersona(v.persona),
  ...(v.consentimientoPrivacidad ? {} : { consentimientoPrivacidad: 'El beneficiario debe aceptar el aviso de privacidad' }),
}));

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
  const curp = curpDeConsulta(consulta) ? consulta.trim().toUpperCase() : '';
  const form = useForm<Valores>({ defaultValues: { persona: { ...PERSONA_VACIA, curp }, consentimientoPrivacidad: false }, resolver });
  const persona = useWatch({ control: form.control, name: 'persona' });
  const enviar = form.handleSubmit(async (v) => {
    let nueva: Persona | null = null;
    const ok = await guardarFormulario(form, async () => {
      nueva = await registrarBeneficiario(db, aDatosPersona(v.persona), v.consentimientoPrivacidad);
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
