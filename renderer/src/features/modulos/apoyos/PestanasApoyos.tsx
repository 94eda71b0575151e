import type { ReactNode } from 'react';
import { EncabezadoModulo } from '../comun/Pestanas';

const PESTANAS = [
  { ruta: '/apoyos', titulo: 'Apoyos' },
  { ruta: '/apoyos/jornadas', titulo: 'Jornadas' },
  { ruta: '/apoyos/padron', titulo: 'Padrón de beneficiarios' },
] as const;

/** Module 2's heading and its three sections. */
export function PestanasApoyos({ acciones }: { acciones?: ReactNode }) {
  return (
    <EncabezadoModulo
      titulo="Gestión de Apoyos y Jornadas Comunitarias"
      subtitulo="Apoyos gestionados y entregados, jornadas en colonias y localidades, y el padrón de quienes recibieron apoyo"
      etiqueta="Secciones de Apoyos y Jornadas"
      pestanas={PESTANAS}
      acciones={acciones}
    />
  );
}
