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
  printToPDF(opciones: { pageSize: 'Letter'; landscape: boolean; printBackground: boolean; preferCSSPageSize: boolean }): Promise<Uint8Array>;
  /** Electron's 'render-process-gone': the page crashed or was killed. */
  once(evento: 'render-process-gone', escucha: (evento: unknown, detalles: { reason: string; exitCode: number }) => void): unknown;
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
  /**
   * The most each step may take, whatever the page does (a page that hangs never answers `executeJavaScript`, and
   * a crashed one never calls back): loading and getting ready, writing the PDF, and the system print dialog
   * (the user choosing a printer included).
   */
  limites?: Partial<LimitesImpresion>;
  dormir?: (ms: number) => Promise<void>;
  registrar?: (mensaje: string, detalle?: unknown) => void;
}

export interface LimitesImpresion {
  preparacionMs: number;
  pdfMs: number;
  dialogoMs: number;
}

const ESPERA_PREDETERMINADA = { intervaloMs: 100, limiteMs: 30_000 };
const LIMITES_PREDETERMINADOS: LimitesImpresion = { preparacionMs: 40_000, pdfMs: 60_000, dialogoMs: 10 * 60_000 };

export const MENSAJES_IMPRESION = {
  noLista: 'La página de impresión no terminó de prepararse a tiempo. Intente de nuevo.',
  caida: 'La página de impresión se cerró inesperadamente. Intente de nuevo; si vuelve a pasar, reinicie la aplicación.',
  pdfTardo: 'El PDF no terminó de generarse a tiempo. Intente de nuevo.',
  dialogoTardo: 'La impresión no terminó a tiempo. Intente de nuevo.',
} as const;

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
  const limites = { ...LIMITES_PREDETERMINADOS, ...dep.limites };

  /** Loads the route and waits for it; null when the page is ready, else the answer to give. */
  async function preparar(contenido: ContenidoImpresion, ruta: string): Promise<RespuestaImpresion | null> {
    try {
      await contenido.loadURL(`${dep.urlInicio}#${ruta}`);
    } catch (error) {
      registrar('No cargó la página de impresión', error);
      return { ok: false, mensaje: 'No se pudo abrir la página de impresión.' };
    }
    if (!(await esperarListo(contenido, espera, dormir))) return { ok: false, mensaje: MENSAJES_IMPRESION.noLista };
    return null;
  }

  /**
   * Opens the route in a hidden window, runs `accion` once the page is ready, and always closes the window. Each step
   * races a timer and the page's crash, so the request answers even if the page hangs or dies.
   */
  async function conPaginaLista(
    ruta: string,
    limiteAccionMs: number,
    mensajeTardo: string,
    accion: (contenido: ContenidoImpresion) => Promise<RespuestaImpresion>,
  ): Promise<RespuestaImpresion> {
    const ventana = dep.crearVentana();
    const contenido = ventana.webContents;
    const temporizadores: ReturnType<typeof setTimeout>[] = [];
    const caida = new Promise<RespuestaImpresion>((resolve) => {
      contenido.once('render-process-gone', (_evento, detalles) => {
        registrar('La página de impresión terminó', detalles);
        resolve({ ok: false, mensaje: MENSAJES_IMPRESION.caida });
      });
    });
    const limite = (ms: number, mensaje: string, paso: string) =>
      new Promise<RespuestaImpresion>((resolve) => {
        temporizadores.push(
          setTimeout(() => {
            registrar(`La impresión excedió el tiempo límite (${paso})`);
            resolve({ ok: false, mensaje });
          }, ms),
        );
      });
    try {
      const fallo = await Promise.race([preparar(contenido, ruta), caida, limite(limites.preparacionMs, MENSAJES_IMPRESION.noLista, 'preparación')]);
      if (fallo) return fallo;
      return await Promise.race([accion(contenido), caida, limite(limiteAccionMs, mensajeTardo, 'impresión')]);
    } finally {
      for (const temporizador of temporizadores) clearTimeout(temporizador);
      if (!ventana.isDestroyed()) ventana.destroy();
    }
  }

  return async ({ ruta, modo, horizontal, nombreSugerido }) => {
    if (modo === 'dialogo') {
      return conPaginaLista(ruta, limites.dialogoMs, MENSAJES_IMPRESION.dialogoTardo, async (contenido) => {
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

    return conPaginaLista(ruta, limites.pdfMs, MENSAJES_IMPRESION.pdfTardo, async (contenido) => {
      // The route's own @page rule (size and orientation) wins; `landscape` applies to a page without one.
      const pdf = await contenido.printToPDF({ pageSize: 'Letter', landscape: horizontal, printBackground: true, preferCSSPageSize: true });
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
