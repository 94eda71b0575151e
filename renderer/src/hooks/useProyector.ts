import { createContext, useContext, useEffect } from 'react';
import { useSearchParams } from 'react-router-dom';

/** The address parameter of the projector view (`?proyector=1`): a reload or a link opens the screen as it was shown. */
export const PARAMETRO_PROYECTOR = 'proyector';

/** Whether the address asks for the projector view; the frame hides its menu for it. */
export function enVistaProyector(parametros: URLSearchParams): boolean {
  return parametros.get(PARAMETRO_PROYECTOR) === '1';
}

/**
 * The projector view of a screen (the cronograma, the tablero): large type and fewer marks, for a meeting room.
 * Kept in the address, replaced rather than added to the history; Escape leaves it.
 */
export function useVistaProyector(): [boolean, (activa: boolean) => void] {
  const [parametros, setParametros] = useSearchParams();
  const activa = enVistaProyector(parametros);
  function cambiar(valor: boolean) {
    setParametros(
      (actuales) => {
        const nuevos = new URLSearchParams(actuales);
        if (valor) nuevos.set(PARAMETRO_PROYECTOR, '1');
        else nuevos.delete(PARAMETRO_PROYECTOR);
        return nuevos;
      },
      { replace: true },
    );
  }
  useEffect(() => {
    if (!activa) return;
    const tecla = (e: KeyboardEvent) => {
      // A dialog open over the screen takes its own Escape first.
      if (e.key !== 'Escape' || e.defaultPrevented || document.querySelector('[role="dialog"]')) return;
      setParametros(
        (actuales) => {
          const nuevos = new URLSearchParams(actuales);
          nuevos.delete(PARAMETRO_PROYECTOR);
          return nuevos;
        },
        { replace: true },
      );
    };
    window.addEventListener('keydown', tecla);
    return () => window.removeEventListener('keydown', tecla);
  }, [activa, setParametros]);
  return [activa, cambiar];
}

/** For the cells, cards and charts deep in a screen shown in projector view. */
export const ContextoProyector = createContext(false);

export function useEnProyector(): boolean {
  return useContext(ContextoProyector);
}
