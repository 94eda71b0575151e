import { Pendiente } from '../../componentes/Pendiente';

export function PaginaTablero() {
  return <Pendiente titulo="Tablero" descripcion="Gráficas de avance del POA." />;
}
