import { atenderTablero, type CanalTablero } from './trabajoTablero';

// A module worker: answers each request for a year's tablero figures, keeping its connection to the database.
atenderTablero(self as unknown as CanalTablero);
