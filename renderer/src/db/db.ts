import Dexie, { type EntityTable, type Table } from 'dexie';
import type { CierrePeriodo } from '../../../shared/schemas/cierres';
import { MIGRACIONES } from './migraciones';
import type { Actividad, Ajuste, Justificacion, Poa, Reconduccion } from '../../../shared/schemas/poa';
import type { Persona } from '../../../shared/schemas/personas';
import type { Seguimiento, Solicitud } from '../../../shared/schemas/solicitudes';
import type { Acuerdo, Apoyo, Convenio, Evento, Jornada, Mesa } from '../../../shared/schemas/modulos';
import { SIN_CUMPLIMIENTO, SIN_GRUPOS_EDAD } from '../../../shared/schemas/modulos';
import type { ContadorFolio, ElementoCatalogo } from '../../../shared/schemas/sistema';
import type { Cuenta } from '../../../shared/schemas/cuentas';
import type { SolicitudArco } from '../../../shared/schemas/arco';
import type { EntradaSellada } from '../../../shared/seguridad/cadenaBitacora';
import { NOMBRE_BASE_DATOS } from '../../../shared/aplicacion/identidad';
import type { Evidencia } from '../../../shared/schemas/evidencias';
import { almacenEnBase, type AlmacenArchivos } from './archivosEvidencia';
import { busquedaSolicitudes, type BusquedaSolicitud } from './busquedaSolicitudes';
import { conteosMensuales, type ConteoMensual } from './conteosMensuales';

/** A chunk of a backup's checked rows (as JSON text) waiting for the restore to replace the data with them. */
export interface TrozoPreparado {
  orden?: number;
  tabla: string;
  filas: string;
}

/** What this PC knows another station holds of one record: the newest version received from it and sent to it. */
export interface ConocidoIntercambio {
  estacion: string;
  tabla: string;
  id: string;
  recibida: string | null;
  enviada: string | null;
}

/** A version of a record brought by a package while this PC's own copy had changed too: the jefe chooses. */
export interface ConflictoIntercambio {
  /** `tabla:registroId:updatedAt` of the incoming version, so the same package twice keeps one. */
  id: string;
  tabla: string;
  registroId: string;
  /** The station whose package brought it. */
  estacion: string;
  detectado: string;
  entrante: Record<string, unknown>;
  estado: 'pendiente' | 'resuelto';
  /** How it ended: the jefe kept this PC's or the package's version, or a later package replaced both. */
  resolucion: 'local' | 'entrante' | 'posterior' | null;
  resuelto: string | null;
}

/** A package written for another station or incorporated from one. */
export interface RegistroPaquete {
  id: string;
  sentido: 'enviado' | 'recibido';
  /** The other station. */
  otra: string;
  /** When it was written (its header's date). */
  fecha: string;
  modo: string;
  conteos: Record<string, number>;
}

/** The bytes of an evidence file in the browser build, by their SHA-256 (the desktop app keeps them in the data folder). */
export interface ArchivoEvidenciaGuardado {
  sha256: string;
  extension: string;
  bytes: Uint8Array;
}

export interface RegistroConfiguracion {
  clave: string;
  valor: unknown;
}

/**
 * The one owner of IndexedDB. Its schema versions are the ordered list in `migraciones.ts`; the database name never
 * changes once released, or users' data is orphaned.
 */
export class BaseDatosPoa extends Dexie {
  poas!: EntityTable<Poa, 'id'>;
  actividades!: EntityTable<Actividad, 'id'>;
  ajustes!: EntityTable<Ajuste, 'id'>;
  justificaciones!: EntityTable<Justificacion, 'id'>;
  personas!: EntityTable<Persona, 'id'>;
  solicitudes!: EntityTable<Solicitud, 'id'>;
  seguimientos!: EntityTable<Seguimiento, 'id'>;
  apoyos!: EntityTable<Apoyo, 'id'>;
  jornadas!: EntityTable<Jornada, 'id'>;
  eventos!: EntityTable<Evento, 'id'>;
  mesas!: EntityTable<Mesa, 'id'>;
  acuerdos!: EntityTable<Acuerdo, 'id'>;
  convenios!: EntityTable<Convenio, 'id'>;
  catalogos!: EntityTable<ElementoCatalogo, 'id'>;
  configuracion!: Table<RegistroConfiguracion, string>;
  /** Append-only, chained per station (shared/seguridad/cadenaBitacora). */
  bitacora!: EntityTable<EntradaSellada, 'id'>;
  folios!: Table<ContadorFolio, string>;
  cierres!: EntityTable<CierrePeriodo, 'id'>;
  reconducciones!: EntityTable<Reconduccion, 'id'>;
  cuentas!: EntityTable<Cuenta, 'id'>;
  solicitudesArco!: EntityTable<SolicitudArco, 'id'>;
  intercambio!: Table<ConocidoIntercambio, [string, string, string]>;
  conflictos!: EntityTable<ConflictoIntercambio, 'id'>;
  paquetes!: EntityTable<RegistroPaquete, 'id'>;
  /** The evidence files attached to records: what each is and whose; the bytes are apart, once per content. */
  evidencias!: EntityTable<Evidencia, 'id'>;
  /**
   * The bytes of the evidence files where there is no data folder (the browser build). Reached through `archivos`,
   * never directly: in a backup its rows are the files of whichever store the PC has.
   */
  archivosEvidencia!: Table<ArchivoEvidenciaGuardado, string>;
  /**
   * Each solicitud's citizen as the list searches it (words of the name, colonia): derived, local, kept in step with
   * solicitudes and personas by the busquedaSolicitudes middleware; never in a backup or a package.
   */
  busquedaSolicitudes!: Table<BusquedaSolicitud, string>;
  /**
   * How many records of each kind count in each month: derived, local, kept in step with every write of a counted kind
   * by the conteosMensuales middleware; never in a backup or a package. The cronograma's figures are read from it.
   */
  conteosMensuales!: Table<ConteoMensual, [string, string]>;
  /** A restore's rows before they are applied (see respaldos.ts); empty at rest, never in a backup. */
  preparacion!: Table<TrozoPreparado, number>;

  /**
   * Where the evidence files' bytes are kept: this database's table unless the app gives it the desktop's data folder
   * (main.tsx). Backups, packages and the evidence screens all go through it.
   */
  archivos: AlmacenArchivos = almacenEnBase(this);

  constructor(nombre = NOMBRE_BASE_DATOS) {
    super(nombre);
    for (const m of MIGRACIONES) {
      const version = this.version(m.version).stores(m.stores);
      if (m.upgrade) version.upgrade(m.upgrade);
    }
    this.use(busquedaSolicitudes);
    this.use(conteosMensuales);
    // Records captured before the attendance by age group read with every group null, as their schema defaults them.
    // Dexie calls the hook for a key that is not stored too (get, bulkGet): that one stays undefined.
    const conGrupos = <T extends object>(r: T | undefined): T | undefined => (r ? { ...SIN_GRUPOS_EDAD, ...r } : r);
    this.eventos.hook('reading', conGrupos);
    this.jornadas.hook('reading', conGrupos);
    // Acuerdos captured before their fulfilment was recorded read with none (no date, no evidence), as their schema defaults them.
    this.acuerdos.hook('reading', (a) => ({ ...SIN_CUMPLIMIENTO, ...a }));
    // Apoyos captured before programas listed their beneficiaries read as direct apoyos, as their schema defaults them.
    this.apoyos.hook('reading', (a: Apoyo | undefined) => (a && a.programaId === undefined ? { ...a, programaId: null } : a));
  }
}

export type { CierrePeriodo };
