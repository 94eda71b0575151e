/**
 * An error whose message is written for the user (Spanish) and may cross to the renderer as is. Any other
 * error is reported with a generic message, because Node's own messages are English and may carry paths.
 */
export class ErrorOperacion extends Error {
  constructor(mensaje: string, options?: { cause?: unknown }) {
    super(mensaje, options);
    this.name = 'ErrorOperacion';
  }
}

/** The `code` of a Node system error (`ENOENT`, `EPERM`…), when there is one. */
export function codigoError(error: unknown): string | undefined {
  if (typeof error === 'object' && error !== null && 'code' in error) {
    const { code } = error as { code: unknown };
    return typeof code === 'string' ? code : undefined;
  }
  return undefined;
}
