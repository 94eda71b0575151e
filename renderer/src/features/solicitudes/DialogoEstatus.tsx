import {
  Autocomplete,
  FormControl,
  FormControlLabel,
  FormHelperText,
  FormLabel,
  Grid,
  Radio,
  RadioGroup,
  Typography,
} from '@mui/material';
import { useLiveQuery } from 'dexie-react-hooks';
import { useId, useMemo, useState } from 'react';
import { Controller, useForm, useWatch } from 'react-hook-form';
import { esCerrada, transicionesPermitidas, validarTransicion } from '../../../../shared/domain/estatusSolicitud';
import { fechaIsoLocal } from '../../../../shared/domain/formato';
import { datosCambioEstatusSchema, ETIQUETA_ESTATUS_SOLICITUD, type EstatusSolicitud, type Solicitud } from '../../../../shared/schemas/solicitudes';
import { db } from '../../db';
import { ErrorValidacion, validar } from '../../db/errores';
import { cambiarEstatus } from '../../db/repositorios/solicitudes';
import { filasSolicitudes, ORDEN_INICIAL } from '../../db/repositorios/paginaSolicitudes';
import { FILTROS_VACIOS, type FilaSolicitud } from '../../../../shared/domain/filtroSolicitudes';
import { cajaAutocompletar, CampoFecha, CampoTexto, enlaceCaja } from '../../componentes/formulario/campos';
import { DialogoFormulario } from '../../componentes/formulario/DialogoFormulario';
import { erroresDe, guardarFormulario, resolverCon } from '../../componentes/formulario/validacion';

interface ValoresEstatus {
  estatus: EstatusSolicitud | '';
  nota: string;
  numeroOficio: string;
  fechaCanalizacion: string;
  resultado: string;
  duplicadaDeId: string;
}

function aCambio(v: ValoresEstatus) {
  return {
    estatus: v.estatus,
    nota: v.nota,
    numeroOficio: v.estatus === 'canalizada' ? v.numeroOficio : '',
    fechaCanalizacion: v.estatus === 'canalizada' && v.fechaCanalizacion ? v.fechaCanalizacion : null,
    resultado: v.estatus !== '' && esCerrada(v.estatus) ? v.resultado : '',
    duplicadaDeId: v.estatus === 'duplicada' && v.duplicadaDeId ? v.duplicadaDeId : null,
  };
}

/**
 * Moves the solicitud to one of the statuses its current one allows, asking for what that step needs. The same
 * status machine the repository enforces decides the options and the messages.
 */
export function DialogoEstatus({ solicitud, onCerrar }: { solicitud: Solicitud; onCerrar: () => void }) {
  const permitidos = transicionesPermitidas(solicitud.estatus);
  const resolver = useMemo(
    () =>
      resolverCon<ValoresEstatus>((v) =>
        erroresDe(() => {
          const c = validar(datosCambioEstatusSchema, aCambio(v));
          const r = validarTransicion({ de: solicitud.estatus, a: c.estatus, id: solicitud.id, ...c });
          if (!r.ok) throw new ErrorValidacion({ [r.campo ?? 'estatus']: r.mensaje });
        }),
      ),
    [solicitud.estatus, solicitud.id],
  );
  const form = useForm<ValoresEstatus>({
    resolver,
    defaultValues: { estatus: '', nota: '', numeroOficio: solicitud.numeroOficio, fechaCanalizacion: fechaIsoLocal(new Date()), resultado: '', duplicadaDeId: '' },
  });
  const { control, handleSubmit, formState } = form;
  const estatus = useWatch({ control, name: 'estatus' });
  const idEstatus = useId();

  const guardar = handleSubmit(async (v) => {
    if (await guardarFormulario(form, () => cambiarEstatus(db, solicitud.id, aCambio(v)))) onCerrar();
  });

  return (
    <DialogoFormulario
      titulo={`Cambiar estatus de ${solicitud.folio}`}
      onCerrar={onCerrar}
      onSubmit={guardar}
      estado={formState}
      textoBoton="Guardar cambio de estatus"
    >
      <Typography variant="body2" color="text.secondary" gutterBottom>
        Estatus actual: <strong>{ETIQUETA_ESTATUS_SOLICITUD[solicitud.estatus]}</strong>
      </Typography>
      <Controller
        control={control}
        name="estatus"
        render={({ field, fieldState }) => (
          <FormControl error={Boolean(fieldState.error)} required sx={{ mb: 1 }}>
            <FormLabel id={idEstatus}>Nuevo estatus</FormLabel>
            <RadioGroup row aria-labelledby={idEstatus} value={field.value} onChange={(e) => field.onChange(e.target.value)}>
              {permitidos.map((e, i) => (
                <FormControlLabel
                  key={e}
                  value={e}
                  label={ETIQUETA_ESTATUS_SOLICITUD[e]}
                  control={<Radio size="small" slotProps={{ input: { ref: i === 0 ? field.ref : undefined } }} autoFocus={i === 0} />}
                />
              ))}
            </RadioGroup>
            <FormHelperText>{fieldState.error?.message ?? ' '}</FormHelperText>
          </FormControl>
        )}
      />
      <Grid container columnSpacing={1.5}>
        {estatus === 'canalizada' && (
          <>
            <Grid size={7}>
              <CampoTexto control={control} name="numeroOficio" label="Número de oficio" required />
            </Grid>
            <Grid size={5}>
              <CampoFecha control={control} name="fechaCanalizacion" label="Fecha de canalización" required />
            </Grid>
          </>
        )}
        {estatus === 'duplicada' && (
          <Grid size={12}>
            <SolicitudOriginal control={control} excepto={solicitud.id} />
          </Grid>
        )}
        {estatus !== '' && esCerrada(estatus) && (
          <Grid size={12}>
            <CampoTexto
              control={control}
              name="resultado"
              label={estatus === 'atendida' ? 'Resultado de la atención' : 'Motivo de cierre'}
              required
              multiline
              minRows={2}
            />
          </Grid>
        )}
        <Grid size={12}>
          <CampoTexto control={control} name="nota" label="Nota de seguimiento" multiline minRows={2} />
        </Grid>
      </Grid>
    </DialogoFormulario>
  );
}

/** How many solicitudes the original's search offers at a time: the newest that match what was typed. */
const OPCIONES_ORIGINAL = 20;

/**
 * The original of a duplicate, picked by typing its folio or the citizen's name. Each keystroke asks the database for
 * the few newest solicitudes that match, through the list's indexes (`filasSolicitudes`), never the whole history.
 */
function SolicitudOriginal({ control, excepto }: { control: ReturnType<typeof useForm<ValoresEstatus>>['control']; excepto: string }) {
  const [texto, setTexto] = useState('');
  const [elegida, setElegida] = useState<FilaSolicitud | null>(null);
  const [hoy] = useState(() => fechaIsoLocal(new Date()));
  const encontradas = useLiveQuery(
    () =>
      filasSolicitudes(db, { filtros: { ...FILTROS_VACIOS, texto }, orden: ORDEN_INICIAL, pagina: 0, tamano: OPCIONES_ORIGINAL + 1, hoy }).then((p) => p.filas),
    [texto, hoy],
  );
  const opciones = (encontradas ?? []).filter((f) => f.id !== excepto && f.estatus !== 'duplicada').slice(0, OPCIONES_ORIGINAL);
  return (
    <Controller
      control={control}
      name="duplicadaDeId"
      render={({ field, fieldState }) => (
        <Autocomplete
          options={opciones}
          value={elegida && elegida.id === field.value ? elegida : null}
          onChange={(_e, o) => {
            setElegida(o);
            field.onChange(o?.id ?? '');
          }}
          onInputChange={(_e, valor, motivo) => {
            if (motivo === 'input' || motivo === 'clear') setTexto(valor);
          }}
          // The database already chose what matches; the box shows it as it came.
          filterOptions={(x) => x}
          getOptionLabel={(o) => `${o.folio} · ${o.ciudadano}`}
          isOptionEqualToValue={(a, b) => a.id === b.id}
          autoHighlight
          loading={encontradas === undefined}
          loadingText="Buscando…"
          noOptionsText={texto.trim() ? 'Ningún folio ni ciudadano coincide' : 'Escriba el folio o el nombre del ciudadano'}
          renderInput={cajaAutocompletar('Solicitud original (folio)', enlaceCaja(field, fieldState, 'Escriba el folio o el nombre del ciudadano'), true)}
        />
      )}
    />
  );
}
