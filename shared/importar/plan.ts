import { NOMBRES_MES } from '../domain/periodos';
import { nombreCompleto, type DatosPersona } from '../schemas/personas';
import type { EntradaCatalogo } from './catalogos';
import type { FilaConvertida, ResultadoFila } from './filas';

/**
 * The dry run: what confirming would do, decided before anything is written. Each row becomes a record to create,
 * with its citizen reused (the same CURP, or likely the same person: the same name and birth date, in the app or in
 * an earlier row of the file) or new; or it is refused with its row number and the reason; or it was imported
 * before (its fingerprint is already stored) and adds nothing.
 */

/** A citizen already in the app, as the plan needs them. */
export interface PersonaExistente {
  id: string;
  nombre: string;
}

export interface Existentes {
  porCurp: ReadonlyMap<string, PersonaExistente>;
  /** By «nombreNormalizado|fechaNacimiento». */
  porNombreYNacimiento: ReadonlyMap<string, PersonaExistente>;
  /** Fingerprints of rows imported before. */
  huellas: ReadonlySet<string>;
  /** Closed months, 'AAAA-MM': nothing may start counting in them. */
  mesesCerrados: ReadonlySet<string>;
}

export type PersonaPlaneada =
  | { tipo: 'existente'; id: string }
  | { tipo: 'nueva'; datos: DatosPersona }
  /** The new citizen of an earlier row of the file. */
  | { tipo: 'deFila'; fila: number }
  /** A kind of record that names no citizen. */
  | { tipo: 'ninguna' };

export interface RegistroPlaneado {
  fila: FilaConvertida;
  persona: PersonaPlaneada;
}

export interface PersonaReutilizada {
  fila: number;
  nombre: string;
  motivo: string;
}

export interface FilaRechazada {
  fila: number;
  motivo: string;
}

export interface PlanImportacion {
  crear: RegistroPlaneado[];
  personasNuevas: number;
  reutilizadas: PersonaReutilizada[];
  rechazadas: FilaRechazada[];
  /** Rows imported before (by this file or another with the same rows). */
  yaImportadas: number[];
  catalogosNuevos: EntradaCatalogo[];
}

export const claveNombreYNacimiento = (nombreNormalizado: string, fechaNacimiento: string) => `${nombreNormalizado}|${fechaNacimiento}`;

export function planearImportacion(resultados: readonly ResultadoFila[], existentes: Existentes): PlanImportacion {
  const plan: PlanImportacion = { crear: [], personasNuevas: 0, reutilizadas: [], rechazadas: [], yaImportadas: [], catalogosNuevos: [] };
  const huellasDelArchivo = new Map<string, number>();
  const nuevasPorCurp = new Map<string, number>();
  const nuevasPorNombre = new Map<string, number>();
  const catalogos = new Map<string, EntradaCatalogo>();
  for (const r of resultados) {
    if (!r.ok) {
      plan.rechazadas.push({ fila: r.fila, motivo: r.motivo });
      continue;
    }
    const f = r.fila;
    if (existentes.huellas.has(f.huella)) {
      plan.yaImportadas.push(f.fila);
      continue;
    }
    const repetida = huellasDelArchivo.get(f.huella);
    if (repetida !== undefined) {
      plan.rechazadas.push({ fila: f.fila, motivo: `Repite la fila ${repetida}: se importa una sola vez` });
      continue;
    }
    if (f.fechaConteo !== null && existentes.mesesCerrados.has(f.fechaConteo.slice(0, 7))) {
      const mes = Number(f.fechaConteo.slice(5, 7));
      plan.rechazadas.push({ fila: f.fila, motivo: `El periodo de ${NOMBRES_MES[mes - 1]} ${f.fechaConteo.slice(0, 4)} está cerrado: reábralo para importar registros de ese mes` });
      continue;
    }
    huellasDelArchivo.set(f.huella, f.fila);
    for (const c of f.catalogosNuevos) catalogos.set(c.id, c);
    const p = f.persona;
    if (p === null) {
      plan.crear.push({ fila: f, persona: { tipo: 'ninguna' } });
      continue;
    }
    const claveNombre = p.fechaNacimiento ? claveNombreYNacimiento(f.nombreNormalizado, p.fechaNacimiento) : null;
    const nombre = nombreCompleto(p);
    let persona: PersonaPlaneada;
    const porCurp = p.curp ? existentes.porCurp.get(p.curp) : undefined;
    const porNombre = !p.curp && claveNombre ? existentes.porNombreYNacimiento.get(claveNombre) : undefined;
    const filaCurp = p.curp ? nuevasPorCurp.get(p.curp) : undefined;
    const filaNombre = !p.curp && claveNombre ? nuevasPorNombre.get(claveNombre) : undefined;
    if (porCurp) {
      persona = { tipo: 'existente', id: porCurp.id };
      plan.reutilizadas.push({ fila: f.fila, nombre: porCurp.nombre, motivo: `Ya registrada en la aplicación con la CURP ${p.curp}` });
    } else if (porNombre) {
      persona = { tipo: 'existente', id: porNombre.id };
      plan.reutilizadas.push({ fila: f.fila, nombre: porNombre.nombre, motivo: 'Ya registrada en la aplicación con el mismo nombre y fecha de nacimiento' });
    } else if (filaCurp !== undefined) {
      persona = { tipo: 'deFila', fila: filaCurp };
      plan.reutilizadas.push({ fila: f.fila, nombre, motivo: `La misma CURP (${p.curp}) que la fila ${filaCurp}` });
    } else if (filaNombre !== undefined) {
      persona = { tipo: 'deFila', fila: filaNombre };
      plan.reutilizadas.push({ fila: f.fila, nombre, motivo: `El mismo nombre y fecha de nacimiento que la fila ${filaNombre}` });
    } else {
      persona = { tipo: 'nueva', datos: p };
      plan.personasNuevas += 1;
      if (p.curp) nuevasPorCurp.set(p.curp, f.fila);
      else if (claveNombre) nuevasPorNombre.set(claveNombre, f.fila);
    }
    plan.crear.push({ fila: f, persona });
  }
  plan.catalogosNuevos = [...catalogos.values()];
  return plan;
}

/** «197 solicitudes por crear, 5 personas reutilizadas, 3 filas con errores»: the dry run in one sentence. */
export function resumenPlan(plan: PlanImportacion, singular: string, plural: string, conPersonas = true): string {
  const n = (c: number, uno: string, varios: string) => `${c.toLocaleString('es-MX')} ${c === 1 ? uno : varios}`;
  const partes = [
    `${n(plan.crear.length, singular, plural)} por crear`,
    ...(conPersonas ? [n(plan.personasNuevas, 'persona nueva', 'personas nuevas'), n(plan.reutilizadas.length, 'persona reutilizada', 'personas reutilizadas')] : []),
    n(plan.rechazadas.length, 'fila con errores', 'filas con errores'),
  ];
  if (plan.yaImportadas.length > 0) partes.push(n(plan.yaImportadas.length, 'fila ya importada antes', 'filas ya importadas antes'));
  return partes.join(', ');
}
