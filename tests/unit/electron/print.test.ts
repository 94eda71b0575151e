import { describe, expect, it, vi } from 'vitest';
import {
  crearManejadorImpresion,
  MENSAJES_IMPRESION,
  type ContenidoImpresion,
  type VentanaImpresion,
} from '../../../electron/main/handlers/print';
import { FsMemoria } from './fakes';

const PDF = new Uint8Array([0x25, 0x50, 0x44, 0x46]);

type OpcionesFalsa = {
  listoTras?: number;
  exitoImpresion?: boolean;
  motivo?: string;
  falloCarga?: boolean;
  /** The page never answers executeJavaScript (a hung renderer). */
  colgada?: boolean;
  /** The print dialog never calls back and the PDF never arrives. */
  sinRespuesta?: boolean;
};

/** A hidden window whose page becomes ready after `listoTras` polls. */
function ventanaFalsa(opciones: OpcionesFalsa = {}) {
  let consultas = 0;
  let destruida = false;
  let alCaer: ((evento: unknown, detalles: { reason: string; exitCode: number }) => void) | null = null;
  const contenido = {
    loadURL: vi.fn(async () => {
      if (opciones.falloCarga) throw new Error('ERR_FILE_NOT_FOUND');
    }),
    executeJavaScript: vi.fn<(codigo: string) => Promise<unknown>>(async () => {
      if (opciones.colgada) return new Promise<never>(() => undefined);
      consultas += 1;
      return consultas > (opciones.listoTras ?? 0);
    }),
    print: vi.fn<ContenidoImpresion['print']>((_opciones, alTerminar) => {
      if (!opciones.sinRespuesta) alTerminar(opciones.exitoImpresion ?? true, opciones.motivo ?? '');
    }),
    printToPDF: vi.fn(async () => (opciones.sinRespuesta ? new Promise<never>(() => undefined) : PDF)),
    once: vi.fn((_evento: 'render-process-gone', escucha: NonNullable<typeof alCaer>) => {
      alCaer = escucha;
    }),
  };
  const ventana: VentanaImpresion = {
    webContents: contenido,
    destroy: vi.fn(() => {
      destruida = true;
    }),
    isDestroyed: () => destruida,
  };
  /** The renderer process dies, as Electron reports it. */
  const caer = () => alCaer?.({}, { reason: 'crashed', exitCode: 139 });
  return { ventana, contenido, destruida: () => destruida, caer };
}

function crear(ventana: VentanaImpresion, elegirRuta = vi.fn(async () => '/home/ana/Documentos/Informe.pdf')) {
  const fs = new FsMemoria();
  const dormir = vi.fn(async () => undefined);
  const manejador = crearManejadorImpresion({
    crearVentana: () => ventana,
    urlInicio: 'app://poa/index.html',
    elegirRuta,
    fs,
    carpetaSugerida: () => '/home/ana/Documentos',
    espera: { intervaloMs: 100, limiteMs: 1000 },
    dormir,
  });
  return { manejador, fs, elegirRuta, dormir };
}

describe('impresion:imprimir', () => {
  it('prints to PDF on Letter landscape once the page is ready, and writes it atomically', async () => {
    const { ventana, contenido, destruida } = ventanaFalsa({ listoTras: 3 });
    const { manejador, fs, elegirRuta, dormir } = crear(ventana);

    const respuesta = await manejador({ ruta: '/imprimir/poa?anio=2026', modo: 'pdf', horizontal: true, nombreSugerido: 'Informe' });

    expect(respuesta).toEqual({ ok: true, ruta: '/home/ana/Documentos/Informe.pdf' });
    expect(elegirRuta).toHaveBeenCalledWith({
      titulo: 'Guardar como PDF',
      rutaSugerida: '/home/ana/Documentos/Informe.pdf',
      filtros: [{ name: 'Documento PDF', extensions: ['pdf'] }],
    });
    expect(contenido.loadURL).toHaveBeenCalledWith('app://poa/index.html#/imprimir/poa?anio=2026');
    expect(contenido.executeJavaScript).toHaveBeenCalledTimes(4);
    expect(contenido.executeJavaScript.mock.calls[0][0]).toContain("dataset[\"listoParaImprimir\"] === 'true'");
    expect(dormir).toHaveBeenCalledTimes(3);
    // The route's @page size and orientation win over the defaults.
    expect(contenido.printToPDF).toHaveBeenCalledWith({ pageSize: 'Letter', landscape: true, printBackground: true, preferCSSPageSize: true });
    expect(fs.operaciones.map((o) => o.op)).toEqual(['writeFile', 'rename']);
    expect(fs.archivos.get('/home/ana/Documentos/Informe.pdf')).toEqual(PDF);
    expect(destruida()).toBe(true);
  });

  it('opens the system dialog with the secure print options', async () => {
    const { ventana, contenido, destruida } = ventanaFalsa();
    const { manejador, elegirRuta } = crear(ventana);
    expect(await manejador({ ruta: '/imprimir/cronograma', modo: 'dialogo', horizontal: false })).toEqual({ ok: true });
    expect(contenido.print.mock.calls[0][0]).toEqual({ silent: false, printBackground: true, pageSize: 'Letter', landscape: false });
    expect(elegirRuta).not.toHaveBeenCalled();
    expect(destruida()).toBe(true);
  });

  it('reports a cancelled print job in Spanish', async () => {
    const { ventana } = ventanaFalsa({ exitoImpresion: false, motivo: 'Print job canceled' });
    const { manejador } = crear(ventana);
    expect(await manejador({ ruta: '/imprimir/x', modo: 'dialogo', horizontal: true })).toEqual({
      ok: false,
      mensaje: 'Se canceló la impresión.',
    });
  });

  it('does not render when the PDF save dialog is cancelled', async () => {
    const { ventana, contenido } = ventanaFalsa();
    const crearVentana = vi.fn(() => ventana);
    const manejador = crearManejadorImpresion({
      crearVentana,
      urlInicio: 'app://poa/index.html',
      elegirRuta: async () => undefined,
      fs: new FsMemoria(),
      carpetaSugerida: () => '/tmp',
    });
    expect(await manejador({ ruta: '/imprimir/x', modo: 'pdf', horizontal: true })).toEqual({
      ok: false,
      mensaje: 'Se canceló el guardado del PDF.',
    });
    expect(crearVentana).not.toHaveBeenCalled();
    expect(contenido.printToPDF).not.toHaveBeenCalled();
  });

  it('gives up when the page never becomes ready, and closes the window', async () => {
    const { ventana, contenido, destruida } = ventanaFalsa({ listoTras: Number.POSITIVE_INFINITY });
    const { manejador, fs } = crear(ventana);
    const respuesta = await manejador({ ruta: '/imprimir/x', modo: 'pdf', horizontal: true });
    expect(respuesta.ok).toBe(false);
    expect(respuesta.mensaje).toContain('no terminó de prepararse a tiempo');
    expect(contenido.executeJavaScript).toHaveBeenCalledTimes(11);
    expect(contenido.printToPDF).not.toHaveBeenCalled();
    expect(fs.operaciones).toEqual([]);
    expect(destruida()).toBe(true);
  });

  it('closes the window when the page fails to load', async () => {
    const { ventana, destruida } = ventanaFalsa({ falloCarga: true });
    const { manejador } = crear(ventana);
    expect(await manejador({ ruta: '/imprimir/x', modo: 'dialogo', horizontal: true })).toEqual({
      ok: false,
      mensaje: 'No se pudo abrir la página de impresión.',
    });
    expect(destruida()).toBe(true);
  });

  it('reports a PDF that cannot be written', async () => {
    const { ventana } = ventanaFalsa();
    const fs = new FsMemoria();
    fs.fallarRenombrar = 'EBUSY';
    const manejador = crearManejadorImpresion({
      crearVentana: () => ventana,
      urlInicio: 'app://poa/index.html',
      elegirRuta: async () => '/tmp/Informe.pdf',
      fs,
      carpetaSugerida: () => '/tmp',
    });
    const respuesta = await manejador({ ruta: '/imprimir/x', modo: 'pdf', horizontal: true });
    expect(respuesta.ok).toBe(false);
    expect(respuesta.mensaje).toContain('está abierto en otro programa');
  });

  describe('answers within its limits whatever the page does', () => {
    const LIMITES = { preparacionMs: 40, pdfMs: 40, dialogoMs: 40 };

    function conLimites(ventana: VentanaImpresion, limites = LIMITES) {
      const registrar = vi.fn();
      const manejador = crearManejadorImpresion({
        crearVentana: () => ventana,
        urlInicio: 'app://poa/index.html',
        elegirRuta: async () => '/tmp/Informe.pdf',
        fs: new FsMemoria(),
        carpetaSugerida: () => '/tmp',
        espera: { intervaloMs: 5, limiteMs: 10_000 },
        limites,
        registrar,
      });
      return { manejador, registrar };
    }

    it('a page that hangs before it is ready: a Spanish answer once the limit passes, and the window closed', async () => {
      const { ventana, destruida } = ventanaFalsa({ colgada: true });
      const { manejador } = conLimites(ventana);
      const inicio = Date.now();
      expect(await manejador({ ruta: '/imprimir/x', modo: 'pdf', horizontal: true })).toEqual({ ok: false, mensaje: MENSAJES_IMPRESION.noLista });
      expect(Date.now() - inicio).toBeLessThan(2000);
      expect(destruida()).toBe(true);
    });

    it('a page that crashes while getting ready answers at once, without waiting for the limit', async () => {
      const { ventana, destruida, caer } = ventanaFalsa({ colgada: true });
      const { manejador, registrar } = conLimites(ventana);
      const respuesta = manejador({ ruta: '/imprimir/x', modo: 'dialogo', horizontal: true });
      caer();
      expect(await respuesta).toEqual({ ok: false, mensaje: MENSAJES_IMPRESION.caida });
      expect(registrar).toHaveBeenCalledWith('La página de impresión terminó', { reason: 'crashed', exitCode: 139 });
      expect(destruida()).toBe(true);
    });

    it('a PDF that never arrives, and a print dialog that never calls back, are given up', async () => {
      const pdf = ventanaFalsa({ sinRespuesta: true });
      expect(await conLimites(pdf.ventana).manejador({ ruta: '/imprimir/x', modo: 'pdf', horizontal: true })).toEqual({
        ok: false,
        mensaje: MENSAJES_IMPRESION.pdfTardo,
      });
      expect(pdf.destruida()).toBe(true);
      const dialogo = ventanaFalsa({ sinRespuesta: true });
      expect(await conLimites(dialogo.ventana).manejador({ ruta: '/imprimir/x', modo: 'dialogo', horizontal: false })).toEqual({
        ok: false,
        mensaje: MENSAJES_IMPRESION.dialogoTardo,
      });
      expect(dialogo.destruida()).toBe(true);
    });

    it('a crash during printing answers in Spanish', async () => {
      const { ventana, caer, contenido } = ventanaFalsa({ sinRespuesta: true });
      const { manejador } = conLimites(ventana, { ...LIMITES, dialogoMs: 60_000 });
      const respuesta = manejador({ ruta: '/imprimir/x', modo: 'dialogo', horizontal: true });
      await vi.waitFor(() => expect(contenido.print).toHaveBeenCalled());
      caer();
      expect(await respuesta).toEqual({ ok: false, mensaje: MENSAJES_IMPRESION.caida });
    });
  });
});
