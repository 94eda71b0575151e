import {
  estadoCierresDelAnio,
  etiquetaCierre,
  fechaSiguiente,
  impedimentoParaCerrar,
  impedimentoParaReabrir,
  mesCerradoSegun,
  type EstadoCierresAnio,
  type HoyCierre,
  type PeriodoCierre,
} from '../../../../shared/domain/cierres';
import { idPoa } from '../../../../shared/domain/identidad';
import { NOMBRES_MES } from '../../../../shared/domain/periodos';
import { periodoCierreSchema, reaperturaSchema } from '../../../../shared/schemas/cierres';
import type { BaseDatosPoa, CierrePeriodo } from '../db';
import { ErrorValidacion, validar } from '../errores';
import { camposNuevos, escribir, registrarBitacora, type Anotacion, type Autor } from './base';

/** What the "Reabrir" dialog sends: the period and why it must change again. */
export interface Reapertura extends PeriodoCierre {
  motivo: string;
}

/** "Now" on this PC as the screens see it (local year and month), so "ended" means the same here and there. */
function hoyDe(ahora: Date): HoyCierre {
  return { anio: ahora.getFullYear(), mes: ahora.getMonth() + 1 };
}

/** Every closing record of a year (a handful: at most a few per month), by the [anio+tipo+numero] index. */
async function cierresDelAnio(db: BaseDatosPoa, anio: number): Promise<CierrePeriodo[]> {
  const registros = await db.cierres.where('[anio+tipo+numero]').between([anio], [anio, []]).toArray();
  return registros.filter((r) => r.eliminado !== 1);
}

/**
 * Whether a month can no longer change: closed by itself or by its quarter. The newest record of a period decides,
 * because a reopening is a newer record with `cerrado: false`.
 */
export async function mesCerrado(db: BaseDatosPoa, anio: number, mes: number): Promise<boolean> {
  if (await poaCerrado(db, anio)) return true;
  return mesCerradoSegun(await cierresDelAnio(db, anio), anio, mes);
}

/** A closed POA closes its whole year: nothing that counts in it changes until the POA is reopened. */
async function poaCerrado(db: BaseDatosPoa, anio: number): Promise<boolean> {
  return (await db.poas.get(idPoa(anio)))?.estado === 'cerrado';
}

/** The twelve months and four quarters of a year: closed or open, by whom and when, and what may be done now. */
export async function estadoCierres(db: BaseDatosPoa, anio: number, ahora: Date = new Date()): Promise<EstadoCierresAnio> {
  return estadoCierresDelAnio(await cierresDelAnio(db, anio), anio, hoyDe(ahora));
}

/**
 * Closes a month or a quarter once it has ended: from then on the repositories refuse what would change what
 * counts in it (records, adjustments, programmed goals). The record and its bitácora entry commit together.
 */
export async function cerrarPeriodo(db: BaseDatosPoa, datos: PeriodoCierre, ahora: Date = new Date()): Promise<CierrePeriodo> {
  const periodo = validar(periodoCierreSchema, datos);
  return escribir(db, 'cerrar-periodos', [db.cierres], async (sesion) => {
    const registros = await cierresDelAnio(db, periodo.anio);
    const impedimento = impedimentoParaCerrar(registros, periodo, hoyDe(ahora));
    if (impedimento) throw new ErrorValidacion({ periodo: impedimento });
    return asentar(db, sesion, registros, periodo, true, ahora, {
      accion: 'cerrar',
      entidad: 'cierre',
      resumen: `Periodo ${etiquetaCierre(periodo)} cerrado: lo que cuenta en él ya no cambia hasta reabrirlo`,
    });
  });
}

/** Reopens a closed month or quarter; the reason is mandatory and stays in the bitácora with the reopening. */
export async function reabrirPeriodo(db: BaseDatosPoa, datos: Reapertura, ahora: Date = new Date()): Promise<CierrePeriodo> {
  const { motivo, ...periodo } = validar(reaperturaSchema, datos);
  return escribir(db, 'reabrir-periodos', [db.cierres, db.poas], async (sesion) => {
    if (await poaCerrado(db, periodo.anio)) {
      throw new ErrorValidacion({ periodo: `El POA ${periodo.anio} está cerrado: reábralo antes de reabrir uno de sus periodos` });
    }
    const registros = await cierresDelAnio(db, periodo.anio);
    const impedimento = impedimentoParaReabrir(registros, periodo);
    if (impedimento) throw new ErrorValidacion({ periodo: impedimento });
    return asentar(db, sesion, registros, periodo, false, ahora, {
      accion: 'reabrir',
      entidad: 'cierre',
      resumen: `Periodo ${etiquetaCierre(periodo)} reabierto. Motivo: ${motivo}`,
    });
  });
}

/**
 * A closing or a reopening is a new record of the period, dated after the period's last one so the newest decides,
 * stored with its bitácora entry; inside `escribir`.
 */
async function asentar(
  db: BaseDatosPoa,
  sesion: Autor,
  registros: readonly CierrePeriodo[],
  periodo: PeriodoCierre,
  cerrado: boolean,
  ahora: Date,
  anotacion: Anotacion,
): Promise<CierrePeriodo> {
  const fecha = fechaSiguiente(registros, periodo, ahora);
  const cierre: CierrePeriodo = {
    ...camposNuevos(sesion.estacion),
    createdAt: fecha,
    updatedAt: fecha,
    ...periodo,
    cerrado,
    fecha,
    usuario: sesion.usuario,
  };
  await db.cierres.add(cierre);
  await registrarBitacora(db, sesion, { ...anotacion, entidadId: cierre.id, cambios: { cerrado: { antes: !cerrado, despues: cerrado } } });
  return cierre;
}

/** The parts of an activity the cronograma's goal tab changes. */
interface MetasMensuales {
  meses: readonly boolean[];
  programado: readonly number[];
}

/**
 * The programmed goal and X mark of a closed month were reported with it: changing them waits for a reopening.
 * `nuevas` is what the form sent, still unvalidated; only months whose value actually changes are checked.
 * Must run inside the transaction of the change, with `db.cierres` in its scope.
 */
export async function exigirMetasAbiertas(
  db: BaseDatosPoa,
  anio: number,
  actuales: MetasMensuales,
  nuevas: { meses: unknown; programado: unknown },
): Promise<void> {
  const registros = await cierresDelAnio(db, anio);
  const cerrado = await poaCerrado(db, anio);
  // A list that is not one is left to the schema's own message.
  const cambiaEn = (lista: unknown, actual: readonly unknown[], i: number) => Array.isArray(lista) && lista[i] !== actual[i];
  for (let i = 0; i < 12; i++) {
    const cambia = cambiaEn(nuevas.meses, actuales.meses, i) || cambiaEn(nuevas.programado, actuales.programado, i);
    if (cambia && (cerrado || mesCerradoSegun(registros, anio, i + 1))) {
      throw new ErrorValidacion({
        [`programado.${i}`]: `El periodo de ${NOMBRES_MES[i]} ${anio} está cerrado; reábralo para cambiar su meta programada`,
      });
    }
  }
}
