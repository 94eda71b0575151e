import { Alert } from '@mui/material';
import AddIcon from '@mui/icons-material/Add';
import { useState } from 'react';
import { useAniosPoa } from '../../hooks/useCronograma';
import { hoyLocal } from '../../hooks/tiempo';
import { anioSinPoa, textoAnioSinPoa } from './anioPoa';
import { DialogoNuevoPoa } from './DialogoNuevoPoa';
import { BotonConPermiso } from '../ConPermiso';

/**
 * Tells the head, at the turn of the year, that a year has no POA yet, with the button to create it: next year's
 * from December on, and the year in progress whenever it has none. Captures dated in that year are kept meanwhile.
 */
export function AvisoAnioSinPoa() {
  const [hoy] = useState(hoyLocal);
  const anios = useAniosPoa();
  const [creando, setCreando] = useState(false);
  const aviso = anios && anioSinPoa(anios, hoy);
  if (!anios || !aviso) return null;
  return (
    <>
      <Alert
        severity={aviso.enCurso ? 'warning' : 'info'}
        sx={{ mb: 2 }}
        action={
          <BotonConPermiso
            accion="crear-poa"
            color="inherit"
            variant="outlined"
            size="small"
            startIcon={<AddIcon />}
            onClick={() => setCreando(true)}
            sx={{ whiteSpace: 'nowrap' }}
          >
            Crear POA {aviso.anio}
          </BotonConPermiso>
        }
      >
        {textoAnioSinPoa(aviso)}
      </Alert>
      {creando && <DialogoNuevoPoa anios={anios} anio={aviso.anio} desde={aviso.desde} onCerrar={() => setCreando(false)} />}
    </>
  );
}
