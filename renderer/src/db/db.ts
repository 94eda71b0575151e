import Dexie, { type EntityTable, type Table } from 'dexie';
import { unificarIdentidades } from '../../../shared/domain/unificarPoa';
import type { Actividad, Ajuste, Justificacion, Poa, Reconduccion } from '../../../shared/schemas/poa';
import type { Persona } from '../../../shared/schemas/personas';
import type { Seguimiento, Solicitud } from '../../../shared/schemas/solicitudes';
import type { Acuerdo, Apoyo, Convenio, Evento, Jornada, Mesa } from '../../../shared/schemas/modulos';
import type { ContadorFolio, ElementoCatalogo, EntradaBitacora } from '../../../shared/schemas/sistema';

export interface RegistroConfiguracion {
  clave: string;
  valor: unknown;
}

/** A closed reporting period: its records and adjustments can't change until it is reopened. */
export interface CierrePeriodo {
  id: string;
  anio: number;
  tipo: 'mes' | 'trimestre';
  numero: number;
  cerrado: boolean;
  fecha: string;
  usuario: string;
}

/** The stores and indexes of schema version 1, as first released. */
export const ESQUEMA_V1 = {
  poas: 'id, anio, eliminado',
  actividades: 'id, poaId, [poaId+numero], eliminado',
  ajustes: 'id, actividadId, anio, [actividadId+anio+mes]',
  justificaciones: 'id, actividadId, [anio+tipoPeriodo+numero]',
  personas: 'id, curp, nombreNormalizado, *palabras, colonia, updatedAt',
  solicitudes:
    'id, &folio, fechaRecepcion, estatus, personaId, tipoApoyoId, dependenciaId, fechaCompromiso, [anio+estacion], updatedAt',
  seguimientos: 'id, solicitudId, fecha',
  apoyos: 'id, personaId, solicitudId, tipoApoyoId, estatus, fechaEntrega, fechaGestion',
  jornadas: 'id, fecha',
  eventos: 'id, fecha, tipo, estatus',
  mesas: 'id, fecha, estatus',
  acuerdos: 'id, mesaId',
  convenios: 'id, numero, fechaFirma, vigenciaFin, estatus',
  catalogos: 'id, tipo, [tipo+nombre]',
  configuracion: 'clave',
  bitacora: 'id, fecha, accion, entidad, entidadId',
  folios: 'serie',
  cierres: 'id, [anio+tipo+numero]',
} as const;

/**
 * The one owner of IndexedDB. Schema versions are append-only: a new version adds stores or indexes and moves data
 * in `.upgrade()`; the database name never changes once released, or users' data is orphaned.
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
  bitacora!: EntityTable<EntradaBitacora, 'id'>;
  folios!: Table<ContadorFolio, string>;
  cierres!: EntityTable<CierrePeriodo, 'id'>;
  reconducciones!: EntityTable<Reconduccion, 'id'>;

  constructor(nombre = 'poa-gestion-social') {
    super(nombre);
    this.version(1).stores(ESQUEMA_V1);
    // v2: POA states and reconducciones; every POA takes the id of its year and every activity that of its year and
    // número, so PCs that created the same year's POA on their own hold one after exchanging captures.
    this.version(2)
      .stores({ reconducciones: 'id, poaId, actividadId, anio' })
      .upgrade(async (tx) => {
        const leer = (t: string) => tx.table(t).toArray() as Promise<Record<string, unknown>[]>;
        const unificadas = unificarIdentidades({
          poas: (await leer('poas')).map((p) => ({ estado: 'borrador', autorizacion: null, cierre: null, ...p })),
          actividades: (await leer('actividades')).map((a) => ({ inicial: null, ...a })),
          ajustes: await leer('ajustes'),
          justificaciones: await leer('justificaciones'),
          reconducciones: [],
        });
        for (const t of ['poas', 'actividades', 'ajustes', 'justificaciones'] as const) {
          await tx.table(t).clear();
          await tx.table(t).bulkAdd(unificadas[t]);
        }
      });
  }
}
