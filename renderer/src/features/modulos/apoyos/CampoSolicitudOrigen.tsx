import { Autocomplete, Box, Typography } from '@mui/material';
import { useLiveQuery } from 'dexie-react-hooks';
import { useDeferredValue, useState } from 'react';
import { Controller, useWatch, type Control } from 'react-hook-form';
import { formatearFecha } from '../../../../../shared/domain/formato';
import { ETIQUETA_ESTATUS_SOLICITUD } from '../../../../../shared/schemas/solicitudes';
import { db } from '../../../db';
import { obtenerSolicitudOrigen, solicitudesParaApoyo, type OpcionSolicitud } from '../../../db/repositorios/apoyos';
import type { DatosApoyo } from '../../../../../shared/schemas/modulos';
import { cajaAutocompletar, enlaceCaja } from '../../../componentes/formulario/campos';

/**
 * The request an apoyo answers, picked by folio: the beneficiary's own requests are offered first, and typing a folio
 * ("AC-2026-V1-00") finds any other. Optional: support given at a jornada has none.
 */
export function CampoSolicitudOrigen({
  control,
  personaId,
  nombres,
  alElegir,
}: {
  control: Control<DatosApoyo>;
  personaId: string;
  nombres: Map<string, string>;
  alElegir: (s: OpcionSolicitud) => void;
}) {
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
            if (opcion) alElegir(opcion);
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
