import { beforeAll, describe, expect, it } from 'vitest';
import { ESPERADOS_POR_DECADA, FILAS_POR_TROZO, generarOficina, tamanosOficina, type OpcionesOficina } from '../../../../shared/demo/generador';
import { ESQUEMAS_TABLAS, FORMATO_RESPALDO, TABLAS_RESPALDO, VERSION_RESPALDO, validarRespaldo, type NombreTabla } from '../../../../shared/schemas/respaldo';
import { fechaNacimientoDeCurp, sexoDeCurp, validarCurp } from '../../../../shared/domain/curp';
import { parsearFolio, serieFolio } from '../../../../shared/domain/folio';
import { idActividad, idCatalogo, idPoa } from '../../../../shared/domain/identidad';
import { CATALOGOS_INICIALES } from '../../../../shared/seed/poa2026';
import { ESTATUS_CERRADOS } from '../../../../shared/domain/estatusSolicitud';
import { verificarCadenas, type EntradaSellada } from '../../../../shared/seguridad/cadenaBitacora';
import { sha256Hex } from '../../../../shared/demo/sha256';
import { aHex, subtle, utf8 } from '../../../../shared/seguridad/bytes';
import { capturaAcuerdoSchema, capturaEventoSchema, capturaJornadaSchema, GRUPOS_EDAD } from '../../../../shared/schemas/modulos';

type Filas = Record<NombreTabla, Record<string, unknown>[]>;

function reunir(opciones: OpcionesOficina): Filas {
  const tablas = Object.fromEntries(TABLAS_RESPALDO.map((t) => [t, []])) as unknown as Filas;
  for (const { tabla, filas } of generarOficina(opciones)) tablas[tabla].push(...filas);
  return tablas;
}

const str = (v: unknown) => v as string;
const ahora = Date.now();

describe('la oficina de demostración de un año', () => {
  let t: Filas;
  beforeAll(() => {
    t = reunir({ anios: 1, semilla: 3 });
  });

  it('trae cada tabla del respaldo, en su orden, en trozos de a lo más 5,000 filas', () => {
    const orden: NombreTabla[] = [];
    for (const { tabla, filas } of generarOficina({ anios: 1, semilla: 3 })) {
      expect(filas.length).toBeLessThanOrEqual(FILAS_POR_TROZO);
      if (orden[orden.length - 1] !== tabla) orden.push(tabla);
    }
    expect(orden).toEqual(TABLAS_RESPALDO);
  });

  it('tiene los tamaños de una oficina ocupada en un año', () => {
    const n = tamanosOficina(1);
    expect(n).toEqual({ solicitudes: 10_000, personas: 6_000, apoyos: 3_000, jornadas: 200, eventos: 300, mesas: 150, convenios: 50 });
    for (const [tabla, cuantos] of Object.entries(n)) expect(t[tabla as NombreTabla]).toHaveLength(cuantos);
    const esperados = ESPERADOS_POR_DECADA.seguimientos / 10;
    expect(Math.abs(t.seguimientos.length - esperados) / esperados).toBeLessThan(0.03);
    expect(t.acuerdos.length).toBeGreaterThan(200);
    expect(t.poas).toHaveLength(1);
    expect(t.actividades).toHaveLength(4);
  });

  it('pasa la misma validación que un respaldo capturado, y lo validado es lo generado', () => {
    const archivo = { formato: FORMATO_RESPALDO, version: VERSION_RESPALDO, fecha: new Date().toISOString(), estacion: 'D1', tablas: t };
    const r = validarRespaldo(JSON.stringify(archivo));
    if (!r.valido) throw new Error(r.mensaje);
    for (const tabla of TABLAS_RESPALDO) expect(r.conteos[tabla]).toBe(t[tabla].length);
    expect(r.respaldo.tablas.solicitudes.slice(0, 50)).toEqual(t.solicitudes.slice(0, 50));
    expect(r.respaldo.tablas.personas.slice(0, 50)).toEqual(t.personas.slice(0, 50));
  });

  it('es la misma con la misma semilla y otra con otra', () => {
    const otra = reunir({ anios: 1, semilla: 3 });
    for (const tabla of TABLAS_RESPALDO) expect(otra[tabla]).toEqual(t[tabla]);
    const distinta = reunir({ anios: 1, semilla: 4 });
    expect(distinta.solicitudes[0].id).not.toBe(t.solicitudes[0].id);
    expect(distinta.personas.map((p) => p.curp)).not.toEqual(t.personas.map((p) => p.curp));
  });

  it('da CURP válidas a muchas personas, únicas y de acuerdo con su sexo y su fecha de nacimiento', () => {
    const conCurp = t.personas.filter((p) => p.curp !== '');
    expect(conCurp.length / t.personas.length).toBeGreaterThan(0.6);
    for (const p of conCurp) {
      expect(validarCurp(str(p.curp))).toEqual({ valida: true });
      expect(sexoDeCurp(str(p.curp))).toBe(p.sexo);
      expect(fechaNacimientoDeCurp(str(p.curp))).toBe(p.fechaNacimiento);
    }
    expect(new Set(conCurp.map((p) => p.curp)).size).toBe(conCurp.length);
    expect(new Set(t.personas.map((p) => p.apellidoPaterno)).size).toBeGreaterThan(50);
    expect(new Set(t.personas.map((p) => p.colonia)).size).toBeGreaterThan(20);
  });

  it('lleva contadores de folio iguales al último folio de cada serie, sin huecos ni repetidos', () => {
    const porSerie = new Map<string, number[]>();
    for (const s of t.solicitudes) {
      const partes = parsearFolio(str(s.folio))!;
      expect(partes).not.toBeNull();
      expect(partes.anio).toBe(s.anio);
      expect(partes.consecutivo).toBe(s.consecutivo);
      expect(str(s.fechaRecepcion).slice(0, 4)).toBe(String(s.anio));
      expect(partes.estacion).toBe(s.estacion);
      const serie = serieFolio('AC', partes.anio, partes.estacion);
      porSerie.set(serie, [...(porSerie.get(serie) ?? []), partes.consecutivo]);
    }
    // The ARCO requests number their own series the same way.
    for (const a of t.solicitudesArco) {
      const folio = str(a.folio);
      const serie = folio.slice(0, folio.lastIndexOf('-'));
      porSerie.set(serie, [...(porSerie.get(serie) ?? []), Number(folio.slice(folio.lastIndexOf('-') + 1))]);
    }
    expect(t.solicitudesArco.length).toBeGreaterThan(0);
    expect(new Set(t.solicitudes.map((s) => s.folio)).size).toBe(t.solicitudes.length);
    expect(Object.fromEntries(t.folios.map((f) => [f.serie, f.ultimo]))).toEqual(
      Object.fromEntries([...porSerie].map(([serie, c]) => [serie, Math.max(...c)])),
    );
    for (const consecutivos of porSerie.values()) expect(consecutivos).toEqual(consecutivos.map((_, i) => i + 1));
  });

  it('no tiene fechas en el futuro y cada registro cambia después de crearse', () => {
    const corte = Date.parse('2026-12-01T02:00:00Z');
    for (const tabla of TABLAS_RESPALDO) {
      for (const f of t[tabla]) {
        for (const campo of ['createdAt', 'updatedAt', 'fecha', 'consentimientoFecha']) {
          const v = f[campo];
          if (typeof v === 'string' && v.includes('T')) expect(Date.parse(v), `${tabla}.${campo}`).toBeLessThanOrEqual(Math.min(ahora, corte));
        }
        if (typeof f.createdAt === 'string') expect(str(f.updatedAt) >= str(f.createdAt), `${tabla} ${str(f.id)}`).toBe(true);
      }
    }
    for (const s of t.solicitudes) expect(str(s.fechaRecepcion) <= '2026-11-30T23:59').toBe(true);
    for (const a of t.apoyos) {
      expect(str(a.fechaGestion) <= '2026-11-30').toBe(true);
      if (a.fechaEntrega !== null) expect(str(a.fechaEntrega) >= str(a.fechaGestion) && str(a.fechaEntrega) <= '2026-11-30').toBe(true);
      expect(a.estatus === 'entregado').toBe(a.fechaEntrega !== null);
    }
  });

  it('sólo nombra registros que existen, y a cada ciudadano después de registrarlo', () => {
    const personas = new Map(t.personas.map((p) => [p.id, p]));
    const solicitudes = new Map(t.solicitudes.map((s) => [s.id, s]));
    const catalogo = new Map(t.catalogos.map((c) => [c.id, c.tipo]));
    const mesas = new Set(t.mesas.map((m) => m.id));
    for (const s of t.solicitudes) {
      const p = personas.get(s.personaId);
      expect(p).toBeDefined();
      expect(str(p!.createdAt) <= str(s.createdAt)).toBe(true);
      expect(catalogo.get(str(s.tipoApoyoId))).toBe('tipoApoyo');
      if (s.dependenciaId !== null) expect(catalogo.get(str(s.dependenciaId))).toBe('dependencia');
      if (s.duplicadaDeId !== null) {
        const o = solicitudes.get(s.duplicadaDeId)!;
        expect(o.estatus).not.toBe('duplicada');
        expect(o.personaId).toBe(s.personaId);
      }
    }
    for (const g of t.seguimientos) expect(solicitudes.has(g.solicitudId)).toBe(true);
    for (const a of t.apoyos) {
      expect(personas.has(a.personaId)).toBe(true);
      expect(catalogo.get(str(a.tipoApoyoId))).toBe('tipoApoyo');
      if (a.solicitudId !== null) expect(solicitudes.get(a.solicitudId)?.personaId).toBe(a.personaId);
    }
    expect(t.apoyos.filter((a) => a.solicitudId !== null).length).toBeGreaterThan(t.apoyos.length / 4);
    // Some direct apoyos are beneficiaries of a live programa social managed before them.
    const eventos = new Map(t.eventos.map((e) => [e.id, e]));
    const deProgramas = t.apoyos.filter((a) => a.programaId !== null);
    expect(deProgramas.length).toBeGreaterThan(0);
    for (const a of deProgramas) {
      const e = eventos.get(str(a.programaId))!;
      expect(e).toMatchObject({ tipo: 'programa', eliminado: 0 });
      expect(str(e.fecha) <= str(a.fechaGestion)).toBe(true);
      expect(a.solicitudId).toBeNull();
    }
    for (const e of t.eventos) if (e.dependenciaId !== null) expect(catalogo.get(str(e.dependenciaId))).toBe('dependencia');
    for (const a of t.acuerdos) expect(mesas.has(a.mesaId)).toBe(true);
    for (const a of t.actividades) expect(a.poaId).toBe(idPoa(2026));
  });

  it('cada acuerdo cumplido dice cuándo se cumplió, entre la fecha de su mesa y hoy, y qué lo prueba; los demás no', () => {
    const mesas = new Map(t.mesas.map((m) => [m.id, m]));
    const [cumplidos, abiertos] = [t.acuerdos.filter((a) => a.estatus === 'cumplido'), t.acuerdos.filter((a) => a.estatus !== 'cumplido')];
    expect(cumplidos.length).toBeGreaterThan(50);
    expect(abiertos.length).toBeGreaterThan(20);
    const hoy = new Date(ahora).toISOString().slice(0, 10);
    for (const a of cumplidos) {
      expect(str(a.fechaCumplimiento) >= str(mesas.get(a.mesaId)?.fecha)).toBe(true);
      expect(str(a.fechaCumplimiento) <= hoy).toBe(true);
      expect(str(a.evidenciaCumplimiento).length).toBeGreaterThan(10);
      expect(capturaAcuerdoSchema.safeParse(a).success).toBe(true);
    }
    expect(cumplidos.some((a) => /^Oficio DGS\/\d{3}\/20\d\d$/.test(str(a.evidenciaCumplimiento)))).toBe(true);
    expect(abiertos.every((a) => a.fechaCumplimiento === null && a.evidenciaCumplimiento === '')).toBe(true);
  });

  it('usa los identificadores que la aplicación deriva para el POA, sus actividades y el catálogo inicial', () => {
    expect(t.poas.map((p) => p.id)).toEqual([idPoa(2026)]);
    expect(t.actividades.map((a) => a.id)).toEqual([1, 2, 3, 4].map((n) => idActividad(2026, n)));
    const ids = new Set(t.catalogos.map((c) => c.id));
    for (const [tipo, nombres] of Object.entries(CATALOGOS_INICIALES)) for (const n of nombres) expect(ids.has(idCatalogo(tipo, n))).toBe(true);
    expect(t.poas[0].estado).toBe('autorizado');
  });

  it('sella la bitácora de cada estación como una cadena intacta, y la configuración dice dónde termina cada una', async () => {
    expect(t.bitacora.length).toBeGreaterThan(2_000);
    const sellos = t.configuracion.find((c) => c.clave === 'sellos-bitacora')!.valor as Record<string, { secuencia: number; hash: string }>;
    expect(Object.keys(sellos).sort()).toEqual(['D1', 'D2', 'D3']);
    const resultado = await verificarCadenas(t.bitacora as unknown as EntradaSellada[], { ultimas: sellos });
    expect(resultado.map((r) => [r.estacion, r.estado])).toEqual([
      ['D1', 'intacta'],
      ['D2', 'intacta'],
      ['D3', 'intacta'],
    ]);
  });

  it('tiene temporadas, estatus según la antigüedad y pocos registros eliminados', () => {
    const porMes = Array.from({ length: 12 }, (_, m) => t.solicitudes.filter((s) => Number(str(s.fechaRecepcion).slice(5, 7)) === m + 1).length);
    expect(porMes[7]).toBeGreaterThan(porMes[6] * 1.2);
    const viejas = t.solicitudes.filter((s) => str(s.fechaRecepcion) < '2026-06-01');
    expect(viejas.every((s) => s.eliminado === 1 || ESTATUS_CERRADOS.includes(s.estatus as never))).toBe(true);
    const recientes = t.solicitudes.filter((s) => str(s.fechaRecepcion) >= '2026-11-20');
    expect(recientes.filter((s) => !ESTATUS_CERRADOS.includes(s.estatus as never)).length).toBeGreaterThan(recientes.length / 4);
    const eliminadas = t.solicitudes.filter((s) => s.eliminado === 1).length;
    expect(eliminadas).toBeGreaterThan(0);
    expect(eliminadas / t.solicitudes.length).toBeLessThan(0.02);
    const porEstatus = new Set(t.solicitudes.map((s) => s.estatus));
    expect(porEstatus.size).toBe(7);
  });
});

describe('la asistencia por grupo de edad de la oficina de demostración', () => {
  it('los talleres, capacitaciones y jornadas del último año tienen grupos de edad que suman lo mismo que por sexo; los de antes no los tienen', () => {
    const t = reunir({ anios: 2, semilla: 5 });
    const suma = (r: Record<string, unknown>) => GRUPOS_EDAD.reduce((s, g) => s + (r[g] as number), 0);
    const delAnio = (filas: Record<string, unknown>[], anio: string) => filas.filter((r) => str(r.fecha).startsWith(anio));
    const talleres = t.eventos.filter((e) => e.tipo !== 'programa');
    expect(delAnio(talleres, '2026').length).toBeGreaterThan(100);
    for (const e of delAnio(talleres, '2026')) {
      expect(suma(e)).toBe((e.asistentesMujeres as number) + (e.asistentesHombres as number) + (e.asistentesOtro as number));
      expect(capturaEventoSchema.safeParse(e).success).toBe(true);
    }
    for (const j of delAnio(t.jornadas, '2026')) {
      expect(suma(j)).toBe((j.atendidasMujeres as number) + (j.atendidasHombres as number) + (j.atendidasOtro as number));
      expect(capturaJornadaSchema.safeParse(j).success).toBe(true);
    }
    expect(delAnio(t.jornadas, '2026').some((j) => (j.edad60 as number) > 0 && (j.edad0a11 as number) > 0)).toBe(true);
    const antes = [...delAnio(t.eventos, '2025'), ...delAnio(t.jornadas, '2025'), ...t.eventos.filter((e) => e.tipo === 'programa')];
    expect(antes.length).toBeGreaterThan(100);
    expect(antes.every((r) => GRUPOS_EDAD.every((g) => r[g] === null))).toBe(true);
  }, 120_000);
});

describe('el SHA-256 síncrono de la bitácora generada', () => {
  it('da los resultados de la norma y los mismos que WebCrypto', async () => {
    expect(sha256Hex('')).toBe('e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855');
    expect(sha256Hex('abc')).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
    for (const texto of ['a'.repeat(55), 'a'.repeat(56), 'a'.repeat(64), 'ñandú «José» 日本 '.repeat(40)]) {
      expect(sha256Hex(texto)).toBe(aHex(new Uint8Array(await subtle().digest('SHA-256', utf8(texto)))));
    }
  });
});

describe('la oficina de demostración de diez años', () => {
  it('reparte los tamaños de una década año por año, y una muestra de cada tabla pasa su esquema', () => {
    const porAnio = new Map<unknown, number>();
    const cuantas: Partial<Record<NombreTabla, number>> = {};
    let n = 0;
    for (const { tabla, filas } of generarOficina({ anios: 10 })) {
      cuantas[tabla] = (cuantas[tabla] ?? 0) + filas.length;
      if (tabla === 'solicitudes') for (const s of filas) porAnio.set(s.anio, (porAnio.get(s.anio) ?? 0) + 1);
      for (let i = n % 97; i < filas.length; i += 97) {
        const r = ESQUEMAS_TABLAS[tabla].safeParse(filas[i]);
        expect(r.success, `${tabla} ${JSON.stringify(r.error?.issues[0])}`).toBe(true);
      }
      n++;
    }
    expect([...porAnio]).toEqual(Array.from({ length: 10 }, (_, i) => [2017 + i, 10_000]));
    expect(cuantas).toMatchObject({ solicitudes: 100_000, personas: 60_000, apoyos: 30_000, jornadas: 2_000, eventos: 3_000, mesas: 1_500, convenios: 500, poas: 10, actividades: 40 });
    expect(Math.abs(cuantas.seguimientos! - 222_000)).toBeLessThan(2_000);
  }, 180_000);
});
