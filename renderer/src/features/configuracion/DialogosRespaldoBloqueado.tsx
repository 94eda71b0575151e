import { Checkbox, FormControlLabel, Stack, TextField, Typography } from '@mui/material';
import LockIcon from '@mui/icons-material/Lock';
import { useState } from 'react';
import { fechaIsoLocal } from '../../../../shared/domain/formato';
import { LONGITUD_MINIMA_CONTRASENA } from '../../../../shared/seguridad/contrasenas';
import { MarcoDialogo } from '../../componentes/MarcoDialogo';
import { puente } from '../../bridge';
import { db } from '../../db';
import { textoDeError, ErrorValidacion, erroresParaFormulario } from '../../db/errores';
import { obtenerConfiguracion } from '../../db/repositorios/configuracion';
import { copiaDeRespaldo, EXTENSION_BLOQUEADA, nombreCopia } from '../../db/respaldoBloqueado';
import { ConPermiso } from '../../componentes/ConPermiso';

type Errores = Record<string, string>;

function erroresDe(e: unknown): Errores {
  return erroresParaFormulario(e) ?? { _: textoDeError(e) };
}

/**
 * «Copiar respaldo»: the whole database as a file for a folder, a USB drive or another PC, locked by default with a
 * passphrase typed twice. The passphrase lives only in this dialog's state and is dropped when it closes.
 */
export function DialogoCopiarRespaldo({ onCerrar, onCopiado }: { onCerrar: () => void; onCopiado: (mensaje: string) => void }) {
  const [bloquear, setBloquear] = useState(true);
  const [contrasena, setContrasena] = useState('');
  const [confirmacion, setConfirmacion] = useState('');
  const [errores, setErrores] = useState<Errores>({});
  const [ocupado, setOcupado] = useState(false);

  async function copiar() {
    setOcupado(true);
    setErrores({});
    try {
      const bytes = await copiaDeRespaldo(db, bloquear ? { contrasena, confirmacion } : null);
      const { estacion } = await obtenerConfiguracion(db);
      const nombre = nombreCopia(estacion, fechaIsoLocal(new Date()), bloquear);
      const respuesta = await puente.guardarArchivo({
        nombreSugerido: nombre,
        filtros: [bloquear ? { name: 'Respaldo POA protegido', extensions: [EXTENSION_BLOQUEADA] } : { name: 'Respaldo POA', extensions: ['gz'] }],
        datos: bytes,
      });
      if (!respuesta.guardado) {
        setErrores({ _: 'Copia cancelada: no se guardó ningún archivo.' });
        return;
      }
      onCopiado(`Copia${bloquear ? ' protegida con contraseña' : ''} guardada en ${respuesta.ruta ?? nombre}.`);
    } catch (e) {
      setErrores(erroresDe(e));
    } finally {
      setOcupado(false);
    }
  }

  return (
    <MarcoDialogo
      titulo="Copiar respaldo para otra PC o una memoria USB"
      idTitulo="titulo-copiar-respaldo"
      textoBoton="Guardar copia"
      icono={<LockIcon />}
      ocupado={ocupado}
      error={errores._}
      onConfirmar={() => void copiar()}
      onCerrar={onCerrar}
    >
      <Stack spacing={2}>
        <Typography variant="body2">
          La copia lleva toda la base de datos, con los datos personales de los ciudadanos y las contraseñas de las cuentas cifradas (solo su huella
          con sal). Protéjala con una contraseña cuando salga de esta PC: sin ella nadie puede abrirla, tampoco la oficina.
        </Typography>
        <ConPermiso
          accion="copiar-respaldo-sin-contrasena"
          dibujar={(bloqueo) => (
            <FormControlLabel
              control={(
                <Checkbox
                  checked={bloquear}
                  onChange={(e) => setBloquear(e.target.checked)}
                  disabled={bloqueo.disabled}
                  slotProps={{ input: { 'aria-describedby': bloqueo['aria-describedby'] } }}
                />
              )}
              label="Proteger la copia con contraseña"
            />
          )}
        />
        {bloquear && (
          <>
            <TextField
              label="Contraseña del respaldo"
              type="password"
              autoComplete="new-password"
              autoFocus
              required
              value={contrasena}
              onChange={(e) => setContrasena(e.target.value)}
              error={Boolean(errores.contrasena)}
              helperText={errores.contrasena ?? `Al menos ${LONGITUD_MINIMA_CONTRASENA} caracteres. Anótela en un lugar seguro: no se puede recuperar.`}
            />
            <TextField
              label="Confirme la contraseña del respaldo"
              type="password"
              autoComplete="new-password"
              required
              value={confirmacion}
              onChange={(e) => setConfirmacion(e.target.value)}
              error={Boolean(errores.confirmacion)}
              helperText={errores.confirmacion ?? ' '}
            />
          </>
        )}
      </Stack>
    </MarcoDialogo>
  );
}

/**
 * The passphrase of a locked file chosen to restore or incorporate. `abrir` does the whole step with it; a wrong
 * passphrase comes back as an error at the field and nothing changed.
 */
export function DialogoContrasenaRespaldo({
  nombre,
  textoBoton,
  abrir,
  onCerrar,
}: {
  nombre: string;
  textoBoton: string;
  abrir: (contrasena: string) => Promise<void>;
  onCerrar: () => void;
}) {
  const [contrasena, setContrasena] = useState('');
  const [errores, setErrores] = useState<Errores>({});
  const [ocupado, setOcupado] = useState(false);

  async function confirmar() {
    setOcupado(true);
    setErrores({});
    try {
      await abrir(contrasena);
    } catch (e) {
      // A damaged file is said at the top; the passphrase's errors at its field.
      const err = erroresDe(e);
      setErrores(e instanceof ErrorValidacion && err.archivo ? { _: err.archivo } : err);
    } finally {
      setOcupado(false);
    }
  }

  return (
    <MarcoDialogo
      titulo="Respaldo protegido con contraseña"
      idTitulo="titulo-contrasena-respaldo"
      textoBoton={textoBoton}
      ocupado={ocupado}
      error={errores._}
      onConfirmar={() => void confirmar()}
      onCerrar={onCerrar}
    >
      <Typography variant="body2" sx={{ mb: 2 }}>
        «{nombre}» está protegido. Escriba la contraseña con la que se copió.
      </Typography>
      <TextField
        label="Contraseña del respaldo"
        type="password"
        autoComplete="off"
        autoFocus
        fullWidth
        required
        value={contrasena}
        onChange={(e) => setContrasena(e.target.value)}
        error={Boolean(errores.contrasena)}
        helperText={errores.contrasena ?? ' '}
      />
    </MarcoDialogo>
  );
}
