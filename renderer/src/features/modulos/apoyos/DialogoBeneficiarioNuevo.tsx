import { Alert, Box, Button, Checkbox, Dialog, DialogActions, DialogContent, DialogTitle, FormControlLabel, FormHelperText, Typography } from '@mui/material';
import { Controller, useForm, useWatch } from 'react-hook-form';
import { curpDeConsulta } from '../../../../../shared/domain/personas';
import { datosPersonaSchema, type Persona } from '../../../../../shared/schemas/personas';
import { db } from '../../../db';
import { registrarBeneficiario } from '../../../db/repositorios/apoyos';
import { useConfiguracion } from '../../../hooks/usePoa';
import { AvisoDuplicados } from '../../solicitudes/AvisoDuplicados';
import { CamposPersona } from '../../solicitudes/CamposPersona';
import { aDatosPersona, erroresDe, guardarFormulario, PERSONA_VACIA, resolverCon, type ValoresPersona } from '../../solicitudes/valores';
import { validar } from '../../../db/errores';

interface Valores {
  persona: ValoresPersona;
  consentimientoPrivacidad: boolean;
}

const resolver = resolverCon<Valores>((v) => ({
  ...Object.fromEntries(Object.entries(erroresDe(() => validar(datosPersonaSchema, aDatosPersona(v.persona)))).map(([k, m]) => [`persona.${k}`, m])),
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
    <Dialog open onClose={onCerrar} maxWidth="md" fullWidth aria-labelledby="titulo-beneficiario-nuevo">
      <form noValidate aria-label="Registro de beneficiario" onSubmit={enviar}>
        <DialogTitle id="titulo-beneficiario-nuevo">Registrar beneficiario nuevo</DialogTitle>
        <DialogContent dividers>
          <CamposPersona form={form} autoFocus />
          <AvisoDuplicados persona={persona} onElegir={onElegida} />
          <Box sx={{ mt: 1.5 }}>
            <Typography variant="subtitle2" component="h3">
              Aviso de privacidad
            </Typography>
            <Typography variant="body2" sx={{ bgcolor: 'grey.50', border: 1, borderColor: 'divider', borderRadius: 1, p: 1.5, my: 1 }}>
              {configuracion?.avisoPrivacidad}
            </Typography>
            <Controller
              control={form.control}
              name="consentimientoPrivacidad"
              render={({ field, fieldState }) => (
                <>
                  <FormControlLabel
                    required
                    control={<Checkbox checked={field.value} onChange={(e) => field.onChange(e.target.checked)} slotProps={{ input: { ref: field.ref } }} />}
                    label="Se informó el aviso de privacidad al beneficiario y acepta el tratamiento de sus datos"
                  />
                  <FormHelperText error={Boolean(fieldState.error)} sx={{ mt: 0 }}>
                    {fieldState.error?.message ?? ' '}
                  </FormHelperText>
                </>
              )}
            />
          </Box>
          {form.formState.errors.root && <Alert severity="error">{form.formState.errors.root.message}</Alert>}
        </DialogContent>
        <DialogActions>
          <Button onClick={onCerrar}>Cancelar</Button>
          <Button type="submit" variant="contained" disabled={form.formState.isSubmitting}>
            Registrar beneficiario
          </Button>
        </DialogActions>
      </form>
    </Dialog>
  );
}
