import type { ReactNode } from 'react';
import { EncabezadoPagina } from '../../../componentes/Encabezado';
import { Pestanas } from '../comun/Pestanas';

const PESTANAS = [
  { ruta: '/vinculacion/mesas', titulo: 'Mesas' },
  { ruta: '/vinculacion/convenios', titulo: 'Convenios' },
] as const;

export function PestanasVinculacion({ acciones }: { acciones?: ReactNode }) {
  return (
    <>
      <EncabezadoPagina
        titulo="Vinculación Institucional"
        subtitulo="Mesas interinstitucionales con sus acuerdos, y convenios con organizaciones civiles y públicas"
        acciones={acciones}
      />
      <Pestanas etiqueta="Secciones de Vinculación Institucional" pestanas={PESTANAS} />
    </>
  );
}
