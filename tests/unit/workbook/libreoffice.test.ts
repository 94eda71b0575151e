import type { CellFormulaValue } from 'exceljs';
import { describe, expect, it } from 'vitest';
import { construirLibroPoa, crearLibro } from '../../../shared/workbook/libro';
import { entradaSemilla } from './datos';
import { formulasDeHoja, hoja, leerLibro } from './leer';
import { SOFFICE, recalcularConLibreOffice } from './libreoffice';

const HOJAS_CALCULADAS = ['Cronograma', 'Metas', 'Indicador', 'Avance trimestral'];

if (!SOFFICE) {
  console.warn('LibreOffice (soffice) no está instalado: se omite la comprobación del libro con recálculo forzado.');
}

/** The same workbook with every stored result wrong, to prove LibreOffice computed the figures itself. */
async function libroConResultadosFalsos(): Promise<Uint8Array> {
  const libro = crearLibro(entradaSemilla());
  for (const nombre of HOJAS_CALCULADAS) {
    libro.getWorksheet(nombre)!.eachRow((fila) =>
      fila.eachCell((c) => {
        if (c.isMerged && c.master.address !== c.address) return;
        const v = c.value as CellFormulaValue;
        if (v && typeof v === 'object' && 'formula' in v) {
          c.value = { formula: v.formula, result: typeof c.result === 'number' ? c.result + 1000 : 'MAL' };
        }
      }),
    );
  }
  const datos = (await libro.xlsx.writeBuffer()) as unknown as Uint8Array;
  return new Uint8Array(datos.buffer, datos.byteOffset, datos.byteLength);
}

/** LibreOffice saves results rounded to 15 significant digits; anything closer than that is the same figure. */
function mismoValor(calculado: unknown, guardado: unknown): boolean {
  if (typeof calculado === 'number' && typeof guardado === 'number') {
    return Math.abs(calculado - guardado) <= 1e-9 * Math.max(1, Math.abs(guardado));
  }
  return calculado === guardado;
}

describe('libro POA abierto en LibreOffice con recálculo forzado', () => {
  it.skipIf(!SOFFICE)(
    'LibreOffice calcula las mismas cifras que el libro guarda, aun cuando lo guardado estaba mal',
    async () => {
      const correcto = await construirLibroPoa(entradaSemilla());
      const falso = await libroConResultadosFalsos();
      const recalculados = await recalcularConLibreOffice({ correcto, falso });

      const original = await leerLibro(correcto);
      const deFalso = await leerLibro(falso);
      const libreOfficeCorrecto = await leerLibro(recalculados.correcto);
      const libreOfficeFalso = await leerLibro(recalculados.falso);

      let comparadas = 0;
      for (const nombre of HOJAS_CALCULADAS) {
        const esperadas = formulasDeHoja(hoja(original, nombre));
        const falsas = formulasDeHoja(hoja(deFalso, nombre));
        const deLibreOffice = [formulasDeHoja(hoja(libreOfficeCorrecto, nombre)), formulasDeHoja(hoja(libreOfficeFalso, nombre))];
        for (const [direccion, { result }] of esperadas) {
          expect(mismoValor(falsas.get(direccion)?.result, result), `${nombre}!${direccion} debía guardarse mal`).toBe(false);
          for (const calculadas of deLibreOffice) {
            const calculada = calculadas.get(direccion);
            expect(calculada, `${nombre}!${direccion} conserva su fórmula`).toBeDefined();
            expect(
              mismoValor(calculada!.result, result),
              `${nombre}!${direccion}: LibreOffice ${String(calculada!.result)}, libro ${String(result)}`,
            ).toBe(true);
          }
          comparadas++;
        }
      }
      // Cronograma, Metas, Indicador and Avance trimestral of the seed hold a few hundred formulas; all were compared.
      expect(comparadas).toBeGreaterThan(300);
      const indicador = formulasDeHoja(hoja(libreOfficeFalso, 'Indicador'));
      expect(indicador.get('D17')?.result).toBe(125);
      expect(indicador.get('J18')?.result).toBe('No aplica');
      // The Meta modificada follows the Cronograma; the annual check holds for the modified goals.
      const metas = formulasDeHoja(hoja(libreOfficeFalso, 'Metas'));
      expect([metas.get('J9')?.result, metas.get('Q11')?.result, metas.get('Q17')?.result, metas.get('R11')?.result]).toEqual([7, 90, 360, 'Coincide']);
    },
    120_000,
  );
});
