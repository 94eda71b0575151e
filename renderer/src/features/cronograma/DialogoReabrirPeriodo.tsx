import { Alert, Button, Dialog, DialogActions, DialogContent, DialogTitle, Typography } from '@mui/material';
import LockOpenIcon from '@mui/icons-material/LockOpen';
import { useState } from 'react';
import type { EstadoPeriodoCierre } from '../../../../shared/domain/cierres';
import { db } from '../../db';
import { reabrirPeriodo } from '../../db/repositorios/cierres';
import { useErrores } from '../../hooks/useErrores';
import { detalleCierre } from './textoCierre';
import { CampoMotivo } from '../../componentes/CampoMotivo';

/** Reopening a reported period asks why; the reason goes to the bitácora with the reopening. */
export function DialogoReabrirPeriodo({ estado, onCerrar }: { estado: EstadoPeriodoCierre; onCerrar: () => void }) {
  const [motivo, setMotivo] = useState('');
  const { errores, guardar } = useErrores();

  async function alReabrir(e: React.FormEvent) {
    e.preventDefault();
    const ok = await guardar(() => reabrirPeriodo(db, { ...estado.periodo, motivo }));
    if (ok) onCerrar();
  }

  return (
    <Dialog open onClose={onCerrar} maxWidth="sm" fullWidth aria-labelledby="titulo-reabrir-periodo">
      <form onSubmit={alReabrir} noValidate>
        <DialogTitle id="titulo-reabrir-periodo">Reabrir {estado.etiqueta}</DialogTitle>
        <DialogContent dividers>
          <Typography variant="body2" sx={{ mb: 2 }}>
            El periodo está {detalleCierre(estado)}. Al reabrirlo se podrá corregir lo que cuenta en él; ciérrelo de nuevo cuando termine.
            El motivo queda en la bitácora.
          </Typography>
          <CampoMotivo
            label="Motivo de la reapertura"
            minRows={3}
            autoFocus
            valor={motivo}
            alCambiar={setMotivo}
            error={errores.motivo}
            ayuda="Qué hay que corregir y por qué (al menos 10 caracteres)"
          />
          {(errores.periodo || errores._) && (
            <Alert severity="error" sx={{ mt: 1 }}>
              {errores.periodo ?? errores._}
            </Alert>
          )}
        </DialogContent>
        <DialogActions>
          <Button onClick={onCerrar}>Cancelar</Button>
          <Button type="submit" variant="contained" startIcon={<LockOpenIcon />}>
            Reabrir periodo
          </Button>
        </DialogActions>
      </form>
    </Dialog>
  );
}
