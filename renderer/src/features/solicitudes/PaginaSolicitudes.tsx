import { Pendiente } from '../../componentes/Pendiente';

export function PaginaSolicitudes() {
  return <Pendiente titulo="Atención Ciudadana y recepción de solicitudes" descripcion="Captura de solicitudes con folio, seguimiento y acuse." />;
}
