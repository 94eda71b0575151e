import { enEscritorio, puente } from '../bridge';
import { almacenDelPuente, almacenEnBase } from './archivosEvidencia';
import { BaseDatosPoa } from './db';

/** The renderer's one database connection. */
export const db = new BaseDatosPoa();

/** Where the evidence files' bytes are kept: the data folder in the desktop app, the database in the browser. */
export const archivosEvidencia = enEscritorio ? almacenDelPuente(puente) : almacenEnBase(db);
