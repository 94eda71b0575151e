import { Box, Link, Typography } from '@mui/material';
import { Link as RouterLink } from 'react-router-dom';
import { formatearFecha } from '../../../../shared/domain/formato';
import { ETIQUETA_ESTATUS_APOYO } from '../../../../shared/schemas/modulos';
import { ETIQUETA_ESTATUS_SOLICITUD } from '../../../../shared/schemas/solicitudes';
import type { HistorialPersona } from '../../db/repositorios/personas';

/**
 * What the citizen asked for and received before, so the desk notices a repeated request. Links are optional:
 * inside the capture form they would leave the half-filled form.
 */
export function HistorialCiudadano({
  historial,
  nombres,
  excepto,
  enlazar = false,
}: {
  historial: HistorialPersona;
  nombres: Map<string, string>;
  excepto?: string;
  enlazar?: boolean;
}) {
  const solicitudes = historial.solicitudes.filter((s) => s.id !== excepto);
  return (
    <Box sx={{ mt: 1 }}>
      <Typography variant="subtitle2" component="h3">
        {solicitudes.length === 0 ? 'Sin solicitudes anteriores' : `Solicitudes anteriores (${solicitudes.length})`}
      </Typography>
      {solicitudes.length > 0 && (
        <Box component="ul" sx={{ m: 0, pl: 2.5 }}>
          {solicitudes.slice(0, 6).map((s) => (
            <Typography component="li" variant="body2" key={s.id}>
              {enlazar ? (
                <Link component={RouterLink} to={`/atencion/${s.id}`}>
                  {s.folio}
                </Link>
              ) : (
                <strong>{s.folio}</strong>
              )}{' '}
              · {formatearFecha(s.fechaRecepcion)} · {nombres.get(s.tipoApoyoId) ?? ''} · {ETIQUETA_ESTATUS_SOLICITUD[s.estatus]}
            </Typography>
          ))}
        </Box>
      )}
      <Typography variant="subtitle2" component="h3" sx={{ mt: 0.5 }}>
        {historial.apoyos.length === 0 ? 'Sin apoyos registrados' : `Apoyos (${historial.apoyos.length})`}
      </Typography>
      {historial.apoyos.length > 0 && (
        <Box component="ul" sx={{ m: 0, pl: 2.5 }}>
          {historial.apoyos.slice(0, 6).map((a) => (
            <Typography component="li" variant="body2" key={a.id}>
              {nombres.get(a.tipoApoyoId) ?? 'Apoyo'} · {ETIQUETA_ESTATUS_APOYO[a.estatus as keyof typeof ETIQUETA_ESTATUS_APOYO] ?? a.estatus} ·{' '}
              {formatearFecha(a.fechaEntrega ?? a.fechaGestion)}
            </Typography>
          ))}
        </Box>
      )}
    </Box>
  );
}
