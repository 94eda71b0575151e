import { Autocomplete, Box, Typography } from '@mui/material';
import { useLiveQuery } from 'dexie-react-hooks';
import { useDeferredValue, useMemo, useState } from 'react';
import { Controller, useWatch } from 'react-hook-form';
import { formatearFecha } from '../../../../../shared/domain/formato';
import type { DatosApoyo } from '../../../../../shared/schemas/modulos';
import { ETIQUETA_ESTATUS_SOLICITUD } from '../../../../../shared/schemas/solicitudes';
import { cajaAutocompletar, enlaceCaja } from '../../../componentes/formulario/campos';
import type { PropsParticular } from '../../../componentes/formulario/CamposDeclarados';
import { db } from '../../../db';
import { obtenerSolicitudOrigen, solicitudesParaApoyo, type OpcionSolicitud } from '../../../db/repositorios/apoyos';
import { useCatalogo } from '../../../hooks/useCatalogo';

/**
 * The request an apoyo answers, picked by folio: the beneficiary's own requests are offered first, and typing a folio
 * ("AC-2026-V1-00") finds any other. Optional: support given at a jornada has none. A request brings its citizen and
 * what was asked for, when those are still empty.
 */
export function CampoSolicitudOrigen({ form }: PropsParticular<DatosApoyo>) {
  const { control, getValues, setValue } = form;
  const personaId = useWatch({ control, name: 'personaId' });
  const tipos = useCatalogo('tipoApoyo');
  const nombres = useMemo(() => new Map(tipos.map((e) => [e.id, e.nombre])), [tipos]);
  const [texto, setTexto] = useState('');
  const diferido = useDeferredValue(texto);
  const opciones = useLiveQuery(() => solicitudesParaApoyo(db, personaId, diferido), [personaId, diferido]) ?? [];
  // An edit opens with only the id: the chosen solicitud is read to show its folio.
  const id = useWatch({ control, name: 'solicitudId' });
  const elegida = useLiveQuery(() => (id ? obtenerSolicitudOrigen(db, id) : Promise.resolve(undefined)), [id]);
  return (
    <Controller
      control={control}
      name="solicitudId"
      render={({ field, fieldState }) => (
        <Autocomplete<OpcionSolicitud>
          options={elegida && !opciones.some((o) => o.id === elegida.id) ? [elegida, ...opciones] : opciones}
          value={elegida ?? null}
          inputValue={texto}
          onInputChange={(_e, valor) => setTexto(valor)}
          onChange={(_e, opcion) => {
            field.onChange(opcion?.id ?? null);
            if (opcion && !getValues('personaId')) setValue('personaId', opcion.personaId);
            if (opcion && !getValues('tipoApoyoId')) setValue('tipoApoyoId', opcion.tipoApoyoId);
          }}
          onBlur={field.onBlur}
          filterOptions={(x) => x}
          getOptionLabel={(o) => o.folio}
          getOptionKey={(o) => o.id}
          isOptionEqualToValue={(a, b) => a.id === b.id}
          autoHighlight
          noOptionsText={personaId ? 'El beneficiario no tiene solicitudes; escriba un folio' : 'Escriba el folio (p. ej. AC-2026-V1-0001)'}
          renderOption={({ key, ...props }, o) => (
            <li key={key} {...props}>
              <Box>
                <Typography variant="body2" sx={{ fontWeight: 600 }}>
                  {o.folio}
                </Typography>
                <Typography variant="caption" color="text.secondary">
                  {formatearFecha(o.fechaRecepcion)} · {nombres.get(o.tipoApoyoId) ?? ''} · {ETIQUETA_ESTATUS_SOLICITUD[o.estatus]}
                </Typography>
              </Box>
            </li>
          )}
          renderInput={cajaAutocompletar('Solicitud de origen (folio)', enlaceCaja(field, fieldState, 'Opcional: la solicitud que este apoyo atiende'))}
        />
      )}
    />
  );
}
