import { datosUnidos, impedimentoUnion, parejasDuplicadas, type ParejaDuplicada } from '../../../../shared/domain/duplicadosPersonas';
import { CAMPOS_PERSONA } from '../../../../shared/domain/unificarPersonas';
import { nombreCompleto, type Persona } from '../../../../shared/schemas/personas';
import type { BaseDatosPoa } from '../db';
import { ErrorValidacion } from '../errores';
import { ahoraIso, diferencias, escribir, leerConPermiso, registrarBitacora } from './base';
import { camposDeBusqueda } from './personas';

/**
 * The same citizen registered twice, seen and resolved by a jefe: the likely duplicates without a CURP that would
 * tell, and the merge of two personas into one (their records follow the one kept, the other is soft-deleted with a
 * reference to it so another PC's records that still point at it follow too).
 */

/** The tables whose records point at a persona (every `personaId`), read from their schemas. */
const tablasQueApuntan = (db: BaseDatosPoa) => Object.keys(CAMPOS_PERSONA).map((t) => db.table(t));

/**
 * The likely duplicates (same name and birth date, or same name and street, not both with a CURP, not kept apart),
 * by name. Only the keys of the name's index are read to find the names held more than once; just those personas
 * are read, and compared only with the ones of their own name: no pair of the whole register is ever formed.
 */
export function posiblesDuplicados(db: BaseDatosPoa): Promise<ParejaDuplicada[]> {
  return leerConPermiso(db, 'unir-personas', () =>
    db.transaction('r', db.personas, async () => {
      const porNombre = db.personas.orderBy('nombreNormalizado');
      const [nombres, ids] = await Promise.all([porNombre.keys(), porNombre.primaryKeys()]);
      const repetidos: string[] = [];
      for (let i = 0; i < nombres.length; i++) {
        if (nombres[i] === nombres[i - 1] || nombres[i] === nombres[i + 1]) repetidos.push(ids[i]);
      }
      const grupos = new Map<string, Persona[]>();
      for (const p of await db.personas.bulkGet(repetidos)) {
        if (!p || p.eliminado !== 0) continue;
        const grupo = grupos.get(p.nombreNormalizado) ?? [];
        grupo.push(p);
        grupos.set(p.nombreNormalizado, grupo);
      }
      return [...grupos.keys()].sort().flatMap((nombre) => parejasDuplicadas(grupos.get(nombre)!));
    }),
  );
}

/** The changes for the bitácora, a field a persona did not have yet written as null (an entry holds only JSON values). */
function cambiosGuardables(antes: Persona, despues: Persona) {
  const cambios = diferencias(antes, despues);
  if (!cambios) return null;
  return Object.fromEntries(Object.entries(cambios).map(([k, c]) => [k, { antes: c.antes ?? null, despues: c.despues ?? null }]));
}

export interface ResultadoUnion {
  persona: Persona;
  /** The records that pointed at the persona removed and now point at the one kept, per table. */
  movidos: Record<string, number>;
}

const PALABRA_TABLA: Record<string, [string, string]> = {
  solicitudes: ['solicitud', 'solicitudes'],
  apoyos: ['apoyo', 'apoyos'],
  solicitudesArco: ['solicitud ARCO', 'solicitudes ARCO'],
};

function enPalabras(movidos: Record<string, number>): string {
  const partes = Object.entries(movidos)
    .filter(([, n]) => n > 0)
    .map(([t, n]) => {
      const [una, varias] = PALABRA_TABLA[t] ?? ['registro', 'registros'];
      return `${n} ${n === 1 ? una : varias}`;
    });
  return partes.length === 0 ? 'no tenía registros' : `pasaron ${partes.join(', ')}`;
}

/**
 * Merges `quitaId` into `conservaId` (a jefe), in one transaction: every record that pointed at the one removed
 * (solicitudes, apoyos, ARCO requests: every table with a `personaId`) points at the one kept, the one kept takes the
 * fields it lacked from the other, and the one removed is soft-deleted with `unidaCon` naming the one kept. Personas
 * merged earlier into the one removed follow as well, so a reference never leads to a deleted persona. The bitácora
 * gets the one kept before and after, and the removal. The records moved keep what makes them count (their dates and
 * statuses), so the cronograma does not change, closed periods included.
 */
export async function unirPersonas(db: BaseDatosPoa, conservaId: string, quitaId: string): Promise<ResultadoUnion> {
  return escribir(db, 'unir-personas', [db.personas, ...tablasQueApuntan(db)], async (autor) => {
    const [conserva, quita] = await db.personas.bulkGet([conservaId, quitaId]);
    const impedimento = impedimentoUnion(conserva, quita);
    if (impedimento || !conserva || !quita) throw new ErrorValidacion({ _: impedimento ?? 'Una de las dos personas ya no existe.' });
    const ahora = ahoraIso();
    const unida = datosUnidos(conserva, quita);
    const nueva: Persona = { ...unida, ...camposDeBusqueda(unida), updatedAt: ahora };
    const movidos: Record<string, number> = {};
    for (const tabla of tablasQueApuntan(db)) {
      const filas = (await tabla.where('personaId').equals(quita.id).toArray()) as Record<string, unknown>[];
      await tabla.bulkPut(filas.map((f) => ({ ...f, personaId: conserva.id, updatedAt: ahora })));
      movidos[tabla.name] = filas.length;
    }
    const anteriores = (await db.personas.where('unidaCon').equals(quita.id).toArray()).map((p) => ({ ...p, unidaCon: conserva.id, updatedAt: ahora }));
    const quitada: Persona = { ...quita, eliminado: 1, unidaCon: conserva.id, updatedAt: ahora };
    await db.personas.bulkPut([nueva, quitada, ...anteriores]);
    const nombreQuitada = `${nombreCompleto(quita)}${quita.curp ? ` (${quita.curp})` : ''}`;
    await registrarBitacora(db, autor, {
      accion: 'editar',
      entidad: 'persona',
      entidadId: conserva.id,
      resumen: `Personas unidas: ${nombreQuitada} era la misma persona que ${nombreCompleto(nueva)}; a ésta ${enPalabras(movidos)}`,
      cambios: cambiosGuardables(conserva, nueva),
    });
    await registrarBitacora(db, autor, {
      accion: 'eliminar',
      entidad: 'persona',
      entidadId: quita.id,
      resumen: `${nombreQuitada} se quitó al unirla con ${nombreCompleto(nueva)}, que se conservó`,
      cambios: cambiosGuardables(quita, quitada),
    });
    return { persona: nueva, movidos };
  });
}

/**
 * «Mantener separadas»: the jefe says the two are different people. Each persona remembers the other (`distintaDe`),
 * so the pair is not offered again here nor at a PC that incorporates either of them.
 */
export async function mantenerSeparadas(db: BaseDatosPoa, aId: string, bId: string): Promise<void> {
  await escribir(db, 'unir-personas', [db.personas], async (autor) => {
    const [a, b] = await db.personas.bulkGet([aId, bId]);
    if (!a || !b || a.eliminado !== 0 || b.eliminado !== 0) throw new ErrorValidacion({ _: 'Una de las dos personas ya no existe.' });
    if (a.id === b.id) throw new ErrorValidacion({ _: 'Elija a otra persona: es la misma.' });
    const ahora = ahoraIso();
    const marcar = (p: Persona, otra: Persona): Persona => ({ ...p, distintaDe: [...new Set([...(p.distintaDe ?? []), otra.id])], updatedAt: ahora });
    await db.personas.bulkPut([marcar(a, b), marcar(b, a)]);
    await registrarBitacora(db, autor, {
      accion: 'editar',
      entidad: 'persona',
      entidadId: a.id,
      resumen: `Posible duplicado revisado: ${nombreCompleto(a)} y ${nombreCompleto(b)} son personas distintas y se mantienen separadas`,
    });
  });
}
