import type { DatosPersona, Persona } from '../schemas/personas';
import { esPersonaAnonimizada } from '../seguridad/anonimizar';
import { normalizarTexto } from './texto';

/**
 * The same citizen registered twice without a CURP that would tell: two personas with the same name and birth date,
 * or the same name and street, are offered to the jefe to merge or keep apart. Two personas that both have a CURP are
 * never offered: the same CURP is merged on its own, and two different CURPs are two people.
 */

export type MotivoDuplicado = 'fecha' | 'domicilio' | 'ambos';

export const ETIQUETA_MOTIVO_DUPLICADO: Record<MotivoDuplicado, string> = {
  fecha: 'Mismo nombre y fecha de nacimiento',
  domicilio: 'Mismo nombre y domicilio',
  ambos: 'Mismo nombre, fecha de nacimiento y domicilio',
};

export interface ParejaDuplicada<P = Persona> {
  a: P;
  b: P;
  motivo: MotivoDuplicado;
}

type Candidata = Pick<Persona, 'id' | 'curp' | 'fechaNacimiento' | 'calle' | 'numero' | 'colonia' | 'distintaDe'>;

/** Calle, número and colonia as one key, accent- and case-insensitive; null without a street (nothing to compare). */
export function claveDomicilio(p: Pick<Persona, 'calle' | 'numero' | 'colonia'>): string | null {
  const calle = normalizarTexto(p.calle);
  if (calle === '') return null;
  return `${calle}|${normalizarTexto(p.numero)}|${normalizarTexto(p.colonia)}`;
}

/** Whether the jefe already said these two are different people (on either record, since either may have travelled alone). */
export function marcadasDistintas(a: Pick<Persona, 'id' | 'distintaDe'>, b: Pick<Persona, 'id' | 'distintaDe'>): boolean {
  return (a.distintaDe ?? []).includes(b.id) || (b.distintaDe ?? []).includes(a.id);
}

/** Pairs among `grupo` that share `clave`, bucketed so only personas with equal keys are ever compared. */
function parejasPorClave<P extends Candidata>(grupo: readonly P[], clave: (p: P) => string | null): [P, P][] {
  const cubetas = new Map<string, P[]>();
  for (const p of grupo) {
    const k = clave(p);
    if (k === null) continue;
    const lista = cubetas.get(k) ?? [];
    lista.push(p);
    cubetas.set(k, lista);
  }
  const parejas: [P, P][] = [];
  for (const lista of cubetas.values()) {
    for (let i = 0; i < lista.length; i++) {
      for (let j = i + 1; j < lista.length; j++) {
        const [a, b] = [lista[i], lista[j]];
        if (a.curp !== '' && b.curp !== '') continue;
        if (marcadasDistintas(a, b)) continue;
        parejas.push(a.id < b.id ? [a, b] : [b, a]);
      }
    }
  }
  return parejas;
}

/**
 * The likely duplicates among personas that share one normalised name (the caller groups them by the name's index):
 * same birth date, or same street, with at least one of the two without CURP and not kept apart before.
 */
export function parejasDuplicadas<P extends Candidata>(grupo: readonly P[]): ParejaDuplicada<P>[] {
  const porPareja = new Map<string, ParejaDuplicada<P>>();
  const agregar = (parejas: [P, P][], motivo: 'fecha' | 'domicilio') => {
    for (const [a, b] of parejas) {
      const k = `${a.id}|${b.id}`;
      const previa = porPareja.get(k);
      porPareja.set(k, previa ? { ...previa, motivo: 'ambos' } : { a, b, motivo });
    }
  };
  agregar(parejasPorClave(grupo, (p) => p.fechaNacimiento), 'fecha');
  agregar(parejasPorClave(grupo, claveDomicilio), 'domicilio');
  return [...porPareja.values()];
}

/** The fields of a persona's captured data, in the order the form shows them. */
export const CAMPOS_DATOS_PERSONA = [
  'apellidoPaterno',
  'apellidoMaterno',
  'nombres',
  'curp',
  'sexo',
  'fechaNacimiento',
  'edad',
  'telefono',
  'correo',
  'calle',
  'numero',
  'colonia',
  'localidad',
  'codigoPostal',
] as const satisfies readonly (keyof DatosPersona)[];

const vacio = (v: unknown) => v === null || v === undefined || (typeof v === 'string' && v.trim() === '');

/**
 * The persona kept by a merge, with what it lacked (an empty field) taken from the one removed, and the personas
 * either was kept apart from. Fields it has keep its own value: the jefe chose it as the one that stays.
 */
export function datosUnidos(conserva: Persona, quita: Persona): Persona {
  const unida: Persona = { ...conserva };
  const destino = unida as unknown as Record<string, unknown>;
  for (const campo of CAMPOS_DATOS_PERSONA) {
    if (vacio(conserva[campo]) && !vacio(quita[campo])) destino[campo] = quita[campo];
  }
  const distintas = [...new Set([...(conserva.distintaDe ?? []), ...(quita.distintaDe ?? [])])].filter((id) => id !== conserva.id && id !== quita.id);
  if (distintas.length > 0 || conserva.distintaDe) unida.distintaDe = distintas;
  return unida;
}

/** Which of two personas stays by default: the one with a CURP (the one that identifies her), else the first. */
export function queQuedaPorOmision(a: Persona, b: Persona): Persona {
  return a.curp === '' && b.curp !== '' ? b : a;
}

/** Why two personas cannot be merged, in the jefe's words; null when they can. */
export function impedimentoUnion(conserva: Persona | undefined, quita: Persona | undefined): string | null {
  if (!conserva || !quita || conserva.eliminado !== 0 || quita.eliminado !== 0) return 'Una de las dos personas ya no existe.';
  if (conserva.id === quita.id) return 'Elija a otra persona: es la misma.';
  if (esPersonaAnonimizada(conserva) || esPersonaAnonimizada(quita)) {
    return 'Una persona anonimizada por una solicitud ARCO no se une con otra: volvería a quedar identificada.';
  }
  if (conserva.curp !== '' && quita.curp !== '' && conserva.curp !== quita.curp) {
    return `Tienen CURP distintas (${conserva.curp} y ${quita.curp}): son dos personas.`;
  }
  return null;
}
