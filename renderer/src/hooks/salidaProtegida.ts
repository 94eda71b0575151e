/**
 * A form with unsaved changes asks before it is left. The form that is open registers how it asks; whatever takes the
 * user elsewhere without a link (Cancelar, the F2 shortcut) goes through `pedirSalida`, links are caught by the form
 * itself, and the browser's Back (Alt+←, the mouse's back button) meets a step of history that the form keeps on top
 * of its own while it holds changes (`armarRegreso`). One form is open at a time.
 */

/** Asks the user, and calls `continuar` if they choose to discard. */
export type Guardia = (continuar: () => void) => void;

let guardia: Guardia | null = null;

/** While it holds, leaving asks first; the function returned lets go. */
export function protegerSalida(g: Guardia): () => void {
  guardia = g;
  return () => {
    if (guardia === g) guardia = null;
  };
}

/** Leaves at once when nothing is at stake, or once the user agrees to discard what the open form holds. */
export function pedirSalida(continuar: () => void): void {
  if (guardia) guardia(continuar);
  else continuar();
}

/** Marks the step of history a form with changes keeps on top of its own: Back pops it instead of leaving. */
const CENTINELA = 'poaSalidaProtegida';

/** Popstate events caused by the guard itself, not by the user. */
let propios = 0;

function enCentinela(): boolean {
  const estado: unknown = window.history.state;
  return typeof estado === 'object' && estado !== null && CENTINELA in estado;
}

/** Adds the guard's step: the same address and state as the form's, marked. */
function ponerCentinela(): void {
  if (enCentinela()) return;
  const estado: unknown = window.history.state;
  window.history.pushState({ ...(typeof estado === 'object' && estado !== null ? estado : {}), [CENTINELA]: true }, '', window.location.href);
}

/** Moves `pasos` back in history on the guard's behalf, then `luego` once the browser has moved. */
function retroceder(pasos: number, luego: () => void = () => undefined): void {
  propios += 1;
  window.addEventListener(
    'popstate',
    () => {
      propios -= 1;
      luego();
    },
    { once: true },
  );
  window.history.go(-pasos);
}

/**
 * Takes the guard's step off the history (when there is one) before `continuar` moves elsewhere, so that the step
 * never stays behind to be met with Back later: after a discard, and when a saved form leaves without asking.
 */
export function quitarRegreso(continuar: () => void = () => undefined): void {
  if (enCentinela()) retroceder(1, continuar);
  else continuar();
}

/**
 * While a form holds changes, Back lands on the form's own step instead of leaving it: the guard puts its step back
 * and calls `alVolver` with how to really go back if the user agrees. Returns how to disarm it (which also takes the
 * step off the history when it is still on top).
 */
export function armarRegreso(alVolver: (volver: () => void) => void): () => void {
  ponerCentinela();
  const alRetroceder = () => {
    if (propios > 0 || enCentinela()) return;
    // The user went Back from the guard's step to the form's: stay, arm the step again and ask.
    ponerCentinela();
    alVolver(() => retroceder(2));
  };
  window.addEventListener('popstate', alRetroceder);
  return () => {
    window.removeEventListener('popstate', alRetroceder);
    quitarRegreso();
  };
}
