import { Pendiente } from '../../componentes/Pendiente';

export function PaginaReportes() {
  return <Pendiente titulo="Reportes" descripcion="Libro POA en Excel para Tesorería y hojas mensuales para firma." />;
}
