import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { BaseDatosPoa } from '../../../renderer/src/db/db';
import { ErrorValidacion } from '../../../renderer/src/db/errores';
import { guardarPersona } from '../../../renderer/src/db/repositorios/personas';
import { abrirArchivoRespaldo, copiaDeRespaldo, incorporarArchivo, nombreCopia, restaurarArchivo } from '../../../renderer/src/db/respaldoBloqueado';
import { esCifrado as estaBloqueado } from '../../../shared/seguridad/cifrado';
import { deUtf8 } from '../../../shared/seguridad/bytes';
import { esComprimido, type FuenteBytes } from '../../../shared/schemas/respaldoComprimido';
import { comoPlano } from './respaldoPrueba';
import { sembrarSiHaceFalta } from '../../../renderer/src/db/semilla';
import { TABLAS_RESPALDO } from '../../../shared/schemas/respaldo';
import { personaJuan, personaMaria } from './ayudasSolicitudes';
import { conSesion } from './sesionPrueba';

/** Few iterations keep the tests quick; the app always uses 600,000. */
const ITERACIONES = 1000;
const FRASE = 'Girasoles en la azotea 2026';
const proteccion = { contrasena: FRASE, confirmacion: FRASE };

let n = 0;
let db: BaseDatosPoa;
beforeEach(async () => {
  db = new BaseDatosPoa(`prueba-respaldo-bloqueado-${++n}`);
  await sembrarSiHaceFalta(db);
  await conSesion(db, { rol: 'administrador' });
  await guardarPersona(db, null, personaMaria());
});
afterEach(() => vi.restoreAllMocks());

/** The bytes an opened file hands out, whole. */
async function leido(fuente: FuenteBytes): Promise<Uint8Array> {
  const partes: Uint8Array[] = [];
  for await (const p of fuente) partes.push(p);
  return Buffer.concat(partes);
}

async function todo(b: BaseDatosPoa) {
  const tablas: Record<string, unknown[]> = {};
  for (const t of TABLAS_RESPALDO) tablas[t] = await b.table(t).toArray();
  return tablas;
}

async function errores(p: Promise<unknown>): Promise<Record<string, string>> {
  try {
    await p;
  } catch (e) {
    if (e instanceof ErrorValidacion) return e.errores;
    throw e;
  }
  throw new Error('se esperaba un ErrorValidacion');
}

describe('copias de respaldo protegidas con contraseña', () => {
  it('la copia bloqueada va cifrada: ni los datos ni la contraseña se leen en el archivo', async () => {
    const bytes = await copiaDeRespaldo(db, proteccion, ITERACIONES);
    expect(estaBloqueado(bytes)).toBe(true);
    const encabezado = deUtf8(bytes.subarray(0, bytes.indexOf(0x0a)));
    expect(JSON.parse(encabezado)).toMatchObject({ formato: 'poa-gestion-social-cifrado', cifrado: 'AES-GCM-256', kdf: { algoritmo: 'PBKDF2-SHA-256' } });
    const crudo = new TextDecoder('latin1').decode(bytes);
    for (const texto of ['Pérez', 'PELM900315', 'poa-gestion-social/respaldo', FRASE, 'credencial']) expect(crudo).not.toContain(texto);
    const abierto = await leido(await abrirArchivoRespaldo(bytes, FRASE));
    expect(esComprimido(abierto)).toBe(true);
    expect(JSON.parse(comoPlano(abierto)).formato).toBe('poa-gestion-social/respaldo');
    // The copy is logged as locked, without the passphrase.
    const entrada = (await db.bitacora.where('accion').equals('respaldar').toArray()).at(-1)!;
    expect(entrada.resumen).toBe('Copia del respaldo de toda la base de datos para otra PC, protegida con contraseña');
    expect(JSON.stringify(await db.bitacora.toArray())).not.toContain(FRASE);
  });

  it('la contraseña se escribe dos veces y con la longitud mínima; un error no deja copia ni entrada', async () => {
    const previas = await db.bitacora.count();
    expect(await errores(copiaDeRespaldo(db, { contrasena: 'corta', confirmacion: 'corta' }, ITERACIONES))).toEqual({
      contrasena: 'La contraseña debe tener al menos 8 caracteres',
    });
    expect(await errores(copiaDeRespaldo(db, { contrasena: FRASE, confirmacion: 'Otra frase 2026' }, ITERACIONES))).toEqual({
      confirmacion: 'La confirmación no coincide con la contraseña',
    });
    expect(await db.bitacora.count()).toBe(previas);
  });

  it('sin contraseña la copia es el respaldo comprimido, y se anota así', async () => {
    const bytes = await copiaDeRespaldo(db, null);
    expect(estaBloqueado(bytes)).toBe(false);
    expect(esComprimido(bytes)).toBe(true);
    expect(JSON.parse(comoPlano(bytes)).formato).toBe('poa-gestion-social/respaldo');
    expect(await leido(await abrirArchivoRespaldo(bytes, null))).toEqual(Buffer.from(bytes));
    expect((await db.bitacora.where('accion').equals('respaldar').toArray()).at(-1)!.resumen).toBe(
      'Copia del respaldo de toda la base de datos para otra PC, sin contraseña',
    );
  });

  it('restaurar con una contraseña equivocada: mensaje en su campo y la base de datos queda idéntica', async () => {
    const bytes = await copiaDeRespaldo(db, proteccion, ITERACIONES);
    await guardarPersona(db, null, personaJuan());
    const antes = await todo(db);
    const antesDeRestaurar = vi.fn(async () => undefined);
    expect(await errores(restaurarArchivo(db, bytes, 'No es la frase', antesDeRestaurar))).toEqual({ contrasena: 'La contraseña del respaldo no es correcta.' });
    expect(await errores(restaurarArchivo(db, bytes, null, antesDeRestaurar))).toEqual({ contrasena: 'Escriba la contraseña del respaldo.' });
    expect(await errores(incorporarArchivo(db, bytes, 'No es la frase'))).toEqual({ contrasena: 'La contraseña del respaldo no es correcta.' });
    expect(antesDeRestaurar).not.toHaveBeenCalled();
    expect(await todo(db)).toEqual(antes);

    // With the right one it restores: Juan, added after the copy, is gone.
    await restaurarArchivo(db, bytes, FRASE, antesDeRestaurar);
    expect(antesDeRestaurar).toHaveBeenCalledTimes(1);
    expect((await db.personas.toArray()).map((p) => p.nombres)).toEqual(['María José']);
  });

  it('un archivo cifrado dañado se dice como tal, sin cambiar nada', async () => {
    const bytes = await copiaDeRespaldo(db, proteccion, ITERACIONES);
    bytes[bytes.length - 5] ^= 0xff;
    const antes = await todo(db);
    expect(await errores(restaurarArchivo(db, bytes, FRASE))).toEqual({ archivo: 'El respaldo cifrado está dañado o fue modificado: no se puede abrir.' });
    expect(await todo(db)).toEqual(antes);
  });

  it('incorporar capturas de un paquete protegido', async () => {
    const otra = new BaseDatosPoa(`prueba-respaldo-bloqueado-otra-${++n}`);
    await sembrarSiHaceFalta(otra);
    await conSesion(otra, { rol: 'jefe' });
    await guardarPersona(otra, null, personaJuan());
    const paquete = await copiaDeRespaldo(otra, proteccion, ITERACIONES);
    const r = await incorporarArchivo(db, paquete, FRASE);
    expect(r.agregados).toBeGreaterThan(0);
    expect((await db.personas.toArray()).map((p) => p.nombres).sort()).toEqual(['Juan', 'María José']);
  });

  it('el nombre de la copia dice la estación, el día y si está protegida', () => {
    expect(nombreCopia('V1', '2026-12-02', true)).toBe('respaldo-poa-V1-2026-12-02.cifrado');
    expect(nombreCopia('V2', '2026-12-02', false)).toBe('respaldo-poa-V2-2026-12-02.poa.gz');
  });
});
