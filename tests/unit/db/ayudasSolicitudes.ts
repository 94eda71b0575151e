import { digitoVerificadorCurp } from '../../../shared/domain/curp';
import type { BaseDatosPoa } from '../../../renderer/src/db/db';
import { listarCatalogo } from '../../../renderer/src/db/repositorios/catalogos';
import { ErrorValidacion } from '../../../renderer/src/db/errores';
import { crearSolicitud } from '../../../renderer/src/db/repositorios/solicitudes';
import { crearApoyo } from '../../../renderer/src/db/repositorios/apoyos';
import { guardarPersona } from '../../../renderer/src/db/repositorios/personas';
import { cargarCronograma } from '../../../renderer/src/db/repositorios/cronograma';

/** A CURP with its right check digit, from its first 17 characters. */
export function curpValida(primeros17: string): string {
  return primeros17 + digitoVerificadorCurp(primeros17);
}

export const CURP_MARIA = curpValida('PELM900315MVZRPR0');
export const CURP_JUAN = curpValida('HEGJ850101HVZRRN0');

export function personaMaria(cambios: Record<string, unknown> = {}) {
  return {
    apellidoPaterno: 'Pérez',
    apellidoMaterno: 'López',
    nombres: 'María José',
    curp: CURP_MARIA,
    sexo: 'M',
    fechaNacimiento: '1990-03-15',
    edad: null,
    telefono: '2281234567',
    correo: 'maria@example.com',
    calle: 'Av. Juárez',
    numero: '12',
    colonia: 'Centro',
    localidad: 'Cabecera municipal',
    codigoPostal: '91000',
    ...cambios,
  };
}

export function personaJuan(cambios: Record<string, unknown> = {}) {
  return personaMaria({
    apellidoPaterno: 'Hernández',
    apellidoMaterno: 'García',
    nombres: 'Juan',
    curp: CURP_JUAN,
    sexo: 'H',
    fechaNacimiento: '1985-01-01',
    correo: '',
    colonia: 'Colonia Las Flores',
    ...cambios,
  });
}

export async function catalogo(db: BaseDatosPoa) {
  const tipos = await listarCatalogo(db, 'tipoApoyo');
  const dependencias = await listarCatalogo(db, 'dependencia');
  const id = (lista: { id: string; nombre: string }[], nombre: string) => lista.find((e) => e.nombre === nombre)!.id;
  return {
    despensa: id(tipos, 'Despensa'),
    medicamento: id(tipos, 'Medicamento'),
    dif: id(dependencias, 'DIF Municipal'),
    obras: id(dependencias, 'Obras Públicas'),
  };
}

export async function errorDe(promesa: Promise<unknown>): Promise<ErrorValidacion> {
  try {
    await promesa;
  } catch (e) {
    if (e instanceof ErrorValidacion) return e;
    throw e;
  }
  throw new Error('se esperaba un ErrorValidacion');
}

/**
 * A solicitud of a despensa for `personaId`, received at `fechaRecepcion` ('AAAA-MM-DDTHH:mm') at the window; with
 * `personaNueva`, for a citizen registered with it.
 */
export async function solicitudDeDespensa(db: BaseDatosPoa, personaId: string, fechaRecepcion: string, personaNueva: unknown = null) {
  const c = await catalogo(db);
  return crearSolicitud(
    db,
    {
    fechaRecepcion,
    canal: 'ventanilla',
    personaId,
    tipoApoyoId: c.despensa,
    descripcion: 'Solicita una despensa para su familia',
    prioridad: 'media',
    dependenciaId: c.dif,
    responsable: 'Ventanilla 1',
    fechaCompromiso: fechaRecepcion.slice(0, 10),
    consentimientoPrivacidad: true,
    },
    personaNueva,
  );
}

/** The data of a despensa for `personaId`, delivered on 20/10/2026 unless `cambios` says otherwise. */
export function datosDespensa<T extends object>(personaId: string, tipoApoyoId: string, cambios: T) {
  return {
    personaId,
    solicitudId: null,
    tipoApoyoId,
    cantidad: 1,
    unidad: 'paquete',
    valorEstimado: 450,
    fuente: 'municipal' as const,
    dependenciaId: null,
    estatus: 'entregado',
    fechaGestion: '2026-10-01',
    fechaEntrega: '2026-10-20',
    evidencia: '',
    ...cambios,
  };
}

/** A despensa delivered to `personaId` through the DIF Municipal, as `datosDespensa`. */
export async function apoyoDeDespensa(db: BaseDatosPoa, personaId: string, cambios: Record<string, unknown> = {}) {
  const c = await catalogo(db);
  return crearApoyo(db, datosDespensa(personaId, c.despensa, { dependenciaId: c.dif, ...cambios }));
}

/** A closing record as the repositories store it, for tests that close a period directly. */
export function registroCierre(datos: { id: string; anio: number; tipo: 'mes' | 'trimestre'; numero: number; cerrado: boolean; fecha: string; usuario: string }) {
  return { ...datos, createdAt: datos.fecha, updatedAt: datos.fecha, estacion: 'V1', eliminado: 0 as const };
}

/** Each PC's captures: a citizen, her solicitud of a despensa and the despensa delivered. */
export async function capturar(db: BaseDatosPoa, persona: Record<string, unknown>, dia: string) {
  const p = await guardarPersona(db, null, persona);
  const s = await solicitudDeDespensa(db, p.id, `2026-03-${dia}T10:00`);
  const a = await apoyoDeDespensa(db, p.id, { solicitudId: s.id, fechaGestion: `2026-03-${dia}`, fechaEntrega: `2026-03-${dia}` });
  return { persona: p, solicitud: s, apoyo: a };
}

/** The achieved counts of the 2026 cronograma, activity by month. */
export async function logrado(db: BaseDatosPoa): Promise<number[][]> {
  return (await cargarCronograma(db, 2026, 12))!.cronograma.filas.map((f) => f.logradoRegistros);
}
