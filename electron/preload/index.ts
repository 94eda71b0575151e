/**
 * The sandboxed preload: exposes `window.poa`, one async function per channel of the contract, and nothing
 * else (no ipcRenderer, no Node). It imports only the channel names and types, so the bundle stays small and
 * requires nothing but 'electron'.
 */
import { contextBridge, ipcRenderer } from 'electron';
import { CANALES, type Canal } from '../../shared/ipc/canales';
import type { PuenteApi, Respuesta, ResultadoIpc, Solicitud } from '../../shared/ipc/contract';

async function invocar<C extends Canal>(canal: C, ...solicitud: [] | [Solicitud<C>]): Promise<Respuesta<C>> {
  const resultado = (await ipcRenderer.invoke(canal, ...solicitud)) as ResultadoIpc<Respuesta<C>>;
  if (resultado.exito) return resultado.datos;
  throw new Error(resultado.mensaje);
}

const api = {
  guardarArchivo: (solicitud) => invocar(CANALES.guardarArchivo, solicitud),
  imprimir: (solicitud) => invocar(CANALES.imprimir, solicitud),
  iniciarRespaldo: (solicitud) => invocar(CANALES.iniciarRespaldo, solicitud),
  trozoRespaldo: (solicitud) => invocar(CANALES.trozoRespaldo, solicitud),
  terminarRespaldo: (solicitud) => invocar(CANALES.terminarRespaldo, solicitud),
  cancelarRespaldo: (solicitud) => invocar(CANALES.cancelarRespaldo, solicitud),
  listarRespaldos: () => invocar(CANALES.listarRespaldos),
  leerTrozoRespaldo: (solicitud) => invocar(CANALES.leerTrozoRespaldo, solicitud),
  infoApp: () => invocar(CANALES.infoApp),
  abrirEnlaceExterno: (solicitud) => invocar(CANALES.abrirEnlaceExterno, solicitud),
  guardarEvidencia: (solicitud) => invocar(CANALES.guardarEvidencia, solicitud),
  leerEvidencia: (solicitud) => invocar(CANALES.leerEvidencia, solicitud),
  estadoActualizaciones: () => invocar(CANALES.estadoActualizaciones),
  configurarActualizaciones: (solicitud) => invocar(CANALES.configurarActualizaciones, solicitud),
  buscarActualizaciones: () => invocar(CANALES.buscarActualizaciones),
} satisfies PuenteApi;

contextBridge.exposeInMainWorld('poa', api);
