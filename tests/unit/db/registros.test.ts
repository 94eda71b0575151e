import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { BaseDatosPoa } from '../../../renderer/src/db/db';
import { sembrarSiHaceFalta } from '../../../renderer/src/db/semilla';
import { conSesion } from './sesionPrueba';
import { repositorio } from '../../../renderer/src/db/repositorios/registros';
import { REGISTROS } from '../../../shared/registros';
import type { DatosJornada, DatosMesa, Jornada, Mesa } from '../../../shared/schemas/modulos';
import { errorDe, registroCierre } from './ayudasSolicitudes';

let db: BaseDatosPoa;
let n = 0;

beforeEach(async () => {
  db = new BaseDatosPoa(`prueba-registros-${++n}`);
  await sembrarSiHaceFalta(db);
  await conSesion(db);
});

const jornadas = repositorio<Jornada, DatosJornada>(REGISTROS.jornada);

function datosJornada(cambios: Partial<DatosJornada> = {}): DatosJornada {
  return {
    fecha: '2026-04-18',
    nombre: 'Jornada de salud en San José',
    colonia: '',
    localidad: 'San José',
    dependencias: ['DIF Municipal'],
    servicios: ['Consulta médica'],
    atendidasMujeres: 40,
    atendidasHombres: 25,
    atendidasOtro: 1,
    edad0a11: 6,
    edad12a17: 10,
    edad18a29: 20,
    edad30a59: 22,
    edad60: 8,
    realizada: true,
    ...cambios,
  };
}

const datosMesa = (): DatosMesa => ({
  fecha: '2026-06-09',
  tema: 'Seguridad alimentaria regional',
  convoca: 'DIF Estatal',
  sede: 'Palacio municipal',
  instituciones: ['DIF Estatal'],
  asistentes: 12,
  estatus: 'asistida',
});

async function entradas() {
  return (await db.bitacora.orderBy('fecha').toArray()).filter((b) => b.entidad === 'jornada' || b.entidad === 'mesa');
}

async function cerrarMes(mes: number) {
  await db.cierres.add(registroCierre({ id: crypto.randomUUID(), anio: 2026, tipo: 'mes', numero: mes, cerrado: true, fecha: new Date().toISOString(), usuario: 'Jefe' }));
}

describe('el repositorio genérico: cada escritura es una sola transacción con su entrada de bitácora', () => {
  it('si la bitácora no se puede escribir, el registro creado tampoco queda', async () => {
    vi.spyOn(db.bitacora, 'add').mockRejectedValueOnce(new Error('Disco lleno'));
    await expect(jornadas.crear(db, datosJornada())).rejects.toThrow('Disco lleno');
    expect(await db.jornadas.count()).toBe(0);
    expect(await entradas()).toEqual([]);
  });

  it('si la bitácora falla al corregir, queda la versión anterior', async () => {
    const j = await jornadas.crear(db, datosJornada());
    vi.spyOn(db.bitacora, 'add').mockRejectedValueOnce(new Error('Disco lleno'));
    await expect(jornadas.editar(db, j.id, datosJornada({ nombre: 'Otro nombre' }))).rejects.toThrow('Disco lleno');
    expect(await db.jornadas.get(j.id)).toEqual(j);
    expect((await entradas()).map((b) => b.accion)).toEqual(['crear']);
  });

  it('un gancho que falla a medio eliminar deshace también lo que ya había marcado', async () => {
    const mesas = repositorio<Mesa, DatosMesa>(REGISTROS.mesa, {
      tablas: (db) => [db.acuerdos],
      alEliminar: async (db, mesa, ahora) => {
        await db.acuerdos.where('mesaId').equals(mesa.id).modify({ eliminado: 1, updatedAt: ahora });
        throw new Error('Falla a la mitad');
      },
    });
    const m = await mesas.crear(db, datosMesa());
    const t = new Date().toISOString();
    await db.acuerdos.add({ id: crypto.randomUUID(), createdAt: t, updatedAt: t, estacion: 'V1', eliminado: 0, mesaId: m.id, texto: 'Censo', responsable: 'DIF', fechaCompromiso: null, estatus: 'pendiente', fechaCumplimiento: null, evidenciaCumplimiento: '' });
    await expect(mesas.eliminar(db, m.id, 'Duplicada')).rejects.toThrow('Falla a la mitad');
    expect((await db.mesas.get(m.id))!.eliminado).toBe(0);
    expect(await db.acuerdos.filter((a) => a.eliminado === 0).count()).toBe(1);
    expect((await entradas()).map((b) => b.accion)).toEqual(['crear']);
  });

  it('la entrada dice quién, qué registro, la acción y campo por campo lo que cambió; sin cambios no escribe nada', async () => {
    const j = await jornadas.crear(db, datosJornada({ realizada: false }));
    await jornadas.editar(db, j.id, datosJornada({ realizada: false }));
    const editada = await jornadas.editar(db, j.id, datosJornada({ realizada: false, atendidasOtro: 3, edad60: 10 }));
    expect(editada.updatedAt >= j.updatedAt).toBe(true);
    expect((await entradas()).map((b) => [b.accion, b.entidad, b.entidadId, b.usuario, b.resumen, b.cambios])).toEqual([
      ['crear', 'jornada', j.id, 'Ventanilla 1', 'Jornada: Jornada de salud en San José del 18/04/2026: registrada (por realizar)', null],
      ['editar', 'jornada', j.id, 'Ventanilla 1', 'Jornada: Jornada de salud en San José del 18/04/2026: modificada', { atendidasOtro: { antes: 1, despues: 3 }, edad60: { antes: 8, despues: 10 } }],
    ]);
  });

  it('valida con el esquema de captura antes de abrir la transacción: nada se escribe', async () => {
    expect((await errorDe(jornadas.crear(db, datosJornada({ nombre: '' })))).errores).toEqual({ nombre: 'Nombre de la jornada es obligatorio' });
    expect(await db.jornadas.count()).toBe(0);
    expect(await entradas()).toEqual([]);
  });
});

describe('el repositorio genérico guarda el mes cerrado con el cuentaEn de antes y el de después', () => {
  it('no saca de un mes cerrado lo que cuenta en él (antes), ni lo mete (después); lo que no mueve el conteo pasa', async () => {
    const abril = await jornadas.crear(db, datosJornada());
    const mayo = await jornadas.crear(db, datosJornada({ fecha: '2026-05-02', realizada: false }));
    await cerrarMes(4);
    expect((await errorDe(jornadas.editar(db, abril.id, datosJornada({ fecha: '2026-05-20' })))).errores).toEqual({
      fecha: 'El periodo de abril 2026 está cerrado: lo que cuenta en él no se puede cambiar hasta reabrirlo',
    });
    expect((await errorDe(jornadas.editar(db, mayo.id, datosJornada({ fecha: '2026-04-30' })))).errores).toEqual({
      realizada: 'El periodo de abril 2026 está cerrado: lo que cuenta en él no se puede cambiar hasta reabrirlo',
    });
    expect((await errorDe(jornadas.crear(db, datosJornada({ fecha: '2026-04-25' })))).errores.fecha).toMatch(/^El periodo de abril 2026 está cerrado/);
    expect((await errorDe(jornadas.eliminar(db, abril.id, 'Error'))).errores.motivo).toMatch(/^El periodo de abril 2026 está cerrado/);
    await jornadas.editar(db, abril.id, datosJornada({ atendidasOtro: 2, edad60: 9 }));
    await jornadas.crear(db, datosJornada({ fecha: '2026-04-25', realizada: false }));
    expect((await jornadas.listar(db)).map((j) => [j.fecha, j.realizada, j.atendidasOtro])).toEqual([
      ['2026-05-02', false, 1],
      ['2026-04-25', false, 1],
      ['2026-04-18', true, 2],
    ]);
  });
});

describe('el repositorio genérico borra de forma lógica, con motivo', () => {
  it('el registro queda marcado y fechado, fuera de la lista, y se sigue abriendo por su id', async () => {
    const j = await jornadas.crear(db, datosJornada());
    expect((await errorDe(jornadas.eliminar(db, j.id, ''))).errores).toEqual({ motivo: 'Motivo de la eliminación es obligatorio' });
    await jornadas.eliminar(db, j.id, 'Capturada dos veces');
    const borrada = (await jornadas.obtener(db, j.id))!;
    expect([borrada.eliminado, borrada.updatedAt >= j.updatedAt]).toEqual([1, true]);
    expect(await jornadas.listar(db)).toEqual([]);
    expect((await errorDe(jornadas.eliminar(db, j.id, 'Otra vez'))).errores).toEqual({ _: 'La jornada ya no existe' });
    expect((await errorDe(jornadas.editar(db, j.id, datosJornada()))).errores).toEqual({ _: 'La jornada ya no existe' });
    expect((await entradas()).at(-1)).toMatchObject({
      accion: 'eliminar',
      resumen: 'Jornada: Jornada de salud en San José del 18/04/2026: eliminada. Motivo: Capturada dos veces',
      cambios: { eliminado: { antes: 0, despues: 1 } },
    });
  });
});
