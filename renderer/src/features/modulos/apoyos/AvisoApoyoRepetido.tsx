import { Alert, AlertTitle, Box, Typography } from '@mui/material';
import { useLiveQuery } from 'dexie-react-hooks';
import { useWatch } from 'react-hook-form';
import { formatearFecha } from '../../../../../shared/domain/formato';
import { anioDelApoyo } from '../../../../../shared/domain/padron';
import { ETIQUETA_ESTATUS_APOYO, type Apoyo, type DatosApoyo } from '../../../../../shared/schemas/modulos';
import type { PropsParticular } from '../../../componentes/formulario/CamposDeclarados';
import { db } from '../../../db';
import { apoyosRepetidosDe } from '../../../db/repositorios/apoyos';
import { useCatalogo } from '../../../hooks/useCatalogo';

const RE_FECHA = /^\d{4}-\d{2}-\d{2}$/;

/** The same support for the same person in the same year: said before saving, never forbidden. */
export function AvisoApoyoRepetido({
  apoyo,
  tipo,
}: {
  apoyo: { id?: string; personaId: string; tipoApoyoId: string; fechaGestion: string; fechaEntrega: string | null };
  tipo: string;
}) {
  const listo = Boolean(apoyo.personaId && apoyo.tipoApoyoId && RE_FECHA.test(apoyo.fechaGestion));
  const fechaEntrega = apoyo.fechaEntrega && RE_FECHA.test(apoyo.fechaEntrega) ? apoyo.fechaEntrega : null;
  const repetidos = useLiveQuery(
    () => (listo ? apoyosRepetidosDe(db, { ...apoyo, fechaEntrega }) : Promise.resolve([] as Apoyo[])),
    [listo, apoyo.id, apoyo.personaId, apoyo.tipoApoyoId, apoyo.fechaGestion, fechaEntrega],
  );
  if (!repetidos || repetidos.length === 0) return null;
  const anio = anioDelApoyo({ fechaGestion: apoyo.fechaGestion, fechaEntrega });
  return (
    <Alert severity="warning" role="status" aria-label="Apoyo repetido en el año">
      <AlertTitle>
        Esta persona ya tiene {repetidos.length === 1 ? 'un apoyo' : `${repetidos.length} apoyos`} de {tipo || 'este tipo'} en {anio}
      </AlertTitle>
      <Box component="ul" sx={{ m: 0, pl: 2.5 }}>
        {repetidos.map((a) => (
          <Typography component="li" variant="body2" key={a.id}>
            {a.cantidad} {a.unidad} · {ETIQUETA_ESTATUS_APOYO[a.estatus]}
            {a.fechaEntrega ? ` el ${formatearFecha(a.fechaEntrega)}` : ` (gestionado el ${formatearFecha(a.fechaGestion)})`}
          </Typography>
        ))}
      </Box>
      Puede guardarlo de todos modos; revise que no sea una captura duplicada.
    </Alert>
  );
}

/** The same warning under the apoyo's form, as its beneficiary, type and dates are filled in. */
export function AvisoApoyoRepetidoAlCapturar({ form, id }: PropsParticular<DatosApoyo>) {
  const [personaId, tipoApoyoId, estatus, fechaGestion, fechaEntrega] = useWatch({
    control: form.control,
    name: ['personaId', 'tipoApoyoId', 'estatus', 'fechaGestion', 'fechaEntrega'],
  });
  const tipo = useCatalogo('tipoApoyo').find((e) => e.id === tipoApoyoId)?.nombre ?? '';
  return <AvisoApoyoRepetido apoyo={{ id, personaId, tipoApoyoId, fechaGestion, fechaEntrega: estatus === 'entregado' ? fechaEntrega : null }} tipo={tipo} />;
}
