import { plazoAcuerdo, type PlazoAcuerdo } from '../../../../shared/domain/acuerdos';
import { estadoVigencia, type EstadoVigencia } from '../../../../shared/domain/convenios';
import { formatearFecha } from '../../../../shared/domain/formato';
import { normalizarTexto } from '../../../../shared/domain/texto';
import { REGISTROS } from '../../../../shared/registros';
import {
  capturaAcuerdoSchema,
  ETIQUETA_ESTATUS_ACUERDO,
  type Acuerdo,
  type Convenio,
  type DatosConvenio,
  type DatosMesa,
  type Mesa,
} from '../../../../shared/schemas/modulos';
import type { BaseDatosPoa } from '../db';
import { ErrorValidacion, validar } from '../errores';
import { agregar, ahoraIso, diferencias, escribir, registrarBitacora } from './base';
import { fuentePorFecha } from './paginaPorFecha';
import { repositorio } from './registros';
import { validarMotivo } from './registrosModulo';

/* ---------- Mesas interinstitucionales y sus acuerdos ---------- */

const mesas = repositorio<Mesa, DatosMesa>(REGISTROS.mesa, {
  tablas: (db) => [db.acuerdos],
  // Its acuerdos go with it, in the same transaction: none is left pointing at nothing.
  alEliminar: async (db, mesa, ahora) => {
    const acuerdos = (await db.acuerdos.where('mesaId').equals(mesa.id).toArray()).filter((a) => a.eliminado === 0);
    for (const a of acuerdos) await db.acuerdos.update(a.id, { eliminado: 1, updatedAt: ahora });
    return acuerdos.length ? ` con sus ${acuerdos.length} acuerdo(s)` : '';
  },
});

/** Capture, correction and deletion; deleting a mesa deletes its acuerdos in the same transaction. */
export const { validar: validarMesa, crear: crearMesa, editar: editarMesa, eliminar: eliminarMesa } = mesas;

/** A mesa as the list shows it, with how many of its acuerdos are still open. */
export interface FilaMesa extends Mesa {
  acuerdos: number;
  acuerdosPendientes: number;
}

export async function listarMesas(db: BaseDatosPoa): Promise<FilaMesa[]> {
  return filasDeMesas(db, await mesas.listar(db));
}

/** The list's rows of these mesas, in the same order: each with how many live acuerdos it has and how many are open. */
export async function filasDeMesas(db: BaseDatosPoa, lista: Mesa[]): Promise<FilaMesa[]> {
  const porMesa = new Map<string, Acuerdo[]>();
  const acuerdos = lista.length === 0 ? [] : await db.acuerdos.where('mesaId').anyOf(lista.map((m) => m.id)).toArray();
  for (const a of acuerdos) if (a.eliminado === 0) porMesa.set(a.mesaId, [...(porMesa.get(a.mesaId) ?? []), a]);
  return lista.map((m) => {
    const propios = porMesa.get(m.id) ?? [];
    return { ...m, acuerdos: propios.length, acuerdosPendientes: propios.filter((a) => a.estatus !== 'cumplido').length };
  });
}

/** The mesas' list, one page at a time by its date index. */
export const paginasMesas = (db: BaseDatosPoa) => fuentePorFecha(db, { tabla: (d) => d.mesas, campoFecha: 'fecha', filas: filasDeMesas });

export interface DetalleMesa {
  mesa: Mesa;
  acuerdos: Acuerdo[];
}

export async function obtenerDetalleMesa(db: BaseDatosPoa, id: string): Promise<DetalleMesa | undefined> {
  const mesa = await mesas.obtener(db, id);
  if (!mesa) return undefined;
  const acuerdos = await db.acuerdos.where('mesaId').equals(id).toArray();
  return { mesa, acuerdos: acuerdos.filter((a) => a.eliminado === 0).sort((a, b) => a.createdAt.localeCompare(b.createdAt)) };
}

/** An acuerdo's entries name its mesa as the mesa's own entries do. */
const sujetoMesa = (db: BaseDatosPoa, m: Mesa) => mesas.describirEnBitacora(db, m);
const resumenAcuerdo = (texto: string) => (texto.length > 80 ? `${texto.slice(0, 77)}…` : texto);

/** An acuerdo is fulfilled once its mesa has been held: never before the mesa's date. */
function revisarContraMesa(a: Pick<Acuerdo, 'fechaCumplimiento'>, mesa: Mesa): void {
  if (a.fechaCumplimiento !== null && a.fechaCumplimiento < mesa.fecha) {
    throw new ErrorValidacion({ fechaCumplimiento: `La fecha de cumplimiento no puede ser anterior a la de la mesa (${formatearFecha(mesa.fecha)})` });
  }
}

/** Adds an acuerdo to a live mesa; its progress is logged like any record's. */
export async function crearAcuerdo(db: BaseDatosPoa, mesaId: string, datos: unknown): Promise<Acuerdo> {
  const valido = validar(capturaAcuerdoSchema, { ...(datos as object), mesaId });
  return escribir(db, 'capturar-registros', mesas.tablas(db), async (sesion) => {
    const mesa = await mesas.vigente(db, mesaId);
    revisarContraMesa(valido, mesa);
    const sujeto = await sujetoMesa(db, mesa);
    return agregar<Acuerdo>(db, sesion, db.acuerdos, valido, (acuerdo) => ({
      entidad: 'acuerdo',
      resumen: `${sujeto}: acuerdo «${resumenAcuerdo(acuerdo.texto)}» a cargo de ${acuerdo.responsable}`,
    }));
  });
}

async function acuerdoVigente(db: BaseDatosPoa, id: string): Promise<{ acuerdo: Acuerdo; mesa: Mesa }> {
  const acuerdo = await db.acuerdos.get(id);
  if (!acuerdo || acuerdo.eliminado) throw new ErrorValidacion({ _: 'El acuerdo ya no existe' });
  return { acuerdo, mesa: await mesas.vigente(db, acuerdo.mesaId) };
}

export async function editarAcuerdo(db: BaseDatosPoa, id: string, datos: unknown): Promise<Acuerdo> {
  return escribir(db, 'editar-registros', mesas.tablas(db), async (sesion) => {
    const { acuerdo: anterior, mesa } = await acuerdoVigente(db, id);
    const valido = validar(capturaAcuerdoSchema, { ...(datos as object), mesaId: anterior.mesaId });
    revisarContraMesa(valido, mesa);
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
        ? `${await sujetoMesa(db, mesa)}: acuerdo «${resumenAcuerdo(nuevo.texto)}» ${ETIQUETA_ESTATUS_ACUERDO[anterior.estatus]} → ${ETIQUETA_ESTATUS_ACUERDO[nuevo.estatus]}${nuevo.fechaCumplimiento ? ` el ${formatearFecha(nuevo.fechaCumplimiento)}` : ''}`
        : `${await sujetoMesa(db, mesa)}: acuerdo «${resumenAcuerdo(nuevo.texto)}» modificado`,
      cambios,
    });
    return nuevo;
  });
}

export async function eliminarAcuerdo(db: BaseDatosPoa, id: string, motivo: unknown): Promise<void> {
  const valido = validarMotivo(motivo);
  await escribir(db, 'eliminar-registros', mesas.tablas(db), async (sesion) => {
    const { acuerdo, mesa } = await acuerdoVigente(db, id);
    await db.acuerdos.update(id, { eliminado: 1, updatedAt: ahoraIso() });
    await registrarBitacora(db, sesion, {
      accion: 'eliminar',
      entidad: 'acuerdo',
      entidadId: id,
      resumen: `${await sujetoMesa(db, mesa)}: acuerdo «${resumenAcuerdo(acuerdo.texto)}» eliminado. Motivo: ${valido}`,
      cambios: { eliminado: { antes: 0, despues: 1 } },
    });
  });
}

/** An acuerdo still to fulfil, with its mesa and where it stands against its fecha compromiso. */
export interface FilaAcuerdoPorCumplir extends Acuerdo {
  mesa: Pick<Mesa, 'id' | 'tema' | 'fecha'>;
  plazo: PlazoAcuerdo;
}

/** Responsables compare as they read: «dif municipal» and «DIF Municipal» side by side, «Órgano» among the O. */
const porNombre = new Intl.Collator('es-MX', { sensitivity: 'base' });

/**
 * Every acuerdo not cumplido of every live mesa, by responsable and then by fecha compromiso (the soonest first, those
 * without one last), with the days to it counted from `hoyIso`. Acuerdos are few (thousands): the table is read whole.
 */
export async function listarAcuerdosPorCumplir(db: BaseDatosPoa, hoyIso: string): Promise<FilaAcuerdoPorCumplir[]> {
  const [acuerdos, vivas] = await Promise.all([db.acuerdos.toArray(), db.mesas.toArray()]);
  const mesasVivas = new Map(vivas.filter((m) => m.eliminado === 0).map((m) => [m.id, m]));
  const compromiso = (f: FilaAcuerdoPorCumplir) => f.fechaCompromiso ?? '\uffff';
  return acuerdos
    .flatMap((a) => {
      const mesa = mesasVivas.get(a.mesaId);
      if (a.eliminado !== 0 || a.estatus === 'cumplido' || !mesa) return [];
      return [{ ...a, mesa: { id: mesa.id, tema: mesa.tema, fecha: mesa.fecha }, plazo: plazoAcuerdo(a, hoyIso) }];
    })
    .sort(
      (a, b) =>
        porNombre.compare(a.responsable, b.responsable) ||
        compromiso(a).localeCompare(compromiso(b)) ||
        a.mesa.fecha.localeCompare(b.mesa.fecha) ||
        a.createdAt.localeCompare(b.createdAt),
    );
}

/* ---------- Convenios ---------- */

const convenios = repositorio<Convenio, DatosConvenio>(REGISTROS.convenio, {
  // Two live convenios never share a number (compared without accents, case or extra spaces).
  comprobar: async (db, { numero }, exceptoId) => {
    const clave = normalizarTexto(numero);
    const todos = await db.convenios.toArray();
    const otro = todos.find((c) => c.eliminado === 0 && c.id !== exceptoId && normalizarTexto(c.numero) === clave);
    if (otro) throw new ErrorValidacion({ numero: `El número ${numero} ya es del convenio con ${otro.contraparte}` });
  },
});

export const { validar: validarConvenio, crear: crearConvenio, editar: editarConvenio, eliminar: eliminarConvenio, obtener: obtenerConvenio } = convenios;

/** A convenio with where it stands against its end date today (Por vencer, Vencido). */
export type FilaConvenio = Convenio & EstadoVigencia;

/** Every live convenio; those that need attention (expired, then about to expire, soonest first) on top. */
export async function listarConvenios(db: BaseDatosPoa, hoyIso: string): Promise<FilaConvenio[]> {
  const rango = (f: FilaConvenio) => (f.alerta === 'vencido' ? 0 : f.alerta === 'por-vencer' ? 1 : 2);
  return (await convenios.listar(db))
    .map((c) => ({ ...c, ...estadoVigencia(c, hoyIso) }))
    .sort((a, b) => rango(a) - rango(b) || (a.dias ?? Infinity) - (b.dias ?? Infinity) || (b.fechaFirma ?? '').localeCompare(a.fechaFirma ?? ''));
}
