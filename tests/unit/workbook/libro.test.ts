import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { construirLibroPoa, crearLibro, nombreArchivoLibro } from '../../../shared/workbook/libro';
import { ACTIVIDADES, entradaSemilla } from './datos';
import { formatosCondicionales, formulaDe, hoja, leerLibro, rellenoDe } from './leer';

const COLOR = { verde: 'FFC6EFCE', ambar: 'FFFFEB9C', rojo: 'FFFFC7CE', 'no-aplica': 'FFEDEDED' } as const;
/** Column letter for columns A..Z. */
const L = (n: number) => String.fromCharCode(64 + n);
const sumar = (v: number[]) => v.reduce((a, b) => a + b, 0);
/** The semáforo by the default thresholds, written out so the test does not lean on the code it checks. */
const colorEsperado = (l: number, p: number) => (p === 0 ? COLOR['no-aplica'] : (l * 100) / p >= 90 ? COLOR.verde : (l * 100) / p >= 70 ? COLOR.ambar : COLOR.rojo);
const indiceEsperado = (l: number, p: number) => (p === 0 ? 'No aplica' : (l * 100) / p);

const bytes = await construirLibroPoa(entradaSemilla());
const libro = await leerLibro(bytes);

describe('libro POA para Tesorería', () => {
  it('lleva las hojas en el orden del POA, con anexos y padrón público al final', () => {
    expect(libro.worksheets.map((h) => h.name)).toEqual([
      'POA',
      'Cronograma',
      'Metas',
      'Indicador',
      'Avance trimestral',
      'Reconducciones',
      'Solicitudes',
      'Apoyos',
      'Padrón público',
    ]);
    expect(nombreArchivoLibro(2026)).toBe('POA-2026-Gestion-Social.xlsx');
  });

  it('pide recalcular al abrir', async () => {
    const zip = await JSZip.loadAsync(bytes);
    const workbookXml = await zip.file('xl/workbook.xml')!.async('string');
    expect(workbookXml).toMatch(/<calcPr[^>]*fullCalcOnLoad="1"/);
  });

  it('hoja POA: encabezado del área con el estado del POA y tabla de actividades alineada al Plan Municipal de Desarrollo', () => {
    const h = hoja(libro, 'POA');
    expect(h.model.merges).toEqual(expect.arrayContaining(['A1:F1', 'A2:F2', 'A4:B4', 'C4:F4', 'C7:F7', 'A9:B9']));
    expect(h.getCell('A1').value).toBe('Municipio de San Pedro');
    expect(h.getCell('A2').value).toBe('POA (PLAN OPERATIVO ANUAL) 2026');
    expect([4, 5, 6, 7, 8].map((f) => [h.getCell(`A${f}`).value, h.getCell(`C${f}`).value])).toEqual([
      ['Dirección:', 'Presidencia Municipal'],
      ['Área:', 'Gestión Social y Atención Ciudadana'],
      ['Objetivo General:', 'Atención directa a los ciudadanos en sus demandas y necesidades sociales'],
      ['Objetivos Específicos:', entradaSemilla().encabezado.objetivosEspecificos],
      ['Estado del POA:', 'Autorizado por Ana Torres Vidal el 15/01/2026'],
    ]);
    expect(h.model.merges).toEqual(expect.arrayContaining(['A8:B8', 'C8:F8']));
    expect(['A9', 'C9', 'D9', 'E9', 'F9'].map((d) => h.getCell(d).value)).toEqual([
      'Módulo / Proyecto General',
      'Eje Estratégico del Plan Municipal de Desarrollo',
      'Línea Estratégica del Plan Municipal de Desarrollo',
      'Lista de Acciones del Plan Municipal de Desarrollo',
      'Actividad Específica',
    ]);
    expect(h.getCell('A9').font.bold).toBe(true);
    expect(h.getRow(10).values).toEqual([
      undefined,
      1,
      'Atención Ciudadana y recepción de solicitudes',
      'Mas desarrollo y competitividad',
      'Desarrollo económico para los habitantes',
      'Recepción y canalización de solicitudes de apoyo social al departamento correspondiente',
      'Recepción y canalización de solicitudes de apoyo social al departamento correspondiente',
    ]);
    expect(h.getCell('E13').value).toBe(
      'Participación en mesas interinstitucionales de trabajo.\nEstablecimiento de convenios con organizaciones civiles y publicas',
    );
    expect(h.getCell('E13').alignment.wrapText).toBe(true);
    // The seed keeps numbered empty rows up to six.
    expect([h.getCell('A14').value, h.getCell('B14').value, h.getCell('A15').value]).toEqual([5, '', 6]);
    expect(h.getCell('A16').value).toBeNull();
  });

  it('Cronograma: encabezado del seed con grupos combinados', () => {
    const h = hoja(libro, 'Cronograma');
    expect(h.model.merges).toEqual(
      expect.arrayContaining(['A5:A6', 'B5:B6', 'E5:E6', 'F5:I5', 'K5:V5', 'W5:X5', 'A7:A9', 'F7:F9', 'W7:W9', 'A19:D20']),
    );
    expect(h.getCell('F5').value).toBe('2026');
    expect(['F6', 'G6', 'H6', 'I6'].map((d) => h.getCell(d).value)).toEqual(['Meta Programada N°', '%', 'Meta Alcanzada N°', '%']);
    expect(h.getCell('K5').value).toBe('2026 cronograma programado');
    expect(h.getRow(6).values).toEqual(
      expect.arrayContaining(['enero', 'febrero', 'septiembre', 'diciembre', 'Inicio', 'Fin']),
    );
    expect(h.getCell('W5').value).toBe('Fecha de inicio y fin');
  });

  it('Cronograma: marcas X, programado y logrado por mes, sumas y porcentajes con su valor', () => {
    const h = hoja(libro, 'Cronograma');
    ACTIVIDADES.forEach((a, i) => {
      const marcas = 7 + i * 3;
      const p = marcas + 1;
      const l = marcas + 2;
      expect(h.getCell(`A${marcas}`).value).toBe(a.numero);
      expect(h.getCell(`B${marcas}`).value).toBe(a.nombre);
      expect(h.getCell(`C${marcas}`).value).toBe(a.responsable);
      expect(h.getCell(`D${marcas}`).value).toBe(a.unidadMedida);
      expect(h.getCell(`E${marcas}`).value).toBe(90);
      expect([h.getCell(`J${marcas}`).value, h.getCell(`J${p}`).value, h.getCell(`J${l}`).value]).toEqual([
        'Calendario',
        'Programado',
        'Logrado',
      ]);
      for (let m = 1; m <= 12; m++) {
        const col = L(10 + m);
        expect(h.getCell(`${col}${marcas}`).value).toBe(a.meses[m - 1] ? 'X' : null);
        expect(h.getCell(`${col}${marcas}`).alignment.horizontal).toBe('center');
        expect(h.getCell(`${col}${p}`).value).toBe(a.programado[m - 1]);
        expect(h.getCell(`${col}${l}`).value).toBe(a.logrado[m - 1]);
        // Achieved months carry the semáforo up to May; June, the generation month, is in progress (neutral, with
        // its goal to date in a note); later months are not late yet.
        expect(rellenoDe(h, `${col}${l}`)).toBe(m <= 5 ? colorEsperado(a.logrado[m - 1], a.programado[m - 1]) : m === 6 ? 'FFE3ECF7' : undefined);
        if (m === 6) expect(h.getCell(`${col}${l}`).note).toMatch(new RegExp(`^En curso: ${a.logrado[5]} de ${a.programado[5]}, meta a la fecha \\d+$`));
      }
      expect(formulaDe(h, `F${marcas}`)).toEqual({ formula: `SUM(K${p}:V${p})`, result: 90 });
      expect(formulaDe(h, `G${marcas}`)).toEqual({ formula: `IF(E${marcas}=0,"No aplica",F${marcas}*100/E${marcas})`, result: 100 });
      expect(formulaDe(h, `H${marcas}`)).toEqual({ formula: `SUM(K${l}:V${l})`, result: sumar(a.logrado) });
      expect(formulaDe(h, `I${marcas}`)).toEqual({
        formula: `IF(E${marcas}=0,"No aplica",H${marcas}*100/E${marcas})`,
        result: (sumar(a.logrado) * 100) / 90,
      });
      expect(h.getCell(`G${marcas}`).numFmt).toBe('0.0" %"');
    });
    expect(ACTIVIDADES.map((a) => sumar(a.logrado))).toEqual([44, 46, 42, 32]);
    expect(formulaDe(h, 'I7').result).toBeCloseTo(48.8889, 4);
    // Over-achievement and a month with nothing programmed but work done on the sheet's colours; June, the month in
    // progress, is neutral whatever its figures.
    expect(rellenoDe(h, 'K9')).toBe(COLOR.verde);
    expect(rellenoDe(h, 'L15')).toBe(COLOR['no-aplica']);
    expect(rellenoDe(h, 'P9')).toBe('FFE3ECF7');
  });

  it('Cronograma: fechas dd/mm/aaaa o BIMESTRAL como el seed, y fila TOTAL', () => {
    const h = hoja(libro, 'Cronograma');
    expect(h.getCell('W7').value).toEqual(new Date(Date.UTC(2026, 0, 2)));
    expect(h.getCell('X7').value).toEqual(new Date(Date.UTC(2026, 11, 30)));
    expect(h.getCell('W7').numFmt).toBe('dd/mm/yyyy');
    expect([h.getCell('W10').value, h.getCell('X10').value, h.getCell('W16').value]).toEqual(['BIMESTRAL', 'BIMESTRAL', 'BIMESTRAL']);

    expect(h.getCell('A19').value).toBe('TOTAL');
    expect(formulaDe(h, 'E19')).toEqual({ formula: 'SUM(E7:E18)', result: 360 });
    expect(formulaDe(h, 'F19')).toEqual({ formula: 'SUM(F7:F18)', result: 360 });
    expect(formulaDe(h, 'G19')).toEqual({ formula: 'IF(E19=0,"No aplica",F19*100/E19)', result: 100 });
    expect(formulaDe(h, 'H19')).toEqual({ formula: 'SUM(H7:H18)', result: 164 });
    expect(formulaDe(h, 'I19')).toEqual({ formula: 'IF(E19=0,"No aplica",H19*100/E19)', result: (164 * 100) / 360 });
    const programadoTotal = [33, 24, 33, 33, 33, 33, 29, 29, 29, 28, 28, 28];
    const logradoTotal = [27, 17, 30, 32, 32, 26, 0, 0, 0, 0, 0, 0];
    for (let m = 1; m <= 12; m++) {
      const col = L(10 + m);
      expect(formulaDe(h, `${col}19`)).toEqual({
        formula: `SUMIF($J$7:$J$18,"Programado",${col}$7:${col}$18)`,
        result: programadoTotal[m - 1],
      });
      expect(formulaDe(h, `${col}20`)).toEqual({ formula: `SUMIF($J$7:$J$18,"Logrado",${col}$7:${col}$18)`, result: logradoTotal[m - 1] });
    }
  });

  it('Cronograma: un plan mensual que no suma la meta anual se marca en rojo con nota', async () => {
    const actividades = [{ ...ACTIVIDADES[0], programado: [...ACTIVIDADES[0].programado.slice(0, 11), 0] }];
    const h = hoja(await leerLibro(await construirLibroPoa(entradaSemilla({ actividades }))), 'Cronograma');
    expect(formulaDe(h, 'G7').result).toBeCloseTo((83 * 100) / 90, 10);
    expect(rellenoDe(h, 'G7')).toBe(COLOR.rojo);
    expect(String(h.getCell('G7').note)).toContain('no coincide con la Meta Anual');
  });

  it('Indicador: el cuadro del seed y la leyenda del semáforo con los umbrales', () => {
    const h = hoja(libro, 'Indicador');
    expect(h.getCell('A3').value).toBe('Indicador De Medida');
    expect([h.getCell('A5').value, h.getCell('C5').value, h.getCell('G5').value]).toEqual(['Nombre', 'Variables', 'Formula']);
    expect(h.getCell('A6').value).toBe('Indice de Eficiencia');
    expect(h.getCell('C6').value).toBe('1. Actividades Logradas\n2. Actividades Programadas');
    expect(h.getCell('G6').value).toBe('Indice de Eficiencia = Actividades Logradas / Actividades Programadas × 100');
    expect(h.model.merges).toEqual(expect.arrayContaining(['A5:B5', 'C5:F5', 'G5:P5', 'A15:A16', 'B15:D15', 'N15:P15']));
    expect([9, 10, 11, 12].map((f) => [h.getCell(`A${f}`).value, h.getCell(`B${f}`).value, rellenoDe(h, `A${f}`)])).toEqual([
      ['En meta', 'Índice ≥ 90 %', COLOR.verde],
      ['En riesgo', '70 % ≤ Índice < 90 %', COLOR.ambar],
      ['Fuera de meta', 'Índice < 70 %', COLOR.rojo],
      ['No aplica', 'Sin actividades programadas en el periodo', COLOR['no-aplica']],
    ]);
    expect(h.getCell('B15').value).toBe('1. Atención Ciudadana y recepción de solicitudes');
    expect(h.getCell('N15').value).toBe('TOTAL POA');
    expect(['B16', 'C16', 'D16'].map((d) => h.getCell(d).value)).toEqual(['Programadas', 'Logradas', 'Índice']);
  });

  it('Indicador: cada mes, acumulado y año con fórmula viva, su valor y el color del semáforo', () => {
    const h = hoja(libro, 'Indicador');
    const series = [
      ...ACTIVIDADES.map((a) => ({ p: a.programado, l: a.logrado })),
      {
        p: Array.from({ length: 12 }, (_, m) => sumar(ACTIVIDADES.map((a) => a.programado[m]))),
        l: Array.from({ length: 12 }, (_, m) => sumar(ACTIVIDADES.map((a) => a.logrado[m]))),
      },
    ];
    series.forEach(({ p, l }, g) => {
      const [cp, cl, ci] = [L(2 + g * 3), L(3 + g * 3), L(4 + g * 3)];
      for (let m = 1; m <= 12; m++) {
        const fila = 16 + m;
        expect(h.getCell(`A${fila}`).value).toBe(['enero', 'febrero', 'marzo', 'abril', 'mayo', 'junio', 'julio', 'agosto', 'septiembre', 'octubre', 'noviembre', 'diciembre'][m - 1]);
        const origen = g < 4 ? `'Cronograma'!${L(10 + m)}${8 + g * 3}` : 'B+E+H+K'.replace(/([A-K])/g, `$1${fila}`);
        const origenLogrado = g < 4 ? `'Cronograma'!${L(10 + m)}${9 + g * 3}` : 'C+F+I+L'.replace(/([A-L])/g, `$1${fila}`);
        expect(formulaDe(h, `${cp}${fila}`)).toEqual({ formula: origen, result: p[m - 1] });
        expect(formulaDe(h, `${cl}${fila}`)).toEqual({ formula: origenLogrado, result: l[m - 1] });
        expect(formulaDe(h, `${ci}${fila}`)).toEqual({
          formula: `IF(${cp}${fila}=0,"No aplica",${cl}${fila}*100/${cp}${fila})`,
          result: indiceEsperado(l[m - 1], p[m - 1]),
        });
        expect(h.getCell(`${ci}${fila}`).numFmt).toBe('0.0" %"');
        expect(rellenoDe(h, `${ci}${fila}`)).toBe(m <= 6 ? colorEsperado(l[m - 1], p[m - 1]) : undefined);
      }
      const pA = sumar(p.slice(0, 6));
      const lA = sumar(l.slice(0, 6));
      expect(formulaDe(h, `${cp}29`)).toEqual({ formula: `SUM(${cp}17:${cp}22)`, result: pA });
      expect(formulaDe(h, `${cl}29`)).toEqual({ formula: `SUM(${cl}17:${cl}22)`, result: lA });
      expect(formulaDe(h, `${ci}29`)).toEqual({ formula: `IF(${cp}29=0,"No aplica",${cl}29*100/${cp}29)`, result: indiceEsperado(lA, pA) });
      expect(rellenoDe(h, `${ci}29`)).toBe(colorEsperado(lA, pA));
      expect(formulaDe(h, `${cp}30`)).toEqual({ formula: `SUM(${cp}17:${cp}28)`, result: sumar(p) });
      expect(formulaDe(h, `${cl}30`)).toEqual({ formula: `SUM(${cl}17:${cl}28)`, result: sumar(l) });
      expect(formulaDe(h, `${ci}30`).result).toBe(indiceEsperado(sumar(l), sumar(p)));
    });
    expect(h.getCell('A29').value).toBe('Acumulado enero–junio');
    expect(h.getCell('A30').value).toBe('Anual 2026');
    // Spot values a department head would read off the sheet.
    expect(formulaDe(h, 'D17').result).toBe(125);
    expect(formulaDe(h, 'D18').result).toBe(87.5);
    expect(formulaDe(h, 'J18').result).toBe('No aplica');
    expect(rellenoDe(h, 'J18')).toBe(COLOR['no-aplica']);
    expect(formulaDe(h, 'M17').result).toBe(0);
    expect(rellenoDe(h, 'M17')).toBe(COLOR.rojo);
    expect([formulaDe(h, 'N29').result, formulaDe(h, 'O29').result]).toEqual([189, 164]);
    expect(formulaDe(h, 'P29').result).toBeCloseTo(86.7725, 4);
    expect(rellenoDe(h, 'P29')).toBe(COLOR.ambar);
  });

  it('Indicador: reglas de formato condicional con los umbrales, que no pintan "No aplica"', () => {
    const h = hoja(libro, 'Indicador');
    const reglas = formatosCondicionales(h).filter((cf) => cf.ref === 'D17:D22');
    expect(reglas).toHaveLength(1);
    expect(reglas[0].rules.map((r) => ('formulae' in r ? r.formulae : []))).toEqual([
      ['AND(ISNUMBER(D17),D17>=90)'],
      ['AND(ISNUMBER(D17),D17>=70,D17<90)'],
      ['AND(ISNUMBER(D17),D17<70)'],
    ]);
    expect(formatosCondicionales(h).map((cf) => cf.ref)).toEqual(expect.arrayContaining(['P17:P22', 'P29:P29']));
  });

  it('Avance trimestral: programado, logrado, %, semáforo y justificación por trimestre', () => {
    const h = hoja(libro, 'Avance trimestral');
    expect(h.getRow(5).values).toEqual([undefined, 'N°', 'Actividad', 'Trimestre', 'Programado', 'Logrado', '%', 'Semáforo', 'Justificación']);
    expect(h.model.merges).toEqual(expect.arrayContaining(['A6:A9', 'B6:B9', 'A22:B25']));
    expect(h.getCell('C6').value).toBe('1er trimestre (ene–mar)');
    const trimestre = (v: number[], t: number) => sumar(v.slice(t * 3 - 3, t * 3));
    ACTIVIDADES.forEach((a, i) => {
      for (let t = 1; t <= 4; t++) {
        const fila = 6 + i * 4 + t - 1;
        const [p, l] = [trimestre(a.programado, t), trimestre(a.logrado, t)];
        const rango = (r: number) => `'Cronograma'!${L(8 + t * 3)}${r}:${L(10 + t * 3)}${r}`;
        expect(formulaDe(h, `D${fila}`)).toEqual({ formula: `SUM(${rango(8 + i * 3)})`, result: p });
        expect(formulaDe(h, `E${fila}`)).toEqual({ formula: `SUM(${rango(9 + i * 3)})`, result: l });
        expect(formulaDe(h, `F${fila}`)).toEqual({ formula: `IF(D${fila}=0,"No aplica",E${fila}*100/D${fila})`, result: indiceEsperado(l, p) });
        if (t === 2) {
          // The quarter in progress (June) is not judged yet.
          expect(h.getCell(`G${fila}`).value).toBe('En curso');
          expect(rellenoDe(h, `F${fila}`)).toBe('FFE3ECF7');
        } else if (t === 1) {
          expect(rellenoDe(h, `F${fila}`)).toBe(colorEsperado(l, p));
          expect(formulaDe(h, `G${fila}`).formula).toBe(
            `IF(ISNUMBER(F${fila}),IF(F${fila}>=90,"En meta",IF(F${fila}>=70,"En riesgo","Fuera de meta")),"No aplica")`,
          );
        } else {
          expect(h.getCell(`G${fila}`).value).toBe('Por transcurrir');
          expect(rellenoDe(h, `F${fila}`)).toBeUndefined();
        }
      }
    });
    expect(['G6', 'G18'].map((d) => formulaDe(h, d).result)).toEqual(['En meta', 'Fuera de meta']);
    expect(formulaDe(h, 'F6').result).toBeCloseTo((25 * 100) / 24, 10);
    expect(h.getCell('H7').value).toBe('Baja afluencia en junio por el periodo vacacional.');
    expect(h.getCell('H18').value).toBe('Las mesas de enero y febrero fueron reprogramadas por la Secretaría de Gobierno.');
    expect(h.getCell('A22').value).toBe('TOTAL');
    expect(formulaDe(h, 'D22')).toEqual({ formula: 'D6+D10+D14+D18', result: 90 });
    expect(formulaDe(h, 'E22')).toEqual({ formula: 'E6+E10+E14+E18', result: 74 });
    expect(formulaDe(h, 'F22').result).toBeCloseTo((74 * 100) / 90, 10);
    expect(formulaDe(h, 'G22').result).toBe('En riesgo');
    expect([formulaDe(h, 'D23').result, formulaDe(h, 'E23').result]).toEqual([99, 90]);
  });

  it('toda hoja sale en Carta horizontal, a una página de ancho, con títulos repetidos y pie con páginas', () => {
    const titulos: Record<string, string> = {
      POA: '9:9',
      Cronograma: '5:6',
      Metas: '7:7',
      Indicador: '15:16',
      'Avance trimestral': '5:5',
      Reconducciones: '2:2',
      Solicitudes: '2:2',
      Apoyos: '2:2',
      'Padrón público': '2:2',
    };
    for (const h of libro.worksheets) {
      expect(h.pageSetup, h.name).toMatchObject({
        paperSize: 1,
        orientation: 'landscape',
        fitToPage: true,
        fitToWidth: 1,
        fitToHeight: 0,
        printTitlesRow: titulos[h.name],
      });
      expect(h.headerFooter.oddHeader).toContain('Municipio de San Pedro');
      expect(h.headerFooter.oddHeader).toContain('POA (PLAN OPERATIVO ANUAL) 2026 · Autorizado');
      expect(h.headerFooter.oddFooter).toContain('Página &P de &N');
    }
  });

  it('inmoviliza encabezados y columnas de identificación', () => {
    const vista = (nombre: string) => hoja(libro, nombre).views[0];
    expect(vista('Cronograma')).toMatchObject({ state: 'frozen', xSplit: 2, ySplit: 6 });
    expect(vista('Indicador')).toMatchObject({ state: 'frozen', xSplit: 1, ySplit: 16 });
    expect(vista('POA')).toMatchObject({ state: 'frozen', ySplit: 9 });
    expect(vista('Metas')).toMatchObject({ state: 'frozen', xSplit: 3, ySplit: 7 });
    expect(vista('Solicitudes')).toMatchObject({ state: 'frozen', ySplit: 2 });
  });

  it('anexos: título, encabezado con filtro y celdas con tipo y formato mexicano', () => {
    const s = hoja(libro, 'Solicitudes');
    expect(s.getCell('A1').value).toBe('Solicitudes recibidas (3 registros)');
    expect(s.model.merges).toContain('A1:E1');
    expect(s.getRow(2).values).toEqual([undefined, 'Folio', 'Fecha de recepción', 'Solicitante', 'Tipo de apoyo', 'Estatus']);
    expect(s.getCell('A2').font.bold).toBe(true);
    expect(s.autoFilter).toBe('A2:E5');
    expect(s.getCell('B3').value).toEqual(new Date(Date.UTC(2026, 0, 5)));
    expect(s.getCell('B4').value).toEqual(new Date(Date.UTC(2026, 0, 31)));
    expect(s.getCell('B5').value).toEqual(new Date(Date.UTC(2026, 1, 14, 9, 30)));
    expect(s.getCell('B3').numFmt).toBe('dd/mm/yyyy');

    const a = hoja(libro, 'Apoyos');
    expect([a.getCell('C3').value, a.getCell('C4').value, a.getCell('D3').value, a.getCell('D4').value]).toEqual([2, 1, 1234.5, 450]);
    expect(a.getCell('D3').numFmt).toBe('"$" #,##0.00');
    expect(a.getCell('C3').numFmt).toBe('#,##0');
    expect(a.getCell('E4').value).toBeNull();
  });

  it('padrón público: nunca lleva CURP, calle, teléfono ni correo aunque lleguen', async () => {
    const padron = {
      nombre: 'Padrón',
      titulo: 'Padrón de beneficiarios',
      columnas: [
        { titulo: 'Nombre', tipo: 'texto' as const },
        { titulo: 'CURP', tipo: 'texto' as const },
        { titulo: 'Calle', tipo: 'texto' as const },
        { titulo: 'Colonia', tipo: 'texto' as const },
        { titulo: 'Teléfono', tipo: 'texto' as const },
        { titulo: 'Correo electrónico', tipo: 'texto' as const },
        { titulo: 'Edad', tipo: 'numero' as const },
      ],
      filas: [['María López Hernández', 'LOHM711204MDFPRR05', 'Hidalgo 12', 'Centro', '4441234567', 'maria@correo.mx', 54]],
    };
    const l = await leerLibro(await construirLibroPoa(entradaSemilla({ padronPublico: padron })));
    const h = hoja(l, 'Padrón público');
    expect(h.getRow(2).values).toEqual([undefined, 'Nombre', 'Colonia', 'Edad']);
    expect(h.getRow(3).values).toEqual([undefined, 'María López Hernández', 'Centro', 54]);
    const texto = JSON.stringify(l.worksheets.map((w) => w.getSheetValues()));
    expect(texto).not.toContain('LOHM711204MDFPRR05');

    const original = hoja(libro, 'Padrón público');
    expect(original.getRow(2).values).toEqual([undefined, 'Nombre', 'Apoyo', 'Colonia', 'Edad', 'Sexo']);
  });

  it('acepta nombres de anexo inválidos o repetidos y los vuelve nombres de hoja válidos', async () => {
    const anexo = (nombre: string) => ({ nombre, titulo: nombre, columnas: [{ titulo: 'Tema', tipo: 'texto' as const }], filas: [['x']] });
    const l = crearLibro(
      entradaSemilla({
        anexos: [anexo('Mesas: interinstitucionales/2026 [acuerdos]'), anexo('Indicador'), anexo('Convenios'), anexo('convenios'), anexo('reconducciones')],
      }),
    );
    const nombres = l.worksheets.map((w) => w.name).slice(6);
    expect(nombres).toEqual(['Mesas interinstitucionales 2026', 'Indicador (2)', 'Convenios', 'convenios (2)', 'reconducciones (2)', 'Padrón público']);
    expect(nombres.every((n) => n.length <= 31)).toBe(true);
  });

  it('pone el logo del municipio en la hoja POA y usa la Dirección cuando no hay municipio', async () => {
    const png1x1 = 'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==';
    const l = await leerLibro(await construirLibroPoa(entradaSemilla({ municipio: '', logo: { base64: png1x1, extension: 'png' } })));
    const h = hoja(l, 'POA');
    expect(h.getImages()).toHaveLength(1);
    expect(h.getCell('A1').value).toBe('Presidencia Municipal');
    expect(h.headerFooter.oddHeader).toContain('Presidencia Municipal');
  });

  it('el acumulado llega a diciembre cuando el año ya terminó y no existe antes de que empiece', async () => {
    const despues = hoja(await leerLibro(await construirLibroPoa(entradaSemilla({ generado: new Date(2027, 0, 10) }))), 'Indicador');
    expect(despues.getCell('A29').value).toBe('Acumulado enero–diciembre');
    expect(formulaDe(despues, 'N29')).toEqual({ formula: 'SUM(N17:N28)', result: 360 });
    expect(rellenoDe(despues, 'P30')).toBe(COLOR.rojo);
    const antes = hoja(await leerLibro(await construirLibroPoa(entradaSemilla({ generado: new Date(2025, 11, 20) }))), 'Indicador');
    expect(antes.getCell('N29').value).toBe(0);
    expect(formulaDe(antes, 'P29').result).toBe('No aplica');
    expect(rellenoDe(antes, 'D17')).toBeUndefined();
  });
});
