import { Alert, Button, Dialog, DialogActions, DialogContent, DialogTitle, FormControlLabel, Paper, Radio, RadioGroup, Stack, TextField, Typography } from '@mui/material';
import SendIcon from '@mui/icons-material/Send';
import MoveToInboxIcon from '@mui/icons-material/MoveToInbox';
import { useState } from 'react';
import { fechaIsoLocal, formatearFechaHora, formatearNumero } from '../../../../shared/domain/formato';
import { ETIQUETA_TABLA, TABLAS_RESPALDO } from '../../../../shared/schemas/respaldo';
import type { ModoPaquete } from '../../../../shared/schemas/paquete';
import { puente } from '../../bridge';
import { db } from '../../db';
import { textoDeError, ErrorValidacion } from '../../db/errores';
import { escribirPaquete, incorporarPaquete, verPaquete, type ResultadoPaquete, type VistaPaquete } from '../../db/paquetes';
import { respaldoEnBytes } from '../../db/respaldos';
import { obtenerConfiguracion } from '../../db/repositorios/configuracion';
import { exigirTamanoRespaldo, type ArchivoElegido } from '../../db/respaldoBloqueado';
import { BotonConPermiso, ConPermiso } from '../../componentes/ConPermiso';
import { Tabla } from '../../componentes/Tabla';
import { archivoDeFile } from './archivosRespaldo';

const MODOS: { valor: ModoPaquete; texto: string }[] = [
  { valor: 'cambios', texto: 'Lo que no tiene desde el último paquete' },
  { valor: 'fecha', texto: 'Los cambios desde una fecha' },
  { valor: 'todo', texto: 'Todo' },
];

function mensajeDe(e: unknown): string {
  if (e instanceof ErrorValidacion) return Object.values(e.errores)[0] ?? e.message;
  return textoDeError(e);
}

/** «05/03/2026» as the start of that day here, or null when it is not a date. */
function inicioDelDia(texto: string): string | null {
  const m = /^(\d{2})\/(\d{2})\/(\d{4})$/.exec(texto.trim());
  if (!m) return null;
  const d = new Date(Number(m[3]), Number(m[2]) - 1, Number(m[1]));
  return d.getDate() === Number(m[1]) ? d.toISOString() : null;
}

type Aviso = { tipo: 'success' | 'error'; texto: string; rechazados?: ResultadoPaquete['rechazados'] } | null;

/** «Intercambio entre PCs»: write a package for another station, and incorporate one after seeing what it holds. */
export function ConfiguracionIntercambio({ alIncorporar }: { alIncorporar: () => void }) {
  const [destino, setDestino] = useState('');
  const [modo, setModo] = useState<ModoPaquete>('cambios');
  const [desde, setDesde] = useState('');
  const [ocupado, setOcupado] = useState(false);
  const [aviso, setAviso] = useState<Aviso>(null);
  const [vista, setVista] = useState<{ vista: VistaPaquete; archivo: ArchivoElegido } | null>(null);

  async function escribir() {
    setOcupado(true);
    setAviso(null);
    try {
      const inicio = modo === 'fecha' ? inicioDelDia(desde) : null;
      if (modo === 'fecha' && inicio === null) throw new ErrorValidacion({ desde: 'Escriba la fecha como dd/mm/aaaa' });
      let conteos: Record<string, number> = {};
      const bytes = await respaldoEnBytes(async (d) => {
        const r = await escribirPaquete(db, { destino, modo, desde: inicio }, d);
        conteos = r.conteos;
        return r.archivo;
      });
      const { estacion } = await obtenerConfiguracion(db);
      const nombre = `paquete-poa-${estacion}-para-${destino.trim()}-${fechaIsoLocal(new Date())}.gz`;
      const respuesta = await puente.guardarArchivo({ nombreSugerido: nombre, filtros: [{ name: 'Paquete de intercambio POA', extensions: ['gz'] }], datos: bytes });
      const registros = TABLAS_RESPALDO.filter((t) => t !== 'bitacora' && t !== 'folios').reduce((n, t) => n + (conteos[t] ?? 0), 0);
      setAviso(
        respuesta.guardado
          ? { tipo: 'success', texto: `Paquete para la estación ${destino.trim()} guardado en ${respuesta.ruta ?? nombre}: ${formatearNumero(registros)} registros.` }
          : { tipo: 'error', texto: 'Paquete cancelado: no se guardó ningún archivo.' },
      );
    } catch (e) {
      setAviso({ tipo: 'error', texto: `No se escribió el paquete: ${mensajeDe(e)}` });
    } finally {
      setOcupado(false);
    }
  }

  async function elegir(e: React.ChangeEvent<HTMLInputElement>) {
    const archivo = e.target.files?.[0];
    e.target.value = '';
    if (!archivo) return;
    setAviso(null);
    try {
      exigirTamanoRespaldo(archivo.size);
      const elegido = archivoDeFile(archivo);
      setVista({ vista: await verPaquete(db, elegido.leer()), archivo: elegido });
    } catch (err) {
      setAviso({ tipo: 'error', texto: `No se incorporó nada: ${mensajeDe(err)}` });
    }
  }

  async function incorporar() {
    if (!vista) return;
    setOcupado(true);
    try {
      const r = await incorporarPaquete(db, vista.archivo.leer());
      setAviso({
        tipo: 'success',
        texto:
          `Paquete de la estación ${r.vista.estacion} incorporado: ${r.agregados} nuevos, ${r.actualizados} actualizados, ${r.sinCambio} sin cambio, ` +
          `${r.conflictos} ${r.conflictos === 1 ? 'conflicto' : 'conflictos'}` +
          (r.rechazados.length ? `; ${r.rechazados.length} no se incorporaron por estar en un periodo cerrado.` : '.'),
        rechazados: r.rechazados,
      });
      alIncorporar();
    } catch (e) {
      setAviso({ tipo: 'error', texto: `No se incorporó nada: ${mensajeDe(e)}` });
    } finally {
      setVista(null);
      setOcupado(false);
    }
  }

  return (
    <Paper sx={{ p: 2 }}>
      <Typography variant="h6" component="h2" gutterBottom>
        Intercambio entre PCs
      </Typography>
      <Typography variant="body2" color="text.secondary" sx={{ mb: 2 }}>
        Un paquete lleva a otra estación lo que todavía no tiene de esta PC. Antes de incorporar uno se muestra qué trae.
      </Typography>
      <Stack direction="row" spacing={2} sx={{ flexWrap: 'wrap', alignItems: 'center' }}>
        <TextField label="Estación de destino" size="small" value={destino} onChange={(e) => setDestino(e.target.value)} sx={{ width: 180 }} />
        <RadioGroup row aria-label="Qué lleva el paquete" value={modo} onChange={(e) => setModo(e.target.value as ModoPaquete)}>
          {MODOS.map((m) => (
            <FormControlLabel key={m.valor} value={m.valor} control={<Radio />} label={m.texto} />
          ))}
        </RadioGroup>
        {modo === 'fecha' && <TextField label="Desde (dd/mm/aaaa)" size="small" value={desde} onChange={(e) => setDesde(e.target.value)} sx={{ width: 180 }} />}
      </Stack>
      <Stack direction="row" spacing={1} sx={{ mt: 2 }}>
        <BotonConPermiso accion="intercambiar-paquetes" variant="contained" startIcon={<SendIcon />} onClick={escribir} disabled={ocupado}>
          Escribir paquete
        </BotonConPermiso>
        <ConPermiso
          accion="intercambiar-paquetes"
          dibujar={(bloqueo) => (
            <Button variant="outlined" component="label" startIcon={<MoveToInboxIcon />} {...bloqueo}>
              Incorporar paquete…
              <input hidden type="file" accept=".gz,application/gzip" aria-label="Paquete de otra PC para incorporar" disabled={bloqueo.disabled} onChange={elegir} />
            </Button>
          )}
        />
      </Stack>
      {aviso && (
        <Alert severity={aviso.tipo} sx={{ mt: 2 }} onClose={() => setAviso(null)}>
          {aviso.texto}
          {aviso.rechazados && aviso.rechazados.length > 0 && (
            <ul aria-label="No incorporados por periodo cerrado">
              {aviso.rechazados.map((x) => (
                <li key={`${x.tabla}:${x.id}`}>
                  {x.descripcion} ({ETIQUETA_TABLA[x.tabla]}): {x.motivo}
                </li>
              ))}
            </ul>
          )}
        </Alert>
      )}
      {vista && (
        <Dialog open onClose={() => setVista(null)} aria-labelledby="titulo-paquete">
          <DialogTitle id="titulo-paquete">Incorporar el paquete de la estación {vista.vista.estacion}</DialogTitle>
          <DialogContent>
            <Typography variant="body2" sx={{ mb: 1 }}>
              De la estación {vista.vista.estacion} para la {vista.vista.destino}, escrito el {formatearFechaHora(vista.vista.fecha)} (
              {MODOS.find((m) => m.valor === vista.vista.modo)?.texto.toLowerCase()}).
            </Typography>
            <Tabla
              filas={TABLAS_RESPALDO.filter((t) => vista.vista.conteos[t] > 0)}
              clave={(t) => t}
              etiqueta="Registros del paquete"
              columnas={[
                { titulo: 'Tabla', celda: (t) => ETIQUETA_TABLA[t] },
                { titulo: 'Registros', alinear: 'right', celda: (t) => formatearNumero(vista.vista.conteos[t]) },
              ]}
            />
          </DialogContent>
          <DialogActions>
            <Button onClick={() => setVista(null)}>Cancelar</Button>
            <Button variant="contained" onClick={incorporar} disabled={ocupado}>
              Incorporar
            </Button>
          </DialogActions>
        </Dialog>
      )}
    </Paper>
  );
}
