import { TextField, type TextFieldProps } from '@mui/material';

/**
 * A reason someone must write before a change is accepted (a reopening, an adjustment, a reconducción, a
 * justification): what to write, how many characters so far, and the repository's message in its place when it is
 * refused.
 */
export function CampoMotivo({
  valor,
  alCambiar,
  ayuda,
  error,
  ...resto
}: {
  valor: string;
  alCambiar: (valor: string) => void;
  /** What to write, e.g. "Qué hay que corregir y por qué (al menos 10 caracteres)". */
  ayuda: string;
  error?: string;
} & Omit<TextFieldProps, 'value' | 'onChange' | 'error' | 'helperText'>) {
  return (
    <TextField
      multiline
      minRows={2}
      {...resto}
      value={valor}
      onChange={(e) => alCambiar(e.target.value)}
      error={Boolean(error)}
      helperText={error ?? `${ayuda} · ${valor.trim().length} caracteres`}
    />
  );
}
