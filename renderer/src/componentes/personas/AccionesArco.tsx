import { Alert, Box, Button, Tooltip, Typography } from '@mui/material';
import GavelIcon from '@mui/icons-material/Gavel';
import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { formatearFecha } from '../../../../shared/domain/formato';
import { ETIQUETA_DERECHO_ARCO } from '../../../../shared/schemas/arco';
import type { Persona } from '../../../../shared/schemas/personas';
import { esPersonaAnonimizada } from '../../../../shared/seguridad/anonimizar';
import { puede, quienPuede } from '../../../../shared/seguridad/permisos';
import { db } from '../../db';
import { solicitudesArcoDePersona } from '../../db/repositorios/arco';
import { obtenerConfiguracion } from '../../db/repositorios/configuracion';
import { useSesion } from '../../hooks/useSesion';
import { DialogoArco } from './DialogoArco';

/**
 * The ARCO part of a citizen's full record: that the person was anonymised, their earlier ARCO requests and the
 * «Solicitud ARCO» action (a jefe or an administrador; for other roles the button is off and says who may).
 */
export function AccionesArco({ persona }: { persona: Persona }) {
  const sesion = useSesion();
  const permitido = sesion !== null && puede(sesion.rol, 'solicitudes-arco');
  const [abierto, setAbierto] = useState(false);
  const [aviso, setAviso] = useState<{ texto: string; tipo: 'success' | 'info' } | null>(null);
  const datos = useLiveQuery(
    async () => ({
      estacion: (await obtenerConfiguracion(db)).estacion,
      solicitudes: permitido ? await solicitudesArcoDePersona(db, persona.id) : [],
    }),
    [persona.id, permitido],
  );
  const anonimizada = esPersonaAnonimizada(persona);
  return (
    <Box sx={{ mt: 1 }}>
      {anonimizada && (
        <Alert severity="info" sx={{ mb: 1 }}>
          Persona anonimizada por una solicitud ARCO: sus datos personales se borraron y ya no se pueden corregir. Sus solicitudes y apoyos se conservan.
        </Alert>
      )}
      <Tooltip title={permitido ? '' : quienPuede('solicitudes-arco')}>
        <span>
          <Button size="small" startIcon={<GavelIcon />} onClick={() => setAbierto(true)} disabled={!permitido || !datos}>
            Solicitud ARCO
          </Button>
        </span>
      </Tooltip>
      {aviso && (
        <Alert severity={aviso.tipo} sx={{ mt: 1 }} onClose={() => setAviso(null)}>
          {aviso.texto}
        </Alert>
      )}
      {datos && datos.solicitudes.length > 0 && (
        <>
          <Typography variant="subtitle2" component="h3" sx={{ mt: 0.5 }}>
            Solicitudes ARCO ({datos.solicitudes.length})
          </Typography>
          <Box component="ul" sx={{ m: 0, pl: 2.5 }}>
            {datos.solicitudes.map((s) => (
              <Typography component="li" variant="body2" key={s.id}>
                <strong>{s.folio}</strong> · {formatearFecha(s.fecha)} · {ETIQUETA_DERECHO_ARCO[s.derecho]} · {s.resultado}
              </Typography>
            ))}
          </Box>
        </>
      )}
      {abierto && datos && (
        <DialogoArco
          persona={persona}
          estacion={datos.estacion}
          onCerrar={() => setAbierto(false)}
          onHecho={(texto, tipo) => {
            setAbierto(false);
            setAviso({ texto, tipo });
          }}
        />
      )}
    </Box>
  );
}
