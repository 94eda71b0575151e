import { Pendiente } from '../../componentes/Pendiente';

export function PaginaApoyos() {
  return <Pendiente titulo="Gestión de Apoyos y Jornadas Comunitarias" descripcion="Registro de apoyos entregados, padrón de beneficiarios y jornadas comunitarias." />;
}
