import { Alert, Box, Button, Paper, Stack } from '@mui/material';
import SaveIcon from '@mui/icons-material/Save';
import type { FormEventHandler, ReactNode } from 'react';
import { ResumenErrores } from './ResumenErrores';
import { camposConError } from './validacion';

/** What a form's frame reads of react-hook-form's state: whether it is saving, the general error and, after a save was tried, the fields' errors. */
export interface EstadoEnvio {
  isSubmitting: boolean;
  errors: { root?: { message?: string } };
  submitCount?: number;
}

/**
 * The frame of a capture or edit form: its sections, and a bar that stays at the bottom of the window with the
 * buttons, the general error (what no field owns) and, after a failed save, the summary of the fields to fix with a
 * link to each. Enter in a one-line box saves, as at the front desk.
 */
export function FormularioRegistro({
  etiqueta,
  onSubmit,
  estado,
  textoGuardar,
  onCancelar,
  irA,
  etiquetas,
  children,
}: {
  etiqueta: string;
  onSubmit: FormEventHandler<HTMLFormElement>;
  estado: EstadoEnvio;
  textoGuardar: string;
  onCancelar: () => void;
  /** Takes the focus to a field named in the summary. */
  irA?: (campo: string) => void;
  /** The form's own names for the fields, where they differ from the records' labels. */
  etiquetas?: Readonly<Record<string, string>>;
  children: ReactNode;
}) {
  const error = estado.errors.root?.message;
  const campos = irA && (estado.submitCount ?? 0) > 0 ? camposConError(estado.errors) : [];
  return (
    <Box component="form" noValidate onSubmit={onSubmit} aria-label={etiqueta} sx={{ display: 'grid', gap: 1.5 }}>
      {children}
      {error && <Alert severity="error">{error}</Alert>}
      <Paper
        elevation={3}
        component="div"
        sx={{ position: 'sticky', bottom: 0, zIndex: 2, px: 2, py: 1, display: 'flex', gap: 1.5, alignItems: 'center', flexWrap: 'wrap' }}
      >
        <Stack direction="row" spacing={1} sx={{ flexShrink: 0 }}>
          <Button type="submit" variant="contained" startIcon={<SaveIcon />} disabled={estado.isSubmitting}>
            {textoGuardar}
          </Button>
          <Button onClick={onCancelar}>Cancelar</Button>
        </Stack>
        {irA && <ResumenErrores campos={campos} etiquetas={etiquetas} irA={irA} />}
      </Paper>
    </Box>
  );
}
