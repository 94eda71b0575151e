/**
 * A form with unsaved changes asks before it is left. The form that is open registers how it asks; whatever takes the
 * user elsewhere without a link (Cancelar, the F2 shortcut) goes through `pedirSalida`, and links are caught by the
 * form itself. One form is open at a time.
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
