import type { ReactNode } from 'react';
import { EncabezadoModulo } from '../comun/Pestanas';

const PESTANAS = [
  { ruta: '/vinculacion/mesas', titulo: 'Mesas' },
  { ruta: '/vinculacion/convenios', titulo: 'Convenios' },
] as const;

/** Module 4's heading and its two sections. */
export function PestanasVinculacion({ acciones }: { acciones?: ReactNode }) {
  return (
    <EncabezadoModulo
      titulo="Vinculación Institucional"
      subtitulo="Mesas interinstitucionales con sus acuerdos, y convenios con organizaciones civiles y públicas"
      etiqueta="Secciones de Vinculación Institucional"
      pestanas={PESTANAS}
      acciones={acciones}
    />
  );
}
