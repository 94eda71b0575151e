import { Button, Dialog, DialogActions, DialogContent, DialogContentText, DialogTitle, Typography } from '@mui/material';
import { useId } from 'react';

/**
 * The aviso de privacidad read to the citizen, opened from the capture or asked at the moment of saving when its box
 * was not ticked: Enter (the focused «Acepta») records the consent, and when asked on saving also saves, so the
 * capture's Enter still works.
 */
export function DialogoAvisoPrivacidad({
  aviso,
  textoAcepta,
  onAcepta,
  onNoAcepta,
}: {
  aviso: string;
  textoAcepta: string;
  onAcepta: () => void;
  onNoAcepta: () => void;
}) {
  const id = useId();
  return (
    <Dialog open onClose={onNoAcepta} aria-labelledby={id} maxWidth="sm" fullWidth>
      <DialogTitle id={id}>Aviso de privacidad</DialogTitle>
      <DialogContent>
        <DialogContentText sx={{ mb: 1.5 }}>Informe al ciudadano el aviso de privacidad y pregúntele si acepta el tratamiento de sus datos.</DialogContentText>
        <Typography variant="body2" sx={{ bgcolor: 'grey.50', border: 1, borderColor: 'divider', borderRadius: 1, p: 1.5, whiteSpace: 'pre-line' }}>
          {aviso}
        </Typography>
      </DialogContent>
      <DialogActions>
        <Button onClick={onNoAcepta}>No acepta</Button>
        <Button variant="contained" onClick={onAcepta} autoFocus>
          {textoAcepta}
        </Button>
      </DialogActions>
    </Dialog>
  );
}
