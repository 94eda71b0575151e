import 'fake-indexeddb/auto';
import { bench, describe } from 'vitest';
import { BaseDatosPoa } from '../../renderer/src/db/db';
import { sembrarSiHaceFalta } from '../../renderer/src/db/semilla';
import { conSesion } from '../unit/db/sesionPrueba';
import { listarCatalogo } from '../../renderer/src/db/repositorios/catalogos';
import { listarActividades, obtenerPoaDelAnio } from '../../renderer/src/db/repositorios/poa';
import { cargarDatosLibro } from '../../renderer/src/db/repositorios/reportes';
import { entradaLibroPoa } from '../../shared/reportes/libro';
import { construirLibroPoa } from '../../shared/workbook/libro';
import type { Persona } from '../../shared/schemas/personas';
import { ajuste, apoyo, convenio, evento, jornada, mesa, persona, solicitud, uuid } from '../unit/shared/registros';

/**
 * The whole export of a busy year, as the Reportes button runs it: read the year from IndexedDB (fake-indexeddb
 * here, slower than the browser's), map it to the workbook's input and build the .xlsx. Each run prints its steps.
 *   npx vitest bench --run tests/bench/exportacion.bench.ts
 */
const VOLUMEN = { personas: 8_000, solicitudes: 10_000, apoyos: 3_000, jornadas: 200, eventos: 300, mesas: 100, convenios: 50, ajustes: 48 };

function generador(semilla: number) {
  let s = semilla >>> 0;
  const siguiente = () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
  return {
    entero: (min: number, max: number) => min + Math.floor(siguiente() * (max - min + 1)),
    uno: <T>(lista: readonly T[]) => lista[Math.floor(siguiente() * lista.length)],
  };
}

const NOMBRES = ['María', 'José', 'Juan', 'Guadalupe', 'Francisco', 'Ana', 'Luis', 'Rosa', 'Carlos', 'Patricia'];
const APELLIDOS = ['Hernández', 'García', 'Martínez', 'López', 'González', 'Pérez', 'Rodríguez', 'Sánchez', 'Ramírez', 'Cruz'];
const COLONIAS = ['Centro', 'Barrio de San Miguel', 'Las Flores', 'Benito Juárez', 'El Mirador'];
const ESTATUS = ['recibida', 'canalizada', 'en-seguimiento', 'atendida', 'improcedente', 'cancelada'] as const;
const dos = (n: number) => String(n).padStart(2, '0');

async function sembrarAnioOcupado(db: BaseDatosPoa): Promise<void> {
  await sembrarSiHaceFalta(db);
  const g = generador(2026);
  const fecha = () => `2026-${dos(g.entero(1, 12))}-${dos(g.entero(1, 28))}`;
  const tipos = (await listarCatalogo(db, 'tipoApoyo')).map((c) => c.id);
  const dependencias = (await listarCatalogo(db, 'dependencia')).map((c) => c.id);
  const personas: Persona[] = Array.from({ length: VOLUMEN.personas }, (_, i) =>
    persona({
      id: uuid(1_000_000 + i),
      sexo: g.uno(['H', 'M', 'X'] as const),
      nombres: g.uno(NOMBRES),
      apellidoPaterno: g.uno(APELLIDOS),
      apellidoMaterno: g.uno(APELLIDOS),
      edad: g.entero(18, 95),
      colonia: g.uno(COLONIAS),
      curp: '',
    }),
  );
  const solicitudes = Array.from({ length: VOLUMEN.solicitudes }, (_, i) =>
    solicitud({
      fechaRecepcion: `${fecha()}T${dos(g.entero(8, 15))}:${dos(g.entero(0, 59))}`,
      consecutivo: i + 1,
      personaId: g.uno(personas).id,
      tipoApoyoId: g.uno(tipos),
      dependenciaId: g.uno(dependencias),
      estatus: g.uno(ESTATUS),
    }),
  );
  const apoyos = Array.from({ length: VOLUMEN.apoyos }, () =>
    apoyo({ personaId: g.uno(personas).id, solicitudId: g.uno(solicitudes).id, tipoApoyoId: g.uno(tipos), estatus: 'entregado', fechaEntrega: fecha(), valorEstimado: g.entero(100, 50_000) }),
  );
  await db.personas.bulkAdd(personas);
  await db.solicitudes.bulkAdd(solicitudes);
  await db.apoyos.bulkAdd(apoyos);
  await db.jornadas.bulkAdd(Array.from({ length: VOLUMEN.jornadas }, (_, i) => jornada({ fecha: fecha(), nombre: `Jornada comunitaria ${i + 1}` })));
  await db.eventos.bulkAdd(Array.from({ length: VOLUMEN.eventos }, (_, i) => evento({ fecha: fecha(), nombre: `Taller ${i + 1}` })));
  await db.mesas.bulkAdd(Array.from({ length: VOLUMEN.mesas }, () => mesa({ fecha: fecha() })));
  await db.convenios.bulkAdd(Array.from({ length: VOLUMEN.convenios }, (_, i) => convenio({ numero: `CONV-${i + 1}/2026`, estatus: 'vigente', fechaFirma: fecha() })));
  const actividades = await listarActividades(db, (await obtenerPoaDelAnio(db, 2026))!.id);
  await db.ajustes.bulkAdd(
    Array.from({ length: VOLUMEN.ajustes }, (_, i) => ajuste({ actividadId: actividades[i % 4].id, mes: (i % 12) + 1, cantidad: g.entero(1, 5) })),
  );
}

const db = new BaseDatosPoa('bench-exportacion');
const sembrado = performance.now();
await sembrarAnioOcupado(db);
// The workbook is a jefe's export: the bench reads as one.
await conSesion(db, { rol: 'jefe' });
console.log(`Año ocupado sembrado en fake-indexeddb en ${(performance.now() - sembrado).toFixed(0)} ms: ${JSON.stringify(VOLUMEN)}`);

const ms = (desde: number, hasta: number) => `${(hasta - desde).toFixed(0)} ms`;

describe('exportación del libro POA de un año ocupado (10,000 solicitudes)', () => {
  bench(
    'leer + mapear + construirLibroPoa',
    async () => {
      const t0 = performance.now();
      const datos = await cargarDatosLibro(db, 2026, new Date(2026, 11, 31, 18, 0));
      const t1 = performance.now();
      const entrada = entradaLibroPoa(datos!);
      const t2 = performance.now();
      const bytes = await construirLibroPoa(entrada);
      const t3 = performance.now();
      console.log(
        [
          `leer (fake-indexeddb): ${ms(t0, t1)}`,
          `mapear: ${ms(t1, t2)}`,
          `construirLibroPoa: ${ms(t2, t3)}`,
          `total: ${ms(t0, t3)}`,
          `filas: ${entrada.anexos.map((a) => `${a.nombre} ${a.filas.length}`).join(', ')}, padrón ${entrada.padronPublico.filas.length}`,
          `tamaño: ${(bytes.byteLength / 1024 / 1024).toFixed(1)} MB`,
        ].join(' · '),
      );
    },
    { iterations: 3, time: 0, warmupIterations: 0, warmupTime: 0 },
  );
});
