/** Today on this PC and where a period stands against it: the shared rule (shared/domain/enCurso.ts). */
export { hoyLocal, momentoDelPeriodo, type Hoy, type Momento } from '../../../shared/domain/enCurso';
