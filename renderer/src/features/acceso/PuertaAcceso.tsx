import { CircularProgress } from '@mui/material';
import { useLiveQuery } from 'dexie-react-hooks';
import { Outlet } from 'react-router-dom';
import { db } from '../../db';
import { hayCuentas } from '../../db/sesion';
import { useSesion } from '../../hooks/useSesion';
import { ConfiguracionInicial } from './ConfiguracionInicial';
import { InicioSesion } from './InicioSesion';

/**
 * Nothing of the app shows without a signed-in account: the first start (no account yet) opens the first-run setup,
 * later starts the sign-in. The repositories check the role of every action themselves.
 */
export function PuertaAcceso() {
  const sesion = useSesion();
  const conCuentas = useLiveQuery(() => hayCuentas(db), []);
  if (sesion) return <Outlet />;
  if (conCuentas === undefined) return <CircularProgress aria-label="Cargando" sx={{ m: 4 }} />;
  return conCuentas ? <InicioSesion /> : <ConfiguracionInicial />;
}

/** A print route renders only for a signed-in account; otherwise the page stays empty (and never ready to print). */
export function ImpresionConSesion() {
  return useSesion() ? <Outlet /> : null;
}
