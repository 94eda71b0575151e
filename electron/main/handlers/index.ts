import type { FsEscritura } from '../atomic-write';
import type { Actualizador } from '../updates';
import { crearManejadorInfoApp, type DependenciasInfoApp } from './app-info';
import { crearManejadoresRespaldos, type FsRespaldos } from './backups';
import { crearManejadoresEvidencias, type FsEvidencias } from './evidence-files';
import { crearManejadorEnlace } from './external-link';
import { crearManejadorImpresion, type VentanaImpresion } from './print';
import { crearManejadorGuardarArchivo } from './save-file';
import type { ElegirRutaGuardado, Manejadores } from './types';

export interface DependenciasManejadores {
  fs: FsEscritura & FsRespaldos & FsEvidencias;
  elegirRuta: ElegirRutaGuardado;
  carpetaDocumentos: () => string;
  carpetaRespaldos: string;
  /** `<userData>/evidencias`: the attached files, named by their SHA-256. */
  carpetaEvidencias: string;
  crearVentanaImpresion: () => VentanaImpresion;
  urlInicio: string;
  abrirExterno: (url: string) => Promise<void>;
  info: DependenciasInfoApp;
  actualizador: Actualizador;
  ahora: () => Date;
  registrar: (mensaje: string, detalle?: unknown) => void;
}

/** Every channel's handler, wired to its collaborators. */
export function crearManejadores(dep: DependenciasManejadores): Manejadores {
  const respaldos = crearManejadoresRespaldos({
    fs: dep.fs,
    carpeta: dep.carpetaRespaldos,
    ahora: dep.ahora,
    registrar: dep.registrar,
  });
  const evidencias = crearManejadoresEvidencias({ fs: dep.fs, carpeta: dep.carpetaEvidencias, registrar: dep.registrar });
  return {
    'archivo:guardar': crearManejadorGuardarArchivo({
      elegirRuta: dep.elegirRuta,
      fs: dep.fs,
      carpetaSugerida: dep.carpetaDocumentos,
    }),
    'impresion:imprimir': crearManejadorImpresion({
      crearVentana: dep.crearVentanaImpresion,
      urlInicio: dep.urlInicio,
      elegirRuta: dep.elegirRuta,
      fs: dep.fs,
      carpetaSugerida: dep.carpetaDocumentos,
      registrar: dep.registrar,
    }),
    'respaldos:iniciar': respaldos.iniciar,
    'respaldos:trozo': respaldos.trozo,
    'respaldos:terminar': respaldos.terminar,
    'respaldos:cancelar': respaldos.cancelar,
    'respaldos:listar': respaldos.listar,
    'respaldos:leerTrozo': respaldos.leerTrozo,
    'app:info': crearManejadorInfoApp(dep.info),
    'enlace:abrirExterno': crearManejadorEnlace({ abrirExterno: dep.abrirExterno, registrar: dep.registrar }),
    'evidencias:guardar': evidencias.guardar,
    'evidencias:leer': evidencias.leer,
    'actualizaciones:estado': () => dep.actualizador.estado(),
    'actualizaciones:configurar': ({ origen }) => dep.actualizador.configurar(origen),
    'actualizaciones:buscar': () => dep.actualizador.buscar(),
  };
}
