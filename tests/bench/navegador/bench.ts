/**
 * `npm run bench [-- --anios 1,3,10 --repeticiones 5 --semilla 1]`
 *
 * The figures of a busy office in the built renderer (run `npx electron-vite build` first), in headless Chromium:
 * for each history length, the office is generated and loaded once, then every figure is measured in each round;
 * one JSON line per figure and history length with the median, the minimum and the maximum.
 */
import { cpus, totalmem } from 'node:os';
import { parseArgs } from 'node:util';
import { z } from 'zod';
import { medirRonda, type Medicion } from './figuras';
import { abrirOficina, resumir } from './oficina';

const opcionesSchema = z.object({
  anios: z
    .string()
    .transform((s) => s.split(',').map((a) => Number(a.trim())))
    .pipe(z.array(z.number().int('--anios: años enteros').min(1, '--anios: de 1 a 50').max(50, '--anios: de 1 a 50')).min(1)),
  repeticiones: z.coerce.number({ error: '--repeticiones debe ser un número' }).int().min(1, '--repeticiones: al menos 1'),
  semilla: z.coerce.number({ error: '--semilla debe ser un número' }).int().min(0),
});

async function principal() {
  const { values } = parseArgs({
    options: { anios: { type: 'string', default: '1,3,10' }, repeticiones: { type: 'string', default: '5' }, semilla: { type: 'string', default: '1' } },
  });
  const r = opcionesSchema.safeParse(values);
  if (!r.success) {
    console.error(`Opciones inválidas: ${r.error.issues.map((i) => i.message).join('; ')}`);
    process.exit(2);
  }
  const { anios: todos, repeticiones, semilla } = r.data;
  const maquina = `${cpus().length} núcleos, ${cpus()[0]?.model ?? 'CPU'}, ${Math.round(totalmem() / 2 ** 30)} GB`;
  for (const anios of todos) {
    const oficina = await abrirOficina({ anios, semilla });
    try {
      const filas = Object.values(oficina.cargadas).reduce((s, n) => s + n, 0);
      console.log(JSON.stringify({ anios, figura: 'carga de la oficina generada en IndexedDB', unidad: 'ms', valor: Math.round(oficina.cargaMs), filas, maquina }));
      const porFigura = new Map<string, Medicion[]>();
      for (let ronda = 0; ronda < repeticiones; ronda++) {
        for (const medicion of await medirRonda(oficina, ronda)) porFigura.set(medicion.figura, [...(porFigura.get(medicion.figura) ?? []), medicion]);
      }
      for (const [figura, mediciones] of porFigura) {
        const { mediana, min, max, muestras } = resumir(mediciones.map((x) => x.valor));
        const redondo = (v: number) => Math.round(v * 10) / 10;
        console.log(
          JSON.stringify({
            anios,
            figura,
            unidad: mediciones[0].unidad,
            mediana: redondo(mediana),
            min: redondo(min),
            max: redondo(max),
            muestras: muestras.map(redondo),
          }),
        );
      }
    } finally {
      await oficina.cerrar();
    }
  }
}

principal().catch((e: unknown) => {
  console.error(e instanceof Error ? (e.stack ?? e.message) : String(e));
  process.exit(1);
});
