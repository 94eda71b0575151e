import type { Cell, Workbook, Worksheet } from 'exceljs';
import { resumenesPorTipo, serieTotal } from '../domain/cronograma';
import { ETIQUETA_SEMAFORO } from '../domain/eficiencia';
import { mesesDelPeriodo } from '../domain/periodos';
import { alturaTexto } from './altura';
import { HOJA_CRONOGRAMA, columnaMes, filasActividadCronograma } from './disposicion';
import { ALINEAR_CENTRO, ALINEAR_TEXTO, COLOR_EN_CURSO, FORMATO, FUENTE_NEGRITA, FUENTE_NORMAL, RELLENO_TOTAL, relleno } from './estilos';
import { ETIQUETA_EN_CURSO } from '../domain/enCurso';
import {
  celda,
  encabezadoCombinado,
  enmarcar,
  formula,
  formulaIndice,
  nuevaHoja,
  pintarSemaforo,
  refHoja,
  reglasSemaforo,
  titulos,
  valorIndice,
} from './hoja';
import type { LibroPoaEntrada } from './tipos';

export const HOJA_AVANCE = 'Avance trimestral';

export const COL_AVANCE = { numero: 1, actividad: 2, trimestre: 3, programado: 4, logrado: 5, porcentaje: 6, semaforo: 7, justificacion: 8 } as const;
const FILA_ENCABEZADO = 5;

/** Row of quarter q (1..4) of activity i; the POA total follows the activities as one more block. */
export function filaAvance(indiceActividad: number, trimestre: number): number {
  return FILA_ENCABEZADO + 1 + indiceActividad * 4 + trimestre - 1;
}

const mesesTrimestre = (t: number) => mesesDelPeriodo({ tipo: 'trimestre', numero: t });

/** Quarterly progress for Contraloría: programmed, achieved, %, semáforo and the justification the head signs. */
export function hojaAvanceTrimestral(libro: Workbook, entrada: LibroPoaEntrada, corte: number): Worksheet {
  const C = COL_AVANCE;
  const hoja = nuevaHoja(libro, HOJA_AVANCE, entrada, {
    filasTitulo: `${FILA_ENCABEZADO}:${FILA_ENCABEZADO}`,
    congelar: { filas: FILA_ENCABEZADO, columnas: 0 },
  });
  const anchos = [5, 32, 22, 12, 12, 11, 14, 60];
  anchos.forEach((ancho, i) => (hoja.getColumn(i + 1).width = ancho));
  titulos(hoja, entrada, C.justificacion, 'Avance trimestral');
  const encabezados = ['N°', 'Actividad', 'Trimestre', 'Programado', 'Logrado', '%', 'Semáforo', 'Justificación'];
  encabezados.forEach((texto, i) => encabezadoCombinado(hoja, FILA_ENCABEZADO, i + 1, FILA_ENCABEZADO, i + 1, texto));
  hoja.getRow(FILA_ENCABEZADO).height = 20;

  const n = entrada.actividades.length;
  const bloques = [
    ...entrada.actividades.map((a, i) => ({ a, i, serie: a })),
    { a: null, i: n, serie: serieTotal(entrada.actividades) },
  ];
  for (const { a, i, serie } of bloques) {
    // The cronograma's own summary of each quarter, for the activity or the POA total.
    const trimestres = resumenesPorTipo(serie, 'trimestre', entrada.umbrales);
    const primera = filaAvance(i, 1);
    const ultimaFila = filaAvance(i, 4);
    enmarcar(hoja, primera, 1, ultimaFila, C.justificacion);
    hoja.mergeCells(primera, C.numero, ultimaFila, a ? C.numero : C.actividad);
    if (a) hoja.mergeCells(primera, C.actividad, ultimaFila, C.actividad);
    const num = hoja.getCell(primera, C.numero);
    num.value = a ? a.numero : 'TOTAL';
    num.alignment = a ? { horizontal: 'center', vertical: 'top' } : ALINEAR_CENTRO;
    num.font = a ? FUENTE_NORMAL : FUENTE_NEGRITA;
    if (!a) num.fill = RELLENO_TOTAL;
    if (a) {
      const nombre = hoja.getCell(primera, C.actividad);
      nombre.value = a.nombre;
      nombre.alignment = ALINEAR_TEXTO;
      nombre.font = FUENTE_NORMAL;
    }

    for (let t = 1; t <= 4; t++) {
      const fila = filaAvance(i, t);
      const meses = mesesTrimestre(t);
      const resumen = trimestres[t - 1];
      const origen = (de: 'programado' | 'logrado', desplazamiento: number) => {
        if (a) {
          const filaCronograma = filasActividadCronograma(i)[de];
          const rango = `${celda(columnaMes(meses[0]), filaCronograma)}:${celda(columnaMes(meses[2]), filaCronograma)}`;
          return `SUM(${refHoja(HOJA_CRONOGRAMA, rango)})`;
        }
        return Array.from({ length: n }, (_, x) => celda(C.programado + desplazamiento, filaAvance(x, t))).join('+');
      };
      const total = !a;
      const etiqueta = hoja.getCell(fila, C.trimestre);
      etiqueta.value = resumen.etiqueta;
      etiqueta.font = total ? FUENTE_NEGRITA : FUENTE_NORMAL;
      etiqueta.alignment = { vertical: 'middle' };
      cifra(hoja.getCell(fila, C.programado), !a && n === 0 ? 0 : origen('programado', 0), resumen.programado, total);
      cifra(hoja.getCell(fila, C.logrado), !a && n === 0 ? 0 : origen('logrado', 1), resumen.logrado, total);

      const pct = hoja.getCell(fila, C.porcentaje);
      const refPct = celda(C.porcentaje, fila);
      pct.value = formula(formulaIndice(celda(C.logrado, fila), celda(C.programado, fila)), valorIndice(resumen.indice));
      pct.numFmt = FORMATO.indice;
      pct.alignment = ALINEAR_CENTRO;
      pct.font = total ? FUENTE_NEGRITA : FUENTE_NORMAL;
      const sem = hoja.getCell(fila, C.semaforo);
      sem.alignment = ALINEAR_CENTRO;
      sem.font = total ? FUENTE_NEGRITA : FUENTE_NORMAL;
      const transcurrido = meses[0] <= corte;
      // The quarter in progress is not judged until it ends (shared/domain/enCurso.ts).
      const enCurso = entrada.anio === entrada.generado.getFullYear() && meses[meses.length - 1] >= corte && transcurrido && resumen.indice !== null;
      if (enCurso) {
        sem.value = ETIQUETA_EN_CURSO;
        for (const c of [pct, sem]) {
          c.fill = relleno(COLOR_EN_CURSO.fondo);
          c.font = { ...(c.font ?? {}), color: { argb: COLOR_EN_CURSO.texto } };
        }
      } else if (transcurrido) {
        const color = resumen.semaforo;
        const { verde, ambar } = entrada.umbrales;
        sem.value = formula(
          `IF(ISNUMBER(${refPct}),IF(${refPct}>=${verde},"${ETIQUETA_SEMAFORO.verde}",IF(${refPct}>=${ambar},"${ETIQUETA_SEMAFORO.ambar}","${ETIQUETA_SEMAFORO.rojo}")),"${ETIQUETA_SEMAFORO['no-aplica']}")`,
          ETIQUETA_SEMAFORO[color],
        );
        pintarSemaforo(pct, color);
        pintarSemaforo(sem, color);
      } else {
        sem.value = 'Por transcurrir';
        if (total) {
          pct.fill = RELLENO_TOTAL;
          sem.fill = RELLENO_TOTAL;
        }
      }
      const justificacion = a
        ? a.justificaciones.filter((j) => j.trimestre === t).map((j) => j.texto.trim()).filter(Boolean).join('\n')
        : '';
      const just = hoja.getCell(fila, C.justificacion);
      just.value = justificacion;
      just.alignment = ALINEAR_TEXTO;
      just.font = FUENTE_NORMAL;
      if (total) {
        etiqueta.fill = RELLENO_TOTAL;
        just.fill = RELLENO_TOTAL;
      }
      hoja.getRow(fila).height = alturaTexto([{ texto: justificacion, ancho: anchos[C.justificacion - 1] }]);
    }
    const transcurridos = [1, 2, 3, 4].filter((t) => mesesTrimestre(t)[0] <= corte).length;
    if (transcurridos > 0) {
      const ref = celda(C.porcentaje, primera);
      reglasSemaforo(hoja, `${ref}:${celda(C.porcentaje, filaAvance(i, transcurridos))}`, `ISNUMBER(${ref})`, ref, entrada.umbrales);
    }
  }
  return hoja;
}

function cifra(c: Cell, expresion: string | 0, valor: number, total: boolean): void {
  c.value = expresion === 0 ? 0 : formula(expresion, valor);
  c.numFmt = FORMATO.entero;
  c.alignment = ALINEAR_CENTRO;
  c.font = total ? FUENTE_NEGRITA : FUENTE_NORMAL;
  if (total) c.fill = RELLENO_TOTAL;
}
