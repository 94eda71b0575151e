/**
 * The security core the repositories and screens use: passwords, waits after wrong attempts, the permission table,
 * the chained bitácora, locked backups and anonymising a persona. All pure or WebCrypto-only, so it runs the same in
 * the renderer, in Node and in the tests. The account schemas are in schemas/cuentas and the aviso de privacidad in
 * domain/avisoPrivacidad.
 */
export * from './contrasenas';
export * from './intentos';
export * from './permisos';
export * from './cadenaBitacora';
export * from './cifrado';
export * from './anonimizar';
