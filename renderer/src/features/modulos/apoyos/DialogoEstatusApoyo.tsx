import { Alert, DialogContentText } from '@mui/material';
import { useForm } from 'react-hook-form';
import { fechaIsoLocal } from '../../../../../shared/domain/formato';
import { ETIQUETA_ESTATUS_APOYO, type Apoyo, type EstatusApoyo } from '../../../../../shared/schemas/modulos';
import { db } from '../../../db';
import { cambiarEstatusApoyo } from '../../../db/repositorios/apoyos';
import { CampoFecha } from '../../../componentes/formulario/campos';
import { guardarFormulario } from '../../../componentes/formulario/validacion';
import { DialogoFormulario } from '../../../componentes/formulario/DialogoFormulario';

export const ACCION_PASO: Record<EstatusApoyo, string> = {
  gestionado: 'Reconsiderar',
  autorizado: 'Autorizar',
  entregado: 'Registrar entrega',
  rechazado: 'Rechazar',
};

const EXPLICACION: Record<EstatusApoyo, string> = {
  gestionado: 'El apoyo vuelve a gestionarse ante la dependencia.',
  autorizado: 'La dependencia autorizó el apoyo; falta entregarlo.',
  entregado: 'El apoyo cuenta para la meta del mes de su fecha de entrega y el beneficiario entra al padrón.',
  rechazado: 'El apoyo no se otorgará. Puede reconsiderarse después.',
};

/** One step of the apoyo's workflow; delivering asks for the date it was handed over (today by default). */
export function DialogoEstatusApoyo({ apoyo, estatus, onCerrar }: { apoyo: Apoyo; estatus: EstatusApoyo; onCerrar: () => void }) {
  const form = useForm<{ fechaEntrega: string }>({ defaultValues: { fechaEntrega: fechaIsoLocal(new Date()) } });
  const enviar = form.handleSubmit(async (v) => {
    const ok = await guardarFormulario(form, () => cambiarEstatusApoyo(db, apoyo.id, { estatus, fechaEntrega: estatus === 'entregado' ? v.fechaEntrega || null : null }));
    if (ok) onCerrar();
  });
  return (
    <DialogoFormulario
      titulo={`${ACCION_PASO[estatus]}: ${ETIQUETA_ESTATUS_APOYO[apoyo.estatus]} → ${ETIQUETA_ESTATUS_APOYO[estatus]}`}
      ancho="xs"
      onCerrar={onCerrar}
      onSubmit={enviar}
      estado={form.formState}
      textoBoton={ACCION_PASO[estatus]}
      color={estatus === 'rechazado' ? 'error' : 'primary'}
      enfocarBoton={estatus !== 'entregado'}
      // The repository's other objections (a step the status does not allow) have no field here.
      otrosErrores={Object.entries(form.formState.errors)
        .filter(([campo, e]) => campo !== 'root' && campo !== 'fechaEntrega' && e?.message)
        .map(([campo, e]) => (
          <Alert key={campo} severity="error">
            {e?.message}
          </Alert>
        ))}
    >
      <DialogContentText sx={{ mb: 2 }}>{EXPLICACION[estatus]}</DialogContentText>
      {estatus === 'entregado' && <CampoFecha control={form.control} name="fechaEntrega" label="Fecha de entrega" required autoFocus />}
    </DialogoFormulario>
  );
}
