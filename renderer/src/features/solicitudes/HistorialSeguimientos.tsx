import { Box, Typography } from '@mui/material';
import { formatearFechaHora } from '../../../../shared/domain/formato';
import { ETIQUETA_ESTATUS_SOLICITUD, type Seguimiento } from '../../../../shared/schemas/solicitudes';

function titulo(s: Seguimiento): string {
  if (s.estatusAnterior === null) return ETIQUETA_ESTATUS_SOLICITUD[s.estatusNuevo];
  if (s.estatusAnterior === s.estatusNuevo) return 'Nota de seguimiento';
  return `${ETIQUETA_ESTATUS_SOLICITUD[s.estatusAnterior]} → ${ETIQUETA_ESTATUS_SOLICITUD[s.estatusNuevo]}`;
}

/** The record's history, oldest first: what changed, when, who did it and the note. */
export function HistorialSeguimientos({ seguimientos }: { seguimientos: Seguimiento[] }) {
  return (
    <Box component="ol" aria-label="Historial de seguimientos" sx={{ listStyle: 'none', m: 0, p: 0 }}>
      {seguimientos.map((s, i) => (
        <Box
          component="li"
          key={s.id}
          sx={{
            position: 'relative',
            pl: 3,
            pb: i === seguimientos.length - 1 ? 0 : 1.5,
            borderLeft: 2,
            borderColor: i === seguimientos.length - 1 ? 'transparent' : 'divider',
            ml: 0.75,
            '&::before': {
              content: '""',
              position: 'absolute',
              left: -7,
              top: 3,
              width: 12,
              height: 12,
              borderRadius: '50%',
              bgcolor: s.estatusAnterior === s.estatusNuevo ? 'grey.400' : 'primary.main',
            },
          }}
        >
          <Typography variant="body2" sx={{ fontWeight: 600, lineHeight: 1.3 }}>
            {titulo(s)}
          </Typography>
          <Typography variant="caption" color="text.secondary" component="div">
            {formatearFechaHora(s.fecha)} · {s.usuario}
          </Typography>
          {s.nota && (
            <Typography variant="body2" sx={{ whiteSpace: 'pre-wrap' }}>
              {s.nota}
            </Typography>
          )}
        </Box>
      ))}
    </Box>
  );
}
