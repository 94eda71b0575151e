import { Alert, Box } from '@mui/material';
import MergeIcon from '@mui/icons-material/MergeType';
import { useState } from 'react';
import type { Persona } from '../../../../shared/schemas/personas';
import { esPersonaAnonimizada } from '../../../../shared/seguridad/anonimizar';
import { BotonConPermiso } from '../ConPermiso';
import { DialogoUnirPersonas } from './DialogoUnirPersonas';

/**
 * «Unir con otra persona» in a citizen's full record (a jefe or an administrador), for the duplicate a hurried
 * capture made at this PC. An anonymised persona is never merged: it would be identified again.
 */
export function AccionUnirPersona({ persona }: { persona: Persona }) {
  const [abierto, setAbierto] = useState(false);
  const [aviso, setAviso] = useState<string | null>(null);
  if (esPersonaAnonimizada(persona)) return null;
  return (
    <Box sx={{ mt: 1 }}>
      <BotonConPermiso accion="unir-personas" size="small" startIcon={<MergeIcon />} onClick={() => setAbierto(true)}>
        Unir con otra persona
      </BotonConPermiso>
      {aviso && (
        <Alert severity="success" sx={{ mt: 1 }} onClose={() => setAviso(null)}>
          {aviso}
        </Alert>
      )}
      {abierto && (
        <DialogoUnirPersonas
          persona={persona}
          onCerrar={() => setAbierto(false)}
          onHecho={(mensaje) => {
            setAbierto(false);
            setAviso(mensaje);
          }}
        />
      )}
    </Box>
  );
}
