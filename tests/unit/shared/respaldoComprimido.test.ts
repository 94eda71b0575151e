import { gunzipSync, gzipSync } from 'node:zlib';
import { beforeAll, describe, expect, it } from 'vitest';
import { ESTACION_PRINCIPAL, generarOficina } from '../../../shared/demo/generador';
import { FORMATO_RESPALDO, TABLAS_RESPALDO, VERSION_RESPALDO, validarRespaldo, type NombreTabla } from '../../../shared/schemas/respaldo';
import {
  conCompresor,
  enTrozos,
  escribirComprimido,
  esComprimido,
  FILAS_POR_LINEA,
  lineas,
  lineasEnBytes,
  VERSION_ARCHIVO,
  type EncabezadoArchivo,
} from '../../../shared/schemas/respaldoComprimido';
import { leerRespaldo, leerRespaldoEntero } from '../../../shared/schemas/lecturaRespaldo';

type Tablas = Record<NombreTabla, Record<string, unknown>[]>;
const AHORA = new Date('2026-12-01T12:00:00Z');
let tablas: Tablas;
let conteos: Record<NombreTabla, number>;
let archivo: Uint8Array;

function encabezado(cambios: Partial<EncabezadoArchivo> = {}): EncabezadoArchivo {
  return {
    formato: FORMATO_RESPALDO,
    archivo: VERSION_ARCHIVO,
    version: VERSION_RESPALDO,
    fecha: '2026-11-30T18:00:00.000Z',
    estacion: ESTACION_PRINCIPAL,
    esquema: 9,
    tablas: conteos,
    ...cambios,
  };
}

function* piezas(t: Tablas): Generator<{ tabla: string; filas: Record<string, unknown>[] }> {
  for (const tabla of TABLAS_RESPALDO) for (let i = 0; i < t[tabla].length; i += 700) yield { tabla, filas: t[tabla].slice(i, i + 700) };
}

async function escribir(cabeza = encabezado(), t: Tablas = tablas): Promise<Uint8Array> {
  const partes: Uint8Array[] = [];
  await escribirComprimido(cabeza, piezas(t), async (b) => void partes.push(b));
  return Buffer.concat(partes);
}

async function mensajeAlLeer(bytes: Uint8Array): Promise<string> {
  try {
    await leerRespaldoEntero(enTrozos(bytes, 64 * 1024), undefined, AHORA);
  } catch (e) {
    return (e as Error).message;
  }
  throw new Error('se esperaba que el archivo se rechazara');
}

/** The file's uncompressed lines, to spoil them and compress them again. */
const lineasDe = (bytes: Uint8Array) => gunzipSync(bytes).toString('utf8').split('\n').filter((l) => l !== '');
const comprimir = (lineas: string[]) => gzipSync(Buffer.from(lineas.map((l) => `${l}\n`).join('')));

beforeAll(() => {
  tablas = Object.fromEntries(TABLAS_RESPALDO.map((t) => [t, []])) as unknown as Tablas;
  // Part of a year of the generated office, every table that has rows: enough lines per table, quick to rewrite.
  for (const { tabla, filas } of generarOficina({ anios: 1, semilla: 3 })) if (tablas[tabla].length < 3000) tablas[tabla].push(...filas.slice(0, 3000));
  conteos = Object.fromEntries(TABLAS_RESPALDO.map((t) => [t, tablas[t].length])) as Record<NombreTabla, number>;
});

describe('el formato comprimido de respaldo (versión 2)', () => {
  beforeAll(async () => {
    archivo = await escribir();
  });

  it('es gzip de líneas JSON: encabezado con los conteos, las filas por tabla en líneas de a lo más mil y un final con SHA-256', () => {
    expect(esComprimido(archivo)).toBe(true);
    const lineas = lineasDe(archivo);
    const cabeza = JSON.parse(lineas[0]);
    expect(cabeza).toMatchObject({ formato: FORMATO_RESPALDO, archivo: 2, version: VERSION_RESPALDO, esquema: 9, tablas: conteos });
    const cuerpo = lineas.slice(1, -1).map((l) => JSON.parse(l) as { tabla: string; filas: unknown[] });
    expect(cuerpo.every((l) => l.filas.length <= FILAS_POR_LINEA && l.filas.length > 0)).toBe(true);
    expect(cuerpo.map((l) => l.tabla).filter((t, i, a) => a.indexOf(t) === i)).toEqual(TABLAS_RESPALDO.filter((t) => conteos[t] > 0));
    const fin = JSON.parse(lineas.at(-1)!);
    expect(fin).toMatchObject({ fin: true, tablas: conteos, lineas: lineas.length - 1 });
    expect(fin.sha256).toMatch(/^[0-9a-f]{64}$/);
    // A year of the generated office: far smaller than its JSON.
    const plano = Buffer.byteLength(JSON.stringify(tablas));
    expect(archivo.byteLength).toBeLessThan(plano / 5);
  });

  it('entrega el archivo en trozos de a lo más el tamaño pedido, también cuando lo comprimido crece de golpe', async () => {
    const partes: Uint8Array[] = [];
    // Rows that do not compress (random text): the compressor hands out large pieces at once.
    const azar = Array.from({ length: 3000 }, () => ({ id: crypto.randomUUID(), texto: Buffer.from(crypto.getRandomValues(new Uint8Array(600))).toString('base64') }));
    const resumen = await conCompresor(
      async (b) => void partes.push(b),
      async (escritor) => {
        escritor.encabezado(encabezado({ tablas: { personas: azar.length } }));
        escritor.agregar('personas', azar);
      },
      64 * 1024,
    );
    expect(partes.length).toBeGreaterThan(10);
    expect(partes.every((p) => p.length <= 64 * 1024)).toBe(true);
    expect(partes.slice(0, -1).every((p) => p.length === 64 * 1024)).toBe(true);
    const lineas = lineasDe(Buffer.concat(partes));
    expect(JSON.parse(lineas.at(-1)!).sha256).toBe(resumen.sha256);
  });

  it('se lee con las mismas filas validadas que el mismo respaldo en JSON plano (versión 1)', async () => {
    const comprimido = await leerRespaldoEntero(enTrozos(archivo, 10_000), undefined, AHORA);
    const plano = validarRespaldo(JSON.stringify({ formato: FORMATO_RESPALDO, version: VERSION_RESPALDO, fecha: '2026-11-30T18:00:00.000Z', estacion: 'D1', tablas }), AHORA);
    if (!plano.valido) throw new Error(plano.mensaje);
    expect(comprimido.conteos).toEqual(plano.conteos);
    for (const t of TABLAS_RESPALDO) expect(comprimido.respaldo.tablas[t]).toEqual(plano.respaldo.tablas[t]);
    const deV1 = await leerRespaldoEntero(enTrozos(Buffer.from(JSON.stringify({ ...plano.respaldo, tablas }))), undefined, AHORA);
    expect(deV1.respaldo.tablas).toEqual(comprimido.respaldo.tablas);
  });

  it('parte en las mismas líneas, como texto y como bytes, cualquiera que sea el tamaño de los pedazos', async () => {
    // Lines short and long (one spans many pieces), accents and ñ split between pieces, an empty line, no final break.
    const texto = ['{"a":"Peña"}', 'x'.repeat(200_000) + 'ñ', '', '{"b":"Güemes"}', 'áé'.repeat(40_000), 'último'].join('\n');
    const bytes = new TextEncoder().encode(texto);
    const esperadas = texto.split('\n');
    const decodificar = new TextDecoder();
    for (const tamano of [7, 4096, 64 * 1024, bytes.length]) {
      const deTexto: string[] = [];
      for await (const l of lineas(enTrozos(bytes, tamano))) deTexto.push(l);
      expect(deTexto, `pedazos de ${tamano}`).toEqual(esperadas);
      const deBytes: string[] = [];
      for await (const l of lineasEnBytes(enTrozos(bytes, tamano))) deBytes.push(decodificar.decode(l));
      expect(deBytes, `pedazos de ${tamano}`).toEqual(esperadas);
    }
  });

  it('dice el avance por tabla mientras lee', async () => {
    const avances: string[] = [];
    for await (const e of leerRespaldo(enTrozos(archivo), AHORA)) if (e.tipo === 'filas' && e.tabla === 'solicitudes') avances.push(`${e.leidas} de ${e.total}`);
    expect(avances.length).toBeGreaterThan(2);
    expect(avances.at(0)).toMatch(new RegExp(`^\\d{3,4} de ${conteos.solicitudes}$`));
    expect(avances.at(-1)).toBe(`${conteos.solicitudes} de ${conteos.solicitudes}`);
  });

  const casos: { caso: string; bytes: () => Promise<Uint8Array> | Uint8Array; mensaje: string | RegExp }[] = [
    { caso: 'cortado a la mitad', bytes: () => archivo.subarray(0, archivo.length >> 1), mensaje: /^El archivo está dañado o cortado|^El respaldo está incompleto/ },
    { caso: 'sin su última línea', bytes: () => comprimir(lineasDe(archivo).slice(0, -1)), mensaje: 'El respaldo está incompleto: el archivo está cortado (le falta su final)' },
    { caso: 'sin una línea de filas', bytes: () => comprimir(lineasDe(archivo).filter((_, i) => i !== 5)), mensaje: /suma de verificación/ },
    {
      caso: 'con una fila cambiada a mano',
      bytes: () => comprimir(lineasDe(archivo).map((l, i) => (i === 8 ? l.replace(/"estacion":"D\d"/, '"estacion":"D9"') : l))),
      mensaje: 'El archivo está dañado: su contenido no coincide con su suma de verificación (SHA-256)',
    },
    {
      caso: 'con un byte comprimido cambiado',
      bytes: () => {
        const b = Uint8Array.from(archivo);
        b[b.length - 6] ^= 0xff;
        return b;
      },
      mensaje: /^El archivo está dañado/,
    },
    { caso: 'con datos después del final', bytes: () => comprimir([...lineasDe(archivo), '{"tabla":"poas","filas":[]}']), mensaje: 'El archivo está dañado: trae datos después de su final' },
    { caso: 'vacío', bytes: () => new Uint8Array(0), mensaje: 'El archivo está vacío: no es un respaldo de POA Gestión Social' },
    { caso: 'gzip de nada', bytes: () => gzipSync(Buffer.alloc(0)), mensaje: 'El archivo está vacío: no es un respaldo de POA Gestión Social' },
    { caso: 'gzip de otro programa', bytes: () => gzipSync(Buffer.from('{"name":"x","version":"1.0.0"}\n')), mensaje: 'El archivo no es un respaldo de POA Gestión Social' },
    { caso: 'binario', bytes: () => Uint8Array.from([0x00, 0xff, 0xfe, 0x10, 0x80]), mensaje: 'El archivo no es un respaldo de POA Gestión Social' },
    { caso: 'de una versión más nueva del archivo', bytes: () => escribir(encabezado({ archivo: VERSION_ARCHIVO + 1 })), mensaje: 'El respaldo es de una versión más nueva de la aplicación' },
    { caso: 'de una versión más nueva de las tablas', bytes: () => escribir(encabezado({ version: VERSION_RESPALDO + 1 })), mensaje: 'El respaldo es de una versión más nueva de la aplicación' },
    {
      caso: 'con fecha más de un día adelante',
      bytes: () => escribir(encabezado({ fecha: '2026-12-03T12:00:00.000Z' })),
      mensaje: /^El respaldo tiene fecha del 03\/12\/2026 .*más de un día después/,
    },
    {
      caso: 'sin una tabla',
      bytes: () => {
        const { cierres: _cierres, ...sinCierres } = conteos;
        return escribir(encabezado({ tablas: sinCierres }), { ...tablas, cierres: [] });
      },
      mensaje: 'El respaldo está incompleto: le faltan cierres de periodo',
    },
    { caso: 'con una tabla desconocida', bytes: () => escribir(encabezado({ tablas: { ...conteos, inventada: 0 } })), mensaje: 'El respaldo trae tablas desconocidas: inventada' },
    {
      caso: 'con un registro que no pasa su esquema',
      bytes: () => {
        const solicitudes = tablas.solicitudes.map((s, i) => (i === 1500 ? { ...s, folio: undefined } : s));
        return escribir(encabezado(), { ...tablas, solicitudes });
      },
      mensaje: /^Registro 1501 de solicitudes .*inválido \(campo «Folio»\)/,
    },
    {
      caso: 'con un registro modificado más de un día adelante',
      bytes: () => {
        const personas = tablas.personas.map((p, i) => (i === 10 ? { ...p, updatedAt: '2999-01-01T00:00:00.000Z' } : p));
        return escribir(encabezado(), { ...tablas, personas });
      },
      mensaje: /^Registro 11 de personas \(«[^»]+»\) inválido \(campo «Fecha de modificación»\): 01\/01\/2999/,
    },
    {
      caso: 'con una configuración que no pasa su esquema',
      bytes: () => {
        const configuracion = tablas.configuracion.map((c) => (c.clave === 'general' ? { ...c, valor: { ...(c.valor as object), estacion: 5 } } : c));
        return escribir(encabezado(), { ...tablas, configuracion });
      },
      mensaje: /^Registro \d+ de configuración \(«general»\) inválido \(campo «Valor → /,
    },
    { caso: 'con filas que no dicen su encabezado', bytes: () => escribir(encabezado({ tablas: { ...conteos, personas: 5 } })), mensaje: /la tabla «personas» no trae los registros que dice/ },
  ];

  for (const { caso, bytes, mensaje } of casos) {
    it(`rechaza el archivo ${caso}`, async () => {
      expect(await mensajeAlLeer(await bytes())).toMatch(mensaje);
    });
  }
});
