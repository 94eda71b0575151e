import { describe, expect, it } from 'vitest';
import { construirLibroPoa } from '../../../shared/workbook/libro';
import type { ActividadLibro } from '../../../shared/workbook/tipos';
import { ACTIVIDADES, RECONDUCCIONES, entradaSemilla } from './datos';
import { formulaDe, hoja, leerLibro, rellenoDe } from './leer';

const RECONDUCIDA = 'FFFCE4D6';
const ROJO = 'FFFFC7CE';
const MESES = ['enero', 'febrero', 'marzo', 'abril', 'mayo', 'junio', 'julio', 'agosto', 'septiembre', 'octubre', 'noviembre', 'diciembre'];
/** Column letter for columns A..Z. */
const L = (n: number) => String.fromCharCode(64 + n);
const sumar = (v: readonly number[]) => v.reduce((a, b) => a + b, 0);

const libro = await leerLibro(await construirLibroPoa(entradaSemilla()));

describe('hoja Metas: meta inicial y meta modificada por actividad y mes', () => {
  const h = hoja(libro, 'Metas');

  it('dice el estado del POA y explica las dos metas y el color de un mes reconducido', () => {
    expect(h.getCell('A3').value).toBe('Metas inicial y modificada');
    expect(h.getCell('A4').value).toBe('Estado del POA: Autorizado por Ana Torres Vidal el 15/01/2026');
    expect(h.getCell('A5').value).toBe('Meta reconducida');
    expect(rellenoDe(h, 'A5')).toBe(RECONDUCIDA);
    expect(String(h.getCell('D5').value)).toContain('Un mes resaltado cambió por reconducción');
    expect(h.getRow(7).values).toEqual([undefined, 'N°', 'Actividad', 'Meta', ...MESES, 'Suma de los meses', 'Meta anual', 'Suma contra meta anual']);
  });

  it('por actividad, un renglón con la meta inicial y otro con la modificada, que es la celda del Cronograma', () => {
    ACTIVIDADES.forEach((a, i) => {
      const inicial = 8 + i * 2;
      const modificada = inicial + 1;
      const programadoCronograma = 8 + i * 3;
      expect(h.model.merges).toEqual(expect.arrayContaining([`A${inicial}:A${modificada}`, `B${inicial}:B${modificada}`]));
      expect([h.getCell(`A${inicial}`).value, h.getCell(`B${inicial}`).value]).toEqual([a.numero, a.nombre]);
      expect([h.getCell(`C${inicial}`).value, h.getCell(`C${modificada}`).value]).toEqual(['Meta inicial', 'Meta modificada']);
      for (let m = 1; m <= 12; m++) {
        const col = L(3 + m);
        expect(h.getCell(`${col}${inicial}`).value).toBe(a.inicial.programado[m - 1]);
        expect(formulaDe(h, `${col}${modificada}`)).toEqual({ formula: `'Cronograma'!${L(10 + m)}${programadoCronograma}`, result: a.programado[m - 1] });
        const cambio = a.inicial.programado[m - 1] !== a.programado[m - 1];
        expect(rellenoDe(h, `${col}${modificada}`), `${a.numero} ${MESES[m - 1]}`).toBe(cambio ? RECONDUCIDA : undefined);
        expect(rellenoDe(h, `${col}${inicial}`)).toBeUndefined();
      }
      expect(formulaDe(h, `P${inicial}`)).toEqual({ formula: `SUM(D${inicial}:O${inicial})`, result: sumar(a.inicial.programado) });
      expect(formulaDe(h, `P${modificada}`)).toEqual({ formula: `SUM(D${modificada}:O${modificada})`, result: sumar(a.programado) });
      expect(h.getCell(`Q${inicial}`).value).toBe(a.inicial.metaAnual);
      expect(formulaDe(h, `Q${modificada}`)).toEqual({ formula: `'Cronograma'!E${7 + i * 3}`, result: a.metaAnual });
    });
    // Activity 1 moved a goal from July to September; activity 2 raised December from 3 to 7 and its year from 86 to 90.
    expect(['J9', 'L9'].map((d) => String(h.getCell(d).note))).toEqual([
      'Meta inicial: 8. Meta modificada por reconducción: 7 (detalle en la hoja Reconducciones).',
      'Meta inicial: 6. Meta modificada por reconducción: 7 (detalle en la hoja Reconducciones).',
    ]);
    expect([h.getCell('O10').value, formulaDe(h, 'O11').result]).toEqual([3, 7]);
    expect([h.getCell('Q10').value, formulaDe(h, 'Q11').result]).toEqual([86, 90]);
    expect(rellenoDe(h, 'Q11')).toBe(RECONDUCIDA);
    expect(rellenoDe(h, 'Q9')).toBeUndefined();
  });

  it('la suma de los meses se revisa contra la meta anual, inicial y modificada, con fórmula viva', () => {
    for (let fila = 8; fila <= 17; fila++) {
      expect(formulaDe(h, `R${fila}`)).toEqual({ formula: `IF(P${fila}=Q${fila},"Coincide","Diferencia "&(P${fila}-Q${fila}))`, result: 'Coincide' });
      expect(rellenoDe(h, `R${fila}`)).not.toBe(ROJO);
    }
  });

  it('el TOTAL suma la meta inicial y la modificada de todas las actividades, mes por mes y en el año', () => {
    expect(h.getCell('A16').value).toBe('TOTAL');
    expect(h.model.merges).toContain('A16:B17');
    expect(formulaDe(h, 'D16')).toEqual({ formula: 'SUMIF($C$8:$C$15,"Meta inicial",D$8:D$15)', result: 33 });
    expect(formulaDe(h, 'D17')).toEqual({ formula: 'SUMIF($C$8:$C$15,"Meta modificada",D$8:D$15)', result: 33 });
    // July: 8 + 7 + 8 + 7 as authorized, 7 + 7 + 8 + 7 now; December: 7 + 3 + 7 + 7, then 7 + 7 + 7 + 7.
    expect([formulaDe(h, 'J16').result, formulaDe(h, 'J17').result]).toEqual([30, 29]);
    expect([formulaDe(h, 'O16').result, formulaDe(h, 'O17').result]).toEqual([24, 28]);
    expect([formulaDe(h, 'Q16').result, formulaDe(h, 'Q17').result]).toEqual([356, 360]);
    expect([formulaDe(h, 'P16').result, formulaDe(h, 'P17').result]).toEqual([356, 360]);
  });

  it('una meta modificada cuyos meses no dan la meta anual dice la diferencia, en rojo', async () => {
    const incompleta: ActividadLibro = { ...ACTIVIDADES[0], programado: [...ACTIVIDADES[0].programado.slice(0, 11), 0] };
    const m = hoja(await leerLibro(await construirLibroPoa(entradaSemilla({ actividades: [incompleta] }))), 'Metas');
    expect(formulaDe(m, 'R9').result).toBe('Diferencia -7');
    expect(rellenoDe(m, 'R9')).toBe(ROJO);
    expect(formulaDe(m, 'R8').result).toBe('Coincide');
  });

  it('un borrador: la leyenda dice que la meta inicial es la vigente y ningún mes va resaltado', async () => {
    const actividades = ACTIVIDADES.map((a) => ({ ...a, inicial: { metaAnual: a.metaAnual, programado: [...a.programado] } }));
    const b = await leerLibro(
      await construirLibroPoa(entradaSemilla({ actividades, estado: { clave: 'borrador', texto: 'Borrador (sin autorizar)' } })),
    );
    const m = hoja(b, 'Metas');
    expect(m.getCell('A4').value).toBe('Estado del POA: Borrador (sin autorizar)');
    expect(m.getCell('D5').value).toBe('El POA es un borrador: la Meta inicial es la vigente hasta que se autorice, y no hay reconducciones.');
    for (let fila = 8; fila <= 15; fila++) for (let c = 4; c <= 17; c++) expect(rellenoDe(m, `${L(c)}${fila}`)).toBeUndefined();
    expect(hoja(b, 'POA').getCell('C8').value).toBe('Borrador (sin autorizar)');
    expect(hoja(b, 'Indicador').headerFooter.oddHeader).toContain('POA (PLAN OPERATIVO ANUAL) 2026 · Borrador');
  });
});

describe('Cronograma: los meses reconducidos se ven donde está la meta programada', () => {
  const h = hoja(libro, 'Cronograma');

  it('la meta programada de un mes reconducido va resaltada con su meta inicial en una nota; la meta anual también', () => {
    expect(['Q8', 'S8', 'V11'].map((d) => rellenoDe(h, d))).toEqual([RECONDUCIDA, RECONDUCIDA, RECONDUCIDA]);
    expect(String(h.getCell('V11').note)).toBe('Meta inicial: 3. Meta modificada por reconducción: 7 (detalle en la hoja Reconducciones).');
    expect(rellenoDe(h, 'E10')).toBe(RECONDUCIDA);
    expect(String(h.getCell('E10').note)).toContain('Meta inicial: 86');
    expect(['K8', 'R8', 'U11', 'K14', 'E7'].map((d) => rellenoDe(h, d))).toEqual([undefined, undefined, undefined, undefined, undefined]);
    expect(h.getCell('E7').note).toBeUndefined();
  });
});

describe('hoja Reconducciones', () => {
  it('una fila por reconducción con fecha dd/mm/aaaa, actividad, meses, metas antes → después, motivo, solicitó, autorizó y registró', () => {
    const h = hoja(libro, 'Reconducciones');
    expect(h.getCell('A1').value).toBe('Reconducciones del POA 2026 (2 registros)');
    expect(h.getRow(2).values).toEqual([undefined, ...RECONDUCCIONES.columnas.map((c) => c.titulo)]);
    expect(h.getCell('A3').value).toEqual(new Date(Date.UTC(2026, 4, 10)));
    expect(h.getCell('A3').numFmt).toBe('dd/mm/yyyy');
    expect((h.getRow(3).values as unknown[]).slice(2)).toEqual([
      1,
      'Atención Ciudadana y recepción de solicitudes',
      'julio y septiembre',
      'julio 8 → 7, septiembre 6 → 7',
      90,
      90,
      'La feria regional de septiembre concentra la demanda de ventanilla',
      'Personal de Gestión Social',
      'Ana Torres Vidal',
      'Jefe del Departamento',
    ]);
    expect([h.getCell('A4').value, h.getCell('E4').value, h.getCell('F4').value, h.getCell('G4').value]).toEqual([
      new Date(Date.UTC(2026, 5, 2)),
      'diciembre 3 → 7',
      86,
      90,
    ]);
    expect(h.autoFilter).toBe('A2:K4');
  });

  it('sin reconducciones, la hoja lo dice en un renglón en lugar de quedar en blanco', async () => {
    const vacia = { ...RECONDUCCIONES, filas: [] };
    const h = hoja(await leerLibro(await construirLibroPoa(entradaSemilla({ reconducciones: vacia }))), 'Reconducciones');
    expect(h.getCell('A1').value).toBe('Reconducciones del POA 2026 (0 registros)');
    expect(h.getCell('A3').value).toBe('Sin reconducciones en 2026: las metas programadas son las que se autorizaron.');
    expect(h.model.merges).toContain('A3:K3');
    expect(h.getCell('A3').font.italic).toBe(true);
  });
});
