import { estadoVigencia, type EstadoVigencia } from '../../../../shared/domain/convenios';
import { formatearFecha } from '../../../../shared/domain/formato';
import { normalizarTexto } from '../../../../shared/domain/texto';
import { REGISTROS } from '../../../../shared/registros';
import {
  capturaConvenioSchema,
  datosAcuerdoSchema,
  datosMesaSchema,
  ETIQUETA_ESTATUS_ACUERDO,
  ETIQUETA_ESTATUS_CONVENIO,
  ETIQUETA_ESTATUS_MESA,
  type Acuerdo,
  type Convenio,
  type DatosConvenio,
  type DatosMesa,
  type Mesa,
} from '../../../../shared/schemas/modulos';
import type { BaseDatosPoa } from '../db';
import { ErrorValidacion, validar } from '../errores';
import { ahoraIso, camposNuevos, diferencias, registrarBitacora, sesionActual } from './base';
import { campoDelCambio, exigirConteoAbierto, tablasComunes, validarMotivo } from './registrosModulo';

/* ---------- Mesas interinstitucionales y sus acuerdos ---------- */

function tablasMesa(db: BaseDatosPoa) {
  return [db.mesas, db.acuerdos, ...tablasComunes(db)];
}

export function validarMesa(datos: unknown): DatosMesa {
  return validar(datosMesaSchema, datos);
}

const descripcionMesa = (m: Pick<Mesa, 'tema' | 'fecha'>) => `Mesa «${m.tema}» del ${formatearFecha(m.fecha)}`;

export async function crearMesa(db: BaseDatosPoa, datos: unknown): Promise<Mesa> {
  const valida = validarMesa(datos);
  return db.transaction('rw', tablasMesa(db), async () => {
    const sesion = await sesionActual(db);
    const mesa: Mesa = { ...camposNuevos(sesion.estacion), ...valida };
    await exigirConteoAbierto(db, null, REGISTROS.mesa.cuentaEn(mesa), 'fecha');
    await db.mesas.add(mesa);
    await registrarBitacora(db, sesion, {
      accion: 'crear',
      entidad: 'mesa',
      entidadId: mesa.id,
      resumen: `${descripcionMesa(mesa)} registrada, ${ETIQUETA_ESTATUS_MESA[mesa.estatus].toLowerCase()}`,
    });
    return mesa;
  });
}

async function mesaVigente(db: BaseDatosPoa, id: string): Promise<Mesa> {
  const m = await db.mesas.get(id);
  if (!m || m.eliminado) throw new ErrorValidacion({ _: 'La mesa ya no existe' });
  return m;
}

export async function editarMesa(db: BaseDatosPoa, id: string, datos: unknown): Promise<Mesa> {
  const valida = validarMesa(datos);
  return db.transaction('rw', tablasMesa(db), async () => {
    const sesion = await sesionActual(db);
    const anterior = await mesaVigente(db, id);
    const nueva: Mesa = { ...anterior, ...valida, updatedAt: ahoraIso() };
    const cambios = diferencias(anterior, nueva);
    if (cambios === null) return anterior;
    const estatusCambio = anterior.estatus !== nueva.estatus;
    await exigirConteoAbierto(db, REGISTROS.mesa.cuentaEn(anterior), REGISTROS.mesa.cuentaEn(nueva), campoDelCambio(estatusCambio, 'fecha'));
    await db.mesas.put(nueva);
    await registrarBitacora(db, sesion, {
      accion: estatusCambio ? 'estatus' : 'editar',
      entidad: 'mesa',
      entidadId: id,
      resumen: estatusCambio
        ? `${descripcionMesa(nueva)}: ${ETIQUETA_ESTATUS_MESA[anterior.estatus]} → ${ETIQUETA_ESTATUS_MESA[nueva.estatus]}`
        : `${descripcionMesa(nueva)} modificada`,
      cambios,
    });
    return nueva;
  });
}

/** Deletes the mesa and, in the same transaction, its acuerdos: none is left pointing at nothing. */
export async function eliminarMesa(db: BaseDatosPoa, id: string, motivo: unknown): Promise<void> {
  const valido = validarMotivo(motivo);
  await db.transaction('rw', tablasMesa(db), async () => {
    const sesion = await sesionActual(db);
    const m = await mesaVigente(db, id);
    await exigirConteoAbierto(db, REGISTROS.mesa.cuentaEn(m), null, 'motivo');
    const t = ahoraIso();
    const acuerdos = (await db.acuerdos.where('mesaId').equals(id).toArray()).filter((a) => a.eliminado === 0);
    await db.mesas.update(id, { eliminado: 1, updatedAt: t });
    for (const a of acuerdos) await db.acuerdos.update(a.id, { eliminado: 1, updatedAt: t });
    await registrarBitacora(db, sesion, {
      accion: 'eliminar',
      entidad: 'mesa',
      entidadId: id,
      resumen: `${descripcionMesa(m)} eliminada${acuerdos.length ? ` con sus ${acuerdos.length} acuerdo(s)` : ''}. Motivo: ${valido}`,
      cambios: { eliminado: { antes: 0, despues: 1 } },
    });
  });
}

/** A mesa as the list shows it, with how many of its acuerdos are still open. */
export interface FilaMesa extends Mesa {
  acuerdos: number;
  acuerdosPendientes: number;
}

export async function listarMesas(db: BaseDatosPoa): Promise<FilaMesa[]> {
  const [mesas, acuerdos] = await Promise.all([db.mesas.orderBy('fecha').reverse().toArray(), db.acuerdos.toArray()]);
  const vivos = acuerdos.filter((a) => a.eliminado === 0);
  return mesas
    .filter((m) => m.eliminado === 0)
    .map((m) => {
      const propios = vivos.filter((a) => a.mesaId === m.id);
      return { ...m, acuerdos: propios.length, acuerdosPendientes: propios.filter((a) => a.estatus !== 'cumplido').length };
    });
}

export interface DetalleMesa {
  mesa: Mesa;
  acuerdos: Acuerdo[];
}

export async function obtenerDetalleMesa(db: BaseDatosPoa, id: string): Promise<DetalleMesa | undefined> {
  const mesa = await db.mesas.get(id);
  if (!mesa) return undefined;
  const acuerdos = await db.acuerdos.where('mesaId').equals(id).toArray();
  return { mesa, acuerdos: acuerdos.filter((a) => a.eliminado === 0).sort((a, b) => a.createdAt.localeCompare(b.createdAt)) };
}

const resumenAcuerdo = (texto: string) => (texto.length > 80 ? `${texto.slice(0, 77)}…` : texto);

/** Adds an acuerdo to a live mesa; its progress is logged like any record's. */
export async function crearAcuerdo(db: BaseDatosPoa, mesaId: string, datos: unknown): Promise<Acuerdo> {
  const valido = validar(datosAcuerdoSchema, { ...(datos as object), mesaId });
  return db.transaction('rw', tablasMesa(db), async () => {
    const sesion = await sesionActual(db);
    const mesa = await mesaVigente(db, mesaId);
    const acuerdo: Acuerdo = { ...camposNuevos(sesion.estacion), ...valido };
    await db.acuerdos.add(acuerdo);
    await registrarBitacora(db, sesion, {
      accion: 'crear',
      entidad: 'acuerdo',
      entidadId: acuerdo.id,
      resumen: `${descripcionMesa(mesa)}: acuerdo «${resumenAcuerdo(acuerdo.texto)}» a cargo de ${acuerdo.responsable}`,
    });
    return acuerdo;
  });
}

async function acuerdoVigente(db: BaseDatosPoa, id: string): Promise<{ acuerdo: Acuerdo; mesa: Mesa }> {
  const acuerdo = await db.acuerdos.get(id);
  if (!acuerdo || acuerdo.eliminado) throw new ErrorValidacion({ _: 'El acuerdo ya no existe' });
  return { acuerdo, mesa: await mesaVigente(db, acuerdo.mesaId) };
}

export async function editarAcuerdo(db: BaseDatosPoa, id: string, datos: unknown): Promise<Acuerdo> {
  return db.transaction('rw', tablasMesa(db), async () => {
    const sesion = await sesionActual(db);
    const { acuerdo: anterior, mesa } = await acuerdoVigente(db, id);
    const valido = validar(datosAcuerdoSchema, { ...(datos as object), mesaId: anterior.mesaId });
    const nuevo: Acuerdo = { ...anterior, ...valido, updatedAt: ahoraIso() };
    const cambios = diferencias(anterior, nuevo);
    if (cambios === null) return anterior;
    const estatusCambio = anterior.estatus !== nuevo.estatus;
    await db.acuerdos.put(nuevo);
    await registrarBitacora(db, sesion, {
      accion: estatusCambio ? 'estatus' : 'editar',
      entidad: 'acuerdo',
      entidadId: id,
      resumen: estatusCambio
        ? `${descripcionMesa(mesa)}: acuerdo «${resumenAcuerdo(nuevo.texto)}» ${ETIQUETA_ESTATUS_ACUERDO[anterior.estatus]} → ${ETIQUETA_ESTATUS_ACUERDO[nuevo.estatus]}`
        : `${descripcionMesa(mesa)}: acuerdo «${resumenAcuerdo(nuevo.texto)}» modificado`,
      cambios,
    });
    return nuevo;
  });
}

export async function eliminarAcuerdo(db: BaseDatosPoa, id: string, motivo: unknown): Promise<void> {
  const valido = validarMotivo(motivo);
  await db.transaction('rw', tablasMesa(db), async () => {
    const sesion = await sesionActual(db);
    const { acuerdo, mesa } = await acuerdoVigente(db, id);
    await db.acuerdos.update(id, { eliminado: 1, updatedAt: ahoraIso() });
    await registrarBitacora(db, sesion, {
      accion: 'eliminar',
      entidad: 'acuerdo',
      entidadId: id,
      resumen: `${descripcionMesa(mesa)}: acuerdo «${resumenAcuerdo(acuerdo.texto)}» eliminado. Motivo: ${valido}`,
      cambios: { eliminado: { antes: 0, despues: 1 } },
    });
  });
}

/* ---------- Convenios ---------- */

function tablasConvenio(db: BaseDatosPoa) {
  return [db.convenios, ...tablasComunes(db)];
}

export function validarConvenio(datos: unknown): DatosConvenio {
  return validar(capturaConvenioSchema, datos);
}

const descripcionConvenio = (c: Pick<Convenio, 'numero' | 'contraparte'>) => `Convenio ${c.numero} con ${c.contraparte}`;

/** Two live convenios never share a number (compared without accents, case or extra spaces). */
async function exigirNumeroLibre(db: BaseDatosPoa, numero: string, exceptoId: string | null): Promise<void> {
  const clave = normalizarTexto(numero);
  const todos = await db.convenios.toArray();
  const otro = todos.find((c) => c.eliminado === 0 && c.id !== exceptoId && normalizarTexto(c.numero) === clave);
  if (otro) throw new ErrorValidacion({ numero: `El número ${numero} ya es del convenio con ${otro.contraparte}` });
}

export async function crearConvenio(db: BaseDatosPoa, datos: unknown): Promise<Convenio> {
  const valido = validarConvenio(datos);
  return db.transaction('rw', tablasConvenio(db), async () => {
    const sesion = await sesionActual(db);
    await exigirNumeroLibre(db, valido.numero, null);
    const convenio: Convenio = { ...camposNuevos(sesion.estacion), ...valido };
    await exigirConteoAbierto(db, null, REGISTROS.convenio.cuentaEn(convenio), 'fechaFirma');
    await db.convenios.add(convenio);
    await registrarBitacora(db, sesion, {
      accion: 'crear',
      entidad: 'convenio',
      entidadId: convenio.id,
      resumen: `${descripcionConvenio(convenio)} registrado, ${ETIQUETA_ESTATUS_CONVENIO[convenio.estatus].toLowerCase()}`,
    });
    return convenio;
  });
}

async function convenioVigente(db: BaseDatosPoa, id: string): Promise<Convenio> {
  const c = await db.convenios.get(id);
  if (!c || c.eliminado) throw new ErrorValidacion({ _: 'El convenio ya no existe' });
  return c;
}

export async function editarConvenio(db: BaseDatosPoa, id: string, datos: unknown): Promise<Convenio> {
  const valido = validarConvenio(datos);
  return db.transaction('rw', tablasConvenio(db), async () => {
    const sesion = await sesionActual(db);
    const anterior = await convenioVigente(db, id);
    await exigirNumeroLibre(db, valido.numero, id);
    const nuevo: Convenio = { ...anterior, ...valido, updatedAt: ahoraIso() };
    const cambios = diferencias(anterior, nuevo);
    if (cambios === null) return anterior;
    const estatusCambio = anterior.estatus !== nuevo.estatus;
    await exigirConteoAbierto(db, REGISTROS.convenio.cuentaEn(anterior), REGISTROS.convenio.cuentaEn(nuevo), campoDelCambio(estatusCambio, 'fechaFirma'));
    await db.convenios.put(nuevo);
    await registrarBitacora(db, sesion, {
      accion: estatusCambio ? 'estatus' : 'editar',
      entidad: 'convenio',
      entidadId: id,
      resumen: estatusCambio
        ? `${descripcionConvenio(nuevo)}: ${ETIQUETA_ESTATUS_CONVENIO[anterior.estatus]} → ${ETIQUETA_ESTATUS_CONVENIO[nuevo.estatus]}`
        : `${descripcionConvenio(nuevo)} modificado`,
      cambios,
    });
    return nuevo;
  });
}

export async function eliminarConvenio(db: BaseDatosPoa, id: string, motivo: unknown): Promise<void> {
  const valido = validarMotivo(motivo);
  await db.transaction('rw', tablasConvenio(db), async () => {
    const sesion = await sesionActual(db);
    const c = await convenioVigente(db, id);
    await exigirConteoAbierto(db, REGISTROS.convenio.cuentaEn(c), null, 'motivo');
    await db.convenios.update(id, { eliminado: 1, updatedAt: ahoraIso() });
    await registrarBitacora(db, sesion, {
      accion: 'eliminar',
      entidad: 'convenio',
      entidadId: id,
      resumen: `${descripcionConvenio(c)} eliminado. Motivo: ${valido}`,
      cambios: { eliminado: { antes: 0, despues: 1 } },
    });
  });
}

/** A convenio with where it stands against its end date today (Por vencer, Vencido). */
export type FilaConvenio = Convenio & EstadoVigencia;

/** Every live convenio; those that need attention (expired, then about to expire, soonest first) on top. */
export async function listarConvenios(db: BaseDatosPoa, hoyIso: string): Promise<FilaConvenio[]> {
  const convenios = (await db.convenios.toArray()).filter((c) => c.eliminado === 0);
  const rango = (f: FilaConvenio) => (f.alerta === 'vencido' ? 0 : f.alerta === 'por-vencer' ? 1 : 2);
  return convenios
    .map((c) => ({ ...c, ...estadoVigencia(c, hoyIso) }))
    .sort((a, b) => rango(a) - rango(b) || (a.dias ?? Infinity) - (b.dias ?? Infinity) || (b.fechaFirma ?? '').localeCompare(a.fechaFirma ?? ''));
}

export async function obtenerConvenio(db: BaseDatosPoa, id: string): Promise<Convenio | undefined> {
  return db.convenios.get(id);
}
