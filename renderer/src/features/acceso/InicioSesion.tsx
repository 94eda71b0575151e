import { useLocation, useNavigate } from 'react-router-dom';
import { Stack, TextField } from '@mui/material';
import LoginIcon from '@mui/icons-material/Login';
import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useState, type ReactNode } from 'react';
import type { Sesion } from '../../../../shared/seguridad/permisos';
import { db } from '../../db';
import { obtenerConfiguracion } from '../../db/repositorios/configuracion';
import { iniciarSesion } from '../../db/sesion';
import { useErrores } from '../../hooks/useErrores';
import { ContrasenaYBoton } from './ContrasenaYBoton';
import { MarcoAcceso } from './MarcoAcceso';

/** Sign-in at start (and after signing out): user name and password, with Spanish messages at the fields. */
export function InicioSesion() {
  const subtitulo = useSubtituloAcceso();
  const navegar = useNavigate();
  const { pathname } = useLocation();
  // The address is «Hoy»'s while the sign-in shows: the screen the app opened at (or the previous account left) is
  // never mounted on the way, which loaded its code and data between «Entrar» and «Hoy» (the tablero, 250 ms).
  useEffect(() => {
    if (pathname !== '/') navegar('/', { replace: true });
  }, [pathname, navegar]);
  return (
    <MarcoAcceso titulo="Iniciar sesión" subtitulo={subtitulo} ancho={480}>
      {/* Whoever signs in starts at «Hoy», not on the screen the previous account left open. */}
      <FormularioInicioSesion alEntrar={() => navegar('/', { replace: true })} />
    </MarcoAcceso>
  );
}

/** The municipality, the department and this PC's station, under the title of the sign-in and the lock screen. */
export function useSubtituloAcceso(): string {
  const configuracion = useLiveQuery(() => obtenerConfiguracion(db), []);
  const municipio = configuracion?.municipio.trim();
  return `${municipio ? `${municipio} · ` : ''}Gestión Social y Atención Ciudadana${configuracion ? ` · Estación ${configuracion.estacion}` : ''}`;
}

/**
 * User name (empty, with the focus) and password. `alEntrar` hears of the account that signed in; `children` go
 * under the Entrar button (the lock screen's way back).
 */
export function FormularioInicioSesion({ alEntrar, children }: { alEntrar?: (sesion: Sesion) => void; children?: ReactNode }) {
  const [usuario, setUsuario] = useState('');
  const [contrasena, setContrasena] = useState('');
  const [verificando, setVerificando] = useState(false);
  const { errores, guardar, campo } = useErrores();

  async function entrar(e: React.FormEvent) {
    e.preventDefault();
    setVerificando(true);
    const sesion = await guardar(() => iniciarSesion(db, { usuario, contrasena }));
    setVerificando(false);
    // A wrong password is typed again from scratch; the user name stays.
    if (!sesion) setContrasena('');
    else alEntrar?.(sesion);
  }

  return (
    <Stack component="form" onSubmit={entrar} noValidate spacing={1} aria-label="Inicio de sesión">
      <TextField
        label="Usuario"
        value={usuario}
        onChange={(e) => setUsuario(e.target.value)}
        autoComplete="username"
        autoFocus
        slotProps={{ htmlInput: { autoCapitalize: 'none', spellCheck: false } }}
        {...campo('usuario')}
      />
      <ContrasenaYBoton
        valor={contrasena}
        alCambiar={setContrasena}
        estado={campo('contrasena')}
        error={errores._}
        verificando={verificando}
        texto="Entrar"
        icono={<LoginIcon />}
      />
      {children}
    </Stack>
  );
}
