import { Pendiente } from '../../componentes/Pendiente';

export function PaginaProgramas() {
  return <Pendiente titulo="Programas Sociales y gestión ante dependencias externas" descripcion="Registro de talleres, capacitaciones y programas sociales gestionados." />;
}
