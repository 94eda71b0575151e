import type { FieldErrors, FieldValues, Path, Resolver, UseFormReturn } from 'react-hook-form';
import { fechaHoraIsoLocal, fechaIsoLocal, sumarDias } from '../../../../shared/domain/formato';
import { datosPersonaSchema, type Persona } from '../../../../shared/schemas/personas';
import type { CanalRecepcion, Prioridad, Solicitud } from '../../../../shared/schemas/solicitudes';
import type { Configuracion } from '../../../../shared/schemas/sistema';
import { ErrorValidacion, erroresParaFormulario, validar } from '../../db/errores';

/** A persona as its form holds it: text in every box, converted only when saved. */
export interface ValoresPersona {
  apellidoPaterno: string;
  apellidoMaterno: string;
  nombres: string;
  curp: string;
  sexo: '' | 'H' | 'M' | 'X';
  fechaNacimiento: string;
  edad: string;
  telefono: string;
  correo: string;
  calle: string;
  numero: string;
  colonia: string;
  localidad: string;
  codigoPostal: string;
}

export interface ValoresSolicitud {
  fechaRecepcion: string;
  canal: CanalRecepcion;
  personaId: string;
  tipoApoyoId: string;
  descripcion: string;
  prioridad: Prioridad;
  dependenciaId: string;
  responsable: string;
  fechaCompromiso: string;
}

export interface ValoresCaptura extends ValoresSolicitud {
  personaNueva: boolean;
  persona: ValoresPersona;
  consentimientoPrivacidad: boolean;
}

export const PERSONA_VACIA: ValoresPersona = {
  apellidoPaterno: '',
  apellidoMaterno: '',
  nombres: '',
  curp: '',
  sexo: '',
  fechaNacimiento: '',
  edad: '',
  telefono: '',
  correo: '',
  calle: '',
  numero: '',
  colonia: '',
  localidad: '',
  codigoPostal: '',
};

/** A new capture: received now, due after the configured number of days, handled by the signed-in clerk. */
export function capturaInicial(configuracion: Configuracion, responsable: string, ahora: Date): ValoresCaptura {
  return {
    fechaRecepcion: fechaHoraIsoLocal(ahora),
    canal: 'ventanilla',
    personaId: '',
    tipoApoyoId: '',
    descripcion: '',
    prioridad: 'media',
    dependenciaId: '',
    responsable,
    fechaCompromiso: sumarDias(fechaIsoLocal(ahora), configuracion.diasCompromiso),
    personaNueva: false,
    persona: PERSONA_VACIA,
    consentimientoPrivacidad: false,
  };
}

export function aDatosPersona(v: ValoresPersona) {
  return {
    ...v,
    curp: v.curp.trim().toUpperCase(),
    fechaNacimiento: v.fechaNacimiento === '' ? null : v.fechaNacimiento,
    edad: v.edad.trim() === '' ? null : Number(v.edad),
  };
}

export function personaAValores(p: Persona): ValoresPersona {
  return {
    apellidoPaterno: p.apellidoPaterno,
    apellidoMaterno: p.apellidoMaterno,
    nombres: p.nombres,
    curp: p.curp,
    sexo: p.sexo,
    fechaNacimiento: p.fechaNacimiento ?? '',
    edad: p.edad === null ? '' : String(p.edad),
    telefono: p.telefono,
    correo: p.correo,
    calle: p.calle,
    numero: p.numero,
    colonia: p.colonia,
    localidad: p.localidad,
    codigoPostal: p.codigoPostal,
  };
}

export function aDatosSolicitud(v: ValoresSolicitud) {
  return {
    fechaRecepcion: v.fechaRecepcion,
    canal: v.canal,
    personaId: v.personaId,
    tipoApoyoId: v.tipoApoyoId,
    descripcion: v.descripcion,
    prioridad: v.prioridad,
    dependenciaId: v.dependenciaId === '' ? null : v.dependenciaId,
    responsable: v.responsable,
    fechaCompromiso: v.fechaCompromiso,
  };
}

export function solicitudAValores(s: Solicitud): ValoresSolicitud {
  return {
    fechaRecepcion: s.fechaRecepcion,
    canal: s.canal,
    personaId: s.personaId,
    tipoApoyoId: s.tipoApoyoId,
    descripcion: s.descripcion,
    prioridad: s.prioridad,
    dependenciaId: s.dependenciaId ?? '',
    responsable: s.responsable,
    fechaCompromiso: s.fechaCompromiso,
  };
}

/** The field errors a repository validation would raise, or none: forms show exactly what saving would say. */
export function erroresDe(validar: () => unknown): Record<string, string> {
  try {
    validar();
    return {};
  } catch (e) {
    if (e instanceof ErrorValidacion) return e.errores;
    throw e;
  }
}

/** A citizen's field errors inside a form that holds them under `persona` ('persona.curp'). */
export function erroresPersona(persona: ValoresPersona): Record<string, string> {
  return Object.fromEntries(Object.entries(erroresDe(() => validar(datosPersonaSchema, aDatosPersona(persona)))).map(([campo, mensaje]) => [`persona.${campo}`, mensaje]));
}

/** Flat error keys ('persona.curp', '_') as react-hook-form's nested errors ('_' becomes the form's root error). */
export function aErroresFormulario<T extends FieldValues>(errores: Record<string, string>): FieldErrors<T> {
  const raiz: Record<string, unknown> = {};
  for (const [ruta, message] of Object.entries(errores)) {
    const partes = ruta === '_' ? ['root'] : ruta.split('.');
    let nodo = raiz;
    for (const parte of partes.slice(0, -1)) nodo = (nodo[parte] ??= {}) as Record<string, unknown>;
    nodo[partes[partes.length - 1]] = { type: 'validate', message };
  }
  return raiz as FieldErrors<T>;
}

/** A resolver from a function that lists errors by field path. */
export function resolverCon<T extends FieldValues>(errores: (valores: T) => Record<string, string>): Resolver<T> {
  return async (valores) => {
    const e = errores(valores);
    return Object.keys(e).length === 0 ? { values: valores, errors: {} } : { values: {}, errors: aErroresFormulario<T>(e) };
  };
}

/**
 * Runs a repository call for a form: its ErrorValidacion lands at the fields (the first one gets the focus), a
 * refusal for lack of permission and any other failure as the form's general error. True when it saved.
 */
export async function guardarFormulario<T extends FieldValues>(form: Pick<UseFormReturn<T>, 'setError' | 'setFocus'>, accion: () => Promise<unknown>): Promise<boolean> {
  try {
    await accion();
    return true;
  } catch (e) {
    const errores = erroresParaFormulario(e);
    if (!errores) {
      form.setError('root', { message: `No se pudo guardar: ${e instanceof Error ? e.message : String(e)}` });
      return false;
    }
    const claves = Object.keys(errores);
    for (const clave of claves) form.setError(clave === '_' ? 'root' : (clave as Path<T>), { message: errores[clave] });
    const primera = claves.find((c) => c !== '_');
    if (primera) form.setFocus(primera as Path<T>);
    return false;
  }
}
