import { AppBar, Box, Button, Chip, Divider, Drawer, List, ListItemButton, ListItemIcon, ListItemText, ListSubheader, Toolbar, Tooltip, Typography } from '@mui/material';
import LockIcon from '@mui/icons-material/Lock';
import LogoutIcon from '@mui/icons-material/Logout';
import { NavLink, Outlet, useLocation, useSearchParams } from 'react-router-dom';
import { useLiveQuery } from 'dexie-react-hooks';
import { NAVEGACION } from './navegacion';
import { AvisoActualizacion } from '../componentes/AvisoActualizacion';
import { ConCarga } from '../componentes/CargaPerezosa';
import { db } from '../db';
import { obtenerConfiguracion } from '../db/repositorios/configuracion';
import { bloquearSesion, cerrarSesion } from '../db/sesion';
import { ATAJO_BLOQUEO } from '../hooks/useBloqueoDeSesion';
import { useAtajoCaptura } from '../hooks/useAtajoCaptura';
import { useSesion } from '../hooks/useSesion';
import { enVistaProyector } from '../hooks/useProyector';
import { permitidas } from '../hooks/usePuede';
import { ETIQUETA_ROL } from '../../../shared/seguridad/permisos';

const ANCHO_MENU = 248;
const GRUPOS = ['POA', 'Módulos', 'Seguimiento', 'Sistema'] as const;

export function Marco() {
  const { pathname } = useLocation();
  const [parametros] = useSearchParams();
  // The projector view gives the whole width to the screen it presents; its own button (or Escape) brings the menu back.
  const proyector = enVistaProyector(parametros);
  const configuracion = useLiveQuery(() => obtenerConfiguracion(db), []);
  const sesion = useSesion();
  useAtajoCaptura();
  const activa = (ruta: string) => (ruta === '/' ? pathname === '/' : pathname.startsWith(ruta));
  return (
    <Box sx={{ display: 'flex', minHeight: '100vh' }}>
      <AppBar position="fixed" sx={{ zIndex: (t) => t.zIndex.drawer + 1 }}>
        <Toolbar variant="dense" sx={{ gap: 2 }}>
          <Typography variant="h6" component="div" sx={{ fontWeight: 700 }}>
            POA Gestión Social
          </Typography>
          <Typography variant="body2" sx={{ opacity: 0.85, flexGrow: 1 }}>
            {configuracion?.municipio ? `${configuracion.municipio} · ` : ''}Gestión Social y Atención Ciudadana
          </Typography>
          {configuracion && sesion && (
            <Chip
              size="small"
              aria-label="Cuenta en uso"
              label={`${sesion.nombre} · ${ETIQUETA_ROL[sesion.rol]} · Estación ${configuracion.estacion}`}
              sx={{ bgcolor: 'rgba(255,255,255,0.15)', color: 'inherit' }}
            />
          )}
          <Tooltip describeChild title={`Bloquear la pantalla al dejar la PC; se vuelve con la contraseña (${ATAJO_BLOQUEO.texto})`}>
            <Button
              color="inherit"
              size="small"
              startIcon={<LockIcon />}
              aria-keyshortcuts={ATAJO_BLOQUEO.aria}
              onClick={() => void bloquearSesion(db, { tipo: 'manual' })}
            >
              Bloquear
            </Button>
          </Tooltip>
          <Button color="inherit" size="small" startIcon={<LogoutIcon />} onClick={() => void cerrarSesion(db)}>
            Cerrar sesión
          </Button>
        </Toolbar>
      </AppBar>
      {!proyector && (
        <Drawer
          variant="permanent"
          sx={{ width: ANCHO_MENU, flexShrink: 0, '& .MuiDrawer-paper': { width: ANCHO_MENU, boxSizing: 'border-box' } }}
        >
          <Toolbar variant="dense" />
          <Box component="nav" aria-label="Navegación principal" sx={{ overflow: 'auto' }}>
            {GRUPOS.map((grupo, i) => (
              <List key={grupo} dense subheader={<ListSubheader component="div">{grupo}</ListSubheader>}>
                {permitidas(NAVEGACION, sesion).filter((e) => e.grupo === grupo).map((e) => (
                  <ListItemButton
                    key={e.ruta}
                    component={NavLink}
                    to={e.ruta}
                    selected={activa(e.ruta)}
                    aria-current={activa(e.ruta) ? 'page' : undefined}
                  >
                    <ListItemIcon sx={{ minWidth: 36 }}>{e.icono}</ListItemIcon>
                    <ListItemText primary={e.titulo} />
                  </ListItemButton>
                ))}
                {i < GRUPOS.length - 1 && <Divider sx={{ mt: 1 }} />}
              </List>
            ))}
          </Box>
        </Drawer>
      )}
      <Box component="main" sx={{ flexGrow: 1, p: 3, minWidth: 0 }}>
        <Toolbar variant="dense" />
        <AvisoActualizacion />
        <ConCarga>
          <Outlet />
        </ConCarga>
      </Box>
    </Box>
  );
}
