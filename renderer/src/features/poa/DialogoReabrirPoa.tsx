import { Typography } from '@mui/material';
import LockOpenIcon from '@mui/icons-material/LockOpen';
import type { Poa } from '../../../../shared/schemas/poa';
import { db } from '../../db';
import { reabrirPoa } from '../../db/repositorios/anioPoa';
import { DialogoConMotivo } from '../../componentes/DialogoConMotivo';

/** Reopening a closed POA asks why; the reason goes to the bitácora. */
export function DialogoReabrirPoa({ poa, onCerrar }: { poa: Poa; onCerrar: () => void }) {
  return (
    <DialogoConMotivo
      titulo={`Reabrir POA ${poa.anio}`}
      idTitulo="titulo-reabrir-poa"
      etiqueta="Motivo de la reapertura"
      requerido
      renglones={3}
      ayuda="Qué hay que corregir y por qué (al menos 10 caracteres)"
      textoBoton="Reabrir POA"
      icono={<LockOpenIcon />}
      guardar={(motivo) => reabrirPoa(db, poa.id, { motivo })}
      onCerrar={onCerrar}
    >
      <Typography variant="body2" sx={{ mb: 2 }}>
        El POA {poa.anio} vuelve a quedar autorizado: se podrán corregir su encabezado y actividades y registrar reconducciones en los
        meses que aún lo permitan. Ciérrelo de nuevo al terminar. El motivo queda en la bitácora.
      </Typography>
    </DialogoConMotivo>
  );
}
