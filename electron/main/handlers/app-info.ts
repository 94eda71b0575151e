import type { Manejador } from './types';

export interface DependenciasInfoApp {
  version: () => string;
  plataforma: string;
  rutaDatos: () => string;
}

export function crearManejadorInfoApp(dep: DependenciasInfoApp): Manejador<'app:info'> {
  return async () => ({ version: dep.version(), plataforma: dep.plataforma, rutaDatos: dep.rutaDatos(), electron: true });
}
