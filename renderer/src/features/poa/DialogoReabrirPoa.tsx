import { Typography } from '@mui/material';
import LockOpenIcon from '@mui/icons-material/LockOpen';
import { useState } from 'react';
import type { Poa } from '../../../../shared/schemas/poa';
import { db } from '../../db';
import { reabrirPoa } from '../../db/repositorios/anioPoa';
import { useErrores } from '../../hooks/useErrores';
import { DialogoPasoPoa } from './DialogoPasoPoa';
import { CampoMotivo } from '../../componentes/CampoMotivo';

/** Reopening a closed POA asks why; the reason goes to the bitácora. */
export function DialogoReabrirPoa({ poa, onCerrar }: { poa: Poa; onCerrar: () => void }) {
  const [motivo, setMotivo] = useState('');
  const { errores, guardar } = useErrores();
  async function alReabrir() {
    if (await guardar(() => reabrirPoa(db, poa.id, { motivo }))) onCerrar();
  }
  return (
    <DialogoPasoPoa
      titulo={`Reabrir POA ${poa.anio}`}
      idTitulo="titulo-reabrir-poa"
      impedimento={null}
      error={errores._}
      textoBoton="Reabrir POA"
      icono={<LockOpenIcon />}
      onConfirmar={alReabrir}
      onCerrar={onCerrar}
    >
      <Typography variant="body2" sx={{ mb: 2 }}>
        El POA {poa.anio} vuelve a quedar autorizado: se podrán corregir su encabezado y actividades y registrar reconducciones en los
        meses que aún lo permitan. Ciérrelo de nuevo al terminar. El motivo queda en la bitácora.
      </Typography>
      <CampoMotivo
        label="Motivo de la reapertura"
        required
        minRows={3}
        autoFocus
        valor={motivo}
        alCambiar={setMotivo}
        error={errores.motivo}
        ayuda="Qué hay que corregir y por qué (al menos 10 caracteres)"
      />
    </DialogoPasoPoa>
  );
}
