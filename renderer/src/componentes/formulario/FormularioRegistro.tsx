import { Alert, Box, Button, Stack } from '@mui/material';
import SaveIcon from '@mui/icons-material/Save';
import type { FormEventHandler, ReactNode } from 'react';

/** What a form's frame reads of react-hook-form's state: whether it is saving, and the general error. */
export interface EstadoEnvio {
  isSubmitting: boolean;
  errors: { root?: { message?: string } };
}

/**
 * The frame of a capture or edit form: its sections, the general error (what no field owns) and the buttons. Enter in
 * a one-line box saves, as at the front desk.
 */
export function FormularioRegistro({
  etiqueta,
  onSubmit,
  estado,
  textoGuardar,
  onCancelar,
  children,
}: {
  etiqueta: string;
  onSubmit: FormEventHandler<HTMLFormElement>;
  estado: EstadoEnvio;
  textoGuardar: string;
  onCancelar: () => void;
  children: ReactNode;
}) {
  const error = estado.errors.root?.message;
  return (
    <Box component="form" noValidate onSubmit={onSubmit} aria-label={etiqueta} sx={{ display: 'grid', gap: 1.5 }}>
      {children}
      {error && <Alert severity="error">{error}</Alert>}
      <Stack direction="row" spacing={1}>
        <Button type="submit" variant="contained" startIcon={<SaveIcon />} disabled={estado.isSubmitting}>
          {textoGuardar}
        </Button>
        <Button onClick={onCancelar}>Cancelar</Button>
      </Stack>
    </Box>
  );
}
