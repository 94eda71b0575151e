import { enEscritorio, puente } from '../../bridge';
import { db } from '../../db';
import { almacenDelPuente, almacenEnBase } from '../../db/archivosEvidencia';

/** Where the evidence files' bytes are kept: the data folder in the desktop app, the database in the browser. */
export const archivosEvidencia = enEscritorio ? almacenDelPuente(puente) : almacenEnBase(db);
