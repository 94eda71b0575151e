import { Alert, Button, TextField } from '@mui/material';
import type { ReactNode, Ref } from 'react';

interface Props {
  valor: string;
  alCambiar: (valor: string) => void;
  /** The field's error state and message, from `useErrores().campo('contrasena')`. */
  estado: { error: boolean; helperText: string };
  /** A message of the whole form (a refusal not tied to the password). */
  error?: string;
  verificando: boolean;
  texto: string;
  icono: ReactNode;
  autoFocus?: boolean;
  inputRef?: Ref<HTMLInputElement>;
}

/**
 * The password of an account that already exists, the form's message and its submit button, the same on the sign-in
 * and on the lock screen: what a password manager fills and a screen reader announces alike.
 */
export function ContrasenaYBoton({ valor, alCambiar, estado, error, verificando, texto, icono, autoFocus, inputRef }: Props) {
  return (
    <>
      <TextField
        label="Contraseña"
        type="password"
        value={valor}
        onChange={(e) => alCambiar(e.target.value)}
        autoComplete="current-password"
        autoFocus={autoFocus}
        inputRef={inputRef}
        {...estado}
      />
      {error && <Alert severity="error">{error}</Alert>}
      <Button type="submit" variant="contained" startIcon={icono} disabled={verificando}>
        {verificando ? 'Verificando…' : texto}
      </Button>
    </>
  );
}
