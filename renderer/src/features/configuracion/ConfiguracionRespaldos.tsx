import { Alert, Box, Button, LinearProgress, Paper, Stack, Typography } from '@mui/material';
import BackupIcon from '@mui/icons-material/Backup';
import UploadFileIcon from '@mui/icons-material/UploadFile';
import MergeIcon from '@mui/icons-material/CallMerge';
import LockIcon from '@mui/icons-material/Lock';
import { useEffect, useState, type ReactNode } from 'react';
import type { Accion } from '../../../../shared/seguridad/permisos';
import { formatearFechaHora, formatearNumero } from '../../../../shared/domain/formato';
import { ETIQUETA_TABLA } from '../../../../shared/schemas/respaldo';
import { db } from '../../db';
import { textoDeError, ErrorValidacion } from '../../db/errores';
import type { Avance } from '../../db/respaldos';
import {
  archivoBloqueado,
  exigirTamanoRespaldo,
  EXTENSION_BLOQUEADA,
  incorporarArchivo,
  restaurarArchivo,
  type ArchivoElegido,
} from '../../db/respaldoBloqueado';
import { respaldar } from '../../db/respaldoAutomatico';
import { archivoDeFile, archivoGuardado } from './archivosRespaldo';
import { enEscritorio, puente, type RespaldoListado } from '../../bridge';
import { Tabla } from '../../componentes/Tabla';
import { BotonConPermiso, ConPermiso } from '../../componentes/ConPermiso';
import { DialogoContrasenaRespaldo, DialogoCopiarRespaldo } from './DialogosRespaldoBloqueado';
import { ConfiguracionIntercambio } from './ConfiguracionIntercambio';
import { ConfiguracionConflictos } from './ConfiguracionConflictos';
import { usePuede } from '../../hooks/usePuede';

type Aviso = { tipo: 'success' | 'error' | 'info'; texto: string } | null;
/** A file chosen to restore or incorporate: a locked copy is opened with its passphrase first. */
type Elegido = { nombre: string; archivo: ArchivoElegido; bloqueado: boolean };
const ACEPTA = `.gz,.json,.${EXTENSION_BLOQUEADA},application/gzip,application/json`;

const TITULO_AVANCE: Record<Avance['fase'], string> = {
  respaldo: 'Avance del respaldo',
  restauracion: 'Avance de la restauración: revisando el archivo',
  aplicacion: 'Avance de la restauración: reemplazando los datos',
  incorporacion: 'Avance de la incorporación',
};

/** «Solicitudes: 12,000 de 100,000», with a bar that screen readers read by its name and that same text. */
export function BarraAvance({ avance }: { avance: Avance }) {
  const tabla = ETIQUETA_TABLA[avance.tabla];
  const texto = `${tabla.charAt(0).toUpperCase()}${tabla.slice(1)}: ${formatearNumero(avance.hechas)} de ${formatearNumero(avance.total)}`;
  const valor = avance.total > 0 ? Math.min(100, (100 * avance.hechas) / avance.total) : 100;
  return (
    <Box sx={{ mt: 2 }}>
      <Typography variant="body2">
        {TITULO_AVANCE[avance.fase]} — {texto}
      </Typography>
      <LinearProgress variant="determinate" value={valor} aria-label={TITULO_AVANCE[avance.fase]} aria-valuetext={texto} />
    </Box>
  );
}

function mensajeDe(e: unknown): string {
  if (e instanceof ErrorValidacion) return Object.values(e.errores)[0] ?? e.message;
  return textoDeError(e);
}

/** What a backup file from elsewhere is opened for: replacing this PC's data, or adding another PC's captures. */
const ARCHIVOS = [
  { uso: 'restaurar', accion: 'restaurar-respaldo', texto: 'Restaurar desde archivo…', icono: <UploadFileIcon />, etiqueta: 'Archivo de respaldo para restaurar' },
  { uso: 'fusionar', accion: 'incorporar-capturas', texto: 'Incorporar capturas de otra PC…', icono: <MergeIcon />, etiqueta: 'Respaldo de otra PC para incorporar' },
] as const satisfies readonly { uso: 'restaurar' | 'fusionar'; accion: Accion; texto: string; icono: ReactNode; etiqueta: string }[];

/** A button that opens a backup file to act on it; off, and its file box too, for a role that may not. */
function BotonArchivo({
  accion,
  texto,
  icono,
  etiqueta,
  onCambio,
}: {
  accion: Accion;
  texto: string;
  icono: ReactNode;
  /** The file box's name. */
  etiqueta: string;
  onCambio: (e: React.ChangeEvent<HTMLInputElement>) => void;
}) {
  return (
    <ConPermiso
      accion={accion}
      dibujar={(bloqueo) => (
        <Button variant="outlined" component="label" startIcon={icono} {...bloqueo}>
          {texto}
          <input hidden type="file" accept={ACEPTA} aria-label={etiqueta} disabled={bloqueo.disabled} onChange={onCambio} />
        </Button>
      )}
    />
  );
}

export function ConfiguracionRespaldos() {
  const [respaldos, setRespaldos] = useState<RespaldoListado[]>([]);
  const [aviso, setAviso] = useState<Aviso>(null);
  const [porRestaurar, setPorRestaurar] = useState<Elegido | null>(null);
  const [pedirContrasena, setPedirContrasena] = useState<{ elegido: Elegido; accion: 'restaurar' | 'fusionar' } | null>(null);
  const [copiando, setCopiando] = useState(false);
  const [avance, setAvance] = useState<Avance | null>(null);
  const intercambia = usePuede('intercambiar-paquetes');
  const resuelve = usePuede('resolver-conflictos');
  const [incorporados, setIncorporados] = useState(0);

  const recargar = () => puente.listarRespaldos().then(setRespaldos).catch(() => setRespaldos([]));
  useEffect(() => {
    void recargar();
  }, []);

  async function respaldarAhora() {
    try {
      const ruta = await respaldar(db, puente, 'manual', setAvance);
      setAviso({ tipo: 'success', texto: enEscritorio ? `Respaldo guardado en ${ruta}` : `Respaldo descargado (${ruta}).` });
      await recargar();
    } catch (e) {
      setAviso({ tipo: 'error', texto: `No se pudo respaldar: ${mensajeDe(e)}` });
    } finally {
      setAvance(null);
    }
  }

  /** Restores; a wrong passphrase throws before anything is saved or changed (the dialog shows it at its field). */
  async function restaurarElegido(elegido: Elegido, contrasena: string | null) {
    try {
      // Save the present first, so a restore can itself be undone.
      const conteos = await restaurarArchivo(db, elegido.archivo, contrasena, async () => enEscritorio && respaldar(db, puente, 'antes-de-restaurar', setAvance), setAvance);
      setAviso({ tipo: 'success', texto: `Restaurado «${elegido.nombre}»: ${formatearNumero(conteos.solicitudes)} solicitudes, ${formatearNumero(conteos.personas)} personas.` });
      setPedirContrasena(null);
      await recargar();
    } finally {
      setAvance(null);
    }
  }

  async function incorporarElegido(elegido: Elegido, contrasena: string | null) {
    try {
      const r = await incorporarArchivo(db, elegido.archivo, contrasena, setAvance);
      setAviso({ tipo: 'success', texto: `Capturas incorporadas: ${formatearNumero(r.agregados)} registros nuevos, ${formatearNumero(r.actualizados)} actualizados, ${formatearNumero(r.sinCambio)} sin cambio.` });
      setPedirContrasena(null);
    } finally {
      setAvance(null);
    }
  }

  async function restaurar() {
    if (!porRestaurar) return;
    const elegido = porRestaurar;
    setPorRestaurar(null);
    if (elegido.bloqueado) {
      setPedirContrasena({ elegido, accion: 'restaurar' });
      return;
    }
    try {
      await restaurarElegido(elegido, null);
    } catch (e) {
      setAviso({ tipo: 'error', texto: `No se restauró nada: ${mensajeDe(e)}` });
    }
  }

  async function leerArchivo(e: React.ChangeEvent<HTMLInputElement>, accion: 'restaurar' | 'fusionar') {
    const archivo = e.target.files?.[0];
    e.target.value = '';
    if (!archivo) return;
    try {
      // A file larger than any backup is refused by its size, before it is read into memory.
      exigirTamanoRespaldo(archivo.size);
    } catch (err) {
      setAviso({ tipo: 'error', texto: `${accion === 'restaurar' ? 'No se restauró nada' : 'No se incorporó nada'}: ${mensajeDe(err)}` });
      return;
    }
    const leido = archivoDeFile(archivo);
    const elegido = { nombre: archivo.name, archivo: leido, bloqueado: await archivoBloqueado(leido) };
    if (accion === 'restaurar') {
      setPorRestaurar(elegido);
      return;
    }
    if (elegido.bloqueado) {
      setPedirContrasena({ elegido, accion: 'fusionar' });
      return;
    }
    try {
      await incorporarElegido(elegido, null);
    } catch (err) {
      setAviso({ tipo: 'error', texto: `No se incorporó nada: ${mensajeDe(err)}` });
    }
  }

  async function elegirRespaldo(r: RespaldoListado) {
    try {
      const archivo = archivoGuardado(puente, r.nombre, r.tamano);
      setPorRestaurar({ nombre: r.nombre, archivo, bloqueado: await archivoBloqueado(archivo) });
    } catch (e) {
      setAviso({ tipo: 'error', texto: mensajeDe(e) });
    }
  }

  return (
    <Stack spacing={2}>
      <Paper sx={{ p: 2 }}>
        <Typography variant="h6" component="h2" gutterBottom>
          Respaldos
        </Typography>
        <Typography variant="body2" color="text.secondary" sx={{ mb: 2 }}>
          {enEscritorio
            ? 'La aplicación respalda toda la base de datos un minuto después de abrirse y cada 30 minutos en la carpeta «respaldos» de sus datos; conserva los 10 más recientes y uno por día de los últimos 30 días.'
            : 'En el navegador los respaldos se descargan como archivo.'}
        </Typography>
        <Stack direction="row" spacing={1} sx={{ flexWrap: 'wrap' }}>
          <Button variant="contained" startIcon={<BackupIcon />} onClick={respaldarAhora} disabled={avance !== null}>
            Respaldar ahora
          </Button>
          <BotonConPermiso accion="copiar-respaldo" variant="outlined" startIcon={<LockIcon />} onClick={() => setCopiando(true)}>
            Copiar respaldo…
          </BotonConPermiso>
          {ARCHIVOS.map((a) => (
            <BotonArchivo key={a.uso} {...a} onCambio={(e) => leerArchivo(e, a.uso)} />
          ))}
        </Stack>
        {avance && <BarraAvance avance={avance} />}
        {aviso && (
          <Alert severity={aviso.tipo} sx={{ mt: 2 }} onClose={() => setAviso(null)}>
            {aviso.texto}
          </Alert>
        )}
        {porRestaurar && (
          <Alert
            severity="warning"
            sx={{ mt: 2 }}
            action={
              <>
                <Button color="inherit" onClick={() => setPorRestaurar(null)}>
                  Cancelar
                </Button>
                <Button color="inherit" onClick={restaurar}>
                  Restaurar
                </Button>
              </>
            }
          >
            Restaurar «{porRestaurar.nombre}» reemplaza todos los datos de esta PC por los del respaldo
            {enEscritorio ? ' (antes se guarda un respaldo del estado actual)' : ''}
            {porRestaurar.bloqueado ? '; está protegido y se le pedirá su contraseña' : ''}. ¿Continuar?
          </Alert>
        )}
        {copiando && (
          <DialogoCopiarRespaldo
            onCerrar={() => setCopiando(false)}
            onCopiado={(texto) => {
              setCopiando(false);
              setAviso({ tipo: 'success', texto });
            }}
          />
        )}
        {pedirContrasena && (
          <DialogoContrasenaRespaldo
            nombre={pedirContrasena.elegido.nombre}
            textoBoton={pedirContrasena.accion === 'restaurar' ? 'Restaurar' : 'Incorporar capturas'}
            abrir={(contrasena) =>
              pedirContrasena.accion === 'restaurar' ? restaurarElegido(pedirContrasena.elegido, contrasena) : incorporarElegido(pedirContrasena.elegido, contrasena)
            }
            onCerrar={() => setPedirContrasena(null)}
          />
        )}
      </Paper>
      {intercambia && <ConfiguracionIntercambio alIncorporar={() => setIncorporados((n) => n + 1)} />}
      {resuelve && <ConfiguracionConflictos version={incorporados} />}
      {enEscritorio && (
        <Paper sx={{ p: 2 }}>
          <Typography variant="subtitle1" component="h3">
            Respaldos guardados en esta PC
          </Typography>
          <Tabla
            filas={respaldos}
            clave={(r) => r.nombre}
            etiqueta="Respaldos guardados"
            columnas={[
              { titulo: 'Fecha', celda: (r) => formatearFechaHora(r.fecha) },
              { titulo: 'Archivo', celda: (r) => r.nombre },
              { titulo: 'Tamaño', alinear: 'right', celda: (r) => `${formatearNumero(r.tamano / 1024)} KB` },
              {
                alinear: 'right',
                celda: (r) => (
                  <BotonConPermiso accion="restaurar-respaldo" size="small" onClick={() => elegirRespaldo(r)}>
                    Restaurar
                  </BotonConPermiso>
                ),
              },
            ]}
          />
        </Paper>
      )}
    </Stack>
  );
}
