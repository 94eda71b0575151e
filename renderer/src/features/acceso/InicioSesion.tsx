import { Alert, Button, Stack, TextField } from '@mui/material';
import LoginIcon from '@mui/icons-material/Login';
import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { db } from '../../db';
import { obtenerConfiguracion } from '../../db/repositorios/configuracion';
import { iniciarSesion } from '../../db/sesion';
import { useErrores } from '../../hooks/useErrores';
import { MarcoAcceso } from './MarcoAcceso';

/** Sign-in at start (and after signing out): user name and password, with Spanish messages at the fields. */
export function InicioSesion() {
  const configuracion = useLiveQuery(() => obtenerConfiguracion(db), []);
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
  }

  const municipio = configuracion?.municipio.trim();
  return (
    <MarcoAcceso
      titulo="Iniciar sesión"
      subtitulo={`${municipio ? `${municipio} · ` : ''}Gestión Social y Atención Ciudadana${configuracion ? ` · Estación ${configuracion.estacion}` : ''}`}
      ancho={480}
    >
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
        <TextField
          label="Contraseña"
          type="password"
          value={contrasena}
          onChange={(e) => setContrasena(e.target.value)}
          autoComplete="current-password"
          {...campo('contrasena')}
        />
        {errores._ && <Alert severity="error">{errores._}</Alert>}
        <Button type="submit" variant="contained" startIcon={<LoginIcon />} disabled={verificando}>
          {verificando ? 'Verificando…' : 'Entrar'}
        </Button>
      </Stack>
    </MarcoAcceso>
  );
}
