import { Alert, Button, Dialog, Divider, Stack, Typography } from '@mui/material';
import LockOpenIcon from '@mui/icons-material/LockOpen';
import SwitchAccountIcon from '@mui/icons-material/SwitchAccount';
import { useRef, useState } from 'react';
import { useNavigate } from 'react-router-dom';
import { ETIQUETA_ROL, type Sesion } from '../../../../shared/seguridad/permisos';
import { db } from '../../db';
import { desbloquearSesion } from '../../db/sesion';
import { useErrores } from '../../hooks/useErrores';
import { FormularioInicioSesion, useSubtituloAcceso } from './InicioSesion';
import { ContrasenaYBoton } from './ContrasenaYBoton';
import { MarcoAcceso } from './MarcoAcceso';

type Paso = 'desbloquear' | 'confirmar-cambio' | 'cambiar';

/**
 * Covers the whole window while the sign-in is locked. Nothing of the screens under it shows (they stay mounted,
 * hidden and inert, so a half-typed form is there when it unlocks); it names the account and asks for its password.
 * «Cambiar de usuario» lets another clerk sign in: the locked sign-in ends once another account enters, and what it
 * left unsaved is discarded, never saved under the other account's name.
 */
export function PantallaBloqueo({ sesion }: { sesion: Sesion }) {
  const [paso, setPaso] = useState<Paso>('desbloquear');
  const subtitulo = useSubtituloAcceso();
  const navegar = useNavigate();
  const cuenta = `${sesion.nombre} (${sesion.usuario})`;
  return (
    <Dialog
      open
      fullScreen
      // No onClose: neither Escape nor a click outside takes the lock away.
      aria-labelledby="titulo-bloqueo"
      // Above everything the screens under it may have open (lists, tooltips, notices): nothing shows through.
      sx={{ zIndex: (t) => t.zIndex.tooltip + 1 }}
      slotProps={{ paper: { sx: { bgcolor: 'background.default' } } }}
    >
      {paso === 'cambiar' ? (
        <MarcoAcceso titulo="Iniciar sesión" idTitulo="titulo-bloqueo" subtitulo={subtitulo} ancho={480}>
          <Alert severity="info" sx={{ mb: 2 }}>
            La sesión de {cuenta} sigue bloqueada hasta que entre otra cuenta. Si es {sesion.nombre}, escriba su usuario y
            vuelve a donde estaba.
          </Alert>
          <FormularioInicioSesion
            alEntrar={(nueva) => {
              // Another clerk starts from the POA, not on the screen the previous one left.
              if (nueva.cuentaId !== sesion.cuentaId) navegar('/');
            }}
          >
            <Button onClick={() => setPaso('desbloquear')}>Volver a la sesión bloqueada</Button>
          </FormularioInicioSesion>
        </MarcoAcceso>
      ) : (
        <MarcoAcceso titulo="Sesión bloqueada" idTitulo="titulo-bloqueo" subtitulo={subtitulo} ancho={480}>
          <Typography variant="subtitle1" component="p" sx={{ fontWeight: 500 }}>
            {cuenta} · {ETIQUETA_ROL[sesion.rol]}
          </Typography>
          <Typography variant="body2" color="text.secondary" sx={{ mb: 2 }}>
            La pantalla se bloqueó para proteger los datos personales. Escriba su contraseña para volver a donde estaba: lo
            que tenía a medio capturar sigue ahí.
          </Typography>
          <FormularioDesbloqueo sesion={sesion} />
          <Divider sx={{ my: 2 }} />
          {paso === 'confirmar-cambio' ? (
            <Alert severity="warning" role="alertdialog" aria-label="Confirmar cambio de usuario">
              Cuando entre otra cuenta se cerrará la sesión de {sesion.nombre} y lo que dejó a medio capturar se
              descartará: no se guardará a nombre de otra cuenta.
              <Stack direction="row" spacing={1} sx={{ mt: 1.5 }}>
                <Button color="warning" size="small" variant="contained" startIcon={<SwitchAccountIcon />} onClick={() => setPaso('cambiar')}>
                  Sí, cambiar de usuario
                </Button>
                <Button color="inherit" size="small" onClick={() => setPaso('desbloquear')}>
                  Cancelar
                </Button>
              </Stack>
            </Alert>
          ) : (
            <Button fullWidth variant="outlined" startIcon={<SwitchAccountIcon />} onClick={() => setPaso('confirmar-cambio')}>
              Cambiar de usuario
            </Button>
          )}
        </MarcoAcceso>
      )}
    </Dialog>
  );
}

/** The locked account's password, checked as a sign-in is: wrong ones count, make the next attempts wait and are logged. */
function FormularioDesbloqueo({ sesion }: { sesion: Sesion }) {
  const [contrasena, setContrasena] = useState('');
  const [verificando, setVerificando] = useState(false);
  const { errores, guardar, campo } = useErrores();
  const campoContrasena = useRef<HTMLInputElement>(null);

  async function desbloquear(e: React.FormEvent) {
    e.preventDefault();
    setVerificando(true);
    const hecho = await guardar(() => desbloquearSesion(db, contrasena));
    setVerificando(false);
    // A refused password is typed again from scratch, right there.
    if (!hecho) {
      setContrasena('');
      campoContrasena.current?.focus();
    }
  }

  const general = errores._ ?? errores.usuario;
  return (
    <Stack component="form" onSubmit={desbloquear} noValidate spacing={1} aria-label="Desbloqueo de sesión">
      {/* The account, for the password managers and screen readers that pair a password with its user. */}
      <input type="text" name="usuario" autoComplete="username" value={sesion.usuario} readOnly hidden />
      <ContrasenaYBoton
        valor={contrasena}
        alCambiar={setContrasena}
        estado={campo('contrasena')}
        error={general}
        verificando={verificando}
        texto="Desbloquear"
        icono={<LockOpenIcon />}
        autoFocus
        inputRef={campoContrasena}
      />
    </Stack>
  );
}
