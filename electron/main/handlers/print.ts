import nodePath from 'node:path';
import { ATRIBUTO_LISTO_PARA_IMPRIMIR } from '../../../shared/ipc/canales';
import { conExtension, escribirAtomico, nombreArchivoSeguro, type FsEscritura } from '../atomic-write';
import { ErrorOperacion } from '../errors';
import type { ElegirRutaGuardado, Manejador } from './types';

/** The part of Electron's `webContents` the print handler uses. */
export interface ContenidoImpresion {
  loadURL(url: string): Promise<void>;
  executeJavaScript(codigo: string): Promise<unknown>;
  print(
    opciones: { silent: boolean; printBackground: boolean; pageSize: 'Letter'; landscape: boolean },
    alTerminar: (exito: boolean, motivo: string) => void,
  ): void;
  printToPDF(opciones: { pageSize: 'Letter'; landscape: boolean; printBackground: boolean }): Promise<Uint8Array>;
}

/** A hidden window with the same secure preferences as the main one. */
export interface VentanaImpresion {
  readonly webContents: ContenidoImpresion;
  destroy(): void;
  isDestroyed(): boolean;
}

export interface DependenciasImpresion {
  crearVentana: () => VentanaImpresion;
  /** The renderer's start page (`app://poa/index.html`, or the dev server); the route goes after `#`. */
  urlInicio: string;
  elegirRuta: ElegirRutaGuardado;
  fs: FsEscritura;
  carpetaSugerida: () => string;
  /** How often and how long to wait for the page to say it is ready. */
  espera?: { intervaloMs: number; limiteMs: number };
  dormir?: (ms: number) => Promise<void>;
  registrar?: (mensaje: string, detalle?: unknown) => void;
}

const ESPERA_PREDETERMINADA = { intervaloMs: 100, limiteMs: 30_000 };

const CODIGO_LISTO = `Boolean(document.body && document.body.dataset[${JSON.stringify(ATRIBUTO_LISTO_PARA_IMPRIMIR)}] === 'true')`;

function dormirReal(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

async function esperarListo(
  contenido: ContenidoImpresion,
  espera: { intervaloMs: number; limiteMs: number },
  dormir: (ms: number) => Promise<void>,
): Promise<boolean> {
  for (let transcurrido = 0; transcurrido <= espera.limiteMs; transcurrido += espera.intervaloMs) {
    if ((await contenido.executeJavaScript(CODIGO_LISTO)) === true) return true;
    await dormir(espera.intervaloMs);
  }
  return false;
}

function imprimirConDialogo(contenido: ContenidoImpresion, horizontal: boolean): Promise<{ exito: boolean; motivo: string }> {
  return new Promise((resolve) => {
    contenido.print({ silent: false, printBackground: true, pageSize: 'Letter', landscape: horizontal }, (exito, motivo) =>
      resolve({ exito, motivo }),
    );
  });
}

type RespuestaImpresion = { ok: boolean; ruta?: string; mensaje?: string };

/**
 * `impresion:imprimir`: renders a print route in a hidden window, waits until the page marks itself ready,
 * then shows the system print dialog, or writes a Letter-size PDF where the user chooses.
 */
export function crearManejadorImpresion(dep: DependenciasImpresion): Manejador<'impresion:imprimir'> {
  const espera = dep.espera ?? ESPERA_PREDETERMINADA;
  const dormir = dep.dormir ?? dormirReal;
  const registrar = dep.registrar ?? (() => undefined);

  /** Opens the route in a hidden window, runs `accion` once the page is ready, and always closes the window. */
  async function conPaginaLista(
    ruta: string,
    accion: (contenido: ContenidoImpresion) => Promise<RespuestaImpresion>,
  ): Promise<RespuestaImpresion> {
    const ventana = dep.crearVentana();
    try {
      try {
        await ventana.webContents.loadURL(`${dep.urlInicio}#${ruta}`);
      } catch (error) {
        registrar('No cargó la página de impresión', error);
        return { ok: false, mensaje: 'No se pudo abrir la página de impresión.' };
      }
      if (!(await esperarListo(ventana.webContents, espera, dormir))) {
        return { ok: false, mensaje: 'La página de impresión no terminó de prepararse a tiempo. Intente de nuevo.' };
      }
      return await accion(ventana.webContents);
    } finally {
      if (!ventana.isDestroyed()) ventana.destroy();
    }
  }

  return async ({ ruta, modo, horizontal, nombreSugerido }) => {
    if (modo === 'dialogo') {
      return conPaginaLista(ruta, async (contenido) => {
        const { exito, motivo } = await imprimirConDialogo(contenido, horizontal);
        if (exito) return { ok: true };
        if (/cancel/i.test(motivo)) return { ok: false, mensaje: 'Se canceló la impresión.' };
        registrar('Falló la impresión', motivo);
        return { ok: false, mensaje: 'No se pudo imprimir. Revise la impresora e intente de nuevo.' };
      });
    }

    // Ask where first: the user answers before any rendering, and cancelling costs nothing.
    const destino = await dep.elegirRuta({
      titulo: 'Guardar como PDF',
      rutaSugerida: nodePath.join(dep.carpetaSugerida(), conExtension(nombreArchivoSeguro(nombreSugerido ?? 'documento'), 'pdf')),
      filtros: [{ name: 'Documento PDF', extensions: ['pdf'] }],
    });
    if (!destino) return { ok: false, mensaje: 'Se canceló el guardado del PDF.' };

    return conPaginaLista(ruta, async (contenido) => {
      const pdf = await contenido.printToPDF({ pageSize: 'Letter', landscape: horizontal, printBackground: true });
      try {
        await escribirAtomico(dep.fs, destino, pdf);
      } catch (error) {
        if (error instanceof ErrorOperacion) return { ok: false, mensaje: error.message };
        throw error;
      }
      return { ok: true, ruta: destino };
    });
  };
}
