import { NOMBRES_MES, etiquetaPeriodo } from '../../../../shared/domain/periodos';
import {
  datosAjusteSchema,
  datosJustificacionSchema,
  type Actividad,
  type Ajuste,
  type Justificacion,
} from '../../../../shared/schemas/poa';
import type { BaseDatosPoa } from '../db';
import { ErrorValidacion, validar } from '../errores';
import { agregar, ahoraIso, escribir, guardarVersion, registrarBitacora } from './base';
import { exigirMetasAbiertas, mesCerrado } from './cierres';
import { guardarActividad } from './poa';

/** The closed-period rule lives with the closings; callers that import it from here keep working. */
export { mesCerrado } from './cierres';

/** What the grid sends to add a manual adjustment; the user comes from the session. */
export interface NuevoAjuste {
  actividadId: string;
  anio: number;
  mes: number;
  cantidad: number;
  motivo: string;
}

/** What the "Justificar" dialog sends; `actividadId` null justifies the POA as a whole. */
export interface NuevaJustificacion {
  actividadId: string | null;
  anio: number;
  tipoPeriodo: Justificacion['tipoPeriodo'];
  numero: number;
  texto: string;
}

/** The live adjustments of one activity and month, oldest first. */
export async function listarAjustes(db: BaseDatosPoa, actividadId: string, anio: number, mes: number): Promise<Ajuste[]> {
  const ajustes = await db.ajustes.where('[actividadId+anio+mes]').equals([actividadId, anio, mes]).toArray();
  return ajustes.filter((a) => a.eliminado === 0).sort((a, b) => a.createdAt.localeCompare(b.createdAt));
}

/** Every live adjustment of the year, for the cronograma. */
export async function listarAjustesDelAnio(db: BaseDatosPoa, anio: number): Promise<Ajuste[]> {
  const ajustes = await db.ajustes.where('anio').equals(anio).toArray();
  return ajustes.filter((a) => a.eliminado === 0);
}

/** Every live justification of the year (activities and the POA as a whole). */
export async function listarJustificaciones(db: BaseDatosPoa, anio: number): Promise<Justificacion[]> {
  const todas = await db.justificaciones.where('[anio+tipoPeriodo+numero]').between([anio], [anio, []]).toArray();
  return todas.filter((j) => j.eliminado === 0);
}

async function actividadDelAnio(db: BaseDatosPoa, actividadId: string, anio: number): Promise<Actividad> {
  const actividad = await db.actividades.get(actividadId);
  if (!actividad || actividad.eliminado) throw new ErrorValidacion({ actividadId: 'La actividad ya no existe' });
  const poa = await db.poas.get(actividad.poaId);
  if (!poa || poa.anio !== anio) throw new ErrorValidacion({ anio: `La actividad no pertenece al POA ${anio}` });
  return actividad;
}

async function exigirMesAbierto(db: BaseDatosPoa, anio: number, mes: number): Promise<void> {
  if (await mesCerrado(db, anio, mes)) {
    throw new ErrorValidacion({ mes: `El periodo de ${NOMBRES_MES[mes - 1]} ${anio} está cerrado; reábralo para cambiar sus ajustes` });
  }
}

const firmado = (n: number) => (n > 0 ? `+${n}` : String(n));

/** An adjustment is checked against its activity's POA and the month's closing. */
const tablasAjuste = (db: BaseDatosPoa) => [db.ajustes, db.actividades, db.poas, db.cierres];

/** Adds work done outside the modules to a month's achieved count; the reason is mandatory and logged. */
export async function agregarAjuste(db: BaseDatosPoa, datos: NuevoAjuste): Promise<Ajuste> {
  return escribir(db, 'ajustes-manuales', tablasAjuste(db), async (sesion) => {
    const valido = validar(datosAjusteSchema, { ...datos, usuario: sesion.usuario });
    const actividad = await actividadDelAnio(db, valido.actividadId, valido.anio);
    await exigirMesAbierto(db, valido.anio, valido.mes);
    return agregar<Ajuste>(db, sesion, db.ajustes, valido, (ajuste) => ({
      entidad: 'ajuste',
      resumen: `Ajuste manual ${firmado(ajuste.cantidad)} a la actividad ${actividad.numero} en ${NOMBRES_MES[ajuste.mes - 1]} ${ajuste.anio}: ${ajuste.motivo}`,
    }));
  });
}

/** Withdraws an adjustment (soft delete, so the deletion travels to the other PCs) and logs it. */
export async function eliminarAjuste(db: BaseDatosPoa, ajusteId: string): Promise<void> {
  await escribir(db, 'ajustes-manuales', tablasAjuste(db), async (sesion) => {
    const ajuste = await db.ajustes.get(ajusteId);
    if (!ajuste || ajuste.eliminado) throw new ErrorValidacion({ _: 'El ajuste ya no existe' });
    await exigirMesAbierto(db, ajuste.anio, ajuste.mes);
    const actividad = await db.actividades.get(ajuste.actividadId);
    await db.ajustes.update(ajusteId, { eliminado: 1, updatedAt: ahoraIso() });
    await registrarBitacora(db, sesion, {
      accion: 'eliminar',
      entidad: 'ajuste',
      entidadId: ajusteId,
      resumen: `Ajuste manual ${firmado(ajuste.cantidad)} de la actividad ${actividad?.numero ?? '?'} en ${NOMBRES_MES[ajuste.mes - 1]} ${ajuste.anio} retirado («${ajuste.motivo}»)`,
    });
  });
}

function descripcionPeriodo(j: Pick<Justificacion, 'tipoPeriodo' | 'numero' | 'anio'>): string {
  const periodo = j.tipoPeriodo === 'anual' ? 'el año' : etiquetaPeriodo({ tipo: j.tipoPeriodo, numero: j.numero });
  return `${periodo} ${j.anio}`;
}

/**
 * Saves the justification of a period that ended off target. A period has one text per activity (or for the POA):
 * saving again replaces it, and the bitácora keeps the previous wording.
 */
export async function guardarJustificacion(db: BaseDatosPoa, datos: NuevaJustificacion): Promise<Justificacion> {
  const valida = validar(datosJustificacionSchema, datos);
  return escribir(db, 'justificaciones', [db.justificaciones, db.actividades, db.poas], async (sesion) => {
    const actividad = valida.actividadId ? await actividadDelAnio(db, valida.actividadId, valida.anio) : null;
    const sujeto = actividad ? `de la actividad ${actividad.numero}` : 'del POA';
    const resumen = (accion: string) => `Justificación ${sujeto} para ${descripcionPeriodo(valida)} ${accion}`;
    const delPeriodo = await db.justificaciones
      .where('[anio+tipoPeriodo+numero]')
      .equals([valida.anio, valida.tipoPeriodo, valida.numero])
      .toArray();
    const anterior = delPeriodo.find((j) => j.eliminado === 0 && j.actividadId === valida.actividadId);
    if (anterior) {
      const nueva: Justificacion = { ...anterior, texto: valida.texto, updatedAt: ahoraIso() };
      return guardarVersion(db, sesion, db.justificaciones, anterior, nueva, { accion: 'editar', entidad: 'justificacion', resumen: resumen('reemplazada') });
    }
    return agregar<Justificacion>(db, sesion, db.justificaciones, valida, () => ({ entidad: 'justificacion', resumen: resumen('registrada') }));
  });
}

/** The part of an activity the cronograma edits: its X marks and its monthly programmed goals. */
export interface MetasProgramadas {
  meses: unknown;
  programado: unknown;
}

/**
 * Changes the monthly programmed goals (and X marks) of an activity from the cronograma. It goes through the same
 * `guardarActividad` as the POA settings, so the twelve months must still add up to the annual goal; the months
 * already closed keep their goal and X mark.
 */
export async function guardarMetasProgramadas(db: BaseDatosPoa, actividadId: string, metas: MetasProgramadas): Promise<Actividad> {
  return escribir(db, 'editar-poa', [db.poas, db.actividades, db.cierres], async () => {
    const actividad = await db.actividades.get(actividadId);
    if (!actividad || actividad.eliminado) throw new ErrorValidacion({ _: 'La actividad ya no existe' });
    const poa = await db.poas.get(actividad.poaId);
    if (poa) await exigirMetasAbiertas(db, poa.anio, actividad, metas);
    return guardarActividad(db, actividad.poaId, actividadId, { ...actividad, meses: metas.meses, programado: metas.programado });
  });
}
