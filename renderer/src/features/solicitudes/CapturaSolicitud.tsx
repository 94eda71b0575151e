import { Box, Button, CircularProgress, Stack, Typography } from '@mui/material';
import { useEffect, useMemo, useState } from 'react';
import { useForm, useWatch, type FieldErrors } from 'react-hook-form';
import { useLocation, useNavigate } from 'react-router-dom';
import { sumarDias } from '../../../../shared/domain/formato';
import type { Persona } from '../../../../shared/schemas/personas';
import type { Configuracion } from '../../../../shared/schemas/sistema';
import { EncabezadoPagina } from '../../componentes/Encabezado';
import { CampoCasilla } from '../../componentes/formulario/campos';
import { FormularioRegistro } from '../../componentes/formulario/FormularioRegistro';
import { Seccion } from '../../componentes/formulario/Seccion';
import { camposConError, enfocarPrimerError, erroresDe, guardarFormulario, irACampo, resolverCon } from '../../componentes/formulario/validacion';
import { useSalidaProtegida } from '../../componentes/formulario/SalidaProtegida';
import { pedirSalida, quitarRegreso } from '../../hooks/salidaProtegida';
import { AvisoDuplicados } from '../../componentes/personas/AvisoDuplicados';
import { CamposPersonaComplementarios, CamposPersonaPrincipales } from '../../componentes/personas/CamposPersona';
import { CampoPersona } from '../../componentes/personas/SelectorPersona';
import { PersonaElegida } from '../../componentes/personas/TarjetaPersona';
import { PERSONA_VACIA, personaDeConsulta, primerCampoPendiente } from '../../componentes/personas/valores';
import { db } from '../../db';
import { crearSolicitud, validarCapturaSolicitud } from '../../db/repositorios/solicitudes';
import { useConfiguracion } from '../../hooks/usePoa';
import { useSesion } from '../../hooks/useSesion';
import { CamposPeticion, CamposRecepcion } from './CamposSolicitud';
import { DialogoAvisoPrivacidad } from './DialogoAvisoPrivacidad';
import { capturaInicial, type ValoresCaptura } from './valores';

export function CapturaSolicitud() {
  const configuracion = useConfiguracion();
  // Each opening of the capture (F2, «Capturar otra») is a fresh form, also when one was open.
  const { key } = useLocation();
  if (!configuracion) return <CircularProgress aria-label="Cargando" />;
  return <FormularioCaptura key={key} configuracion={configuracion} />;
}

/** The citizen typed in the form when it is a new one; null when one already registered was chosen. */
const personaNuevaDe = (v: ValoresCaptura) => (v.personaNueva ? v.persona : null);

const validarFormulario = (v: ValoresCaptura) => erroresDe(() => validarCapturaSolicitud(v, personaNuevaDe(v)));

/** How the summary of a failed save names the fields this form labels its own way. */
const ETIQUETAS_CAPTURA: Readonly<Record<string, string>> = {
  personaId: 'Ciudadano',
  tipoApoyoId: 'Tipo de apoyo solicitado',
  descripcion: 'Descripción de la solicitud',
  dependenciaId: 'Dependencia a la que se canaliza',
  responsable: 'Responsable del seguimiento',
  consentimientoPrivacidad: 'Aviso de privacidad',
};

/**
 * The front desk's capture: keyboard only (the citizen search has the focus, Tab goes on, Enter saves), every
 * field checked as it is left, and the citizen found or registered in the same form. The boxes follow the order the
 * window asks in: the citizen's name, CURP, sexo, teléfono and colonia, the aviso de privacidad, then the tipo and the
 * description (where Enter saves), then what has a default or can wait. Saving without the consent asks for it.
 */
function FormularioCaptura({ configuracion }: { configuracion: Configuracion }) {
  const navegar = useNavigate();
  const responsable = useSesion()?.nombre ?? '';
  const iniciales = useMemo(() => capturaInicial(configuracion, responsable, new Date()), [configuracion, responsable]);
  const form = useForm<ValoresCaptura>({
    defaultValues: iniciales,
    resolver: resolverCon(validarFormulario),
    mode: 'onTouched',
    reValidateMode: 'onChange',
    shouldFocusError: false,
  });
  const { control, setValue, handleSubmit, setFocus, formState } = form;
  const [persona, setPersona] = useState<Persona | null>(null);
  // The aviso is read from its button ('leer') or asked when saving without the consent ('guardar').
  const [aviso, setAviso] = useState<'leer' | 'guardar' | null>(null);
  const personaNueva = useWatch({ control, name: 'personaNueva' });
  const valoresPersona = useWatch({ control, name: 'persona' });
  const fechaRecepcion = useWatch({ control, name: 'fechaRecepcion' });
  const compromisoEscrito = Boolean(formState.dirtyFields.fechaCompromiso);
  const salida = useSalidaProtegida(formState.isDirty || persona !== null || personaNueva, 'La solicitud');

  // The due date counts from the day the request was received, also when the clerk enters an earlier or later
  // reception; once the clerk sets the due date by hand it stays as typed.
  useEffect(() => {
    if (compromisoEscrito || !/^\d{4}-\d{2}-\d{2}/.test(fechaRecepcion)) return;
    setValue('fechaCompromiso', sumarDias(fechaRecepcion.slice(0, 10), configuracion.diasCompromiso));
  }, [setValue, compromisoEscrito, fechaRecepcion, configuracion.diasCompromiso]);

  function elegir(p: Persona) {
    setPersona(p);
    setValue('personaId', p.id, { shouldValidate: formState.isSubmitted });
    setValue('personaNueva', false);
    setValue('persona', PERSONA_VACIA);
    setTimeout(() => setFocus('tipoApoyoId'), 0);
  }

  function registrarNueva(consulta: string) {
    setPersona(null);
    setValue('personaId', '');
    setValue('personaNueva', true);
    const nueva = personaDeConsulta(consulta);
    setValue('persona', nueva);
    setTimeout(() => setFocus(`persona.${primerCampoPendiente(nueva)}`), 0);
  }

  function cambiarPersona() {
    setPersona(null);
    setValue('personaId', '');
    setValue('personaNueva', false);
    setValue('persona', PERSONA_VACIA);
    setTimeout(() => setFocus('personaId'), 0);
  }

  async function guardar(v: ValoresCaptura) {
    let id = '';
    const ok = await guardarFormulario(form, async () => {
      id = (await crearSolicitud(db, v, personaNuevaDe(v))).id;
    });
    if (ok) quitarRegreso(() => navegar(`/atencion/${id}`, { state: { recienCreada: true } }));
  }

  /** Only the consent missing: it is asked now, and accepting saves. Anything else: the first field to fix in view. */
  function alFallar(errores: FieldErrors<ValoresCaptura>) {
    const campos = camposConError(errores);
    if (campos.length === 1 && campos[0] === 'consentimientoPrivacidad') {
      form.clearErrors('consentimientoPrivacidad');
      setAviso('guardar');
      return;
    }
    enfocarPrimerError(form, campos);
  }

  const enviar = handleSubmit(guardar, alFallar);

  return (
    <>
      <EncabezadoPagina titulo="Nueva solicitud" subtitulo="Atención Ciudadana · el folio se asigna al guardar" />
      <FormularioRegistro
        etiqueta="Captura de solicitud"
        onSubmit={enviar}
        estado={formState}
        textoGuardar="Guardar solicitud"
        onCancelar={() => pedirSalida(() => navegar('/atencion'))}
        irA={(campo) => irACampo(form, campo)}
        etiquetas={ETIQUETAS_CAPTURA}
      >
        <Seccion titulo="Ciudadano">
          {persona ? (
            <PersonaElegida persona={persona} textoCambiar="Cambiar ciudadano" onCambiar={cambiarPersona} />
          ) : personaNueva ? (
            <Box sx={{ mb: 1 }}>
              <Stack direction="row" sx={{ justifyContent: 'space-between', alignItems: 'center', mb: 1 }}>
                <Typography variant="body2" color="text.secondary">
                  Ciudadano nuevo: capture sus datos (los marcados con * son obligatorios).
                </Typography>
                <Button size="small" onClick={cambiarPersona}>
                  Buscar otra vez
                </Button>
              </Stack>
              <CamposPersonaPrincipales form={form} />
              <AvisoDuplicados persona={valoresPersona} onElegir={elegir} />
            </Box>
          ) : (
            <CampoPersona control={control} name="personaId" onElegir={elegir} onNueva={registrarNueva} autoFocus />
          )}
        </Seccion>

        <Seccion titulo="Aviso de privacidad">
          <Stack direction="row" sx={{ alignItems: 'flex-start', gap: 1 }}>
            <Box sx={{ flexGrow: 1 }}>
              <CampoCasilla control={control} name="consentimientoPrivacidad" label="Se informó el aviso de privacidad al ciudadano y acepta el tratamiento de sus datos" />
            </Box>
            <Button size="small" onClick={() => setAviso('leer')} sx={{ mt: 0.75, flexShrink: 0 }}>
              Leer el aviso
            </Button>
          </Stack>
        </Seccion>

        <Seccion titulo="Solicitud">
          <CamposPeticion control={control} alEnter={() => void enviar()} />
          <CamposRecepcion control={control} />
        </Seccion>

        {personaNueva && (
          <Seccion titulo="Más datos del ciudadano">
            <CamposPersonaComplementarios form={form} />
          </Seccion>
        )}
      </FormularioRegistro>
      {aviso && (
        <DialogoAvisoPrivacidad
          aviso={configuracion.avisoPrivacidad}
          textoAcepta={aviso === 'guardar' ? 'Acepta: guardar solicitud' : 'Acepta'}
          onAcepta={() => {
            setAviso(null);
            setValue('consentimientoPrivacidad', true, { shouldDirty: true, shouldValidate: formState.isSubmitted });
            if (aviso === 'guardar') void enviar();
          }}
          onNoAcepta={() => {
            setAviso(null);
            if (aviso === 'guardar') void form.trigger('consentimientoPrivacidad').then(() => irACampo(form, 'consentimientoPrivacidad'));
          }}
        />
      )}
      {salida}
    </>
  );
}
