import { Box, CircularProgress } from '@mui/material';
import { useLiveQuery } from 'dexie-react-hooks';
import { Outlet } from 'react-router-dom';
import { db } from '../../db';
import { hayCuentas } from '../../db/sesion';
import { useBloqueoDeSesion } from '../../hooks/useBloqueoDeSesion';
import { useSesion, useSesionBloqueada } from '../../hooks/useSesion';
import { ConfiguracionInicial } from './ConfiguracionInicial';
import { InicioSesion } from './InicioSesion';
import { PantallaBloqueo } from './PantallaBloqueo';

/**
 * Nothing of the app shows without a signed-in account: the first start (no account yet) opens the first-run setup,
 * later starts the sign-in. The repositories check the role of every action themselves.
 *
 * A locked sign-in keeps the screens mounted, so a half-typed form survives, but hidden from view and from assistive
 * technology and unreachable by keyboard or mouse (`inert`), under the lock screen. Another account signing in mounts
 * them afresh: nothing the previous one left half-typed carries over.
 */
/** Hidden from view, every part of it: some pieces (the outline of a field) set their own visibility. */
const OCULTO = { '&, & *': { visibility: 'hidden !important' } } as const;

export function PuertaAcceso() {
  const sesion = useSesion();
  const bloqueada = useSesionBloqueada();
  const conCuentas = useLiveQuery(() => hayCuentas(db), []);
  useBloqueoDeSesion();
  if (sesion)
    return (
      <>
        <Box key={sesion.cuentaId} inert={bloqueada} aria-hidden={bloqueada || undefined} sx={bloqueada ? OCULTO : undefined}>
          <Outlet />
        </Box>
        {bloqueada && <PantallaBloqueo sesion={sesion} />}
      </>
    );
  if (conCuentas === undefined) return <CircularProgress aria-label="Cargando" sx={{ m: 4 }} />;
  return conCuentas ? <InicioSesion /> : <ConfiguracionInicial />;
}

/**
 * A print route renders only for a signed-in account that is not locked; otherwise the page stays empty (and never
 * ready to print).
 */
export function ImpresionConSesion() {
  const sesion = useSesion();
  const bloqueada = useSesionBloqueada();
  return sesion && !bloqueada ? <Outlet /> : null;
}
