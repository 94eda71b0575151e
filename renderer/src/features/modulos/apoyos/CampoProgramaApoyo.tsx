import { Autocomplete, Box, Typography } from '@mui/material';
import { useLiveQuery } from 'dexie-react-hooks';
import { Controller } from 'react-hook-form';
import { formatearFecha } from '../../../../../shared/domain/formato';
import { ETIQUETA_ESTATUS_EVENTO, type DatosApoyo } from '../../../../../shared/schemas/modulos';
import { cajaAutocompletar, enlaceCaja } from '../../../componentes/formulario/campos';
import type { PropsParticular } from '../../../componentes/formulario/CamposDeclarados';
import { db } from '../../../db';
import { programasSociales, type OpcionPrograma } from '../../../db/repositorios/apoyos';

/**
 * The programa social this apoyo is given under, picked by name among the live programas (the most recent first).
 * Optional: a direct apoyo has none. An apoyo with a programa lists its beneficiary in the programa's detail and in
 * its transparency padrón.
 */
export function CampoProgramaApoyo({ form }: PropsParticular<DatosApoyo>) {
  const opciones = useLiveQuery(() => programasSociales(db), []);
  return (
    <Controller
      control={form.control}
      name="programaId"
      render={({ field, fieldState }) => {
        const elegido = opciones?.find((o) => o.id === field.value) ?? null;
        return (
          <Autocomplete<OpcionPrograma>
            options={opciones ?? []}
            value={elegido}
            onChange={(_e, opcion) => field.onChange(opcion?.id ?? null)}
            onBlur={field.onBlur}
            getOptionLabel={(o) => o.nombre}
            getOptionKey={(o) => o.id}
            isOptionEqualToValue={(a, b) => a.id === b.id}
            autoHighlight
            loading={opciones === undefined}
            loadingText="Cargando programas…"
            noOptionsText="No hay programas sociales con ese nombre"
            renderOption={({ key, ...props }, o) => (
              <li key={key} {...props}>
                <Box>
                  <Typography variant="body2" sx={{ fontWeight: 600 }}>
                    {o.nombre}
                  </Typography>
                  <Typography variant="caption" color="text.secondary">
                    Gestión {formatearFecha(o.fecha)} · {ETIQUETA_ESTATUS_EVENTO[o.estatus]}
                  </Typography>
                </Box>
              </li>
            )}
            renderInput={cajaAutocompletar('Programa social', enlaceCaja(field, fieldState, 'Opcional: el programa del que es beneficiario'))}
          />
        );
      }}
    />
  );
}
