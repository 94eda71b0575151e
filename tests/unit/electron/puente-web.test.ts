import { describe, expect, it, vi } from 'vitest';
import { FORMATO_RESPALDO, VERSION_RESPALDO } from '../../../shared/schemas/respaldo';
import { escribirComprimido, VERSION_ARCHIVO } from '../../../shared/schemas/respaldoComprimido';
import { crearPuenteWeb, MENSAJE_RESPALDOS_NO_DISPONIBLES, type EntornoWeb } from '../../../renderer/src/bridge/web';
import { puenteElectron } from '../../../renderer/src/bridge/desktop';
import type { PuenteApi } from '../../../shared/ipc/contract';

/** Just enough DOM for the browser bridge: created elements are recorded. */
function domFalso(opciones: { listoTras?: number } = {}) {
  const creados: Record<string, unknown>[] = [];
  let consultas = 0;
  const dataset: Record<string, string> = {};
  const documentoMarco = {
    title: 'POA',
    get body() {
      consultas += 1;
      if (consultas > (opciones.listoTras ?? 0)) dataset.listoParaImprimir = 'true';
      return { dataset };
    },
    head: { append: vi.fn() },
    createElement: (etiqueta: string) => ({ etiqueta, textContent: '' }),
  };
  const ventanaMarco = {
    focus: vi.fn(),
    print: vi.fn(),
    addEventListener: vi.fn((_evento: string, escucha: () => void) => escucha()),
  };
  const document = {
    body: { append: vi.fn() },
    createElement: (etiqueta: string) => {
      const elemento: Record<string, unknown> = {
        etiqueta,
        style: {},
        click: vi.fn(),
        remove: vi.fn(),
        setAttribute: vi.fn(),
      };
      if (etiqueta === 'iframe') {
        elemento.contentDocument = documentoMarco;
        elemento.contentWindow = ventanaMarco;
      }
      creados.push(elemento);
      return elemento;
    },
  };
  return { document: document as unknown as Document, creados, documentoMarco, ventanaMarco };
}

function crear(dom: ReturnType<typeof domFalso>, extra: Partial<EntornoWeb> = {}) {
  const abrirVentana = vi.fn();
  const blobs: Blob[] = [];
  const puente = crearPuenteWeb({
    document: dom.document,
    location: { href: 'http://localhost:5173/#/poa' },
    abrirVentana,
    crearUrlObjeto: (blob) => {
      blobs.push(blob);
      return `blob:http://localhost:5173/${blobs.length}`;
    },
    revocarUrlObjeto: vi.fn(),
    ahora: () => new Date(2026, 5, 15, 9, 30, 0),
    espera: { intervaloMs: 1, limiteMs: 20 },
    ...extra,
  });
  return { puente, abrirVentana, blobs };
}

describe('browser bridge', () => {
  it('saves a file as a download', async () => {
    const dom = domFalso();
    const { puente, blobs } = crear(dom);
    const respuesta = await puente.guardarArchivo({
      nombreSugerido: 'POA 2026.xlsx',
      filtros: [{ name: 'Excel', extensions: ['xlsx'] }],
      datos: new Uint8Array([1, 2, 3]),
    });
    expect(respuesta).toEqual({ guardado: true });
    const enlace = dom.creados[0];
    expect(enlace).toMatchObject({ etiqueta: 'a', download: 'POA 2026.xlsx', href: 'blob:http://localhost:5173/1' });
    expect(enlace.click).toHaveBeenCalled();
    expect(blobs[0].size).toBe(3);
    expect(blobs[0].type).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
  });

  it('refuses what the main process refuses, in Spanish', async () => {
    const { puente } = crear(domFalso());
    await expect(
      puente.guardarArchivo({ nombreSugerido: '', filtros: [], datos: new Uint8Array() }),
    ).rejects.toThrow('Datos inválidos para guardar el archivo: Falta el nombre del archivo. (campo nombreSugerido)');
    await expect(puente.imprimir({ ruta: '/poa', modo: 'dialogo', horizontal: true })).rejects.toThrow('debe empezar con /imprimir/');
    await expect(puente.leerTrozoRespaldo({ nombre: '../x', desde: 0, cantidad: 1 })).rejects.toThrow('no puede contener rutas');
  });

  it('prints a route from a hidden iframe of the same origin once it is ready', async () => {
    const dom = domFalso({ listoTras: 3 });
    const { puente } = crear(dom);
    const respuesta = await puente.imprimir({ ruta: '/imprimir/poa', modo: 'pdf', horizontal: true, nombreSugerido: 'POA 2026.pdf' });
    expect(respuesta).toEqual({ ok: true });
    const marco = dom.creados.find((e) => e.etiqueta === 'iframe');
    expect(marco?.src).toBe('http://localhost:5173/index.html#/imprimir/poa');
    expect(marco?.style).toMatchObject({ width: '11in', height: '8.5in' });
    expect(dom.documentoMarco.head.append).toHaveBeenCalledWith(
      expect.objectContaining({ textContent: '@page { size: letter landscape; }' }),
    );
    expect(dom.documentoMarco.title).toBe('POA 2026');
    expect(dom.ventanaMarco.print).toHaveBeenCalledTimes(1);
    expect(marco?.remove).toHaveBeenCalled();
  });

  it('gives up printing when the page never becomes ready', async () => {
    const dom = domFalso({ listoTras: Number.POSITIVE_INFINITY });
    const { puente } = crear(dom);
    const respuesta = await puente.imprimir({ ruta: '/imprimir/poa', modo: 'dialogo', horizontal: false });
    expect(respuesta.ok).toBe(false);
    expect(respuesta.mensaje).toContain('no terminó de prepararse a tiempo');
    expect(dom.ventanaMarco.print).not.toHaveBeenCalled();
    expect(dom.creados.find((e) => e.etiqueta === 'iframe')?.remove).toHaveBeenCalled();
  });

  it('downloads a backup sent in pieces once it reads back whole, lists none and cannot read them', async () => {
    const dom = domFalso();
    const { puente, blobs } = crear(dom);
    const partes: Uint8Array<ArrayBuffer>[] = [];
    const cabeza = { formato: FORMATO_RESPALDO, archivo: VERSION_ARCHIVO, version: VERSION_RESPALDO, fecha: '2026-06-15T09:30:00.000Z', estacion: 'V1', esquema: 9, tablas: { poas: 1 } };
    const { sha256 } = await escribirComprimido(cabeza, [{ tabla: 'poas', filas: [{ id: 'p' }] }], async (b) => void partes.push(b));
    const { id } = await puente.iniciarRespaldo({ nombre: 'manual' });
    for (const bytes of partes) await puente.trozoRespaldo({ id, bytes });
    expect(await puente.terminarRespaldo({ id, sha256 })).toEqual({ ruta: 'respaldo-2026-06-15_09-30-00-000_manual.poa.gz' });
    expect(dom.creados[0]).toMatchObject({ download: 'respaldo-2026-06-15_09-30-00-000_manual.poa.gz' });
    expect(Buffer.from(await blobs[0].arrayBuffer())).toEqual(Buffer.concat(partes));
    expect(blobs[0].type).toBe('application/gzip');

    // A piece lost on the way: nothing is downloaded.
    const otro = await puente.iniciarRespaldo({ nombre: 'manual' });
    await puente.trozoRespaldo({ id: otro.id, bytes: partes[0].subarray(0, 10) });
    await expect(puente.terminarRespaldo({ id: otro.id, sha256 })).rejects.toThrow(/^No se guardó el respaldo: El (archivo está dañado|respaldo está incompleto)/);
    expect(blobs).toHaveLength(1);

    // Cancelled half-way: its check ends quietly, nothing is downloaded, and the next backup is downloaded whole.
    const cancelado = await puente.iniciarRespaldo({ nombre: 'manual' });
    await puente.trozoRespaldo({ id: cancelado.id, bytes: partes[0].subarray(0, 10) });
    expect(await puente.cancelarRespaldo({ id: cancelado.id })).toEqual({ ok: true });
    await expect(puente.terminarRespaldo({ id: cancelado.id, sha256 })).rejects.toThrow('El respaldo en curso ya no existe');
    const siguiente = await puente.iniciarRespaldo({ nombre: 'manual' });
    for (const bytes of partes) await puente.trozoRespaldo({ id: siguiente.id, bytes });
    await expect(puente.terminarRespaldo({ id: siguiente.id, sha256: '0'.repeat(64) })).rejects.toThrow('no coincide con el respaldo enviado');
    const otraVez = await puente.iniciarRespaldo({ nombre: 'manual' });
    for (const bytes of partes) await puente.trozoRespaldo({ id: otraVez.id, bytes });
    await puente.terminarRespaldo({ id: otraVez.id, sha256 });
    expect(blobs).toHaveLength(2);

    expect(await puente.listarRespaldos()).toEqual([]);
    await expect(puente.leerTrozoRespaldo({ nombre: 'respaldo-2026-06-15_09-30-00-000_manual.poa.gz', desde: 0, cantidad: 10 })).rejects.toThrow(
      MENSAJE_RESPALDOS_NO_DISPONIBLES,
    );
    expect(MENSAJE_RESPALDOS_NO_DISPONIBLES).toContain('no está disponible en el navegador');
  });

  it('says it is not Electron', async () => {
    const { puente } = crear(domFalso(), { version: '0.1.0' });
    expect(await puente.infoApp()).toEqual({
      version: '0.1.0',
      plataforma: 'web',
      rutaDatos: 'Almacenamiento del navegador (IndexedDB)',
      electron: false,
    });
  });

  it('opens only links to a listed host, with noopener, as the desktop does', async () => {
    const { puente, abrirVentana } = crear(domFalso(), { hostsExternos: ['www.gob.mx'] });
    expect(await puente.abrirEnlaceExterno({ url: 'https://www.gob.mx/curp' })).toEqual({ ok: true });
    expect(abrirVentana).toHaveBeenCalledWith('https://www.gob.mx/curp', '_blank', 'noopener,noreferrer');
    for (const url of ['javascript:alert(1)', 'file:///C:/x.exe']) {
      await expect(puente.abrirEnlaceExterno({ url })).rejects.toThrow('Solo se pueden abrir enlaces http, https o mailto.');
    }
    for (const url of ['https://www.gob.mx.sitio-falso.com/', 'https://usuario@www.gob.mx/', 'https://otro.mx/', 'mailto:alguien@otro.mx']) {
      await expect(puente.abrirEnlaceExterno({ url })).rejects.toThrow('Ese enlace no se puede abrir desde la aplicación.');
    }
    expect(abrirVentana).toHaveBeenCalledTimes(1);
  });

  it('with the app\'s own list, which names no host, no link leaves the app', async () => {
    const { puente, abrirVentana } = crear(domFalso());
    await expect(puente.abrirEnlaceExterno({ url: 'https://www.gob.mx/curp' })).rejects.toThrow('Ese enlace no se puede abrir desde la aplicación.');
    expect(abrirVentana).not.toHaveBeenCalled();
  });
});

describe('puenteElectron', () => {
  it('is window.poa when the preload exposed it, null otherwise', () => {
    const poa = {} as PuenteApi;
    expect(puenteElectron({ poa })).toBe(poa);
    expect(puenteElectron({})).toBeNull();
  });
});
