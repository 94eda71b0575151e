import { TextField, type TextFieldProps } from '@mui/material';
import { useEffect, useState } from 'react';
import { Controller, type Control, type FieldValues, type Path } from 'react-hook-form';
import { enlaceCaja } from './campos';
import { numeroDeTexto } from './numeros';

/** The text a stored number is shown as; unreadable numbers (NaN) show nothing. */
const textoDe = (n: unknown, mostrar: (n: number) => string) => (typeof n === 'number' && Number.isFinite(n) ? mostrar(n) : '');

/** Same number, NaN included: what was typed still says what the form holds. */
const mismo = (a: number | null, b: unknown) => a === b || (Number.isNaN(a) && typeof b === 'number' && Number.isNaN(b));

/**
 * A number box bound to a number field: the clerk's text is kept as typed and the form holds the number it reads as
 * (`leer`; NaN for empty or unreadable text, which the schema reports as "… debe ser un número" at the field, or null
 * for an optional number left empty).
 * `mostrar` is how a stored number is written, and how the text is tidied once the box is left.
 */
export function CampoNumero<T extends FieldValues>({
  control,
  name,
  leer = numeroDeTexto,
  mostrar = String,
  ...props
}: { control: Control<T>; name: Path<T>; leer?: (texto: string) => number | null; mostrar?: (n: number) => string } & Omit<TextFieldProps, 'name'>) {
  return (
    <Controller
      control={control}
      name={name}
      render={({ field, fieldState }) => <CajaNumero {...props} leer={leer} mostrar={mostrar} valor={field.value} enlace={enlaceCaja(field, fieldState, props.helperText ?? ' ')} cambiar={field.onChange} salir={field.onBlur} />}
    />
  );
}

function CajaNumero({
  leer,
  mostrar,
  valor,
  enlace,
  cambiar,
  salir,
  ...props
}: Omit<TextFieldProps, 'name'> & {
  leer: (texto: string) => number | null;
  mostrar: (n: number) => string;
  valor: unknown;
  enlace: ReturnType<typeof enlaceCaja>;
  cambiar: (n: number | null) => void;
  salir: () => void;
}) {
  const [texto, setTexto] = useState(() => textoDe(valor, mostrar));
  // A value set from outside (a default, a reset) replaces what is shown.
  useEffect(() => {
    if (!mismo(leer(texto), valor)) setTexto(textoDe(valor, mostrar));
  }, [valor]);
  return (
    <TextField
      {...props}
      {...enlace}
      value={texto}
      onChange={(e) => {
        setTexto(e.target.value);
        cambiar(leer(e.target.value));
      }}
      onBlur={() => {
        const n = leer(texto);
        if (typeof n === 'number' && Number.isFinite(n) && n >= 0) setTexto(mostrar(n));
        salir();
      }}
    />
  );
}
