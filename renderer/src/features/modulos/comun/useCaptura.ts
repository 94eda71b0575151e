import { useNavigate } from 'react-router-dom';

/**
 * What a capture screen gives its record's form: saving creates the record and opens its detail (at `lista`/<id>),
 * which says it was just registered; cancelling goes back to the list.
 */
export function useCaptura<D>(lista: string, crear: (datos: D) => Promise<{ id: string }>) {
  const navegar = useNavigate();
  return {
    editando: false,
    async guardar(datos: D): Promise<void> {
      const registro = await crear(datos);
      navegar(`${lista}/${registro.id}`, { state: { recienCreado: true } });
    },
    onCancelar: () => navegar(lista),
  };
}
