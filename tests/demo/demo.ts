/**
 * `npm run demo -- --anios 10 [--semilla N] [--anio-final 2026] [--corte AAAA-MM-DD] [--salida ruta]`
 *
 * Writes a backup file of a busy office's made-up history, to be loaded with Configuración → Respaldos → Restaurar.
 */
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { z } from 'zod';
import { formatearNumero } from '../../shared/domain/formato';
import { TAMANO_MAXIMO_RESPALDO } from '../../shared/ipc/limites';
import { ETIQUETA_TABLA, TABLAS_RESPALDO } from '../../shared/schemas/respaldo';
import { escribirRespaldoDemo } from './archivo';

const opcionesSchema = z.object({
  anios: z.coerce.number({ error: '--anios debe ser un número' }).int('--anios debe ser entero').min(1, '--anios va de 1 a 50').max(50, '--anios va de 1 a 50'),
  semilla: z.coerce.number({ error: '--semilla debe ser un número' }).int('--semilla debe ser entero').min(0, '--semilla no puede ser negativa'),
  anioFinal: z.coerce.number({ error: '--anio-final debe ser un número' }).int('--anio-final debe ser entero').min(2000).max(2100),
  corte: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, '--corte se escribe AAAA-MM-DD').optional(),
  salida: z.string().min(1).optional(),
});

function leerOpciones() {
  const { values } = parseArgs({
    options: {
      anios: { type: 'string', default: '1' },
      semilla: { type: 'string', default: '1' },
      'anio-final': { type: 'string', default: '2026' },
      corte: { type: 'string' },
      salida: { type: 'string' },
    },
  });
  const r = opcionesSchema.safeParse({ ...values, anioFinal: values['anio-final'] });
  if (!r.success) {
    console.error(`Opciones inválidas: ${r.error.issues.map((i) => i.message).join('; ')}`);
    process.exit(2);
  }
  return r.data;
}

const mb = (bytes: number) => `${formatearNumero(bytes / 1024 / 1024, 1)} MB`;

async function principal() {
  const o = leerOpciones();
  const ruta = resolve(o.salida ?? `respaldo-demo-${o.anios}-anios-semilla-${o.semilla}.poa.gz`);
  console.log(`Generando ${o.anios} año(s) de una oficina ocupada (semilla ${o.semilla}, hasta ${o.corte ?? `30/11/${o.anioFinal}`})…`);
  const r = await escribirRespaldoDemo(ruta, { anios: o.anios, semilla: o.semilla, anioFinal: o.anioFinal, corte: o.corte });
  const total = TABLAS_RESPALDO.reduce((s, t) => s + (r.conteos[t] ?? 0), 0);
  for (const t of TABLAS_RESPALDO) console.log(`  ${ETIQUETA_TABLA[t].padEnd(22)} ${formatearNumero(r.conteos[t] ?? 0).padStart(9)}`);
  console.log(`  ${'total'.padEnd(22)} ${formatearNumero(total).padStart(9)} registros`);
  console.log(`Archivo: ${r.ruta}`);
  console.log(`Tamaño: ${mb(r.bytes)} en ${formatearNumero(r.milisegundos / 1000, 1)} s`);
  if (r.bytes > TAMANO_MAXIMO_RESPALDO) {
    console.warn(`Aviso: el archivo pasa del límite de ${mb(TAMANO_MAXIMO_RESPALDO)} que la aplicación acepta al restaurar.`);
  }
  console.log('Para cargarlo: Configuración → Respaldos → Restaurar, con una cuenta de administrador.');
}

principal().catch((e: unknown) => {
  console.error(e instanceof Error ? e.message : String(e));
  process.exit(1);
});
