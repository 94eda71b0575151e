import { CircularProgress } from '@mui/material';
import { useLiveQuery } from 'dexie-react-hooks';
import type { ReactNode } from 'react';
import { useParams } from 'react-router-dom';
import { NoEncontrado } from './NoEncontrado';

/**
 * The record a detail address (…/:id) names, kept live: a spinner while it loads, and the way back to the list when
 * it does not exist or was deleted (it may be deleted on another PC while open here).
 */
export function CargaRegistro<T>({
  obtener,
  eliminado,
  avisos,
  volverA,
  children,
}: {
  obtener: (id: string) => Promise<T | undefined>;
  eliminado: (registro: T) => boolean;
  avisos: { eliminado: string | ((registro: T) => string); noExiste: string };
  volverA: string;
  children: (registro: T) => ReactNode;
}) {
  const { id = '' } = useParams();
  const registro = useLiveQuery(async () => (await obtener(id)) ?? null, [id]);
  if (registro === undefined) return <CircularProgress aria-label="Cargando" />;
  if (registro === null || eliminado(registro)) {
    const mensaje = registro === null ? avisos.noExiste : typeof avisos.eliminado === 'string' ? avisos.eliminado : avisos.eliminado(registro);
    return <NoEncontrado mensaje={mensaje} volverA={volverA} />;
  }
  return children(registro);
}
