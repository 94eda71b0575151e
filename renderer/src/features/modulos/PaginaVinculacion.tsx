import { Pendiente } from '../../componentes/Pendiente';

export function PaginaVinculacion() {
  return <Pendiente titulo="Vinculación Institucional" descripcion="Registro de mesas interinstitucionales, acuerdos y convenios." />;
}
