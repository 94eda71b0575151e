import { Pendiente } from '../../componentes/Pendiente';

export function PaginaCronograma() {
  return <Pendiente titulo="Cronograma" descripcion="Cronograma mensual con metas programadas, alcanzadas e Índice de Eficiencia." />;
}
