/**
 * The browser implementation of the bridge, for `npm run dev:web` and the end-to-end tests in Chromium:
 * files become downloads, printing goes through the browser's print dialog, and the backups folder does
 * not exist (a backup is downloaded instead). It refuses the same requests as the main process.
 */
import { ATRIBUTO_LISTO_PARA_IMPRIMIR, HOSTS_EXTERNOS } from '../../../shared/ipc/canales';
import { urlExternaPermitida } from '../../../shared/ipc/enlaces';
import { estadoSinRevisar } from '../../../shared/ipc/actualizaciones';
import type { Canal, PuenteApi, SolicitudValidada } from '../../../shared/ipc/contract';
import { nombreArchivoRespaldo } from '../../../shared/ipc/respaldos';
import { validarSolicitud } from '../../../shared/ipc/validacion';
import { mensajeTamanoExcedido, TAMANO_MAXIMO_RESPALDO } from '../../../shared/ipc/limites';
import { enTrozos, ErrorArchivoRespaldo, verificarArchivoEscrito } from '../../../shared/schemas/respaldoComprimido';

export interface EntornoWeb {
  document: Document;
  /** The page's address; print routes load `index.html#<ruta>` next to it. */
  location: { readonly href: string };
  abrirVentana: (url: string, destino: string, caracteristicas: string) => unknown;
  crearUrlObjeto: (blob: Blob) => string;
  revocarUrlObjeto: (url: string) => void;
  ahora: () => Date;
  espera: { intervaloMs: number; limiteMs: number };
  /** Shown by infoApp; a browser build has no packaged version. */
  version: string;
  /** The id of a backup being written. */
  crearId: () => string;
  /** The hosts whose links may leave the app: the app's list (shared/ipc/canales.ts) unless a test gives one. */
  hostsExternos: readonly string[];
}

/** The real browser, filling whatever the caller did not pass (tests pass everything). */
function completarEntorno(parcial: Partial<EntornoWeb>): EntornoWeb {
  return {
    document: parcial.document ?? window.document,
    location: parcial.location ?? window.location,
    abrirVentana: parcial.abrirVentana ?? ((url, destino, caracteristicas) => window.open(url, destino, caracteristicas)),
    crearUrlObjeto: parcial.crearUrlObjeto ?? ((blob) => URL.createObjectURL(blob)),
    revocarUrlObjeto: parcial.revocarUrlObjeto ?? ((url) => URL.revokeObjectURL(url)),
    ahora: parcial.ahora ?? (() => new Date()),
    espera: parcial.espera ?? { intervaloMs: 100, limiteMs: 30_000 },
    version: parcial.version ?? 'navegador',
    crearId: parcial.crearId ?? (() => crypto.randomUUID()),
    hostsExternos: parcial.hostsExternos ?? HOSTS_EXTERNOS,
  };
}

/** In the browser the evidence files live in the app's own database (db/archivosEvidencia.ts), not in a folder. */
/** The browser build is the page it is served with: there is no installer to update. */
export const MENSAJE_ACTUALIZACIONES_NAVEGADOR = 'En el navegador la aplicación es la página que se abre: se actualiza con ella, sin instalador.';
export const MENSAJE_EVIDENCIAS_EN_BASE =
  'En el navegador los archivos de evidencia se guardan en la base de datos del navegador, no en una carpeta.';

export const MENSAJE_RESPALDOS_NO_DISPONIBLES =
  'Leer respaldos guardados no está disponible en el navegador. Importe el archivo de respaldo desde su equipo.';

function validar<C extends Canal>(canal: C, valor: unknown): SolicitudValidada<C> {
  const resultado = validarSolicitud(canal, valor);
  if (!resultado.exito) throw new Error(resultado.mensaje);
  return resultado.datos;
}

/** Longest stretch the check of a backup runs before the screen gets its turn. */
const TURNO_MS = 30;

/** A yield to the event loop once `TURNO_MS` have passed since the last: often enough for the screen, rarely enough to cost nothing. */
function cederCadaTanto(): () => Promise<void> | void {
  let desde = performance.now();
  return () => {
    if (performance.now() - desde < TURNO_MS) return;
    return dormir(0).then(() => void (desde = performance.now()));
  };
}

/**
 * The pieces of a backup as they arrive, 64 kB at a time (a whole piece of 2 MB would be decompressed in one task):
 * `agregar` each piece, then `cerrar`, or `fallar` to end whoever reads them.
 */
function piezasQueLlegan(ceder: () => Promise<void> | void) {
  const pendientes: Uint8Array[] = [];
  let fin: { error: unknown } | null = null;
  let despertar: (() => void) | null = null;
  const avisar = () => {
    despertar?.();
    despertar = null;
  };
  async function* leer(): AsyncGenerator<Uint8Array> {
    for (;;) {
      const parte = pendientes.shift();
      if (parte !== undefined) {
        for await (const pedazo of enTrozos(parte, 64 * 1024)) {
          yield pedazo;
          await ceder();
        }
      } else if (fin !== null) {
        if (fin.error !== undefined) throw fin.error;
        return;
      } else await new Promise<void>((r) => (despertar = r));
    }
  }
  return {
    leer,
    agregar(parte: Uint8Array) {
      pendientes.push(parte);
      avisar();
    },
    cerrar() {
      fin ??= { error: undefined };
      avisar();
    },
    fallar(error: unknown) {
      fin ??= { error };
      avisar();
    },
  };
}

function dormir(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

const TIPOS_DESCARGA: Readonly<Record<string, string>> = {
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  pdf: 'application/pdf',
  json: 'application/json',
  gz: 'application/gzip',
  csv: 'text/csv',
};

function tipoDescarga(nombre: string): string {
  const extension = nombre.slice(nombre.lastIndexOf('.') + 1).toLowerCase();
  return TIPOS_DESCARGA[extension] ?? 'application/octet-stream';
}

export function crearPuenteWeb(parcial: Partial<EntornoWeb> = {}): PuenteApi {
  const entorno = completarEntorno(parcial);
  const { document } = entorno;
  /**
   * Backups being written: their pieces stay in memory until they are downloaded as one Blob, and are read back (as
   * the main process reads its file) while they arrive, so the check ends soon after the last piece.
   */
  const enCurso = new Map<
    string,
    {
      etiqueta: string;
      partes: Uint8Array<ArrayBuffer>[];
      bytes: number;
      llegando: ReturnType<typeof piezasQueLlegan>;
      sumaDelEscritor: (sha256: string) => void;
      revision: Promise<unknown>;
    }
  >();
  const descartarEnCurso = (id: string, motivo: string) => {
    enCurso.get(id)?.llegando.fallar(new ErrorArchivoRespaldo(motivo));
    return enCurso.delete(id);
  };
  const deId = (id: string) => {
    const e = enCurso.get(id);
    if (!e) throw new Error('El respaldo en curso ya no existe: vuelva a hacer el respaldo.');
    return e;
  };

  function descargar(partes: BlobPart[], nombre: string): void {
    const url = entorno.crearUrlObjeto(new Blob(partes, { type: tipoDescarga(nombre) }));
    const enlace = document.createElement('a');
    enlace.href = url;
    enlace.download = nombre;
    enlace.rel = 'noopener';
    enlace.style.display = 'none';
    document.body.append(enlace);
    enlace.click();
    enlace.remove();
    // The download starts asynchronously; revoking at once could cancel it.
    setTimeout(() => entorno.revocarUrlObjeto(url), 60_000);
  }

  async function esperarListo(marco: HTMLIFrameElement): Promise<Document | null> {
    const { intervaloMs, limiteMs } = entorno.espera;
    for (let transcurrido = 0; transcurrido <= limiteMs; transcurrido += intervaloMs) {
      const documento = marco.contentDocument;
      if (documento?.body?.dataset[ATRIBUTO_LISTO_PARA_IMPRIMIR] === 'true') return documento;
      await dormir(intervaloMs);
    }
    return null;
  }

  function crearMarcoImpresion(ruta: string, horizontal: boolean): HTMLIFrameElement {
    const marco = document.createElement('iframe');
    marco.setAttribute('aria-hidden', 'true');
    marco.tabIndex = -1;
    // Off screen but laid out at paper size, so charts measure the same as on paper.
    Object.assign(marco.style, {
      position: 'fixed',
      left: '-20000px',
      top: '0',
      width: horizontal ? '11in' : '8.5in',
      height: horizontal ? '8.5in' : '11in',
      border: '0',
    });
    const url = new URL('index.html', entorno.location.href);
    url.hash = ruta;
    marco.src = url.href;
    document.body.append(marco);
    return marco;
  }

  async function imprimirEnMarco(
    documento: Document,
    ventana: Window,
    horizontal: boolean,
    nombreSugerido: string | undefined,
  ): Promise<void> {
    // The caller's orientation wins over the route's own @page rule: this style comes last.
    const estilo = documento.createElement('style');
    estilo.textContent = `@page { size: letter ${horizontal ? 'landscape' : 'portrait'}; }`;
    documento.head.append(estilo);
    // Chromium proposes the document title as the PDF's file name.
    if (nombreSugerido) documento.title = nombreSugerido.replace(/\.pdf$/i, '');
    const terminado = new Promise<void>((resolve) => ventana.addEventListener('afterprint', () => resolve(), { once: true }));
    ventana.focus();
    ventana.print();
    // print() blocks until the dialog closes in Chromium; the wait only covers browsers where it does not.
    await Promise.race([terminado, dormir(1000)]);
  }

  return {
    async guardarArchivo(solicitud) {
      const { nombreSugerido, datos } = validar('archivo:guardar', solicitud);
      descargar([new Uint8Array(datos)], nombreSugerido);
      // The browser does not say whether the user kept the download; starting it is what can be reported.
      return { guardado: true };
    },

    async imprimir(solicitud) {
      // 'pdf' also opens the print dialog: the user picks «Guardar como PDF» as the destination.
      const { ruta, horizontal, nombreSugerido } = validar('impresion:imprimir', solicitud);
      const marco = crearMarcoImpresion(ruta, horizontal);
      try {
        const documento = await esperarListo(marco);
        const ventana = marco.contentWindow;
        if (!documento || !ventana) {
          return { ok: false, mensaje: 'La página de impresión no terminó de prepararse a tiempo. Intente de nuevo.' };
        }
        await imprimirEnMarco(documento, ventana, horizontal, nombreSugerido);
        return { ok: true };
      } finally {
        marco.remove();
      }
    },

    async iniciarRespaldo(solicitud) {
      const { nombre } = validar('respaldos:iniciar', solicitud);
      const id = entorno.crearId();
      const llegando = piezasQueLlegan(cederCadaTanto());
      let sumaDelEscritor: (sha256: string) => void = () => undefined;
      const suma = new Promise<string>((r) => (sumaDelEscritor = r));
      const revision = verificarArchivoEscrito(llegando.leer(), suma, cederCadaTanto());
      // Awaited by terminarRespaldo; a backup abandoned half-way leaves no unhandled failure behind.
      revision.catch(() => undefined);
      enCurso.set(id, { etiqueta: nombre, partes: [], bytes: 0, llegando, sumaDelEscritor, revision });
      return { id };
    },

    async trozoRespaldo(solicitud) {
      const { id, bytes } = validar('respaldos:trozo', solicitud);
      const e = deId(id);
      if (e.bytes + bytes.byteLength > TAMANO_MAXIMO_RESPALDO) {
        descartarEnCurso(id, 'el respaldo pasó del tamaño máximo');
        throw new Error(`No se guardó el respaldo: ${mensajeTamanoExcedido('el archivo', TAMANO_MAXIMO_RESPALDO)}`);
      }
      const parte = new Uint8Array(bytes);
      e.partes.push(parte);
      e.llegando.agregar(parte);
      e.bytes += bytes.byteLength;
      return { recibidos: e.bytes };
    },

    async terminarRespaldo(solicitud) {
      const { id, sha256 } = validar('respaldos:terminar', solicitud);
      const e = deId(id);
      enCurso.delete(id);
      // Read back as the main process does, so a download is never a damaged file: the check has followed the pieces
      // as they came, and ends with the last one and the writer's sum.
      e.llegando.cerrar();
      e.sumaDelEscritor(sha256);
      try {
        await e.revision;
      } catch (error) {
        if (error instanceof ErrorArchivoRespaldo) throw new Error(`No se guardó el respaldo: ${error.message}.`, { cause: error });
        throw error;
      }
      const archivo = nombreArchivoRespaldo(entorno.ahora(), e.etiqueta);
      descargar(e.partes, archivo);
      return { ruta: archivo };
    },

    async cancelarRespaldo(solicitud) {
      const { id } = validar('respaldos:cancelar', solicitud);
      return { ok: descartarEnCurso(id, 'el respaldo se canceló') };
    },

    async listarRespaldos() {
      return [];
    },

    async leerTrozoRespaldo(solicitud) {
      validar('respaldos:leerTrozo', solicitud);
      throw new Error(MENSAJE_RESPALDOS_NO_DISPONIBLES);
    },

    async infoApp() {
      return {
        version: entorno.version,
        plataforma: 'web',
        rutaDatos: 'Almacenamiento del navegador (IndexedDB)',
        electron: false,
      };
    },

    async abrirEnlaceExterno(solicitud) {
      const { url } = validar('enlace:abrirExterno', solicitud);
      // The same rule as the desktop's main process: only http(s) and mailto links to a listed host leave the app.
      const segura = urlExternaPermitida(url, entorno.hostsExternos);
      if (segura === null) throw new Error('Ese enlace no se puede abrir desde la aplicación.');
      entorno.abrirVentana(segura, '_blank', 'noopener,noreferrer');
      return { ok: true };
    },

    async guardarEvidencia(solicitud) {
      validar('evidencias:guardar', solicitud);
      throw new Error(MENSAJE_EVIDENCIAS_EN_BASE);
    },

    async leerEvidencia(solicitud) {
      validar('evidencias:leer', solicitud);
      throw new Error(MENSAJE_EVIDENCIAS_EN_BASE);
    },

    async estadoActualizaciones() {
      return estadoSinRevisar(entorno.version, MENSAJE_ACTUALIZACIONES_NAVEGADOR);
    },

    async configurarActualizaciones(solicitud) {
      validar('actualizaciones:configurar', solicitud);
      throw new Error(MENSAJE_ACTUALIZACIONES_NAVEGADOR);
    },

    async buscarActualizaciones() {
      throw new Error(MENSAJE_ACTUALIZACIONES_NAVEGADOR);
    },
  };
}
