import type { Workbook, Worksheet } from 'exceljs';
import { alturaTexto } from './altura';
import { ALINEAR_TEXTO, BORDE, FORMATO, FUENTE_NEGRITA, FUENTE_NORMAL, RELLENO_ETIQUETA } from './estilos';
import { encabezadoCombinado, enmarcar, nuevaHoja, titulos } from './hoja';
import type { LibroPoaEntrada } from './tipos';

export const HOJA_POA = 'POA';

/** The seed has room for six activities; the printed table keeps its empty numbered rows. */
const FILAS_MINIMAS = 6;
const FILA_ENCABEZADO_TABLA = 9;
const ANCHOS = [6, 28, 24, 24, 34, 46];
const ULTIMA = ANCHOS.length;

/** The POA itself: header of the area with the POA's state, and the activity table aligned to the Plan Municipal de Desarrollo. */
export function hojaPoa(libro: Workbook, entrada: LibroPoaEntrada): Worksheet {
  const hoja = nuevaHoja(libro, HOJA_POA, entrada, {
    filasTitulo: `${FILA_ENCABEZADO_TABLA}:${FILA_ENCABEZADO_TABLA}`,
    congelar: { filas: FILA_ENCABEZADO_TABLA, columnas: 0 },
  });
  ANCHOS.forEach((ancho, i) => (hoja.getColumn(i + 1).width = ancho));
  titulos(hoja, entrada, ULTIMA);
  if (entrada.logo) {
    hoja.getRow(1).height = 30;
    hoja.getRow(2).height = 30;
    const imagen = libro.addImage({ base64: entrada.logo.base64, extension: entrada.logo.extension });
    hoja.addImage(imagen, { tl: { col: 0.15, row: 0.1 }, ext: { width: 72, height: 72 }, editAs: 'oneCell' });
  }

  const { direccion, area, objetivoGeneral, objetivosEspecificos } = entrada.encabezado;
  const datos: [string, string][] = [
    ['Dirección:', direccion],
    ['Área:', area],
    ['Objetivo General:', objetivoGeneral],
    ['Objetivos Específicos:', objetivosEspecificos],
    ['Estado del POA:', entrada.estado.texto],
  ];
  const anchoValor = ANCHOS.slice(2).reduce((a, b) => a + b, 0);
  datos.forEach(([etiqueta, valor], i) => {
    const fila = 4 + i;
    enmarcar(hoja, fila, 1, fila, ULTIMA);
    hoja.mergeCells(fila, 1, fila, 2);
    hoja.mergeCells(fila, 3, fila, ULTIMA);
    const e = hoja.getCell(fila, 1);
    e.value = etiqueta;
    e.font = FUENTE_NEGRITA;
    e.fill = RELLENO_ETIQUETA;
    e.alignment = { vertical: 'top', wrapText: true };
    const v = hoja.getCell(fila, 3);
    v.value = valor;
    v.font = FUENTE_NORMAL;
    v.alignment = ALINEAR_TEXTO;
    hoja.getRow(fila).height = alturaTexto([{ texto: valor, ancho: anchoValor }]);
  });

  const f = FILA_ENCABEZADO_TABLA;
  encabezadoCombinado(hoja, f, 1, f, 2, 'Módulo / Proyecto General');
  encabezadoCombinado(hoja, f, 3, f, 3, 'Eje Estratégico del Plan Municipal de Desarrollo');
  encabezadoCombinado(hoja, f, 4, f, 4, 'Línea Estratégica del Plan Municipal de Desarrollo');
  encabezadoCombinado(hoja, f, 5, f, 5, 'Lista de Acciones del Plan Municipal de Desarrollo');
  encabezadoCombinado(hoja, f, 6, f, 6, 'Actividad Específica');
  hoja.getRow(f).height = 32;

  const filas = Math.max(FILAS_MINIMAS, entrada.actividades.length);
  for (let i = 0; i < filas; i++) {
    const a = entrada.actividades[i];
    const fila = f + 1 + i;
    const valores = a
      ? [a.numero, a.nombre, a.eje, a.linea, a.acciones.join('\n'), a.actividadEspecifica]
      : [i + 1, '', '', '', '', ''];
    valores.forEach((valor, j) => {
      const c = hoja.getCell(fila, j + 1);
      c.value = valor;
      c.font = FUENTE_NORMAL;
      c.border = BORDE;
      c.alignment = j === 0 ? { horizontal: 'center', vertical: 'top' } : ALINEAR_TEXTO;
      if (j === 0) c.numFmt = FORMATO.entero;
    });
    hoja.getRow(fila).height = alturaTexto(valores.map((v, j) => ({ texto: String(v), ancho: ANCHOS[j] })));
  }
  return hoja;
}
