import { BaseDatosPoa } from './db';

/** The renderer's one database connection. */
export const db = new BaseDatosPoa();
