import Dexie, { type Transaction } from 'dexie';
import { unificarIdentidades } from '../../../shared/domain/unificarPoa';
import { cierreConCamposDeRegistro } from '../../../shared/schemas/cierres';
import { sellarHistorial, type ContenidoBitacora } from '../../../shared/seguridad/cadenaBitacora';
import { unirCatalogosDuplicados, unirPersonasDuplicadas } from './identidadCompartida';
import { limpiarTextosGuardados } from './limpiezaTextos';
import { filasDeBusqueda, INDICES_BUSQUEDA, TABLA_BUSQUEDA } from './busquedaSolicitudes';
import { ContadorMensual, INDICES_CONTEOS, TABLA_CONTEOS, TABLAS_CONTADAS } from './conteosMensuales';

/**
 * The database's schema versions in order, append-only: each adds stores or indexes and, where data must change,
 * an `upgrade` that runs once when a PC opens the database written by the version before. A released entry never
 * changes, or a PC that already ran it and one that did not would disagree.
 */
export interface Migracion {
  version: number;
  stores: Record<string, string | null>;
  /**
   * The indexes this version drops on purpose, by table: Dexie takes each version's list as the whole, so any other
   * index missing from it would be lost by mistake (a test checks both).
   */
  quita?: Record<string, readonly string[]>;
  upgrade?: (tx: Transaction) => Promise<void>;
}

type Fila = Record<string, unknown>;
const leer = (tx: Transaction, tabla: string) => tx.table(tabla).toArray() as Promise<Fila[]>;

async function reemplazar(tx: Transaction, tabla: string, filas: Fila[]): Promise<void> {
  await tx.table(tabla).clear();
  await tx.table(tabla).bulkAdd(filas);
}

/** An index list without some of its indexes (a version that drops them names them in `quita` too). */
function sinIndices(indices: string, quitar: readonly string[]): string {
  return indices
    .split(',')
    .map((i) => i.trim())
    .filter((i) => !quitar.includes(i))
    .join(', ');
}

/** The stores and indexes of version 1, as first released. */
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

/** The station a closing made before version 3 is credited to: this PC's, as set in its settings. */
async function estacionDeEstaPc(tx: Transaction): Promise<string> {
  const general = (await tx.table('configuracion').get('general')) as { valor?: { estacion?: unknown } } | undefined;
  return typeof general?.valor?.estacion === 'string' && general.valor.estacion ? general.valor.estacion : 'V1';
}

/**
 * The seed ran before a PC had its station code, so its entry says V1 on every PC (and a PC that incorporated
 * another's captures holds that PC's seed entry too). This PC's own is the one written with its seed mark: it goes in
 * this PC's chain.
 */
async function conSemillaDeEstaPc(tx: Transaction, entradas: Fila[]): Promise<Fila[]> {
  const marca = (await tx.table('configuracion').get('semilla-poa-2026')) as { valor?: unknown } | undefined;
  const momento = typeof marca?.valor === 'string' ? Date.parse(marca.valor) : Number.NaN;
  if (Number.isNaN(momento)) return entradas;
  const distancia = (e: Fila) => Math.abs(Date.parse(String(e.fecha)) - momento);
  const propia = entradas
    .filter((e) => e.accion === 'crear' && e.entidad === 'poa' && e.usuario === 'Sistema' && distancia(e) < 60_000)
    .sort((a, b) => distancia(a) - distancia(b))[0];
  if (!propia) return entradas;
  const estacion = await estacionDeEstaPc(tx);
  return entradas.map((e) => (e === propia ? { ...e, estacion } : e));
}

/** The solicitudes' indexes from version 10 on: each later version that adds one repeats these, as Dexie asks. */
const INDICES_SOLICITUDES_V10 =
  'id, &folio, fechaRecepcion, estatus, personaId, tipoApoyoId, dependenciaId, fechaCompromiso, [anio+estacion], updatedAt, ' +
  'eliminado, [eliminado+fechaRecepcion+folio], [eliminado+folio], [eliminado+fechaCompromiso+folio], ' +
  '[eliminado+estatus+fechaRecepcion+folio], [estatus+fechaCompromiso]';

/** The solicitudes' indexes from version 19 on: version 15's without those no query reads. */
const INDICES_SOLICITUDES_V19 =
  'id, &folio, fechaRecepcion, estatus, personaId, tipoApoyoId, dependenciaId, eliminado, ' +
  '[eliminado+fechaRecepcion+folio], [eliminado+folio], [eliminado+fechaCompromiso+folio], [eliminado+estatus+fechaRecepcion+folio], ' +
  '[estatus+fechaCompromiso], [fechaRecepcion+estatus+eliminado], folioAnterior, huellaImportacion';

/** The apoyos' indexes from version 15 on. */
const INDICES_APOYOS_V15 =
  `${ESQUEMA_V1.apoyos}, [fechaEntrega+estatus+eliminado], programaId, ` +
  'dependenciaId, [eliminado+fechaEntrega], [eliminado+estatus+fechaGestion], [eliminado+fechaGestion], [eliminado+valorEstimado], huellaImportacion';

/** Version 19's apoyos: version 15's without fechaGestion. */
const INDICES_APOYOS_V19 = sinIndices(INDICES_APOYOS_V15, ['fechaGestion']);

/** The eventos' and mesas' indexes from version 17 on: version 11's counting index and version 17's order by date. */
const INDICES_EVENTOS_V17 = `${ESQUEMA_V1.eventos}, [fecha+estatus+eliminado], [eliminado+fecha]`;
const INDICES_MESAS_V17 = `${ESQUEMA_V1.mesas}, [fecha+estatus+eliminado], [eliminado+fecha]`;

/** Version 20's indexes of the kinds it counts by ranges of estatus. */
const INDICES_V20 = {
  apoyos: `${INDICES_APOYOS_V19}, [eliminado+estatus+fechaEntrega]`,
  eventos: `${INDICES_EVENTOS_V17}, [eliminado+estatus+fecha]`,
  mesas: `${INDICES_MESAS_V17}, [eliminado+estatus+fecha]`,
  convenios: `${ESQUEMA_V1.convenios}, [fechaFirma+estatus+eliminado], [eliminado+estatus+fechaFirma]`,
};

/** The counting indexes version 21 drops: the cronograma reads the monthly counts instead (conteosMensuales.ts). */
const QUITA_V21 = {
  solicitudes: ['[fechaRecepcion+estatus+eliminado]'],
  apoyos: ['[fechaEntrega+estatus+eliminado]', '[eliminado+estatus+fechaEntrega]'],
  eventos: ['[fecha+estatus+eliminado]', '[eliminado+estatus+fecha]'],
  mesas: ['[fecha+estatus+eliminado]', '[eliminado+estatus+fecha]'],
  convenios: ['[fechaFirma+estatus+eliminado]', '[eliminado+estatus+fechaFirma]'],
} as const;

export const MIGRACIONES: readonly Migracion[] = [
  { version: 1, stores: ESQUEMA_V1 },
  {
    // POA states and reconducciones; every POA takes the id of its year and every activity that of its year and
    // número, so PCs that created the same year's POA on their own hold one after exchanging captures.
    version: 2,
    stores: { reconducciones: 'id, poaId, actividadId, anio' },
    upgrade: async (tx) => {
      const unificadas = unificarIdentidades({
        poas: (await leer(tx, 'poas')).map((p) => ({ estado: 'borrador', autorizacion: null, cierre: null, ...p })),
        actividades: (await leer(tx, 'actividades')).map((a) => ({ inicial: null, ...a })),
        ajustes: await leer(tx, 'ajustes'),
        justificaciones: await leer(tx, 'justificaciones'),
        reconducciones: [],
      });
      for (const t of ['poas', 'actividades', 'ajustes', 'justificaciones'] as const) await reemplazar(tx, t, unificadas[t]);
    },
  },
  {
    // Period closings become records like the others (station, createdAt/updatedAt, soft delete).
    version: 3,
    stores: {},
    upgrade: async (tx) => {
      const estacion = await estacionDeEstaPc(tx);
      await reemplazar(tx, 'cierres', (await leer(tx, 'cierres')).map((c) => cierreConCamposDeRegistro(c, estacion)));
    },
  },
  {
    // Staff accounts (a user name is unique), and a bitácora that names the account and is sealed as a chain per
    // station: the entries written before are sealed in order of date, as made by nobody signed in.
    version: 4,
    stores: {
      cuentas: 'id, &usuario',
      bitacora: 'id, fecha, accion, entidad, entidadId, cuentaId, [estacion+secuencia]',
    },
    upgrade: async (tx) => {
      const leidas = await conSemillaDeEstaPc(tx, await leer(tx, 'bitacora'));
      const entradas = leidas.map((e) => ({ cuentaId: null, ...e }) as unknown as ContenidoBitacora);
      // Hashing is WebCrypto's, outside IndexedDB: waitFor keeps the upgrade's transaction open meanwhile.
      const selladas = await Dexie.waitFor(sellarHistorial(entradas));
      await tx.table('bitacora').bulkPut(selladas);
    },
  },
  {
    // ARCO requests (access, rectification, cancellation, opposition) with their number, date, right and outcome.
    version: 5,
    stores: { solicitudesArco: 'id, folio, personaId, fecha, updatedAt' },
  },
  {
    // One catalogue entry per tipo and name: PCs that each loaded the seed (with ids made at random) and exchanged
    // captures hold «Despensa» twice; the copies become the one every PC keeps and the records follow it.
    version: 6,
    stores: {},
    upgrade: async (tx) => {
      await unirCatalogosDuplicados(tx, { cuentaId: null, usuario: 'Sistema', estacion: await estacionDeEstaPc(tx) });
    },
  },
  {
    // One persona per CURP (PCs that exchanged captures before personas were matched by CURP hold her twice), merged
    // personas indexed by the one they became, and text stored before control characters were refused repaired so
    // that editing it does not refuse.
    version: 7,
    stores: { personas: 'id, curp, nombreNormalizado, *palabras, colonia, updatedAt, unidaCon' },
    upgrade: async (tx) => {
      const autor = { cuentaId: null, usuario: 'Sistema', estacion: await estacionDeEstaPc(tx) };
      await limpiarTextosGuardados(tx, autor);
      await unirPersonasDuplicadas(tx, autor);
    },
  },
  {
    // Exchange between PCs by packages: per other station and record, the newest version received from it and sent
    // to it (`intercambio`); the versions of a record changed at both PCs, kept until the jefe chooses
    // (`conflictos`); and the packages written and incorporated (`paquetes`).
    version: 8,
    stores: {
      intercambio: '[estacion+tabla+id]',
      conflictos: 'id, [tabla+registroId], estado',
      paquetes: 'id, [sentido+otra], fecha',
    },
  },
  {
    // Where a restore puts the checked rows of its file, chunk by chunk, before they replace the data in one
    // transaction that also empties it.
    version: 9,
    stores: { preparacion: '++orden' },
  },
  {
    // The Atención Ciudadana list asks for one page at a time: each order it offers is an index of the live
    // solicitudes (with the folio breaking ties), and the overdue ones are a range per open status.
    version: 10,
    stores: {
      solicitudes: INDICES_SOLICITUDES_V10,
    },
  },
  {
    // Counting without loading: each kind the cronograma counts by index gets the compound index of the fields its
    // `cuentaEn` reads (then the descriptors' `claveConteo`), so a year's figures are key-only reads. A record whose date is null is left
    // out of the index, and such a record never counts.
    version: 11,
    stores: {
      solicitudes: `${INDICES_SOLICITUDES_V10}, [fechaRecepcion+estatus+eliminado]`,
      apoyos: `${ESQUEMA_V1.apoyos}, [fechaEntrega+estatus+eliminado]`,
      eventos: `${ESQUEMA_V1.eventos}, [fecha+estatus+eliminado]`,
      mesas: `${ESQUEMA_V1.mesas}, [fecha+estatus+eliminado]`,
      convenios: `${ESQUEMA_V1.convenios}, [fechaFirma+estatus+eliminado]`,
    },
  },
  {
    // A programa social gestionado lists its beneficiaries: each one is an apoyo that names the programa
    // (`programaId`, an evento of tipo «programa»), so it enters the padrón as every apoyo does.
    version: 12,
    stores: {
      apoyos: `${ESQUEMA_V1.apoyos}, [fechaEntrega+estatus+eliminado], programaId`,
    },
  },
  {
    // The apoyos list asks for one page at a time (paginaApoyos.ts). Live apoyos by the date that places them: the
    // delivered by their entrega, the others by their gestión within their status (the workflow keeps a fecha de
    // entrega only on a delivered apoyo); by gestión and by value; by dependencia for the search of its name; and the
    // personas by colonia and localidad for the search of where they live. Version 12 (programa beneficiaries) adds
    // `programaId`, repeated here as Dexie asks.
    version: 13,
    stores: {
      apoyos:
        `${ESQUEMA_V1.apoyos}, [fechaEntrega+estatus+eliminado], programaId, ` +
        'dependenciaId, [eliminado+fechaEntrega], [eliminado+estatus+fechaGestion], [eliminado+fechaGestion], [eliminado+valorEstimado]',
      personas: 'id, curp, nombreNormalizado, *palabras, colonia, updatedAt, unidaCon, [colonia+localidad]',
    },
  },
  {
    // Solicitudes and apoyos imported from the office's spreadsheets keep the fingerprint of their row, so importing
    // the same file again adds nothing; a solicitud keeps the folio the spreadsheet gave it, searchable from the list.
    version: 15,
    stores: {
      solicitudes: `${INDICES_SOLICITUDES_V10}, [fechaRecepcion+estatus+eliminado], folioAnterior, huellaImportacion`,
      apoyos: INDICES_APOYOS_V15,
    },
  },
  {
    // Evidence files: what is attached to each record (by kind and id, live ones first), and, in the browser build,
    // the files' bytes by their SHA-256.
    version: 16,
    stores: {
      evidencias: 'id, [registroTipo+registroId], [registroTipo+eliminado], sha256, updatedAt',
      archivosEvidencia: 'sha256',
    },
  },
  {
    // The lists of jornadas, talleres y programas and mesas ask for one page at a time (paginaPorFecha.ts): the live
    // records by their date. Version 11's counting indexes are repeated, as Dexie asks.
    version: 17,
    stores: {
      jornadas: `${ESQUEMA_V1.jornadas}, [eliminado+fecha]`,
      eventos: INDICES_EVENTOS_V17,
      mesas: INDICES_MESAS_V17,
    },
  },
  {
    // The Atención Ciudadana list's text and colonia filters ask for solicitudes by their citizen's words and colonia
    // (busquedaSolicitudes.ts): a row per solicitud, written from the solicitudes and personas already stored.
    version: 18,
    stores: { [TABLA_BUSQUEDA]: INDICES_BUSQUEDA },
    upgrade: async (tx) => {
      const personas = await leer(tx, 'personas');
      const solicitudes = await leer(tx, 'solicitudes');
      await tx.table(TABLA_BUSQUEDA).bulkPut(filasDeBusqueda(solicitudes, personas));
    },
  },
  {
    // Indexes no query reads any more, dropped: each costs on every save and on every row a restore writes (about
    // 2 s per 100,000 solicitudes). The solicitudes' fechaCompromiso (the overdue ones are ranges of
    // [estatus+fechaCompromiso]), [anio+estacion] and updatedAt (packages walk the primary key); the seguimientos'
    // fecha (read by their solicitud); the personas' updatedAt; the apoyos' fechaGestion (the list orders by
    // [eliminado+fechaGestion]).
    version: 19,
    quita: {
      solicitudes: ['fechaCompromiso', '[anio+estacion]', 'updatedAt'],
      seguimientos: ['fecha'],
      personas: ['updatedAt'],
      apoyos: ['fechaGestion'],
    },
    stores: {
      solicitudes: INDICES_SOLICITUDES_V19,
      seguimientos: 'id, solicitudId',
      personas: 'id, curp, nombreNormalizado, *palabras, colonia, unidaCon, [colonia+localidad]',
      apoyos: INDICES_APOYOS_V19,
    },
  },
  {
    // The cronograma counts apoyos, eventos, mesas and convenios as it counts the solicitudes: a month's records of one
    // estatus are one range of an index that begins with eliminado, estatus and the date that places them
    // (then the descriptors' `indiceGrupos`), which IndexedDB counts without handing out a key. Reading a year's keys one by one took
    // 80 ms for the 2,550 apoyos delivered in a year.
    version: 20,
    stores: INDICES_V20,
  },
  {
    // The cronograma reads how many records of each kind count in each month (conteosMensuales.ts), kept by a
    // middleware in the same transaction as every write: at ten years the 132 range counts of a year took 298 ms,
    // against 181 ms at one, as every entry walked costs more in a bigger database. Written here from the records
    // already stored; the counting indexes no query reads any more go, each a cost on every save and restore.
    version: 21,
    quita: QUITA_V21,
    stores: {
      [TABLA_CONTEOS]: INDICES_CONTEOS,
      solicitudes: sinIndices(INDICES_SOLICITUDES_V19, QUITA_V21.solicitudes),
      apoyos: sinIndices(INDICES_V20.apoyos, QUITA_V21.apoyos),
      eventos: sinIndices(INDICES_V20.eventos, QUITA_V21.eventos),
      mesas: sinIndices(INDICES_V20.mesas, QUITA_V21.mesas),
      convenios: sinIndices(INDICES_V20.convenios, QUITA_V21.convenios),
    },
    upgrade: async (tx) => {
      const contador = new ContadorMensual();
      for (const tabla of TABLAS_CONTADAS) await tx.table(tabla).each((r: Fila) => contador.sumar(tabla, r));
      await tx.table(TABLA_CONTEOS).bulkPut(contador.filas());
    },
  },
];
