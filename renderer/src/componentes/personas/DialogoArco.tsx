import { Alert, Button, Dialog, DialogActions, DialogContent, DialogContentText, DialogTitle, FormControl, FormControlLabel, FormHelperText, FormLabel, Grid, Radio, RadioGroup } from '@mui/material';
import { useId, useState } from 'react';
import { Controller, useForm } from 'react-hook-form';
import { fechaIsoLocal } from '../../../../shared/domain/formato';
import { anonimizaPersona, DERECHOS_ARCO, EFECTO_DERECHO_ARCO, ETIQUETA_DERECHO_ARCO, type DerechoArco } from '../../../../shared/schemas/arco';
import { nombreCompleto, type Persona } from '../../../../shared/schemas/personas';
import { esPersonaAnonimizada } from '../../../../shared/seguridad/anonimizar';
import { db } from '../../db';
import { registrarSolicitudArco, serieArco } from '../../db/repositorios/arco';
import { guardarLibroExpediente } from '../../hooks/useExportarPersona';
import { CampoFecha, CampoTexto } from '../formulario/campos';
import { DialogoFormulario } from '../formulario/DialogoFormulario';
import { guardarFormulario } from '../formulario/validacion';
import { CamposPersona } from './CamposPersona';
import type { ValoresPersona } from './valores';

interface ValoresArco {
  derecho: DerechoArco | '';
  fecha: string;
  folio: string;
  notas: string;
  persona: ValoresPersona;
}

function datosPersona(p: Persona): ValoresPersona {
  const { apellidoPaterno, apellidoMaterno, nombres, curp, sexo, fechaNacimiento, edad, telefono, correo, calle, numero, colonia, localidad, codigoPostal } = p;
  return { apellidoPaterno, apellidoMaterno, nombres, curp, sexo, fechaNacimiento, edad, telefono, correo, calle, numero, colonia, localidad, codigoPostal };
}

/**
 * «Solicitud ARCO» from a citizen's record: the right, the request's date and number (the Unidad de Transparencia's,
 * or left empty for the app's ARCO-AAAA-ESTACION-NNNN) and notes. Rectificación shows the person's data to correct;
 * Cancelación and Oposición ask for confirmation, saying what anonymising does, before anything is written. `onHecho`
 * receives the message for the record's screen.
 */
export function DialogoArco({ persona, estacion, onCerrar, onHecho }: { persona: Persona; estacion: string; onCerrar: () => void; onHecho: (mensaje: string, tipo: 'success' | 'info') => void }) {
  const anonimizada = esPersonaAnonimizada(persona);
  const form = useForm<ValoresArco>({
    defaultValues: { derecho: anonimizada ? 'acceso' : '', fecha: fechaIsoLocal(new Date()), folio: '', notas: '', persona: datosPersona(persona) },
  });
  const [confirmando, setConfirmando] = useState<ValoresArco | null>(null);
  const idDerecho = useId();
  const derecho = form.watch('derecho');
  const anio = (form.watch('fecha') || fechaIsoLocal(new Date())).slice(0, 4);

  async function enviar(v: ValoresArco) {
    await guardarFormulario(form, async () => {
      const { persona: correccion, ...datos } = v;
      const r = await registrarSolicitudArco(db, persona.id, datos, datos.derecho === 'rectificacion' ? correccion : null);
      const numero = r.solicitud.folio;
      if (r.acceso) {
        const guardado = await guardarLibroExpediente(r.persona, r.acceso.expediente, r.acceso.nombres);
        onHecho(
          guardado.tipo === 'success'
            ? `Solicitud ARCO ${numero} registrada. ${guardado.mensaje}.`
            : `Solicitud ARCO ${numero} registrada, pero no se guardó el libro: use «Exportar datos de la persona» para generarlo.`,
          guardado.tipo === 'success' ? 'success' : 'info',
        );
      } else if (anonimizaPersona(r.solicitud.derecho)) {
        onHecho(`Solicitud ARCO ${numero} registrada: la persona quedó anonimizada como «${nombreCompleto(r.persona)}».`, 'success');
      } else {
        onHecho(`Solicitud ARCO ${numero} registrada: datos de ${nombreCompleto(r.persona)} corregidos.`, 'success');
      }
    });
  }

  const guardar = form.handleSubmit(async (v) => {
    if (v.derecho !== '' && anonimizaPersona(v.derecho)) {
      setConfirmando(v);
      return;
    }
    await enviar(v);
  });

  return (
    <>
      <DialogoFormulario
        titulo={`Solicitud ARCO de ${nombreCompleto(persona)}`}
        etiqueta="Solicitud ARCO"
        ancho={derecho === 'rectificacion' ? 'md' : 'sm'}
        onCerrar={onCerrar}
        onSubmit={guardar}
        estado={form.formState}
        textoBoton={derecho === 'rectificacion' ? 'Registrar y corregir' : derecho === 'acceso' ? 'Registrar y exportar' : 'Registrar solicitud'}
        color={derecho !== '' && anonimizaPersona(derecho) ? 'error' : 'primary'}
      >
        <Controller
          control={form.control}
          name="derecho"
          rules={{ required: 'Elija el derecho que se ejerce' }}
          render={({ field, fieldState }) => (
            <FormControl error={Boolean(fieldState.error)} sx={{ mb: 1 }}>
              <FormLabel id={idDerecho}>Derecho que se ejerce</FormLabel>
              <RadioGroup row aria-labelledby={idDerecho} {...field}>
                {DERECHOS_ARCO.map((d) => (
                  <FormControlLabel key={d} value={d} control={<Radio />} label={ETIQUETA_DERECHO_ARCO[d]} disabled={anonimizada && d !== 'acceso'} />
                ))}
              </RadioGroup>
              <FormHelperText>{fieldState.error?.message ?? (derecho ? EFECTO_DERECHO_ARCO[derecho] : ' ')}</FormHelperText>
            </FormControl>
          )}
        />
        {anonimizada && (
          <Alert severity="info" sx={{ mb: 2 }}>
            Esta persona ya fue anonimizada: solo puede entregarse lo que se conserva (derecho de acceso).
          </Alert>
        )}
        <Grid container spacing={2}>
          <Grid size={{ xs: 12, sm: 5 }}>
            <CampoFecha control={form.control} name="fecha" label="Fecha de la solicitud" required fullWidth />
          </Grid>
          <Grid size={{ xs: 12, sm: 7 }}>
            <CampoTexto
              control={form.control}
              name="folio"
              label="Número de solicitud"
              fullWidth
              helperText={`El de la Unidad de Transparencia; vacío, se asigna ${serieArco(Number(anio), estacion)}-NNNN`}
            />
          </Grid>
          <Grid size={12}>
            <CampoTexto control={form.control} name="notas" label="Notas" fullWidth multiline minRows={2} />
          </Grid>
        </Grid>
        {derecho === 'rectificacion' && <CamposPersona form={form} />}
      </DialogoFormulario>
      {confirmando && confirmando.derecho !== '' && (
        <Dialog open onClose={() => setConfirmando(null)} maxWidth="sm" fullWidth aria-labelledby="titulo-confirmar-arco">
          <DialogTitle id="titulo-confirmar-arco">¿Anonimizar a {nombreCompleto(persona)}?</DialogTitle>
          <DialogContent>
            <DialogContentText>{EFECTO_DERECHO_ARCO[confirmando.derecho]}</DialogContentText>
            <DialogContentText sx={{ mt: 1 }}>
              Los respaldos hechos antes conservan sus datos hasta que se eliminan (vea el apartado ARCO del manual).
            </DialogContentText>
          </DialogContent>
          <DialogActions>
            <Button onClick={() => setConfirmando(null)}>Cancelar</Button>
            <Button
              variant="contained"
              color="error"
              onClick={() => {
                const v = confirmando;
                setConfirmando(null);
                void enviar(v);
              }}
            >
              Anonimizar a la persona
            </Button>
          </DialogActions>
        </Dialog>
      )}
    </>
  );
}
