import { Typography } from '@mui/material';
import LockOpenIcon from '@mui/icons-material/LockOpen';
import type { EstadoPeriodoCierre } from '../../../../shared/domain/cierres';
import { db } from '../../db';
import { reabrirPeriodo } from '../../db/repositorios/cierres';
import { DialogoConMotivo } from '../../componentes/DialogoConMotivo';
import { detalleCierre } from './textoCierre';

/** Reopening a reported period asks why; the reason goes to the bitácora with the reopening. */
export function DialogoReabrirPeriodo({ estado, onCerrar }: { estado: EstadoPeriodoCierre; onCerrar: () => void }) {
  return (
    <DialogoConMotivo
      titulo={`Reabrir ${estado.etiqueta}`}
      idTitulo="titulo-reabrir-periodo"
      etiqueta="Motivo de la reapertura"
      renglones={3}
      ayuda="Qué hay que corregir y por qué (al menos 10 caracteres)"
      otrosErrores={['periodo']}
      textoBoton="Reabrir periodo"
      icono={<LockOpenIcon />}
      guardar={(motivo) => reabrirPeriodo(db, { ...estado.periodo, motivo })}
      onCerrar={onCerrar}
    >
      <Typography variant="body2" sx={{ mb: 2 }}>
        El periodo está {detalleCierre(estado)}. Al reabrirlo se podrá corregir lo que cuenta en él; ciérrelo de nuevo cuando termine.
        El motivo queda en la bitácora.
      </Typography>
    </DialogoConMotivo>
  );
}
