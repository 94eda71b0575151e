import { IconButton, InputAdornment, TextField, type TextFieldProps } from '@mui/material';
import CalendarMonthIcon from '@mui/icons-material/CalendarMonth';
import { useEffect, useRef, useState } from 'react';
import { fechaParaEscribir, interpretarFechaEscrita } from '../../../shared/domain/formato';

export type PropsEntradaFecha = Omit<TextFieldProps, 'value' | 'onChange' | 'type'> & {
  /** Stored value: 'AAAA-MM-DD' ('AAAA-MM-DDTHH:mm' with `conHora`), '' when empty, or text not yet a date. */
  value: string;
  /** Receives the ISO value once the text is a real date; otherwise the text as typed, so validation reports it. */
  onChange: (valor: string) => void;
  conHora?: boolean;
};

/**
 * A date box that always reads and writes dd/mm/aaaa (and hh:mm), whatever the language of the PC, with a calendar
 * button. Typing digits only is enough: the slashes are put in as the clerk types.
 */
export function EntradaFecha({ value, onChange, conHora = false, onBlur, inputRef, slotProps, ...props }: PropsEntradaFecha) {
  const [texto, setTexto] = useState(() => fechaParaEscribir(value));
  const selector = useRef<HTMLInputElement>(null);

  // A value set from outside (a default, a reset, the calendar) replaces what is shown.
  useEffect(() => {
    if (interpretarFechaEscrita(texto, conHora) !== value && texto !== value) setTexto(fechaParaEscribir(value));
  }, [value]);

  function escribir(nuevo: string) {
    const formado = conMascara(nuevo, texto, conHora);
    setTexto(formado);
    onChange(interpretarFechaEscrita(formado, conHora) ?? formado.trim());
  }

  function abrirCalendario() {
    const el = selector.current;
    if (!el) return;
    el.value = interpretarFechaEscrita(texto, conHora) ?? '';
    try {
      el.showPicker();
    } catch {
      el.focus();
    }
  }

  return (
    <>
      <TextField
        {...props}
        value={texto}
        onChange={(e) => escribir(e.target.value)}
        onBlur={(e) => {
          const iso = interpretarFechaEscrita(texto, conHora);
          if (iso) setTexto(fechaParaEscribir(iso));
          onBlur?.(e);
        }}
        inputRef={inputRef}
        placeholder={conHora ? 'dd/mm/aaaa hh:mm' : 'dd/mm/aaaa'}
        slotProps={{
          ...slotProps,
          inputLabel: { shrink: true },
          htmlInput: { inputMode: 'numeric', autoComplete: 'off', maxLength: conHora ? 16 : 10 },
          input: {
            endAdornment: (
              <InputAdornment position="end">
                <IconButton size="small" edge="end" tabIndex={-1} aria-label="Abrir calendario" onClick={abrirCalendario}>
                  <CalendarMonthIcon fontSize="small" />
                </IconButton>
              </InputAdornment>
            ),
          },
        }}
      />
      <input
        ref={selector}
        type={conHora ? 'datetime-local' : 'date'}
        tabIndex={-1}
        aria-hidden="true"
        style={{ position: 'absolute', opacity: 0, width: 0, height: 0, border: 0, padding: 0, pointerEvents: 'none' }}
        onChange={(e) => {
          if (!e.target.value) return;
          setTexto(fechaParaEscribir(e.target.value));
          onChange(e.target.value.slice(0, conHora ? 16 : 10));
        }}
      />
    </>
  );
}

/** Adds the '/' after day and month (and the space and ':' of the time) while digits are typed, never on delete. */
function conMascara(nuevo: string, anterior: string, conHora: boolean): string {
  if (nuevo.length < anterior.length || !/^\d+$/.test(nuevo.replace(/[/ :]/g, '')) || nuevo.includes('-')) return nuevo;
  const d = nuevo.replace(/\D/g, '').slice(0, conHora ? 12 : 8);
  let r = d.slice(0, 2);
  if (d.length > 2) r += '/' + d.slice(2, 4);
  if (d.length > 4) r += '/' + d.slice(4, 8);
  if (conHora && d.length > 8) r += ' ' + d.slice(8, 10);
  if (conHora && d.length > 10) r += ':' + d.slice(10, 12);
  if ([2, 4].includes(d.length) && nuevo.length > anterior.length && d.length < 8) r += '/';
  return r;
}
