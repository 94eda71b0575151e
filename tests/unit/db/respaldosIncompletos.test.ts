import 'fake-indexeddb/auto';
import { respaldoPlano } from './respaldoPrueba';
import { beforeEach, describe, expect, it } from 'vitest';
import { BaseDatosPoa } from '../../../renderer/src/db/db';
import { sembrarSiHaceFalta } from '../../../renderer/src/db/semilla';
import { conSesion } from './sesionPrueba';

import { incorporarArchivo, restaurarArchivo } from '../../../renderer/src/db/respaldoBloqueado';
import { ErrorValidacion } from '../../../renderer/src/db/errores';
import { TABLAS_RESPALDO, VERSION_RESPALDO, validarRespaldo } from '../../../shared/schemas/respaldo';
import { TAMANO_MAXIMO_RESPALDO } from '../../../shared/ipc/limites';
import { cifrar } from '../../../shared/seguridad/cifrado';
import { utf8 } from '../../../shared/seguridad/bytes';
import { CONFIGURACION_POR_DEFECTO, guardarConfiguracion } from '../../../renderer/src/db/repositorios/configuracion';

let n = 0;
let db: BaseDatosPoa;
/** A backup made by the app, as text, and parsed to be spoiled by each case. */
let respaldo: string;
const archivo = () => JSON.parse(respaldo) as { version: number; fecha: string; tablas: Record<string, Record<string, unknown>[]> };

beforeEach(async () => {
  db = new BaseDatosPoa(`prueba-respaldos-incompletos-${++n}`);
  await sembrarSiHaceFalta(db);
  await conSesion(db);
  await guardarConfiguracion(db, { ...CONFIGURACION_POR_DEFECTO, municipio: 'San Pedro Garza' });
  respaldo = await respaldoPlano(db);
});

/** Every table of the database, to compare before and after. */
async function todo(base: BaseDatosPoa): Promise<Record<string, unknown[]>> {
  const tablas: Record<string, unknown[]> = {};
  for (const t of TABLAS_RESPALDO) tablas[t] = await base.table(t).toArray();
  return tablas;
}

async function mensajeDe(p: Promise<unknown>): Promise<string> {
  try {
    await p;
  } catch (e) {
    if (e instanceof ErrorValidacion) return Object.values(e.errores)[0];
    throw e;
  }
  throw new Error('se esperaba que el archivo se rechazara');
}

const texto = (v: unknown) => utf8(typeof v === 'string' ? v : JSON.stringify(v));
const MANANA_Y_MAS = () => new Date(Date.now() + 25 * 60 * 60 * 1000).toISOString();

/** Each file the app must refuse, with what its message must say. */
const CASOS: { caso: string; bytes: () => Uint8Array | Promise<Uint8Array>; mensaje: string | RegExp }[] = [
  { caso: 'JSON cortado a la mitad', bytes: () => texto(respaldo.slice(0, respaldo.length / 2)), mensaje: 'El archivo está dañado: no es JSON válido' },
  {
    caso: 'JSON de otro programa',
    bytes: () => texto({ name: 'mi-proyecto', version: '1.0.0', dependencies: {} }),
    mensaje: 'El archivo no es un respaldo de POA Gestión Social',
  },
  { caso: 'una lista JSON', bytes: () => texto([1, 2, 3]), mensaje: 'El archivo no es un respaldo de POA Gestión Social' },
  { caso: 'archivo vacío', bytes: () => new Uint8Array(0), mensaje: 'El archivo está vacío: no es un respaldo de POA Gestión Social' },
  { caso: 'sólo espacios', bytes: () => texto('  \n '), mensaje: 'El archivo está vacío: no es un respaldo de POA Gestión Social' },
  {
    caso: 'de una versión más nueva',
    bytes: () => texto({ ...archivo(), version: VERSION_RESPALDO + 1 }),
    mensaje: 'El respaldo es de una versión más nueva de la aplicación',
  },
  {
    caso: 'un registro que no pasa su esquema',
    bytes: () => {
      const a = archivo();
      a.tablas.catalogos[0].tipo = 'inventado';
      return texto(a);
    },
    mensaje: /^Registro 1 de catálogos \(«[^»]+»\) inválido \(campo «Tipo»\): /,
  },
  {
    caso: 'una actividad con la meta negativa',
    bytes: () => {
      const a = archivo();
      a.tablas.actividades[1].metaAnual = -1;
      return texto(a);
    },
    mensaje: /^Registro 2 de actividades \(«[^»]+»\) inválido \(campo «Meta anual»\): Meta anual no puede ser menor que 0$/,
  },
  { caso: 'bytes binarios', bytes: () => new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0xff, 0xfe, 0x00]), mensaje: 'El archivo no es un respaldo de POA Gestión Social' },
  { caso: 'más grande que el límite', bytes: () => new Uint8Array(TAMANO_MAXIMO_RESPALDO + 1), mensaje: 'El archivo pasa del máximo de 512 MB.' },
  {
    caso: 'sin tablas ("tablas": {})',
    bytes: () => texto({ ...archivo(), tablas: {} }),
    mensaje: /^El respaldo está incompleto: le faltan POA, actividades, ajustes manuales, .*, cuentas, solicitudes ARCO, versiones conocidas de otras estaciones, conflictos, paquetes, evidencias, archivos de evidencia$/,
  },
  {
    caso: 'sin una tabla',
    bytes: () => {
      const a = archivo();
      delete a.tablas.catalogos;
      return texto(a);
    },
    mensaje: 'El respaldo está incompleto: le faltan catálogos',
  },
  {
    caso: 'con una tabla desconocida',
    bytes: () => {
      const a = archivo();
      a.tablas.inventario = [];
      return texto(a);
    },
    mensaje: 'El respaldo trae tablas desconocidas: inventario',
  },
  {
    caso: 'un registro modificado en el futuro (año 2999)',
    bytes: () => {
      const a = archivo();
      a.tablas.catalogos[2].updatedAt = '2999-01-01T12:00:00.000Z';
      return texto(a);
    },
    mensaje: /^Registro 3 de catálogos \(«[^»]+»\) inválido \(campo «Fecha de modificación»\): 01\/01\/2999 \d\d:00 es más de un día después de la fecha de esta PC/,
  },
  {
    caso: 'una entrada de bitácora con fecha de mañana y más',
    bytes: () => {
      const a = archivo();
      a.tablas.bitacora[0].fecha = MANANA_Y_MAS();
      return texto(a);
    },
    mensaje: /^Registro 1 de bitácora( \(«[^»]+»\))? inválido \(campo «Fecha»\): .* es más de un día después de la fecha de esta PC/,
  },
  {
    caso: 'la fecha de autorización del POA en el futuro',
    bytes: () => {
      const a = archivo();
      a.tablas.poas[0].autorizacion = { nombre: 'Presidente Municipal', usuario: 'admin', fecha: '2999-06-01T12:00:00.000Z' };
      return texto(a);
    },
    mensaje: /^Registro 1 de POA .*inválido \(campo «.* → Fecha»\): 01\/06\/2999/,
  },
  {
    caso: 'un respaldo fechado en el futuro',
    bytes: () => texto({ ...archivo(), fecha: '2999-01-01T00:00:00.000Z' }),
    mensaje: /^El respaldo tiene fecha del 31\/12\/2998|^El respaldo tiene fecha del 01\/01\/2999/,
  },
  {
    caso: 'una configuración que no pasa su esquema',
    bytes: () => {
      const a = archivo();
      const general = a.tablas.configuracion.find((c) => c.clave === 'general')!;
      general.valor = { ...(general.valor as object), umbralVerde: 'mucho' };
      return texto(a);
    },
    mensaje: /^Registro \d+ de configuración \(«general»\) inválido \(campo «Valor → Umbral verde»\): Umbral verde debe ser un número/,
  },
  {
    caso: 'los sellos de la bitácora alterados',
    bytes: () => {
      const a = archivo();
      a.tablas.configuracion.push({ clave: 'sellos-bitacora', valor: { V1: { secuencia: 0, hash: 'no' } } });
      return texto(a);
    },
    mensaje: /^Registro \d+ de configuración \(«sellos-bitacora»\) inválido \(campo «Valor → V1 → Secuencia»\)/,
  },
  {
    caso: 'una configuración desconocida',
    bytes: () => {
      const a = archivo();
      a.tablas.configuracion.push({ clave: 'servidor', valor: 'http://ejemplo' });
      return texto(a);
    },
    mensaje: /^Registro \d+ de configuración \(«servidor»\) inválido \(campo «Clave»\): esta versión de la aplicación no conoce esa configuración$/,
  },
  {
    caso: 'una copia protegida con contraseña sin tablas',
    bytes: () => cifrar(texto({ ...archivo(), tablas: {} }), 'Contraseña de la copia 2026', 1000),
    mensaje: /^El respaldo está incompleto: le faltan POA/,
  },
];

const OPERACIONES = [
  { nombre: 'Restaurar', hacer: (b: Uint8Array, c: string | null) => restaurarArchivo(db, b, c) },
  { nombre: 'Incorporar', hacer: (b: Uint8Array, c: string | null) => incorporarArchivo(db, b, c) },
];

describe.each(OPERACIONES)('«$nombre» rechaza un archivo incompleto o dañado sin cambiar nada', ({ hacer }) => {
  it.each(CASOS)('$caso', async ({ bytes, mensaje }) => {
    const contenido = await bytes();
    const antes = await todo(db);
    const dicho = await mensajeDe(hacer(contenido, 'Contraseña de la copia 2026'));
    if (typeof mensaje === 'string') expect(dicho).toBe(mensaje);
    else expect(dicho).toMatch(mensaje);
    expect(await todo(db)).toEqual(antes);
  });
});

describe('el motivo dice qué registro y qué campo', () => {
  it('una persona se nombra por su nombre completo, una solicitud por su folio', () => {
    const a = archivo();
    a.tablas.personas = [{ nombres: ' Ana ', apellidoPaterno: 'López', apellidoMaterno: 'Ruiz', curp: 'NO-ES-CURP' }];
    const persona = validarRespaldo(JSON.stringify(a));
    expect(persona.valido === false && persona.mensaje).toMatch(/^Registro 1 de personas \(«Ana López Ruiz»\) inválido \(campo «[^»]+»\): /);
    a.tablas.personas = [];
    a.tablas.solicitudes = [{ folio: 'V1-2026-00007', descripcion: 5 }];
    const solicitud = validarRespaldo(JSON.stringify(a));
    expect(solicitud.valido === false && solicitud.mensaje).toMatch(/^Registro 1 de solicitudes \(folio «V1-2026-00007»\) inválido \(campo «[^»]+»\): /);
  });
});

describe('lo que se guarda es lo validado', () => {
  it('un respaldo hecho por la aplicación se restaura con el texto recortado y sin campos desconocidos', async () => {
    const a = archivo();
    const catalogo = a.tablas.catalogos[0];
    catalogo.nombre = `   ${String(catalogo.nombre)}   `;
    catalogo.colorFavorito = 'rojo';
    const general = a.tablas.configuracion.find((c) => c.clave === 'general')!;
    general.valor = { ...(general.valor as object), municipio: '  San Pedro  ', servidorRemoto: 'http://ejemplo' };
    const validado = validarRespaldo(JSON.stringify(a));
    if (!validado.valido) throw new Error(validado.mensaje);

    await restaurarArchivo(db, texto(a), null);

    const guardado = await db.catalogos.get(catalogo.id as string);
    expect(guardado?.nombre).toBe(String(catalogo.nombre).trim());
    expect(guardado).not.toHaveProperty('colorFavorito');
    const config = await db.configuracion.get('general');
    expect(config?.valor).toMatchObject({ municipio: 'San Pedro' });
    expect(config?.valor).not.toHaveProperty('servidorRemoto');
    // Every restored table holds the checked rows (the bitácora keeps this PC's entries and adds the file's).
    for (const t of TABLAS_RESPALDO) {
      if (t === 'bitacora' || t === 'configuracion') continue;
      expect(await db.table(t).toArray(), t).toEqual(validado.respaldo.tablas[t]);
    }
  });

  it('un registro incorporado de otra PC se guarda recortado y sin campos desconocidos', async () => {
    const a = archivo();
    const nuevo = { ...a.tablas.catalogos[0], id: crypto.randomUUID(), nombre: '  Colonia Nueva  ', tipo: 'colonia', extra: 1 };
    a.tablas.catalogos.push(nuevo);
    await incorporarArchivo(db, texto(a), null);
    const guardado = await db.catalogos.get(nuevo.id);
    expect(guardado?.nombre).toBe('Colonia Nueva');
    expect(guardado).not.toHaveProperty('extra');
  });

  it('una fecha de menos de un día adelante (zona horaria, reloj un poco adelantado) se acepta', async () => {
    const a = archivo();
    a.tablas.catalogos[0].updatedAt = new Date(Date.now() + 23 * 60 * 60 * 1000).toISOString();
    const r = await incorporarArchivo(db, texto(a), null);
    expect(r.actualizados).toBe(1);
  });
});
