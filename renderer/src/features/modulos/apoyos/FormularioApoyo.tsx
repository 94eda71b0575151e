import { Grid } from '@mui/material';
import { useLiveQuery } from 'dexie-react-hooks';
import { useMemo, useState } from 'react';
import { useWatch } from 'react-hook-form';
import { z } from 'zod';
import { capturaApoyoSchema, ESTATUS_APOYO, ETIQUETA_ESTATUS_APOYO, ETIQUETA_FUENTE, FUENTES_APOYO, type DatosApoyo } from '../../../../../shared/schemas/modulos';
import type { Persona } from '../../../../../shared/schemas/personas';
import { db } from '../../../db';
import type { OpcionSolicitud } from '../../../db/repositorios/apoyos';
import { obtenerPersona } from '../../../db/repositorios/personas';
import { CampoCatalogo, CampoFecha, CampoOpciones, CampoTexto } from '../../../componentes/formulario/campos';
import { useCatalogo } from '../../../hooks/useCatalogo';
import { CampoPersona } from '../../../componentes/personas/SelectorPersona';
import { PersonaElegida } from '../../../componentes/personas/TarjetaPersona';
import { CampoMoneda } from '../../../componentes/formulario/CampoMoneda';
import { CampoNumero } from '../../../componentes/formulario/CampoNumero';
import { FormularioRegistro } from '../../../componentes/formulario/FormularioRegistro';
import { Seccion } from '../../../componentes/formulario/Seccion';
import { useFormularioRegistro, type PropsFormulario } from '../../../componentes/formulario/useFormularioRegistro';
import { AvisoApoyoRepetido } from './AvisoApoyoRepetido';
import { CampoSolicitudOrigen } from './CampoSolicitudOrigen';
import { DialogoBeneficiarioNuevo } from './DialogoBeneficiarioNuevo';
// The fecha de entrega travels only with a delivered apoyo: for other statuses its box is hidden and what it kept is
// ignored, so switching back to Entregado shows it again.
const formularioApoyoSchema = z.preprocess((a: DatosApoyo) => (a.estatus === 'entregado' ? a : { ...a, fechaEntrega: null }), capturaApoyoSchema);

/**
 * Capture and correction of an apoyo: the beneficiary found by CURP or name (or registered on the spot), what was
 * given and by whom, and where it stands. The fecha de entrega appears when the status is Entregado.
 */
export function FormularioApoyo({ apoyoId, ...props }: PropsFormulario<DatosApoyo> & { apoyoId?: string }) {
  const { editando } = props;
  const { form, marco } = useFormularioRegistro(props, formularioApoyoSchema);
  const { control, setValue, getValues, setFocus, formState } = form;
  const [nueva, setNueva] = useState<string | null>(null);
  const tipos = useCatalogo('tipoApoyo');
  const dependencias = useCatalogo('dependencia');
  const nombres = useMemo(() => new Map([...tipos, ...dependencias].map((e) => [e.id, e.nombre])), [tipos, dependencias]);
  const [personaId, tipoApoyoId, estatus, fechaGestion, fechaEntrega] = useWatch({
    control,
    name: ['personaId', 'tipoApoyoId', 'estatus', 'fechaGestion', 'fechaEntrega'],
  });
  const persona = useLiveQuery(() => (personaId ? obtenerPersona(db, personaId) : Promise.resolve(undefined)), [personaId]);

  function elegir(p: Persona) {
    setNueva(null);
    setValue('personaId', p.id, { shouldValidate: formState.isSubmitted });
    setTimeout(() => setFocus('solicitudId'), 0);
  }

  function cambiarPersona() {
    setValue('personaId', '');
    setTimeout(() => setFocus('personaId'), 0);
  }

  /** A request brings its citizen and what was asked for, when those are still empty. */
  function tomarSolicitud(s: OpcionSolicitud) {
    if (!getValues('personaId')) setValue('personaId', s.personaId);
    if (!getValues('tipoApoyoId')) setValue('tipoApoyoId', s.tipoApoyoId);
  }

  return (
    <>
      <FormularioRegistro
        etiqueta={editando ? 'Edición del apoyo' : 'Captura de apoyo'}
        {...marco}
      >
        <Seccion titulo="Beneficiario">
          {personaId && persona ? (
            <PersonaElegida persona={persona} textoCambiar="Cambiar beneficiario" onCambiar={cambiarPersona} />
          ) : (
            <CampoPersona control={control} name="personaId" onElegir={elegir} onNueva={setNueva} autoFocus={!editando} />
          )}
          <Grid container columnSpacing={1.5}>
            <Grid size={6}>
              <CampoSolicitudOrigen control={control} personaId={personaId} nombres={nombres} alElegir={tomarSolicitud} />
            </Grid>
          </Grid>
        </Seccion>

        <Seccion titulo="Apoyo">
          <Grid container columnSpacing={1.5}>
            <Grid size={4}>
              <CampoCatalogo control={control} name="tipoApoyoId" label="Tipo de apoyo" elementos={tipos} required />
            </Grid>
            <Grid size={2}>
              <CampoNumero control={control} name="cantidad" label="Cantidad" required slotProps={{ htmlInput: { inputMode: 'decimal' } }} />
            </Grid>
            <Grid size={2}>
              <CampoTexto control={control} name="unidad" label="Unidad" required placeholder="paquetes, piezas…" />
            </Grid>
            <Grid size={4}>
              <CampoMoneda control={control} name="valorEstimado" label="Valor estimado" required />
            </Grid>
            <Grid size={4}>
              <CampoOpciones control={control} name="fuente" label="Fuente" required valores={FUENTES_APOYO} etiquetas={ETIQUETA_FUENTE} />
            </Grid>
            <Grid size={8}>
              <CampoCatalogo control={control} name="dependenciaId" opcional label="Dependencia que lo otorga" elementos={dependencias} />
            </Grid>
          </Grid>
        </Seccion>

        <Seccion titulo="Estatus y evidencia">
          <Grid container columnSpacing={1.5}>
            <Grid size={3}>
              <CampoOpciones control={control} name="estatus" label="Estatus" required valores={ESTATUS_APOYO} etiquetas={ETIQUETA_ESTATUS_APOYO} />
            </Grid>
            <Grid size={3}>
              <CampoFecha control={control} name="fechaGestion" label="Fecha de gestión" required />
            </Grid>
            {estatus === 'entregado' && (
              <Grid size={3}>
                <CampoFecha control={control} name="fechaEntrega" label="Fecha de entrega" required helperText="Cuenta para la meta en este mes" />
              </Grid>
            )}
            <Grid size={12}>
              <CampoTexto control={control} name="evidencia" label="Evidencia" multiline minRows={2} helperText="Acta de entrega, fotografías, número de vale…" />
            </Grid>
          </Grid>
        </Seccion>

        <AvisoApoyoRepetido
          apoyo={{ id: apoyoId, personaId, tipoApoyoId, fechaGestion, fechaEntrega: estatus === 'entregado' ? fechaEntrega : null }}
          tipo={nombres.get(tipoApoyoId) ?? ''}
        />
      </FormularioRegistro>
      {/* Outside the apoyo's form: React would bubble the dialog's submit to it through the portal. */}
      {nueva !== null && <DialogoBeneficiarioNuevo consulta={nueva} onCerrar={() => setNueva(null)} onElegida={elegir} />}
    </>
  );
}
