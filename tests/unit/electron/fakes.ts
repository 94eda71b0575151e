/** In-memory collaborators for the main-process handlers. */
import nodePath from 'node:path';
import type { ArchivoAbierto, FsRespaldos } from '../../../electron/main/handlers/backups';
import type { FsEvidencias } from '../../../electron/main/handlers/evidence-files';

export interface Operacion {
  op: 'writeFile' | 'appendFile' | 'rename' | 'rm' | 'mkdir';
  ruta: string;
  destino?: string;
  opciones?: unknown;
}

function errorNode(code: string, mensaje: string): Error {
  return Object.assign(new Error(`${code}: ${mensaje}`), { code });
}

/** A flat in-memory file system that records every write, rename and removal in order. */
export class FsMemoria implements FsRespaldos, FsEvidencias {
  readonly archivos = new Map<string, Uint8Array | string>();
  readonly operaciones: Operacion[] = [];
  /** Makes the next rename fail with this code (e.g. EPERM: the file is open in Excel). */
  fallarRenombrar: string | null = null;

  async writeFile(ruta: string, datos: Uint8Array | string, opciones: { flush: boolean }): Promise<void> {
    this.operaciones.push({ op: 'writeFile', ruta, opciones });
    this.archivos.set(ruta, datos);
  }

  async rename(origen: string, destino: string): Promise<void> {
    this.operaciones.push({ op: 'rename', ruta: origen, destino });
    if (this.fallarRenombrar) throw errorNode(this.fallarRenombrar, 'rename');
    const datos = this.archivos.get(origen);
    if (datos === undefined) throw errorNode('ENOENT', origen);
    this.archivos.delete(origen);
    this.archivos.set(destino, datos);
  }

  async rm(ruta: string, opciones: { force: boolean }): Promise<void> {
    this.operaciones.push({ op: 'rm', ruta, opciones });
    this.archivos.delete(ruta);
  }

  async mkdir(ruta: string): Promise<unknown> {
    this.operaciones.push({ op: 'mkdir', ruta });
    return undefined;
  }

  async readdir(ruta: string): Promise<string[]> {
    const nombres = [...this.archivos.keys()]
      .filter((archivo) => nodePath.dirname(archivo) === ruta)
      .map((archivo) => nodePath.basename(archivo));
    if (nombres.length === 0 && ![...this.operaciones].some((o) => o.op === 'mkdir' && o.ruta === ruta)) {
      throw errorNode('ENOENT', ruta);
    }
    return nombres;
  }

  async stat(ruta: string): Promise<{ size: number; isFile(): boolean }> {
    const datos = this.archivos.get(ruta);
    if (datos === undefined) throw errorNode('ENOENT', ruta);
    const size = typeof datos === 'string' ? Buffer.byteLength(datos) : datos.byteLength;
    return { size, isFile: () => true };
  }

  async readFile(ruta: string): Promise<Uint8Array> {
    return this.bytes(ruta);
  }

  /** The bytes of a file, whatever it was written as. */
  bytes(ruta: string): Uint8Array {
    const datos = this.archivos.get(ruta);
    if (datos === undefined) throw errorNode('ENOENT', ruta);
    return typeof datos === 'string' ? Buffer.from(datos) : datos;
  }

  async appendFile(ruta: string, datos: Uint8Array): Promise<void> {
    this.operaciones.push({ op: 'appendFile', ruta });
    const previos = this.archivos.get(ruta);
    if (previos === undefined) throw errorNode('ENOENT', ruta);
    this.archivos.set(ruta, Buffer.concat([this.bytes(ruta), datos]));
  }

  async open(ruta: string): Promise<ArchivoAbierto> {
    const datos = this.bytes(ruta);
    return {
      read: async (buffer, offset, length, position) => {
        const trozo = datos.subarray(position, position + length);
        buffer.set(trozo, offset);
        return { bytesRead: trozo.length };
      },
      close: async () => undefined,
    };
  }
}

/** An IPC event as Electron builds it, from a frame at `url`. */
export function eventoDesde(url: string, opciones: { subframe?: boolean } = {}) {
  return { senderFrame: { url, parent: opciones.subframe ? { url: 'app://poa/index.html' } : null } };
}
