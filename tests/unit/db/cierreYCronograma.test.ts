import 'fake-indexeddb/auto';
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { BaseDatosPoa } from '../../../renderer/src/db/db';
import { ErrorValidacion } from '../../../renderer/src/db/errores';
import { crearApoyo, editarApoyo, eliminarApoyo } from '../../../renderer/src/db/repositorios/apoyos';
import { crearEvento, editarEvento, eliminarEvento } from '../../../renderer/src/db/repositorios/eventos';
import { crearJornada, editarJornada, eliminarJornada } from '../../../renderer/src/db/repositorios/jornadas';
import { guardarPersona } from '../../../renderer/src/db/repositorios/personas';
import { listarActividades } from '../../../renderer/src/db/repositorios/poa';
import { cambiarEstatus, crearSolicitud, eliminarSolicitud } from '../../../renderer/src/db/repositorios/solicitudes';
import { crearConvenio, crearMesa, editarConvenio, editarMesa, eliminarConvenio, eliminarMesa } from '../../../renderer/src/db/repositorios/vinculacion';
import { sembrarSiHaceFalta } from '../../../renderer/src/db/semilla';
import { conSesion } from './sesionPrueba';
import { cargarRegistrosDelAnio } from '../../../renderer/src/db/repositorios/cronograma';
import { REGISTROS_VACIOS, type RegistrosConteo } from '../../../shared/domain/conteo';
import { calcularCronograma, logrosDeActividadEnMes } from '../../../shared/domain/cronograma';
import { idPoa } from '../../../shared/domain/identidad';
import { REGISTROS, type TipoRegistro } from '../../../shared/registros';
import { ESTATUS_CONVENIO_FIRMADO, TIPOS_EVENTO } from '../../../shared/schemas/modulos';
import type { Actividad } from '../../../shared/schemas/poa';
import { catalogo, datosDespensa, personaMaria, registroCierre } from './ayudasSolicitudes';

/**
 * The closed-period guard of the repositories and the cronograma read the same `cuentaEn`, so they agree: a change is
 * refused exactly when it would change what the cronograma counts in a closed month (its count or the dates its
 * drill-down lists), and what the repository stores is found again by the year loader in the month it predicted.
 */

/** The months the records are dated in and one of which may be closed: across a turn of the year. */
const MESES = [
  [2025, 12],
  [2026, 1],
  [2026, 2],
  [2026, 3],
] as const;
type Mes = (typeof MESES)[number];
const dos = (n: number) => String(n).padStart(2, '0');
const fechaArb = fc.tuple(fc.constantFrom(...MESES), fc.integer({ min: 1, max: 28 })).map(([[a, m], d]) => `${a}-${dos(m)}-${dos(d)}`);
const cierreArb = fc.option(fc.constantFrom(...MESES), { nil: null });

let db: BaseDatosPoa;
let actividades: Actividad[];
let c: Awaited<ReturnType<typeof catalogo>>;
let personaId: string;
let original: string;
let numero = 0;

beforeAll(async () => {
  db = new BaseDatosPoa('prueba-cierre-y-cronograma');
  await sembrarSiHaceFalta(db);
  await conSesion(db);
  c = await catalogo(db);
  personaId = (await guardarPersona(db, null, personaMaria())).id;
  actividades = await listarActividades(db, idPoa(2026));
  original = (await crearSolicitud(db, datosSolicitud('2026-01-02'))).id;
});

async function cerrarSolo(mes: Mes | null): Promise<void> {
  await db.cierres.clear();
  if (mes) await db.cierres.add(registroCierre({ id: crypto.randomUUID(), anio: mes[0], tipo: 'mes', numero: mes[1], cerrado: true, fecha: '2026-04-01T00:00:00.000Z', usuario: 'Jefe' }));
}

/** Per month ('2026-02'), the cronograma's drill-down lines of the activities that count something in it. */
function loQueCuenta(registros: RegistrosConteo): Record<string, string[]> {
  const meses: Record<string, string[]> = {};
  for (const anio of [2025, 2026]) {
    const cronograma = calcularCronograma({ anio, actividades, registros, ajustes: [], umbrales: { verde: 90, ambar: 70 }, mesCorte: 12 });
    for (const fila of cronograma.filas) {
      fila.logradoRegistros.forEach((n, i) => {
        if (n === 0) return;
        const lineas = logrosDeActividadEnMes(fila.actividad, registros, anio, i + 1).map((l) => `actividad ${fila.actividad.numero}: ${l.tipo} del ${l.fecha}`);
        expect(lineas).toHaveLength(n);
        (meses[`${anio}-${dos(i + 1)}`] ??= []).push(...lineas);
      });
    }
  }
  return meses;
}

const clave = (mes: Mes) => `${mes[0]}-${dos(mes[1])}`;

/** What the cronograma counts in the closed month with `registro` as the only record of its kind. */
function enCerrado(tipo: TipoRegistro, registro: object, cerrado: Mes | null): string[] {
  return cerrado ? (loQueCuenta({ ...REGISTROS_VACIOS, [REGISTROS[tipo].tabla]: [registro] })[clave(cerrado)] ?? []) : [];
}

/** The stored record as the year loader finds it: counted in the same months as `modelo`, and nowhere else. */
async function esperarEnCronograma(tipo: TipoRegistro, id: string, modelo: object): Promise<void> {
  const tabla = REGISTROS[tipo].tabla;
  const cargados = await Promise.all([2025, 2026].map((anio) => cargarRegistrosDelAnio(db, anio)));
  const propios = cargados.flatMap((r) => (r[tabla] as readonly { id: string }[]).filter((x) => x.id === id));
  expect(loQueCuenta({ ...REGISTROS_VACIOS, [tabla]: propios })).toEqual(loQueCuenta({ ...REGISTROS_VACIOS, [tabla]: [modelo] }));
}

/** Whether the repository refused because of the closed period; any other error fails the test. */
async function rechazado(promesa: Promise<unknown>): Promise<boolean> {
  try {
    await promesa;
    return false;
  } catch (e) {
    if (!(e instanceof ErrorValidacion)) throw e;
    expect(Object.values(e.errores)).toEqual([expect.stringMatching(/^El periodo de \S+ \d{4} está cerrado: /)]);
    return true;
  }
}

interface Guardado {
  id: string;
  eliminado: 0 | 1;
}

/** How a kind is captured, changed and deleted through its repository, and what a capture stores. */
interface Caso<D> {
  tipo: TipoRegistro;
  datos: fc.Arbitrary<D>;
  /** The record a capture stores, as far as counting reads it. */
  nuevo: (datos: D) => object;
  /** The record after the change, as far as counting reads it. */
  cambiado: (anterior: Guardado, datos: D) => object;
  crear: (datos: D) => Promise<{ id: string }>;
  cambiar: (id: string, datos: D) => Promise<unknown>;
  eliminar: (id: string) => Promise<void>;
  leer: (id: string) => Promise<Guardado | undefined>;
}

/** A kind's property, run over random captures, changes and closed months; its data type stays inside. */
function propiedad<D>(caso: Caso<D>) {
  return {
    tipo: caso.tipo,
    comprobar: () => fc.assert(fc.asyncProperty(caso.datos, caso.datos, cierreArb, (a, b, cerrado) => comprobar(caso, a, b, cerrado)), { numRuns: 25 }),
  };
}

/** Modules 2 to 4 store what was captured and change it to what was edited. */
const deModulo = <D extends object>(caso: Omit<Caso<D>, 'nuevo' | 'cambiado'>) =>
  propiedad({
    ...caso,
    nuevo: (datos) => ({ id: 'nuevo', eliminado: 0, ...datos }),
    cambiado: (anterior, datos) => ({ ...anterior, ...datos }),
  });

function datosSolicitud(fecha: string) {
  return {
    fechaRecepcion: `${fecha}T10:30`,
    canal: 'ventanilla',
    personaId,
    tipoApoyoId: c.despensa,
    descripcion: 'Solicita despensa para su familia',
    prioridad: 'media',
    dependenciaId: null,
    responsable: 'Personal de Gestión Social',
    fechaCompromiso: '2026-04-30',
    consentimientoPrivacidad: true,
  };
}

const CASOS = [
  propiedad<{ fecha: string; estatus: (typeof REGISTROS.solicitud.estatus.pasos.recibida)[number] }>({
    tipo: 'solicitud',
    // Captured as Recibida, then one step of its workflow (the change), with what each step asks for.
    datos: fc.record({ fecha: fechaArb, estatus: fc.constantFrom(...REGISTROS.solicitud.estatus.pasos.recibida) }),
    nuevo: ({ fecha }) => ({ id: 'nuevo', folio: 'AC', fechaRecepcion: `${fecha}T10:30`, estatus: 'recibida', eliminado: 0 }),
    cambiado: (anterior, { estatus }) => ({ ...anterior, estatus }),
    crear: ({ fecha }) => crearSolicitud(db, datosSolicitud(fecha)),
    cambiar: (id, { estatus }) =>
      cambiarEstatus(db, id, {
        estatus,
        nota: '',
        numeroOficio: 'OF-DGS-120/2026',
        fechaCanalizacion: '2026-01-20',
        resultado: 'Se atendió en ventanilla',
        duplicadaDeId: estatus === 'duplicada' ? original : null,
      }),
    eliminar: (id) => eliminarSolicitud(db, id, 'Capturada por error'),
    leer: (id) => db.solicitudes.get(id),
  }),
  deModulo({
    tipo: 'apoyo',
    datos: fc.record({ estatus: fc.constantFrom(...REGISTROS.apoyo.estatus.valores), fecha: fechaArb }).map(({ estatus, fecha }) =>
      datosDespensa(personaId, c.despensa, { estatus, fechaGestion: '2025-11-03', fechaEntrega: estatus === 'entregado' ? fecha : null }),
    ),
    crear: (datos) => crearApoyo(db, datos),
    cambiar: (id, datos) => editarApoyo(db, id, datos),
    eliminar: (id) => eliminarApoyo(db, id, 'Capturado por error'),
    leer: (id) => db.apoyos.get(id),
  }),
  deModulo({
    tipo: 'jornada',
    datos: fc.record({ fecha: fechaArb, realizada: fc.boolean() }).map((j) => ({
      ...j,
      nombre: 'Jornada comunitaria en San José',
      colonia: '',
      localidad: 'San José',
      dependencias: ['DIF Municipal'],
      servicios: ['Consulta médica'],
      atendidasMujeres: 20,
      atendidasHombres: 15,
      atendidasOtro: 0,
      edad0a11: 5,
      edad12a17: 5,
      edad18a29: 10,
      edad30a59: 10,
      edad60: 5,
    })),
    crear: (datos) => crearJornada(db, datos),
    cambiar: (id, datos) => editarJornada(db, id, datos),
    eliminar: (id) => eliminarJornada(db, id, 'Capturada por error'),
    leer: (id) => db.jornadas.get(id),
  }),
  deModulo({
    tipo: 'evento',
    datos: fc
      .record({ fecha: fechaArb, tipo: fc.constantFrom(...TIPOS_EVENTO), estatus: fc.constantFrom(...REGISTROS.evento.estatus.valores) })
      .map((e) => ({
        ...e,
        nombre: 'Taller de autoestima',
        tema: '',
        dependenciaId: null,
        facilitador: '',
        fechaFin: null,
        horas: 2,
        sede: '',
        localidad: '',
        poblacionObjetivo: '',
        asistentesMujeres: 10,
        asistentesHombres: 5,
        asistentesOtro: 0,
        edad0a11: 1,
        edad12a17: 2,
        edad18a29: 4,
        edad30a59: 6,
        edad60: 2,
        beneficiarios: 0,
        evidencia: '',
      })),
    crear: (datos) => crearEvento(db, datos),
    cambiar: (id, datos) => editarEvento(db, id, datos),
    eliminar: (id) => eliminarEvento(db, id, 'Capturado por error'),
    leer: (id) => db.eventos.get(id),
  }),
  deModulo({
    tipo: 'mesa',
    datos: fc.record({ fecha: fechaArb, estatus: fc.constantFrom(...REGISTROS.mesa.estatus.valores) }).map((m) => ({
      ...m,
      tema: 'Seguridad alimentaria regional',
      convoca: 'Secretaría de Bienestar',
      sede: '',
      instituciones: ['DIF Municipal'],
      asistentes: 12,
    })),
    crear: (datos) => crearMesa(db, datos),
    cambiar: (id, datos) => editarMesa(db, id, datos),
    eliminar: (id) => eliminarMesa(db, id, 'Capturada por error'),
    leer: (id) => db.mesas.get(id),
  }),
  deModulo({
    tipo: 'convenio',
    // A signed status needs its fecha de firma; the others may have one or not.
    datos: fc
      .record({ estatus: fc.constantFrom(...REGISTROS.convenio.estatus.valores), fecha: fechaArb, conFecha: fc.boolean() })
      .map(({ estatus, fecha, conFecha }) => ({
        tipo: 'colaboracion' as const,
        contraparte: 'Cruz Roja Mexicana',
        sector: 'civil' as const,
        objeto: 'Colaboración en jornadas de salud',
        fechaFirma: conFecha || ESTATUS_CONVENIO_FIRMADO.includes(estatus) ? fecha : null,
        vigenciaInicio: null,
        vigenciaFin: null,
        firmantes: ['Presidente Municipal'],
        responsable: 'Secretaría de Gobierno',
        estatus,
      })),
    // Each capture is a convenio of its own number; its changes keep it.
    crear: (datos) => crearConvenio(db, { ...datos, numero: `CONV-${++numero}/2026` }),
    cambiar: async (id, datos) => editarConvenio(db, id, { ...datos, numero: (await db.convenios.get(id))!.numero }),
    eliminar: (id) => eliminarConvenio(db, id, 'Capturado por error'),
    leer: (id) => db.convenios.get(id),
  }),
];

async function comprobar<D>(caso: Caso<D>, a: D, b: D, cerrado: Mes | null): Promise<void> {
  // Capturing: refused exactly when the cronograma would count the new record in the closed month.
  await cerrarSolo(cerrado);
  const captura = caso.crear(a);
  const capturaRechazada = await rechazado(captura);
  expect(capturaRechazada).toBe(enCerrado(caso.tipo, caso.nuevo(a), cerrado).length > 0);
  let id: string;
  if (capturaRechazada) {
    // Captured while the month is open, to go on with its changes.
    await cerrarSolo(null);
    id = (await caso.crear(a)).id;
    await cerrarSolo(cerrado);
  } else {
    id = (await captura).id;
  }
  let guardado = (await caso.leer(id))!;
  expect(REGISTROS[caso.tipo].schema.safeParse(guardado).success).toBe(true);
  await esperarEnCronograma(caso.tipo, id, caso.nuevo(a));

  // Changing it: refused exactly when the closed month's drill-down would gain, lose or move a line.
  const modelo = caso.cambiado(guardado, b);
  const cambiaElCerrado = JSON.stringify(enCerrado(caso.tipo, guardado, cerrado)) !== JSON.stringify(enCerrado(caso.tipo, modelo, cerrado));
  expect(await rechazado(caso.cambiar(id, b))).toBe(cambiaElCerrado);
  await esperarEnCronograma(caso.tipo, id, cambiaElCerrado ? guardado : modelo);
  guardado = (await caso.leer(id))!;

  // Deleting it: refused exactly when it counts in the closed month; once deleted the cronograma counts it nowhere.
  const cuentaAhora = enCerrado(caso.tipo, guardado, cerrado).length > 0;
  expect(await rechazado(caso.eliminar(id))).toBe(cuentaAhora);
  expect((await caso.leer(id))!.eliminado).toBe(cuentaAhora ? 0 : 1);
  await esperarEnCronograma(caso.tipo, id, cuentaAhora ? guardado : { ...guardado, eliminado: 1 });
}

describe('el cierre de un periodo y el cronograma coinciden en el mes en que cuenta cada registro', () => {
  for (const caso of CASOS) {
    it(`${caso.tipo}: se rechaza capturar, cambiar o eliminar lo que cuenta en un mes cerrado, y sólo eso`, () => caso.comprobar());
  }
});
