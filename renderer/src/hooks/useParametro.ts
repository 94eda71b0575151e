import { useSearchParams } from 'react-router-dom';

/**
 * One choice of a screen kept in the address (`?anio=2027`, `?vista=trimestre`), so a link or a reload opens the
 * screen as it was left. Changing it keeps the others and replaces the address instead of adding a step to go back to.
 */
export function useParametro(clave: string): [string | null, (valor: string) => void] {
  const [parametros, setParametros] = useSearchParams();
  function cambiar(valor: string) {
    const nuevos = new URLSearchParams(parametros);
    nuevos.set(clave, valor);
    setParametros(nuevos, { replace: true });
  }
  return [parametros.get(clave), cambiar];
}
