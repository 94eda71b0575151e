import { Box, Button, CircularProgress, Stack, Typography } from '@mui/material';
import { useEffect, useMemo, useState } from 'react';
import { useForm, useWatch } from 'react-hook-form';
import { useNavigate } from 'react-router-dom';
import { sumarDias } from '../../../../shared/domain/formato';
import type { Persona } from '../../../../shared/schemas/personas';
import type { Configuracion } from '../../../../shared/schemas/sistema';
import { EncabezadoPagina } from '../../componentes/Encabezado';
import { CampoCasilla } from '../../componentes/formulario/campos';
import { FormularioRegistro } from '../../componentes/formulario/FormularioRegistro';
import { Seccion } from '../../componentes/formulario/Seccion';
import { erroresDe, guardarFormulario, resolverCon } from '../../componentes/formulario/validacion';
import { AvisoDuplicados } from '../../componentes/personas/AvisoDuplicados';
import { CamposPersona } from '../../componentes/personas/CamposPersona';
import { CampoPersona } from '../../componentes/personas/SelectorPersona';
import { PersonaElegida } from '../../componentes/personas/TarjetaPersona';
import { PERSONA_VACIA, personaDeConsulta, primerCampoPendiente } from '../../componentes/personas/valores';
import { db } from '../../db';
import { crearSolicitud, validarCapturaSolicitud } from '../../db/repositorios/solicitudes';
import { useConfiguracion } from '../../hooks/usePoa';
import { useSesion } from '../../hooks/useSesion';
import { CamposPeticion, CamposRecepcion } from './CamposSolicitud';
import { capturaInicial, type ValoresCaptura } from './valores';

export function CapturaSolicitud() {
  const configuracion = useConfiguracion();
  if (!configuracion) return <CircularProgress aria-label="Cargando" />;
  return <FormularioCaptura configuracion={configuracion} />;
}

/** The citizen typed in the form when it is a new one; null when one already registered was chosen. */
const personaNuevaDe = (v: ValoresCaptura) => (v.personaNueva ? v.persona : null);

const validarFormulario = (v: ValoresCaptura) => erroresDe(() => validarCapturaSolicitud(v, personaNuevaDe(v)));

/**
 * The front desk's capture: keyboard only (the citizen search has the focus, Tab goes on, Enter saves), every
 * error in Spanish at its field, and the citizen found or registered in the same form.
 */
function FormularioCaptura({ configuracion }: { configuracion: Configuracion }) {
  const navegar = useNavigate();
  const responsable = useSesion()?.nombre ?? '';
  const iniciales = useMemo(() => capturaInicial(configuracion, responsable, new Date()), [configuracion, responsable]);
  const form = useForm<ValoresCaptura>({ defaultValues: iniciales, resolver: resolverCon(validarFormulario), reValidateMode: 'onChange' });
  const { control, setValue, handleSubmit, setFocus, formState } = form;
  const [persona, setPersona] = useState<Persona | null>(null);
  const personaNueva = useWatch({ control, name: 'personaNueva' });
  const valoresPersona = useWatch({ control, name: 'persona' });
  const fechaRecepcion = useWatch({ control, name: 'fechaRecepcion' });
  const compromisoEscrito = Boolean(formState.dirtyFields.fechaCompromiso);

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
    if (ok) navegar(`/atencion/${id}`, { state: { recienCreada: true } });
  }

  const enviar = handleSubmit(guardar);

  return (
    <>
      <EncabezadoPagina titulo="Nueva solicitud" subtitulo="Atención Ciudadana · el folio se asigna al guardar" />
      <FormularioRegistro
        etiqueta="Captura de solicitud"
        onSubmit={enviar}
        estado={formState}
        textoGuardar="Guardar solicitud"
        onCancelar={() => navegar('/atencion')}
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
              <CamposPersona form={form} />
              <AvisoDuplicados persona={valoresPersona} onElegir={elegir} />
            </Box>
          ) : (
            <CampoPersona control={control} name="personaId" onElegir={elegir} onNueva={registrarNueva} autoFocus />
          )}
        </Seccion>

        <Seccion titulo="Solicitud">
          <CamposRecepcion control={control} />
          <CamposPeticion control={control} alEnter={() => void enviar()} />
        </Seccion>

        <Seccion titulo="Aviso de privacidad">
          <Typography variant="body2" sx={{ bgcolor: 'grey.50', border: 1, borderColor: 'divider', borderRadius: 1, p: 1.5 }}>
            {configuracion.avisoPrivacidad}
          </Typography>
          <Box sx={{ py: 0.5 }}>
            <CampoCasilla control={control} name="consentimientoPrivacidad" label="Se informó el aviso de privacidad al ciudadano y acepta el tratamiento de sus datos" />
          </Box>
        </Seccion>
      </FormularioRegistro>
    </>
  );
}
