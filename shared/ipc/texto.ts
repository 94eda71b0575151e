/** Text checks shared by the contract and the main process. */

/** True when the text holds a C0 control character (NUL, tab, newline…) or DEL. */
export function tieneCaracteresDeControl(texto: string): boolean {
  for (let i = 0; i < texto.length; i += 1) {
    const codigo = texto.charCodeAt(i);
    if (codigo < 0x20 || codigo === 0x7f) return true;
  }
  return false;
}

/** Replaces every control character with `reemplazo`. */
export function sinCaracteresDeControl(texto: string, reemplazo: string): string {
  let resultado = '';
  for (const caracter of texto) {
    resultado += tieneCaracteresDeControl(caracter) ? reemplazo : caracter;
  }
  return resultado;
}
