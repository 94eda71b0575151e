import type { Table } from 'dexie';
import { participio } from '../../../../shared/registros/bitacora';
import type { DescriptorCaptura, NombresRegistro } from '../../../../shared/registros/tipos';
import { nombreCompleto } from '../../../../shared/schemas/personas';
import type { AccionBitacora } from '../../../../shared/schemas/sistema';
import type { BaseDatosPoa } from '../db';
import { ErrorValidacion, validar } from '../errores';
import { ahoraIso, camposNuevos, diferencias, escribir, guardarVersion, registrarBitacora, type RegistroGuardado } from './base';
import { exigirCatalogo, exigirConteoAbierto, tablasComunes, validarMotivo } from './registrosModulo';
import { quitarEvidenciasDelRegistro } from './evidencias';

/** What is particular to a kind; everything else the generic repository does from the descriptor. */
export interface Ganchos<R, D> {
  /** Tables the hooks read or write, besides the kind's own and those every save touches. */
  tablas?(db: BaseDatosPoa): Table[];
  /** Checks the schema cannot make (a reference to another record, a unique número), before the catalogues. */
  comprobar?(db: BaseDatosPoa, datos: D, id: string | null): Promise<void>;
  /** What the creation entry adds at its end (the repeated-support warning). */
  notaAlCrear?(db: BaseDatosPoa, registro: R): Promise<string>;
  /** Deletes what hangs from the record, in the same transaction; returns what the entry adds after "eliminada". */
  alEliminar?(db: BaseDatosPoa, registro: R, ahora: string): Promise<string>;
}

/**
 * The repository of a kind, built from its descriptor: create, edit and soft-delete (each in one transaction with
 * its bitácora entry, the closed-period guard on the record's `cuentaEn` before and after, and `updatedAt`), get
 * and list.
 */
export function repositorio<R extends RegistroGuardado, D extends object>(
  // Read on the stored record: its counting rule and names take any record that has their fields.
  d: DescriptorCaptura<R, R, D>,
  ganchos: Ganchos<R, D> = {},
) {
  const tabla = (db: BaseDatosPoa) => db[d.tabla] as unknown as Table<R, string>;
  // The people table is always in scope: the bitácora names the person a record is for.
  const tablas = (db: BaseDatosPoa) => [tabla(db), db.personas, ...(ganchos.tablas?.(db) ?? []), ...tablasComunes(db)];
  const validarCaptura = (datos: unknown): D => validar(d.captura, datos);
  const validarCorreccion = (datos: unknown): D => validar(d.correccion ?? d.captura, datos);

  async function comprobar(db: BaseDatosPoa, datos: D, id: string | null): Promise<void> {
    await ganchos.comprobar?.(db, datos, id);
    const campos = datos as Record<string, unknown>;
    for (const r of d.catalogos) await exigirCatalogo(db, campos[r.campo] as string | null, r.tipo, r.campo, r.mensaje);
  }

  /**
   * The subject of the record's entries: its kind's description, with its person's and catalogue entries' names
   * looked up in the write's own transaction, and what tells it apart.
   */
  async function describirEnBitacora(db: BaseDatosPoa, registro: R): Promise<string> {
    const campos = registro as Record<string, unknown>;
    const nombres = await nombresEnTransaccion(db, d.personaDe(registro), d.catalogos.map((r) => campos[r.campo]));
    return `${d.describir(registro, nombres)}${d.bitacora.cuando?.(registro) ?? ''}`;
  }

  async function vigente(db: BaseDatosPoa, id: string): Promise<R> {
    const r = await tabla(db).get(id);
    if (!r || r.eliminado) throw new ErrorValidacion({ _: d.ausente });
    return r;
  }

  const entrada = (registro: R, accion: AccionBitacora, resumen: string, cambios?: ReturnType<typeof diferencias>) => ({
    accion,
    entidad: d.tipo,
    entidadId: registro.id,
    resumen,
    cambios,
  });

  async function crear(db: BaseDatosPoa, datos: unknown): Promise<R> {
    const valido = validarCaptura(datos);
    return escribir(db, 'capturar-registros', tablas(db), async (sesion) => {
      await comprobar(db, valido, null);
      const registro = { ...camposNuevos(sesion.estacion), ...valido } as unknown as R;
      await exigirConteoAbierto(db, null, d.cuentaEn(registro), d.campoFecha);
      const nota = (await ganchos.notaAlCrear?.(db, registro)) ?? '';
      await tabla(db).add(registro);
      await registrarBitacora(db, sesion, entrada(registro, 'crear', `${await describirEnBitacora(db, registro)}: ${d.bitacora.alta(registro)}${nota}`));
      return registro;
    });
  }

  /** Corrects any field; a change of `campoEstatus` is logged as a change of status. Nothing changed, nothing written. */
  async function editar(db: BaseDatosPoa, id: string, datos: unknown): Promise<R> {
    const valido = validarCorreccion(datos);
    return escribir(db, 'editar-registros', tablas(db), async (sesion) => {
      const anterior = await vigente(db, id);
      await comprobar(db, valido, id);
      const nuevo: R = { ...anterior, ...valido, updatedAt: ahoraIso() };
      const cambios = diferencias(anterior, nuevo);
      if (cambios === null) return anterior;
      const estatusCambio = anterior[d.campoEstatus] !== nuevo[d.campoEstatus];
      const campo = estatusCambio ? d.campoEstatus : d.campoFecha;
      await exigirConteoAbierto(db, d.cuentaEn(anterior), d.cuentaEn(nuevo), campo);
      const sujeto = await describirEnBitacora(db, nuevo);
      const resumen = `${sujeto}: ${estatusCambio ? d.bitacora.cambioEstatus(anterior, nuevo) : participio('modificad', d.bitacora.femenino)}`;
      return guardarVersion(db, sesion, tabla(db), anterior, nuevo, { accion: estatusCambio ? 'estatus' : 'editar', entidad: d.tipo, resumen, cambios });
    });
  }

  /** Soft delete with its reason; a record that counts in a closed month stays. */
  async function eliminar(db: BaseDatosPoa, id: string, motivo: unknown): Promise<void> {
    const valido = validarMotivo(motivo);
    await escribir(db, 'eliminar-registros', tablas(db), async (sesion) => {
      const registro = await vigente(db, id);
      await exigirConteoAbierto(db, d.cuentaEn(registro), null, 'motivo');
      const t = ahoraIso();
      await tabla(db).update(id, { eliminado: 1, updatedAt: t } as never);
      const extra = ((await ganchos.alEliminar?.(db, registro, t)) ?? '') + (await quitarEvidenciasDelRegistro(db, d.tipo, id, t));
      const sujeto = await describirEnBitacora(db, registro);
      await registrarBitacora(db, sesion, {
        ...entrada(registro, 'eliminar', `${sujeto}: ${participio('eliminad', d.bitacora.femenino)}${extra}. Motivo: ${valido}`),
        cambios: { eliminado: { antes: 0, despues: 1 } },
      });
    });
  }

  /** Every live record, the most recent first by the date that places it (as its index reads them backwards). */
  async function listar(db: BaseDatosPoa): Promise<R[]> {
    const fecha = (r: R) => String(r[d.campoFecha] ?? '');
    const vivos = (await tabla(db).toArray()).filter((r) => r.eliminado === 0);
    return vivos.sort((a, b) => fecha(b).localeCompare(fecha(a)) || (b.id < a.id ? -1 : b.id > a.id ? 1 : 0));
  }

  /** The record as stored, deleted ones included (a detail opened from the bitácora still shows it). */
  function obtener(db: BaseDatosPoa, id: string): Promise<R | undefined> {
    return tabla(db).get(id);
  }

  return { validar: validarCaptura, crear, editar, eliminar, listar, obtener, vigente, tablas, describirEnBitacora };
}

/**
 * The names a record's description reads: its person's and its catalogue entries', looked up inside the write's
 * transaction (the people and catálogos tables in its scope), so an entry names them as they are when it is written.
 */
export async function nombresEnTransaccion(db: BaseDatosPoa, personaId: string | undefined, catalogoIds: readonly unknown[]): Promise<NombresRegistro> {
  const persona = personaId ? await db.personas.get(personaId) : undefined;
  const entradas = await db.catalogos.bulkGet(catalogoIds.filter((id): id is string => typeof id === 'string'));
  return {
    personas: new Map(persona ? [[persona.id, nombreCompleto(persona)]] : []),
    catalogos: new Map(entradas.flatMap((e) => (e ? [[e.id, e.nombre] as const] : []))),
  };
}
