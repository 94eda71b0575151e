import { Alert } from '@mui/material';
import { useEffect, useState } from 'react';
import { textoAvisoActualizacion, type EstadoActualizaciones } from '../../../shared/ipc/actualizaciones';
import { puente } from '../bridge';

/** How often an open app asks whether a version arrived (the main process looks every few hours). */
const INTERVALO_MS = 15 * 60 * 1000;

/** What every account is told, above any screen, about a version copied to this PC or installed in the last days. */
export function AvisoActualizacion() {
  const [estado, setEstado] = useState<EstadoActualizaciones | null>(null);
  const [cerrado, setCerrado] = useState<string | null>(null);
  useEffect(() => {
    const consultar = () => puente.estadoActualizaciones().then(setEstado, () => undefined);
    void consultar();
    const intervalo = window.setInterval(() => void consultar(), INTERVALO_MS);
    return () => window.clearInterval(intervalo);
  }, []);
  const aviso = estado && textoAvisoActualizacion(estado);
  if (!aviso || cerrado === aviso.texto) return null;
  return (
    <Alert severity={aviso.severidad} onClose={() => setCerrado(aviso.texto)} sx={{ mb: 2 }}>
      {aviso.texto}
    </Alert>
  );
}
