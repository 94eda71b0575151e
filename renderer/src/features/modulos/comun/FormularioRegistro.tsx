import { Alert, Box, Button, Stack } from '@mui/material';
import SaveIcon from '@mui/icons-material/Save';
import type { FormEventHandler, ReactNode } from 'react';

/**
 * The frame of a capture or edit form: its sections, the general error (what no field owns) and the buttons. Enter in
 * a one-line box saves, as at the front desk.
 */
export function FormularioRegistro({
  etiqueta,
  onSubmit,
  error,
  enviando,
  textoGuardar,
  onCancelar,
  children,
}: {
  etiqueta: string;
  onSubmit: FormEventHandler<HTMLFormElement>;
  error?: string;
  enviando: boolean;
  textoGuardar: string;
  onCancelar: () => void;
  children: ReactNode;
}) {
  return (
    <Box component="form" noValidate onSubmit={onSubmit} aria-label={etiqueta} sx={{ display: 'grid', gap: 1.5 }}>
      {children}
      {error && <Alert severity="error">{error}</Alert>}
      <Stack direction="row" spacing={1}>
        <Button type="submit" variant="contained" startIcon={<SaveIcon />} disabled={enviando}>
          {textoGuardar}
        </Button>
        <Button onClick={onCancelar}>Cancelar</Button>
      </Stack>
    </Box>
  );
}
