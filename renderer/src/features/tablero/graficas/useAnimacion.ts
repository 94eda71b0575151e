import { useSyncExternalStore } from 'react';

const consulta = () => window.matchMedia('print');

function suscribir(avisar: () => void): () => void {
  const m = consulta();
  m.addEventListener('change', avisar);
  window.addEventListener('beforeprint', avisar);
  window.addEventListener('afterprint', avisar);
  return () => {
    m.removeEventListener('change', avisar);
    window.removeEventListener('beforeprint', avisar);
    window.removeEventListener('afterprint', avisar);
  };
}

/**
 * Charts animate on screen but never while printing: a chart caught mid-animation prints half-drawn (the printed
 * sheet's chart is drawn without animation from the start).
 */
export function useAnimacion(): false | undefined {
  const imprimiendo = useSyncExternalStore(suscribir, () => consulta().matches, () => false);
  return imprimiendo ? false : undefined;
}
