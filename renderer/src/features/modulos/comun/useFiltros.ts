import { useState } from 'react';

/** A list's filter values ('' is "all"), the setter each filter's box takes, and back to none. */
export function useFiltros<F extends Record<string, string>>(vacios: F) {
  const [filtros, setFiltros] = useState(vacios);
  return {
    filtros,
    cambiar: (campo: keyof F) => (valor: string) => setFiltros((f) => ({ ...f, [campo]: valor })),
    limpiar: () => setFiltros(vacios),
  };
}
