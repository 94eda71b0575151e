import { Alert, Box, Button, CircularProgress, Paper, Stack, TextField, Typography } from '@mui/material';
import { useCallback, useEffect, useState } from 'react';
import { esVersion, origenActualizacionesSchema, type EstadoActualizaciones } from '../../../../shared/ipc/actualizaciones';
import { fechaHoraIsoLocal, formatearFechaHora } from '../../../../shared/domain/formato';
import { puente } from '../../bridge';
import { db } from '../../db';
import { configurarActualizaciones } from '../../db/repositorios/configuracion';
import { textoDeError } from '../../db/errores';

/**
 * Where this PC looks for a newer version (a folder of the office network, or an address), what the last look found,
 * and a version waiting for the next start. Nothing is read from anywhere until a folder is saved here.
 */
export function ConfiguracionActualizaciones() {
  const [estado, setEstado] = useState<EstadoActualizaciones | null>(null);
  const [origen, setOrigen] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [aviso, setAviso] = useState<string | null>(null);
  const [ocupado, setOcupado] = useState(false);

  const mostrar = useCallback((e: EstadoActualizaciones) => {
    setEstado(e);
    setOrigen(e.origen ?? '');
  }, []);
  useEffect(() => {
    puente.estadoActualizaciones().then(mostrar, (e: unknown) => setAviso(textoDeError(e, 'No se pudo consultar las actualizaciones.')));
  }, [mostrar]);

  async function hacer(trabajo: () => Promise<EstadoActualizaciones>, exito: string | null) {
    setOcupado(true);
    setAviso(null);
    try {
      mostrar(await trabajo());
      if (exito) setAviso(exito);
    } catch (e) {
      setAviso(textoDeError(e, 'No se pudo completar la operación.'));
    } finally {
      setOcupado(false);
    }
  }

  function guardar() {
    const r = origenActualizacionesSchema.safeParse(origen);
    if (!r.success) {
      setError(r.error.issues[0]?.message ?? 'Revise la carpeta o dirección.');
      return;
    }
    setError(null);
    void hacer(() => configurarActualizaciones(db, r.data, (o) => puente.configurarActualizaciones({ origen: o })), 'Carpeta de actualizaciones guardada.');
  }

  if (!estado) return aviso ? <Alert severity="error">{aviso}</Alert> : <CircularProgress aria-label="Cargando las actualizaciones" />;
  return (
    <Paper sx={{ p: 3 }} component="section" aria-labelledby="titulo-actualizaciones">
      <Typography variant="h6" component="h2" id="titulo-actualizaciones" gutterBottom>
        Actualizaciones desde la red de la oficina
      </Typography>
      {estado.soportadas && (
        <Typography sx={{ mb: 2 }}>
          Versión de esta PC: <strong>{estado.versionActual}</strong>. TI publica cada versión nueva (el instalador y su archivo <code>latest.yml</code>) en
          una carpeta compartida; esta PC la busca al abrir y cada 4 horas, la copia comprobando su huella y la instala la próxima vez que se abra la
          aplicación, sin tocar los datos. Sin carpeta, la aplicación no busca nada en ningún lado.
        </Typography>
      )}
      {!estado.soportadas && esVersion(estado.versionActual) && <Typography sx={{ mb: 2 }}>Versión de esta PC: {estado.versionActual}.</Typography>}
      {!estado.soportadas && (
        <Alert severity="info" sx={{ mb: 2 }}>
          {estado.motivo}
        </Alert>
      )}
      {estado.pendiente && (
        <Alert severity="success" sx={{ mb: 2 }}>
          La versión {estado.pendiente.version} está lista: se instala la próxima vez que se abra la aplicación.
        </Alert>
      )}
      {estado.soportadas && (
        <>
      <Stack direction={{ xs: 'column', md: 'row' }} spacing={2} sx={{ alignItems: { md: 'flex-start' } }}>
        <TextField
          label="Carpeta o dirección de las actualizaciones"
          value={origen}
          onChange={(e) => {
            setOrigen(e.target.value);
            setError(null);
          }}
          error={error !== null}
          helperText={error ?? 'Por ejemplo \\\\servidor\\poa\\actualizaciones o https://intranet.municipio.gob.mx/poa/'}
          sx={{ flex: 1 }}
          disabled={ocupado}
        />
        <Box sx={{ display: 'flex', gap: 1, pt: { md: 1 } }}>
          <Button variant="contained" onClick={guardar} disabled={ocupado}>
            Guardar
          </Button>
          <Button onClick={() => void hacer(() => puente.buscarActualizaciones(), null)} disabled={ocupado || estado.origen === null || !estado.soportadas}>
            Buscar ahora
          </Button>
          {estado.origen !== null && (
            <Button
              color="inherit"
              onClick={() => void hacer(() => configurarActualizaciones(db, null, (o) => puente.configurarActualizaciones({ origen: o })), 'Esta PC ya no busca actualizaciones.')}
              disabled={ocupado}
            >
              Dejar de buscar
            </Button>
          )}
        </Box>
      </Stack>
      <Box role="status" sx={{ mt: 2 }}>
        {ocupado && <Typography color="text.secondary">Buscando…</Typography>}
        {aviso && !ocupado && <Typography>{aviso}</Typography>}
        {estado.ultimaRevision && !ocupado && (
          <Typography color={estado.error ? 'error' : 'text.secondary'}>
            Última revisión: {formatearFechaHora(fechaHoraIsoLocal(new Date(estado.ultimaRevision)))}. {estado.resultado}
          </Typography>
        )}
        {!estado.ultimaRevision && estado.resultado && !ocupado && <Typography color={estado.error ? 'error' : 'text.secondary'}>{estado.resultado}</Typography>}
      </Box>
        </>
      )}
    </Paper>
  );
}
