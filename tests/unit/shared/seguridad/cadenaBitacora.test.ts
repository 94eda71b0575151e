import { createHash } from 'node:crypto';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  calcularHash,
  contenidoSellado,
  entradaSelladaSchema,
  HASH_INICIAL,
  sellar,
  sellarHistorial,
  serializarCanonico,
  unirBitacoras,
  verificarCadenas,
  type ContenidoBitacora,
  type EntradaSellada,
} from '../../../../shared/seguridad/cadenaBitacora';

// Positions are given in the PC's local time; pin the zone to the municipality's (UTC−6, no DST).
beforeAll(() => {
  process.env.TZ = 'America/Mexico_City';
});

const CUENTA = '0b0e6f55-3a2d-4d4e-9a57-7c1d5f3c2a10';

function contenido(estacion: string, i: number, cambios: Partial<ContenidoBitacora> = {}): ContenidoBitacora {
  return {
    id: `${estacion === 'V1' ? '11111111' : '22222222'}-0000-4000-8000-${String(i).padStart(12, '0')}`,
    // One entry every 10 minutes from 05/03/2026 10:00 (local), the two stations 5 minutes apart.
    fecha: new Date(Date.UTC(2026, 2, 5, 16, (estacion === 'V1' ? 0 : 5) + 10 * (i - 1))).toISOString(),
    usuario: 'Ana López',
    cuentaId: CUENTA,
    estacion,
    accion: 'crear',
    entidad: 'solicitud',
    entidadId: `solicitud-${estacion}-${i}`,
    resumen: `Solicitud AC-2026-${estacion}-${String(i).padStart(4, '0')} recibida`,
    cambios: null,
    ...cambios,
  };
}

async function cadena(estacion: string, n: number): Promise<EntradaSellada[]> {
  const entradas: EntradaSellada[] = [];
  for (let i = 1; i <= n; i++) entradas.push(await sellar(contenido(estacion, i), entradas.at(-1) ?? null));
  return entradas;
}

describe('serialización canónica del contenido de una entrada', () => {
  it('el mismo contenido da el mismo texto sin importar el orden de las claves', () => {
    expect(serializarCanonico({ b: 1, a: { d: [3, { z: 1, y: 2 }], c: null } })).toBe('{"a":{"c":null,"d":[3,{"y":2,"z":1}]},"b":1}');
    expect(serializarCanonico({ a: { c: null, d: [3, { y: 2, z: 1 }] }, b: 1 })).toBe(serializarCanonico({ b: 1, a: { d: [3, { z: 1, y: 2 }], c: null } }));
  });

  it('es JSON: lo indefinido se omite y las fechas van como texto ISO, igual que tras pasar por un archivo', () => {
    const valor = { a: undefined, b: new Date('2026-03-05T16:00:00.000Z'), c: [1, 'x'] };
    expect(serializarCanonico(valor)).toBe('{"b":"2026-03-05T16:00:00.000Z","c":[1,"x"]}');
    expect(serializarCanonico(JSON.parse(JSON.stringify(valor)))).toBe(serializarCanonico(valor));
  });

  it('el sello es el SHA-256 del texto canónico de los campos cubiertos, enlace incluido', async () => {
    const e = await sellar(contenido('V1', 1, { cambios: { estatus: { antes: 'recibida', despues: 'canalizada' } } }), null);
    const texto =
      '{"accion":"crear","cambios":{"estatus":{"antes":"recibida","despues":"canalizada"}},"cuentaId":"0b0e6f55-3a2d-4d4e-9a57-7c1d5f3c2a10",' +
      '"entidad":"solicitud","entidadId":"solicitud-V1-1","estacion":"V1","fecha":"2026-03-05T16:00:00.000Z",' +
      `"hashAnterior":"${'0'.repeat(64)}","id":"11111111-0000-4000-8000-000000000001","resumen":"Solicitud AC-2026-V1-0001 recibida",` +
      '"secuencia":1,"usuario":"Ana López"}';
    expect(contenidoSellado(e)).toBe(texto);
    expect(e.hash).toBe(createHash('sha256').update(texto, 'utf8').digest('hex'));
  });
});

describe('sellar encadena cada entrada con la anterior de su estación', () => {
  it('la primera lleva el enlace inicial y la secuencia 1; las siguientes, el sello de la anterior', async () => {
    const [a, b, c] = await cadena('V1', 3);
    expect([a.secuencia, b.secuencia, c.secuencia]).toEqual([1, 2, 3]);
    expect(a.hashAnterior).toBe(HASH_INICIAL);
    expect(b.hashAnterior).toBe(a.hash);
    expect(c.hashAnterior).toBe(b.hash);
    expect(new Set([a.hash, b.hash, c.hash]).size).toBe(3);
    expect(entradaSelladaSchema.parse(c)).toEqual(c);
  });

  it('no encadena una entrada tras la de otra estación', async () => {
    const [v2] = await cadena('V2', 1);
    await expect(sellar(contenido('V1', 1), v2)).rejects.toThrow('La entrada de la estación V1 no puede encadenarse tras una de la estación V2.');
  });

  it('sella el historial escrito antes de la cadena, por fecha y por estación', async () => {
    const historial = [contenido('V2', 2), contenido('V1', 2), contenido('V2', 1), contenido('V1', 1), contenido('V1', 3)];
    const selladas = await sellarHistorial(historial);
    expect(selladas.map((e) => `${e.estacion}#${e.secuencia}:${e.entidadId}`)).toEqual([
      'V1#1:solicitud-V1-1',
      'V2#1:solicitud-V2-1',
      'V1#2:solicitud-V1-2',
      'V2#2:solicitud-V2-2',
      'V1#3:solicitud-V1-3',
    ]);
    expect(await verificarCadenas(selladas)).toMatchObject([
      { estacion: 'V1', estado: 'intacta', entradas: 3 },
      { estacion: 'V2', estado: 'intacta', entradas: 2 },
    ]);
  });
});

describe('«Verificar integridad» nombra la primera entrada alterada o eliminada de cada estación', () => {
  it('una cadena sin tocar está íntegra', async () => {
    expect(await verificarCadenas(await cadena('V1', 4))).toEqual([
      { estacion: 'V1', estado: 'intacta', entradas: 4, mensaje: 'Estación V1: 4 entradas, cadena íntegra.' },
    ]);
    expect(await verificarCadenas([])).toEqual([]);
  });

  it('cambiar un campo de una entrada la señala con su estación, secuencia y fecha', async () => {
    const entradas = await cadena('V1', 5);
    entradas[2] = { ...entradas[2], resumen: 'Solicitud AC-2026-V1-0003 cancelada' };
    expect(await verificarCadenas(entradas)).toEqual([
      {
        estacion: 'V1',
        estado: 'alterada',
        entradas: 5,
        secuencia: 3,
        fecha: '2026-03-05T16:20:00.000Z',
        entradaId: entradas[2].id,
        mensaje: 'Estación V1: la entrada 3 (05/03/2026 10:20) fue alterada: su contenido ya no corresponde a su sello.',
      },
    ]);
  });

  it('cualquier campo cubierto cuenta: usuario, cuenta, acción, cambios, fecha', async () => {
    const alteraciones: Partial<EntradaSellada>[] = [
      { usuario: 'Otra persona' },
      { cuentaId: null },
      { accion: 'editar' },
      { cambios: { monto: { antes: 100, despues: 1000 } } },
      { fecha: '2026-03-05T16:11:00.000Z' },
      { entidadId: null },
    ];
    for (const cambio of alteraciones) {
      const entradas = await cadena('V1', 3);
      entradas[1] = { ...entradas[1], ...cambio };
      const [r] = await verificarCadenas(entradas);
      expect(r, JSON.stringify(cambio)).toMatchObject({ estado: 'alterada', secuencia: 2 });
    }
  });

  it('una entrada cambiada y vuelta a sellar se descubre porque la siguiente ya no enlaza con ella', async () => {
    const entradas = await cadena('V1', 4);
    const { hash: _h, ...resto } = entradas[1];
    const falsa = await sellar({ ...resto, resumen: 'Nada que ver aquí' }, entradas[0]);
    entradas[1] = falsa;
    expect(await verificarCadenas(entradas)).toEqual([
      {
        estacion: 'V1',
        estado: 'alterada',
        entradas: 4,
        secuencia: 2,
        fecha: '2026-03-05T16:10:00.000Z',
        entradaId: falsa.id,
        mensaje: 'Estación V1: la entrada 2 (05/03/2026 10:10) fue alterada: la entrada 3 ya no enlaza con ella.',
      },
    ]);
  });

  it('quitar una entrada deja un hueco que se señala entre las fechas de sus vecinas', async () => {
    const entradas = await cadena('V1', 5);
    const sinLaTercera = entradas.filter((e) => e.secuencia !== 3);
    expect(await verificarCadenas(sinLaTercera)).toEqual([
      {
        estacion: 'V1',
        estado: 'eliminada',
        entradas: 4,
        secuencia: 3,
        fecha: '2026-03-05T16:10:00.000Z',
        entradaId: null,
        mensaje: 'Estación V1: falta la entrada 3 (entre el 05/03/2026 10:10 y el 05/03/2026 10:30); fue eliminada.',
      },
    ]);
  });

  it('quitar varias seguidas, o la primera, también se dice', async () => {
    const entradas = await cadena('V1', 6);
    const [r] = await verificarCadenas(entradas.filter((e) => e.secuencia < 3 || e.secuencia > 4));
    expect(r.mensaje).toBe('Estación V1: faltan las entradas 3 a 4 (entre el 05/03/2026 10:10 y el 05/03/2026 10:40); fueron eliminadas.');
    const [s] = await verificarCadenas(entradas.slice(1));
    expect(s.mensaje).toBe('Estación V1: falta la entrada 1 (antes del 05/03/2026 10:10); fue eliminada.');
  });

  it('quitar las más recientes se descubre si se conoce la última secuencia de la estación', async () => {
    const entradas = await cadena('V1', 5);
    expect((await verificarCadenas(entradas.slice(0, 3)))[0].estado).toBe('intacta');
    expect(await verificarCadenas(entradas.slice(0, 3), { ultimas: { V1: 5 } })).toEqual([
      {
        estacion: 'V1',
        estado: 'eliminada',
        entradas: 3,
        secuencia: 4,
        fecha: '2026-03-05T16:20:00.000Z',
        entradaId: null,
        mensaje: 'Estación V1: faltan las últimas 2 entradas, de la 4 a la 5 (después del 05/03/2026 10:20); fueron eliminadas.',
      },
    ]);
    expect(await verificarCadenas([], { ultimas: { V3: 1 } })).toMatchObject([
      { estacion: 'V3', estado: 'eliminada', secuencia: 1, mensaje: 'Estación V3: falta la última entrada, la 1; fue eliminada.' },
    ]);
    expect((await verificarCadenas(entradas, { ultimas: { V1: 5 } }))[0].estado).toBe('intacta');
  });

  it('con el sello (secuencia y hash) se descubre también la última entrada reescrita y vuelta a sellar', async () => {
    const entradas = await cadena('V1', 5);
    const sello = { secuencia: 5, hash: entradas[4].hash };
    expect((await verificarCadenas(entradas, { ultimas: { V1: sello } }))[0]).toMatchObject({ estado: 'intacta', mensaje: 'Estación V1: 5 entradas, cadena íntegra.' });
    // Rewritten and re-hashed: the chain alone still links, the seal kept apart does not match.
    const ultima = entradas[4];
    const rehecha = { ...ultima, resumen: 'Otra cosa' };
    const resellada = [...entradas.slice(0, 4), { ...rehecha, hash: await calcularHash(rehecha) }];
    expect((await verificarCadenas(resellada))[0].estado).toBe('intacta');
    expect((await verificarCadenas(resellada, { ultimas: { V1: sello } }))[0]).toMatchObject({
      estado: 'alterada',
      secuencia: 5,
      entradaId: ultima.id,
      mensaje: 'Estación V1: la entrada 5 (05/03/2026 10:40) fue alterada: no es la que quedó sellada aparte de la bitácora.',
    });
    // A chain that went on after the seal is fine; one cut before it names how many of the last are missing.
    expect((await verificarCadenas(entradas, { ultimas: { V1: { secuencia: 3, hash: entradas[2].hash } } }))[0].estado).toBe('intacta');
    expect((await verificarCadenas(entradas.slice(0, 4), { ultimas: { V1: sello } }))[0].mensaje).toBe(
      'Estación V1: falta la última entrada, la 5 (después del 05/03/2026 10:30); fue eliminada.',
    );
  });

  it('las cifras de entradas llevan separador de miles', async () => {
    const muchas = await cadena('V1', 1234);
    expect((await verificarCadenas(muchas))[0].mensaje).toBe('Estación V1: 1,234 entradas, cadena íntegra.');
  });

  it('el orden en que llegan las entradas no importa; cambiar su orden en la cadena sí', async () => {
    const entradas = await cadena('V1', 5);
    expect((await verificarCadenas([...entradas].reverse()))[0]).toMatchObject({ estado: 'intacta', entradas: 5 });
    const cambiadas = entradas.map((e) => (e.secuencia === 2 ? { ...e, secuencia: 3 } : e.secuencia === 3 ? { ...e, secuencia: 2 } : e));
    expect((await verificarCadenas(cambiadas))[0]).toMatchObject({ estado: 'alterada', secuencia: 2, entradaId: entradas[2].id });
  });

  it('una entrada metida dos veces con el mismo número se señala', async () => {
    const entradas = await cadena('V1', 3);
    const intrusa = await sellar(contenido('V1', 9, { fecha: '2026-03-05T16:15:00.000Z' }), entradas[0]);
    expect(intrusa.secuencia).toBe(2);
    const [r] = await verificarCadenas([...entradas, intrusa]);
    expect(r).toMatchObject({ estado: 'alterada', secuencia: 2, entradaId: intrusa.id });
    expect(r.mensaje).toBe('Estación V1: la entrada 2 (05/03/2026 10:15) fue alterada: su número se repite en la cadena.');
  });

  it('una entrada agregada a mano sin sello se señala por su fecha', async () => {
    const entradas = await cadena('V1', 2);
    const aMano = { ...contenido('V1', 7, { fecha: '2026-03-05T18:00:00.000Z' }) } as unknown as EntradaSellada;
    expect(await verificarCadenas([...entradas, aMano])).toEqual([
      {
        estacion: 'V1',
        estado: 'alterada',
        entradas: 3,
        secuencia: null,
        fecha: '2026-03-05T18:00:00.000Z',
        entradaId: aMano.id,
        mensaje: 'Estación V1: la entrada del 05/03/2026 12:00 no tiene un sello válido; fue agregada o alterada fuera de la aplicación.',
      },
    ]);
  });

  it('dos estaciones intercaladas se verifican cada una por su lado', async () => {
    const v1 = await cadena('V1', 4);
    const v2 = await cadena('V2', 3);
    const intercaladas = [v1[0], v2[0], v1[1], v2[1], v1[2], v2[2], v1[3]];
    expect(await verificarCadenas(intercaladas)).toEqual([
      { estacion: 'V1', estado: 'intacta', entradas: 4, mensaje: 'Estación V1: 4 entradas, cadena íntegra.' },
      { estacion: 'V2', estado: 'intacta', entradas: 3, mensaje: 'Estación V2: 3 entradas, cadena íntegra.' },
    ]);
    intercaladas[3] = { ...intercaladas[3], resumen: 'alterada' };
    const [r1, r2] = await verificarCadenas(intercaladas);
    expect(r1.estado).toBe('intacta');
    expect(r2).toMatchObject({ estacion: 'V2', estado: 'alterada', secuencia: 2 });
  });

  it('el sello sobrevive a un respaldo (JSON) y a IndexedDB (copia estructurada), con cambios indefinidos incluidos', async () => {
    const conIndefinido = await sellar(contenido('V1', 1, { cambios: { correo: { antes: undefined, despues: 'ana@correo.mx' } } }), null);
    const entradas = [conIndefinido, await sellar(contenido('V1', 2), conIndefinido)];
    const porArchivo = JSON.parse(JSON.stringify(entradas)) as EntradaSellada[];
    const porBase = structuredClone(entradas);
    const claves = entradas.map((e) => Object.fromEntries(Object.entries(e).reverse()) as EntradaSellada);
    for (const copia of [porArchivo, porBase, claves]) expect((await verificarCadenas(copia))[0].estado).toBe('intacta');
  });
});

describe('unir bitácoras al restaurar o incorporar nunca quita ni reescribe una entrada local', () => {
  it('agrega las del archivo por id, sin duplicar, y conserva la local cuando difieren', async () => {
    const local = await cadena('V1', 3);
    const otraPc = await cadena('V2', 2);
    const copiaLocal = structuredClone(local);
    const entrante = [
      local[0],
      { ...local[1], resumen: 'versión del archivo' },
      ...otraPc,
      otraPc[0],
    ];
    const r = unirBitacoras(local, entrante);
    expect(r.bitacora).toEqual([...copiaLocal, ...otraPc]);
    expect(r.agregadas).toEqual(otraPc);
    expect(r.repetidas).toBe(2);
    expect(r.distintas).toEqual([{ ...local[1], resumen: 'versión del archivo' }]);
    expect(local).toEqual(copiaLocal);
    expect(await verificarCadenas(r.bitacora)).toMatchObject([
      { estacion: 'V1', estado: 'intacta', entradas: 3 },
      { estacion: 'V2', estado: 'intacta', entradas: 2 },
    ]);
  });

  it('un respaldo anterior no borra lo registrado después de hacerlo', async () => {
    const local = await cadena('V1', 5);
    const respaldo = local.slice(0, 2);
    const r = unirBitacoras(local, respaldo);
    expect(r.bitacora).toEqual(local);
    expect(r.agregadas).toEqual([]);
    expect(r.repetidas).toBe(2);
  });

  it('la misma entrada con las claves en otro orden es una repetida, no una distinta', async () => {
    const local = await cadena('V1', 1);
    const reordenada = Object.fromEntries(Object.entries(local[0]).reverse()) as EntradaSellada;
    expect(unirBitacoras(local, [reordenada])).toMatchObject({ repetidas: 1, distintas: [], agregadas: [] });
  });
});
