import 'fake-indexeddb/auto';
import { gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { BaseDatosPoa } from '../../../renderer/src/db/db';
import { sembrarSiHaceFalta } from '../../../renderer/src/db/semilla';
import { MENSAJE_ARCHIVO_AUSENTE, type AlmacenArchivos } from '../../../renderer/src/db/archivosEvidencia';
import { carpetaDeDatos } from './carpetaDePrueba';
import { abrirEvidencia, adjuntarEvidencia } from '../../../renderer/src/db/repositorios/evidencias';
import { guardarPersona } from '../../../renderer/src/db/repositorios/personas';
import { guardarConfiguracion, obtenerConfiguracion } from '../../../renderer/src/db/repositorios/configuracion';
import { escribirPaquete, incorporarPaquete } from '../../../renderer/src/db/paquetes';
import { fusionarRespaldo, respaldoEnBytes, restaurarRespaldo } from '../../../renderer/src/db/respaldos';
import { escribirComprimido } from '../../../shared/schemas/respaldoComprimido';
import { ErrorValidacion } from '../../../renderer/src/db/errores';
import { respaldoDe } from './respaldoPrueba';
import { conSesion } from './sesionPrueba';
import { personaMaria, solicitudDeDespensa } from './ayudasSolicitudes';
import { jpgMinimo, pdfMinimo } from '../../archivosDePrueba';

let n = 0;

async function nuevaPc(estacion: string, almacen?: AlmacenArchivos): Promise<BaseDatosPoa> {
  const db = new BaseDatosPoa(`prueba-evidencias-respaldo-${++n}`);
  if (almacen) db.archivos = almacen;
  await sembrarSiHaceFalta(db);
  await conSesion(db, { nombre: `Administración ${estacion}`, estacion, rol: 'administrador' });
  await guardarConfiguracion(db, { ...(await obtenerConfiguracion(db)), estacion });
  return db;
}

/** A solicitud with the lista de asistencia (PDF) and a photo (JPG) attached. */
async function conEvidencias(db: BaseDatosPoa) {
  const maria = await guardarPersona(db, null, personaMaria());
  const s = await solicitudDeDespensa(db, maria.id, '2026-11-03T09:10');
  const de = { registroTipo: 'solicitud' as const, registroId: s.id };
  const lista = await adjuntarEvidencia(db, db.archivos, { ...de, descripcion: 'Lista de asistencia' }, { nombre: 'lista.pdf', bytes: pdfMinimo() });
  const foto = await adjuntarEvidencia(db, db.archivos, de, { nombre: 'foto.jpg', bytes: jpgMinimo() });
  return { s, lista, foto };
}

async function bytesDe(db: BaseDatosPoa, id: string): Promise<Uint8Array> {
  return new Uint8Array(await (await abrirEvidencia(db, db.archivos, id)).blob.arrayBuffer());
}

/** The rows of each table of a compressed file, from its lines. */
function tablasDelArchivo(bytes: Uint8Array): Record<string, Record<string, unknown>[]> {
  const tablas: Record<string, Record<string, unknown>[]> = {};
  for (const linea of gunzipSync(bytes).toString('utf8').split('\n').filter((l) => l !== '')) {
    const l = JSON.parse(linea) as { tabla?: string; filas?: Record<string, unknown>[] };
    if (l.tabla) (tablas[l.tabla] ??= []).push(...l.filas!);
  }
  return tablas;
}

describe('los archivos de evidencia viajan en los respaldos', () => {
  for (const [donde, almacen] of [
    ['en la base del navegador', () => undefined],
    ['en la carpeta de datos del escritorio', carpetaDeDatos],
  ] as const) {
    it(`respaldar → vaciar → restaurar devuelve cada archivo, idéntico (${donde})`, async () => {
      const oficina = await nuevaPc('V1', almacen());
      const { lista, foto } = await conEvidencias(oficina);
      const archivo = await respaldoDe(oficina);
      const filas = tablasDelArchivo(archivo);
      expect(filas.evidencias.map((e) => e.nombreOriginal).sort()).toEqual(['foto.jpg', 'lista.pdf']);
      expect(filas.archivosEvidencia.map((a) => a.extension).sort()).toEqual(['jpg', 'pdf']);

      // A PC with nothing (the same one wiped, or a new one) restores the file.
      const nueva = await nuevaPc('V1', almacen());
      await restaurarRespaldo(nueva, archivo);
      // The restored accounts are the file's: sign in again.
      await conSesion(nueva, { rol: 'capturista' });
      expect(await bytesDe(nueva, lista.id)).toEqual(pdfMinimo());
      expect(await bytesDe(nueva, foto.id)).toEqual(jpgMinimo());
      expect((await nueva.evidencias.get(foto.id))?.nombreOriginal).toBe('foto.jpg');
    });
  }

  it('el mismo archivo en dos registros va una sola vez', async () => {
    const oficina = await nuevaPc('V1');
    const { s } = await conEvidencias(oficina);
    const otra = await solicitudDeDespensa(oficina, s.personaId, '2026-11-04T09:10');
    await adjuntarEvidencia(oficina, oficina.archivos, { registroTipo: 'solicitud', registroId: otra.id }, { nombre: 'la misma lista.pdf', bytes: pdfMinimo() });
    const filas = tablasDelArchivo(await respaldoDe(oficina));
    expect(filas.evidencias).toHaveLength(3);
    expect(filas.archivosEvidencia).toHaveLength(2);
  });

  it('un archivo que esta PC ya no tiene no impide el respaldo: el registro viaja y al abrirlo se dice que falta', async () => {
    const carpeta = carpetaDeDatos();
    const oficina = await nuevaPc('V1', carpeta);
    const { lista, foto } = await conEvidencias(oficina);
    carpeta.archivos.delete(foto.sha256);
    const archivo = await respaldoDe(oficina);
    const nueva = await nuevaPc('V1', carpetaDeDatos());
    await restaurarRespaldo(nueva, archivo);
    await conSesion(nueva, { rol: 'capturista' });
    expect(await bytesDe(nueva, lista.id)).toEqual(pdfMinimo());
    await expect(abrirEvidencia(nueva, nueva.archivos, foto.id)).rejects.toThrow(MENSAJE_ARCHIVO_AUSENTE);
  });

  it('un archivo alterado dentro del respaldo se rechaza y no cambia nada', async () => {
    const oficina = await nuevaPc('V1');
    await conEvidencias(oficina);
    const tablas = tablasDelArchivo(await respaldoDe(oficina));
    // Another file's bytes under the lista's SHA-256.
    const pdf = tablas.archivosEvidencia.find((a) => a.extension === 'pdf')!;
    const jpg = tablas.archivosEvidencia.find((a) => a.extension === 'jpg')!;
    pdf.datos = jpg.datos;
    const encabezado = JSON.parse(gunzipSync(await respaldoDe(oficina)).toString('utf8').split('\n')[0]) as Parameters<typeof escribirComprimido>[0];
    const partes: Uint8Array[] = [];
    await escribirComprimido(encabezado, Object.entries(tablas).map(([tabla, filas]) => ({ tabla, filas })), async (b) => void partes.push(b));
    const alterado = Buffer.concat(partes);

    const nueva = await nuevaPc('V1');
    const antes = await nueva.solicitudes.count();
    const error = await restaurarRespaldo(nueva, alterado).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ErrorValidacion);
    expect((error as ErrorValidacion).errores.archivo).toMatch(/^El archivo de evidencia [0-9a-f]{12}… del respaldo no se pudo guardar: El archivo de evidencia llegó dañado/);
    expect(await nueva.solicitudes.count()).toBe(antes);
    expect(await nueva.evidencias.count()).toBe(0);
    expect(await nueva.archivosEvidencia.get(String(pdf.sha256))).toBeUndefined();
  });

  it('«Incorporar capturas» de otra PC trae sus archivos', async () => {
    const v2 = await nuevaPc('V2', carpetaDeDatos());
    const { foto } = await conEvidencias(v2);
    const v1 = await nuevaPc('V1', carpetaDeDatos());
    await fusionarRespaldo(v1, await respaldoDe(v2));
    expect(await bytesDe(v1, foto.id)).toEqual(jpgMinimo());
  });
});

describe('los archivos de evidencia viajan en los paquetes entre PCs', () => {
  it('un paquete lleva los archivos de las evidencias nuevas, una vez por contenido, y la otra PC los abre', async () => {
    const v1 = await nuevaPc('V1', carpetaDeDatos());
    const v2Carpeta = carpetaDeDatos();
    const v2 = await nuevaPc('V2', v2Carpeta);
    const { lista, foto } = await conEvidencias(v1);
    const paquete = await respaldoEnBytes(async (d) => (await escribirPaquete(v1, { destino: 'V2', modo: 'cambios', desde: null }, d)).archivo);
    const filas = tablasDelArchivo(paquete);
    expect(filas.evidencias).toHaveLength(2);
    expect(filas.archivosEvidencia.map((a) => a.sha256).sort()).toEqual([lista.sha256, foto.sha256].sort());

    await incorporarPaquete(v2, paquete);
    expect(await bytesDe(v2, lista.id)).toEqual(pdfMinimo());
    expect(await bytesDe(v2, foto.id)).toEqual(jpgMinimo());
    expect(v2Carpeta.archivos.size).toBe(2);

    // The next package carries nothing already sent.
    const siguiente = tablasDelArchivo(await respaldoEnBytes(async (d) => (await escribirPaquete(v1, { destino: 'V2', modo: 'cambios', desde: null }, d)).archivo));
    expect(siguiente.evidencias ?? []).toEqual([]);
    expect(siguiente.archivosEvidencia ?? []).toEqual([]);
  });
});
