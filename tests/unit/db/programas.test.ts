import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { beforeEach, describe, expect, it } from 'vitest';
import { BaseDatosPoa } from '../../../renderer/src/db/db';
import { MIGRACIONES } from '../../../renderer/src/db/migraciones';
import { sembrarSiHaceFalta } from '../../../renderer/src/db/semilla';
import {
  beneficiariosDelPrograma,
  crearApoyo,
  editarApoyo,
  listarApoyos,
  listarPadron,
  obtenerDetalleApoyo,
  padronParaTransparencia,
  programasSociales,
  registrarExportacionPadron,
} from '../../../renderer/src/db/repositorios/apoyos';
import { crearEvento, editarEvento, eliminarEvento, obtenerEvento } from '../../../renderer/src/db/repositorios/eventos';
import { guardarPersona } from '../../../renderer/src/db/repositorios/personas';
import { COLUMNAS_TRANSPARENCIA } from '../../../shared/domain/padronTransparencia';
import { apoyoSchema } from '../../../shared/schemas/modulos';
import type { Persona } from '../../../shared/schemas/personas';
import { catalogo, errorDe, personaJuan, personaMaria } from './ayudasSolicitudes';
import { conSesion } from './sesionPrueba';

let db: BaseDatosPoa;
let n = 0;
let c: Awaited<ReturnType<typeof catalogo>>;
let maria: Persona;
let juan: Persona;

beforeEach(async () => {
  db = new BaseDatosPoa(`prueba-programas-${++n}`);
  await sembrarSiHaceFalta(db);
  await conSesion(db);
  c = await catalogo(db);
  maria = await guardarPersona(db, null, personaMaria());
  juan = await guardarPersona(db, null, personaJuan());
});

function datosEvento(cambios: Record<string, unknown> = {}) {
  return {
    tipo: 'programa',
    nombre: 'Becas Municipales para Estudiantes',
    tema: '',
    dependenciaId: null,
    facilitador: '',
    fecha: '2026-03-02',
    fechaFin: null,
    horas: 0,
    sede: '',
    localidad: '',
    poblacionObjetivo: 'Estudiantes',
    asistentesMujeres: 0,
    asistentesHombres: 0,
    asistentesOtro: 0,
    edad0a11: null,
    edad12a17: null,
    edad18a29: null,
    edad30a59: null,
    edad60: null,
    beneficiarios: 120,
    estatus: 'realizado',
    evidencia: '',
    ...cambios,
  };
}

function datosApoyo(cambios: Record<string, unknown> = {}) {
  return {
    personaId: maria.id,
    solicitudId: null,
    tipoApoyoId: c.despensa,
    cantidad: 1500,
    unidad: 'pesos',
    valorEstimado: 1500,
    fuente: 'municipal',
    dependenciaId: null,
    estatus: 'entregado',
    fechaGestion: '2026-03-05',
    fechaEntrega: '2026-03-16',
    evidencia: '',
    ...cambios,
  };
}

describe('los beneficiarios de un programa social son apoyos que lo nombran', () => {
  it('el programa del apoyo debe ser un programa social vigente; lo dice en su campo', async () => {
    const taller = await crearEvento(db, { ...datosEvento({ tipo: 'taller', nombre: 'Taller de costura', horas: 4 }), edad0a11: 0, edad12a17: 0, edad18a29: 0, edad30a59: 0, edad60: 0 });
    expect((await errorDe(crearApoyo(db, datosApoyo({ programaId: taller.id })))).errores).toEqual({
      programaId: '«Taller de costura» no es un programa social; elija un programa de la lista',
    });
    expect((await errorDe(crearApoyo(db, datosApoyo({ programaId: crypto.randomUUID() })))).errores).toEqual({
      programaId: 'El programa social elegido ya no existe; elija otro',
    });
    expect((await errorDe(crearApoyo(db, datosApoyo({ programaId: 'becas' })))).errores).toEqual({ programaId: 'Elija un programa social de la lista' });
    const programa = await crearEvento(db, datosEvento());
    await eliminarEvento(db, programa.id, 'Capturado dos veces');
    expect((await errorDe(crearApoyo(db, datosApoyo({ programaId: programa.id })))).errores).toEqual({
      programaId: 'El programa social elegido ya no existe; elija otro',
    });
    expect(await db.apoyos.count()).toBe(0);
  });

  it('el programa lista a sus beneficiarios, cuenta los registrados por nombre sin tocar la cifra capturada, y el apoyo nombra su programa', async () => {
    const programa = await crearEvento(db, datosEvento());
    const otro = await crearEvento(db, datosEvento({ nombre: 'Pensión para Adultos Mayores' }));
    const a1 = await crearApoyo(db, datosApoyo({ programaId: programa.id }));
    await crearApoyo(db, datosApoyo({ personaId: juan.id, programaId: programa.id, valorEstimado: 2000, cantidad: 2000, fechaEntrega: '2026-03-20' }));
    await crearApoyo(db, datosApoyo({ programaId: programa.id, estatus: 'gestionado', fechaEntrega: null }));
    await crearApoyo(db, datosApoyo({ programaId: otro.id }));
    const directo = await crearApoyo(db, datosApoyo({ personaId: juan.id }));
    expect(directo.programaId).toBeNull();

    const beneficiarios = await beneficiariosDelPrograma(db, programa.id);
    expect(beneficiarios.map((b) => [b.beneficiario, b.estatus, b.valorEstimado, b.programa])).toEqual([
      ['Juan Hernández García', 'entregado', 2000, 'Becas Municipales para Estudiantes'],
      ['María José Pérez López', 'entregado', 1500, 'Becas Municipales para Estudiantes'],
      ['María José Pérez López', 'gestionado', 1500, 'Becas Municipales para Estudiantes'],
    ]);
    expect(await obtenerEvento(db, programa.id)).toMatchObject({ beneficiarios: 120, registrados: 3 });
    expect((await obtenerDetalleApoyo(db, a1.id))?.programa).toEqual({ id: programa.id, nombre: 'Becas Municipales para Estudiantes' });
    expect((await listarApoyos(db)).find((a) => a.id === directo.id)?.programa).toBe('');
    expect((await programasSociales(db)).map((p) => p.nombre)).toEqual(['Becas Municipales para Estudiantes', 'Pensión para Adultos Mayores']);

    // Leaving the programa makes it a direct apoyo again; the bitácora names the field in Spanish.
    await editarApoyo(db, a1.id, { ...datosApoyo(), programaId: null });
    expect(await obtenerEvento(db, programa.id)).toMatchObject({ registrados: 2 });
    const entrada = (await db.bitacora.where('entidadId').equals(a1.id).sortBy('fecha')).at(-1)!;
    expect(Object.keys(entrada.cambios ?? {})).toEqual(['programaId']);
  });

  it('un programa con beneficiarios registrados no cambia de tipo', async () => {
    const programa = await crearEvento(db, datosEvento());
    await crearApoyo(db, datosApoyo({ programaId: programa.id }));
    const taller = { ...datosEvento({ tipo: 'taller', horas: 2 }), edad0a11: 0, edad12a17: 0, edad18a29: 0, edad30a59: 0, edad60: 0 };
    expect((await errorDe(editarEvento(db, programa.id, taller))).errores).toEqual({
      tipo: 'Este programa social tiene 1 beneficiario registrado por nombre; no puede cambiar de tipo',
    });
    await editarEvento(db, programa.id, datosEvento({ beneficiarios: 130 }));
    expect(await obtenerEvento(db, programa.id)).toMatchObject({ tipo: 'programa', beneficiarios: 130, registrados: 1 });
  });

  it('el padrón dice el programa; el de transparencia lleva sólo sus columnas públicas y su exportación queda en la bitácora', async () => {
    const programa = await crearEvento(db, datosEvento());
    await crearApoyo(db, datosApoyo({ programaId: programa.id }));
    await crearApoyo(db, datosApoyo({ personaId: juan.id, programaId: programa.id, valorEstimado: 0, cantidad: 2, unidad: 'paquetes', fechaEntrega: '2026-05-04' }));
    await crearApoyo(db, datosApoyo({ personaId: juan.id, fechaEntrega: '2026-04-01' }));

    const padron = await listarPadron(db, 2026);
    expect(padron.map((f) => [f.beneficiario, f.programa])).toEqual([
      ['Hernández García Juan', ''],
      ['Hernández García Juan', 'Becas Municipales para Estudiantes'],
      ['Pérez López María José', 'Becas Municipales para Estudiantes'],
    ]);

    const filas = await padronParaTransparencia(db, { programaId: programa.id, desde: '2026-01-01', hasta: '2026-12-31' });
    expect(filas).toEqual([
      {
        programa: 'Becas Municipales para Estudiantes',
        nombre: 'Juan Hernández García',
        monto: '2 paquetes de Despensa',
        fechaEntrega: '2026-05-04',
        unidadTerritorial: 'Colonia Las Flores, Cabecera municipal',
        edad: 41,
        sexo: 'Hombre',
      },
      {
        programa: 'Becas Municipales para Estudiantes',
        nombre: 'María José Pérez López',
        monto: 1500,
        fechaEntrega: '2026-03-16',
        unidadTerritorial: 'Centro, Cabecera municipal',
        edad: 36,
        sexo: 'Mujer',
      },
    ]);
    expect(Object.keys(filas[0])).toEqual(COLUMNAS_TRANSPARENCIA.map((col) => col.campo));
    expect(JSON.stringify(filas)).not.toMatch(/PELM|HEGJ|2281234567|Juárez|maria@example\.com/);
    expect(await padronParaTransparencia(db, { programaId: null, desde: '2026-03-01', hasta: '2026-04-30' })).toHaveLength(2);

    await registrarExportacionPadron(db, { destino: 'Padron-transparencia-2026.xlsx', programa: 'Becas Municipales para Estudiantes', periodo: '2026', filas: 2 });
    const entrada = (await db.bitacora.where('entidad').equals('padron').toArray())[0];
    expect(entrada).toMatchObject({
      accion: 'exportar',
      resumen: 'Padrón de transparencia exportado a Excel: Padron-transparencia-2026.xlsx (programa: Becas Municipales para Estudiantes; periodo: 2026; 2 beneficiarios)',
    });
  });
});

describe('versión 12 del esquema', () => {
  it('una base de la versión 11 se abre con sus apoyos como apoyos directos, y el índice de programa encuentra a los nuevos', async () => {
    const nombre = `prueba-programas-v11-${++n}`;
    const v11 = new Dexie(nombre);
    for (const m of MIGRACIONES.filter((x) => x.version <= 11)) v11.version(m.version).stores(m.stores);
    await v11.open();
    const { programaId: _p, ...anterior } = apoyoSchema.parse({
      ...datosApoyo(),
      personaId: crypto.randomUUID(),
      id: crypto.randomUUID(),
      createdAt: '2026-03-05T16:00:00.000Z',
      updatedAt: '2026-03-05T16:00:00.000Z',
      estacion: 'V1',
      eliminado: 0,
    });
    await v11.table('apoyos').add(anterior);
    v11.close();

    const actual = new BaseDatosPoa(nombre);
    expect(actual.verno).toBe(MIGRACIONES.at(-1)!.version);
    expect((await actual.apoyos.get(anterior.id))?.programaId).toBeNull();
    const programa = crypto.randomUUID();
    await actual.apoyos.add({ ...anterior, id: crypto.randomUUID(), programaId: programa });
    expect(await actual.apoyos.where('programaId').equals(programa).count()).toBe(1);
    // A record or backup written before programas had beneficiaries parses as a direct apoyo.
    expect(apoyoSchema.parse(anterior).programaId).toBeNull();
  });
});
