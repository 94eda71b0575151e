import 'fake-indexeddb/auto';
import { instantanea } from './respaldoPrueba';
import { beforeAll, describe, expect, it } from 'vitest';
import type { BaseDatosPoa } from '../../../renderer/src/db/db';
import { agregarAjuste, eliminarAjuste, guardarJustificacion, guardarMetasProgramadas } from '../../../renderer/src/db/repositorios/ajustes';
import { autorizarPoa, cerrarPoa, crearPoa, reabrirPoa } from '../../../renderer/src/db/repositorios/anioPoa';
import { eliminarApoyo } from '../../../renderer/src/db/repositorios/apoyos';
import { listarBitacoraReciente, verificarIntegridad } from '../../../renderer/src/db/repositorios/bitacora';
import { agregarAlCatalogo, cambiarActivoCatalogo } from '../../../renderer/src/db/repositorios/catalogos';
import { cerrarPeriodo, reabrirPeriodo } from '../../../renderer/src/db/repositorios/cierres';
import { guardarConfiguracion, obtenerConfiguracion } from '../../../renderer/src/db/repositorios/configuracion';
import { cambiarActivaCuenta, crearCuenta, editarCuenta, listarCuentas, restablecerContrasena } from '../../../renderer/src/db/repositorios/cuentas';
import { eliminarEvento } from '../../../renderer/src/db/repositorios/eventos';
import { eliminarJornada } from '../../../renderer/src/db/repositorios/jornadas';
import { expedientePersona } from '../../../renderer/src/db/repositorios/personas';
import { mantenerSeparadas, posiblesDuplicados, unirPersonas } from '../../../renderer/src/db/repositorios/unionPersonas';
import { listarSolicitudesArco, registrarSolicitudArco } from '../../../renderer/src/db/repositorios/arco';
import { eliminarActividad, guardarActividad, guardarEncabezado, listarActividades } from '../../../renderer/src/db/repositorios/poa';
import { registrarReconduccion } from '../../../renderer/src/db/repositorios/reconducciones';
import { cargarDatosLibro, registrarExportacionLibro, registrarImpresionHoja } from '../../../renderer/src/db/repositorios/reportes';
import { eliminarSolicitud } from '../../../renderer/src/db/repositorios/solicitudes';
import { eliminarAcuerdo, eliminarConvenio, eliminarMesa } from '../../../renderer/src/db/repositorios/vinculacion';
import { fusionarRespaldo, restaurarRespaldo } from '../../../renderer/src/db/respaldos';
import { CLAVE_SELLOS } from '../../../renderer/src/db/sellosBitacora';
import { cerrarSesion, continuarSesion, exigirPermiso, sesionActual } from '../../../renderer/src/db/sesion';
import { idPoa } from '../../../shared/domain/identidad';
import { escribirPaquete, incorporarPaquete, verPaquete } from '../../../renderer/src/db/paquetes';
import { listarConflictos, resolverConflicto } from '../../../renderer/src/db/repositorios/conflictos';
import { simularImportacion } from '../../../renderer/src/db/repositorios/importacion';
import { ACCIONES, PermisoDenegado, PERMISOS, puede, quienPuede, type Accion, type Rol } from '../../../shared/seguridad/permisos';
import { TABLAS_RESPALDO } from '../../../shared/schemas/respaldo';
import { baseConTodo, tablasDe, type Fila } from './baseConTodo';
import { agregarCuenta, conSesion } from './sesionPrueba';
import { copiaDeRespaldo } from '../../../renderer/src/db/respaldoBloqueado';

/**
 * Every repository operation a capturista may not do, called with a capturista signed in: each is refused with the
 * Spanish message of who can, nothing changes in any table, and each refusal is in the bitácora. The permission
 * table (shared/seguridad/permisos) is the one source: the test fails if an action beyond a capturista has no
 * operation here, or an operation here is one a capturista may do.
 */

interface Operacion {
  nombre: string;
  accion: Accion;
  llamar: (db: BaseDatosPoa) => Promise<unknown>;
}

/** Every action a capturista may not do has its operations below. */
const SIN_OPERACION_AUN: readonly Accion[] = [];

let db: BaseDatosPoa;
let ids: Record<string, string>;
let respaldo: Uint8Array;

const primero = async (tabla: string) => String(((await db.table(tabla).toArray()) as Fila[])[0].id);

beforeAll(async () => {
  db = await baseConTodo('prueba-permisos');
  const poa = idPoa(2026);
  const [a1] = await listarActividades(db, poa);
  ids = {
    poa,
    actividad: a1.id,
    solicitud: await primero('solicitudes'),
    apoyo: await primero('apoyos'),
    jornada: await primero('jornadas'),
    evento: await primero('eventos'),
    mesa: await primero('mesas'),
    acuerdo: await primero('acuerdos'),
    convenio: await primero('convenios'),
    ajuste: await primero('ajustes'),
    persona: await primero('personas'),
    // The refusal comes before either persona is read.
    otraPersona: crypto.randomUUID(),
    catalogo: await primero('catalogos'),
  };
  const otra = await agregarCuenta(db, { nombre: 'Jefa de Gestión', rol: 'jefe' });
  ids.cuenta = otra.id;
  respaldo = await instantanea(db);
  await cerrarSesion(db);
});

const motivo = 'Capturado dos veces por error';
const libro = async (base: BaseDatosPoa) => {
  // What a jefe's export would log; the capturista never reaches the data to build it.
  const resumen = { anio: 2026, actividades: 0, solicitudes: 0, apoyos: 0, jornadas: 0, eventos: 0, mesas: 0, convenios: 0, padron: 0 };
  return registrarExportacionLibro(base, { poaId: ids.poa, resumen, destino: 'POA-2026-Gestion-Social.xlsx' });
};

const OPERACIONES: Operacion[] = [
  { nombre: 'eliminar una solicitud', accion: 'eliminar-registros', llamar: (b) => eliminarSolicitud(b, ids.solicitud, motivo) },
  { nombre: 'eliminar un apoyo', accion: 'eliminar-registros', llamar: (b) => eliminarApoyo(b, ids.apoyo, motivo) },
  { nombre: 'eliminar una jornada', accion: 'eliminar-registros', llamar: (b) => eliminarJornada(b, ids.jornada, motivo) },
  { nombre: 'eliminar un taller', accion: 'eliminar-registros', llamar: (b) => eliminarEvento(b, ids.evento, motivo) },
  { nombre: 'eliminar una mesa', accion: 'eliminar-registros', llamar: (b) => eliminarMesa(b, ids.mesa, motivo) },
  { nombre: 'eliminar un acuerdo', accion: 'eliminar-registros', llamar: (b) => eliminarAcuerdo(b, ids.acuerdo, motivo) },
  { nombre: 'eliminar un convenio', accion: 'eliminar-registros', llamar: (b) => eliminarConvenio(b, ids.convenio, motivo) },
  {
    nombre: 'agregar un ajuste manual',
    accion: 'ajustes-manuales',
    llamar: (b) => agregarAjuste(b, { actividadId: ids.actividad, anio: 2026, mes: 4, cantidad: 1, motivo: 'Atención fuera del sistema' }),
  },
  { nombre: 'retirar un ajuste manual', accion: 'ajustes-manuales', llamar: (b) => eliminarAjuste(b, ids.ajuste) },
  {
    nombre: 'justificar un periodo',
    accion: 'justificaciones',
    llamar: (b) => guardarJustificacion(b, { actividadId: ids.actividad, anio: 2026, tipoPeriodo: 'mes', numero: 4, texto: 'Lluvias intensas' }),
  },
  { nombre: 'cerrar un mes', accion: 'cerrar-periodos', llamar: (b) => cerrarPeriodo(b, { anio: 2026, tipo: 'mes', numero: 2 }, new Date(2026, 2, 3)) },
  { nombre: 'cerrar el POA', accion: 'cerrar-periodos', llamar: (b) => cerrarPoa(b, ids.poa) },
  { nombre: 'reabrir un mes', accion: 'reabrir-periodos', llamar: (b) => reabrirPeriodo(b, { anio: 2026, tipo: 'mes', numero: 1, motivo: 'Faltó una solicitud' }) },
  { nombre: 'reabrir el POA', accion: 'reabrir-periodos', llamar: (b) => reabrirPoa(b, ids.poa, { motivo: 'Faltó capturar diciembre' }) },
  {
    nombre: 'crear un POA',
    accion: 'crear-poa',
    llamar: (b) => crearPoa(b, { anio: 2027, desde: 2026, metas: { 1: 90, 2: 90, 3: 90, 4: 90 }, encabezado: null }),
  },
  { nombre: 'autorizar el POA', accion: 'autorizar-poa', llamar: (b) => autorizarPoa(b, ids.poa, { nombre: 'Presidenta Municipal' }) },
  { nombre: 'cambiar el encabezado del POA', accion: 'editar-poa', llamar: async (b) => guardarEncabezado(b, ids.poa, await b.poas.get(ids.poa)) },
  {
    nombre: 'cambiar una actividad',
    accion: 'editar-poa',
    llamar: async (b) => guardarActividad(b, ids.poa, ids.actividad, { ...(await b.actividades.get(ids.actividad)), responsable: 'Otra persona' }),
  },
  { nombre: 'quitar una actividad', accion: 'editar-poa', llamar: (b) => eliminarActividad(b, ids.actividad) },
  {
    nombre: 'cambiar las metas mensuales',
    accion: 'editar-poa',
    llamar: async (b) => {
      const a = (await b.actividades.get(ids.actividad))!;
      return guardarMetasProgramadas(b, ids.actividad, { meses: a.meses, programado: [...a.programado].reverse() });
    },
  },
  {
    nombre: 'registrar una reconducción',
    accion: 'reconducciones',
    llamar: async (b) => {
      const a = (await b.actividades.get(ids.actividad))!;
      return registrarReconduccion(b, {
        actividadId: a.id, metaAnual: a.metaAnual, programado: a.programado, motivo: 'Feria regional en junio', solicito: 'Jefatura', autorizo: 'Cabildo',
      });
    },
  },
  { nombre: 'reunir los datos del libro', accion: 'exportar-libro', llamar: (b) => cargarDatosLibro(b, 2026) },
  { nombre: 'anotar la exportación del libro', accion: 'exportar-libro', llamar: libro },
  {
    nombre: 'imprimir la hoja mensual',
    accion: 'exportar-hojas',
    llamar: (b) => registrarImpresionHoja(b, { poaId: ids.poa, anio: 2026, periodo: { tipo: 'mes', numero: 3 }, modo: 'dialogo' }),
  },
  { nombre: 'empezar a imprimir una hoja', accion: 'exportar-hojas', llamar: (b) => exigirPermiso(b, 'exportar-hojas') },
  { nombre: 'incorporar capturas de otra PC', accion: 'incorporar-capturas', llamar: (b) => fusionarRespaldo(b, respaldo) },
  {
    nombre: 'escribir un paquete para otra PC',
    accion: 'intercambiar-paquetes',
    llamar: (b) => escribirPaquete(b, { destino: 'V7', modo: 'todo', desde: null }, async () => undefined),
  },
  { nombre: 'ver un paquete de otra PC', accion: 'intercambiar-paquetes', llamar: (b) => verPaquete(b, respaldo) },
  { nombre: 'incorporar un paquete de otra PC', accion: 'intercambiar-paquetes', llamar: (b) => incorporarPaquete(b, respaldo) },
  { nombre: 'ver los conflictos entre PCs', accion: 'resolver-conflictos', llamar: (b) => listarConflictos(b) },
  { nombre: 'resolver un conflicto entre PCs', accion: 'resolver-conflictos', llamar: (b) => resolverConflicto(b, 'solicitudes:x:y', 'local') },
  { nombre: 'leer la bitácora', accion: 'ver-bitacora', llamar: (b) => listarBitacoraReciente(b, 100) },
  { nombre: 'verificar la integridad de la bitácora', accion: 'ver-bitacora', llamar: (b) => verificarIntegridad(b) },
  { nombre: 'exportar los datos de una persona', accion: 'exportar-datos-persona', llamar: (b) => expedientePersona(b, ids.persona) },
  { nombre: 'ver los posibles duplicados', accion: 'unir-personas', llamar: (b) => posiblesDuplicados(b) },
  { nombre: 'unir dos personas', accion: 'unir-personas', llamar: (b) => unirPersonas(b, ids.persona, ids.otraPersona) },
  { nombre: 'mantener separadas dos personas', accion: 'unir-personas', llamar: (b) => mantenerSeparadas(b, ids.persona, ids.otraPersona) },
  {
    nombre: 'anonimizar a una persona (ARCO)',
    accion: 'solicitudes-arco',
    llamar: (b) => registrarSolicitudArco(b, ids.persona, { derecho: 'cancelacion', fecha: '2026-03-20', folio: '', notas: '' }),
  },
  { nombre: 'ver las solicitudes ARCO', accion: 'solicitudes-arco', llamar: (b) => listarSolicitudesArco(b) },
  { nombre: 'listar las cuentas', accion: 'gestionar-cuentas', llamar: (b) => listarCuentas(b) },
  {
    nombre: 'crear una cuenta',
    accion: 'gestionar-cuentas',
    llamar: (b) =>
      crearCuenta(b, { nombre: 'Intrusa', cargo: 'Nadie', usuario: 'intrusa', rol: 'administrador', contrasena: 'Administradora 1', confirmacion: 'Administradora 1' }),
  },
  { nombre: 'darse el rol de administrador', accion: 'gestionar-cuentas', llamar: (b) => editarCuenta(b, ids.cuenta, { nombre: 'Jefa', cargo: 'Jefa', rol: 'administrador' }) },
  { nombre: 'desactivar una cuenta', accion: 'gestionar-cuentas', llamar: (b) => cambiarActivaCuenta(b, ids.cuenta, false) },
  {
    nombre: 'restablecer una contraseña',
    accion: 'gestionar-cuentas',
    llamar: (b) => restablecerContrasena(b, ids.cuenta, { contrasena: 'Otra clave 2026', confirmacion: 'Otra clave 2026' }),
  },
  { nombre: 'cambiar la configuración', accion: 'configuracion', llamar: async (b) => guardarConfiguracion(b, { ...(await obtenerConfiguracion(b)), estacion: 'V9' }) },
  { nombre: 'agregar al catálogo', accion: 'catalogos', llamar: (b) => agregarAlCatalogo(b, { tipo: 'dependencia', nombre: 'Dependencia nueva' }) },
  { nombre: 'desactivar un elemento del catálogo', accion: 'catalogos', llamar: (b) => cambiarActivoCatalogo(b, ids.catalogo, false) },
  { nombre: 'restaurar un respaldo', accion: 'restaurar-respaldo', llamar: (b) => restaurarRespaldo(b, respaldo) },
  { nombre: 'sacar una copia sin contraseña', accion: 'copiar-respaldo-sin-contrasena', llamar: (b) => copiaDeRespaldo(b, null) },
  {
    nombre: 'importar desde Excel o CSV',
    accion: 'importar-registros',
    llamar: (b) =>
      simularImportacion(b, { archivo: 'a.csv', hoja: { nombre: 'a', encabezados: [], filas: [] }, tipo: 'solicitud', mapeo: [], ordenNombre: 'nombres-primero', resoluciones: {} }),
  },
];

async function refusal(op: Operacion): Promise<PermisoDenegado> {
  try {
    await op.llamar(db);
  } catch (e) {
    if (e instanceof PermisoDenegado) return e;
    throw e;
  }
  throw new Error(`${op.nombre}: se esperaba que se negara`);
}

/** Everything but the bitácora and its seals (db/sellosBitacora), which move with every entry, refusals included. */
const sinBitacora = (tablas: Record<string, Fila[]>) =>
  Object.fromEntries(
    Object.entries(tablas)
      .filter(([t]) => t !== 'bitacora')
      .map(([t, filas]) => [t, t === 'configuracion' ? filas.filter((f) => f.clave !== CLAVE_SELLOS) : filas]),
  );

describe('permisos en la capa de datos', () => {
  it('la lista cubre cada acción que un capturista no puede hacer, y sólo ésas', () => {
    const prohibidas = ACCIONES.filter((a) => !puede('capturista', a) && !SIN_OPERACION_AUN.includes(a));
    expect([...new Set(OPERACIONES.map((o) => o.accion))].sort()).toEqual([...prohibidas].sort());
    for (const o of OPERACIONES) expect(puede('capturista', o.accion), o.nombre).toBe(false);
  });

  for (const [rol, quien] of [
    ['capturista', 'una capturista'],
    ['jefe', 'un jefe, en lo que es sólo de un administrador'],
  ] as [Rol, string][]) {
    it(`con ${quien} cada operación prohibida se niega en español, no cambia nada y queda en la bitácora`, async () => {
      const sesion = await conSesion(db, { nombre: `Cuenta ${rol}`, rol });
      const prohibidas = OPERACIONES.filter((o) => !puede(rol, o.accion));
      expect(prohibidas.length).toBeGreaterThan(rol === 'capturista' ? 30 : 8);
      const antes = await tablasDe(db);
      for (const op of prohibidas) {
        const previas = await db.bitacora.count();
        const e = await refusal(op);
        expect(e.message, op.nombre).toBe(quienPuede(op.accion));
        expect(e.message).toMatch(/^Solo un (jefe o un )?administrador puede /);
        const nuevas = (await db.bitacora.orderBy('fecha').toArray()).slice(previas);
        expect(nuevas.map((n) => [n.accion, n.entidadId, n.cuentaId, n.usuario]), op.nombre).toEqual([['permiso-denegado', op.accion, sesion.cuentaId, `Cuenta ${rol}`]]);
        expect(nuevas[0].resumen).toBe(`Cuenta ${rol} (${rol}) intentó ${PERMISOS[op.accion].texto}: no se permitió. ${quienPuede(op.accion)}`);
      }
      const despues = await tablasDe(db);
      expect(sinBitacora(despues)).toEqual(sinBitacora(antes));
      // The bitácora only grew, by one refusal per operation.
      expect(despues.bitacora.length).toBe(antes.bitacora.length + prohibidas.length);
      expect(despues.bitacora.filter((e) => !antes.bitacora.some((a) => a.id === e.id)).every((e) => e.accion === 'permiso-denegado')).toBe(true);
      expect((await verificarIntegridadComo(db)).every((r) => r.estado === 'intacta')).toBe(true);
      await cerrarSesion(db);
    });
  }

  it('sin nadie que haya iniciado sesión, nada se escribe y el intento queda anotado', async () => {
    const e = await refusal(OPERACIONES.find((o) => o.nombre === 'eliminar una solicitud')!);
    expect(e.message).toBe('Inicie sesión para eliminar registros.');
    const ultima = await db.bitacora.orderBy('fecha').last();
    expect(ultima).toMatchObject({ accion: 'permiso-denegado', cuentaId: null, usuario: 'Sin sesión', entidadId: 'eliminar-registros' });
    expect((await db.solicitudes.get(ids.solicitud))!.eliminado).toBe(0);
  });

  it('una capturista agrega a su catálogo la colonia que encontró en la ventanilla, y queda en la bitácora; otra dependencia, no', async () => {
    await conSesion(db, { nombre: 'Ventanilla', rol: 'capturista' });
    const colonia = await agregarAlCatalogo(db, { tipo: 'colonia', nombre: 'Lomas del Sur' });
    expect((await db.catalogos.get(colonia.id))!.nombre).toBe('Lomas del Sur');
    expect((await db.bitacora.orderBy('fecha').last())!.resumen).toBe('Catálogo colonia: se agregó «Lomas del Sur»');
    await expect(agregarAlCatalogo(db, { tipo: 'dependencia', nombre: 'Otra dependencia' })).rejects.toThrow('Solo un administrador puede modificar los catálogos.');
    await cerrarSesion(db);
  });

  it('el administrador sí puede, y con él las tablas del respaldo siguen completas', async () => {
    await conSesion(db, { nombre: 'Administración', rol: 'administrador' });
    await eliminarSolicitud(db, ids.solicitud, motivo);
    expect((await db.solicitudes.get(ids.solicitud))!.eliminado).toBe(1);
    expect(Object.keys(await tablasDe(db)).sort()).toEqual([...TABLAS_RESPALDO].sort());
    await cerrarSesion(db);
  });
});

/** The check of the chain itself needs a role that may read the bitácora; the signed-in account comes back after. */
async function verificarIntegridadComo(base: BaseDatosPoa) {
  const actual = sesionActual(base);
  await conSesion(base, { nombre: 'Auditoría', rol: 'jefe' });
  const r = await verificarIntegridad(base);
  if (actual) await continuarSesion(base, actual.cuentaId);
  return r;
}
