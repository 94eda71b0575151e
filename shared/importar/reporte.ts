import ExcelJS from 'exceljs';
import type { PlanImportacion } from './plan';

/**
 * The import's report as a workbook: one row per spreadsheet row with what happened to it (created with its folio,
 * its citizen reused, refused with the reason, or imported before), for the office's records.
 */
export interface DatosReporte {
  archivo: string;
  plan: PlanImportacion;
  folios: ReadonlyMap<number, string>;
  resumen: string;
  generado: Date;
}

export async function construirReporteImportacion({ archivo, plan, folios, resumen, generado }: DatosReporte): Promise<Uint8Array> {
  const libro = new ExcelJS.Workbook();
  const hoja = libro.addWorksheet('Importación');
  hoja.addRow([`Importación de «${archivo}»`]).font = { bold: true, size: 13 };
  hoja.addRow([resumen]);
  hoja.addRow([`Generado el ${generado.toLocaleDateString('es-MX', { day: '2-digit', month: '2-digit', year: 'numeric' })}`]);
  hoja.addRow([]);
  const encabezado = hoja.addRow(['Fila', 'Resultado', 'Folio asignado', 'Detalle']);
  encabezado.font = { bold: true };
  const reutilizada = new Map(plan.reutilizadas.map((r) => [r.fila, r]));
  const filas: [number, string, string, string][] = [
    ...plan.crear.map((r): [number, string, string, string] => {
      const reuso = reutilizada.get(r.fila.fila);
      return [r.fila.fila, reuso ? 'Creada (persona reutilizada)' : 'Creada', folios.get(r.fila.fila) ?? '', reuso ? `${reuso.nombre}: ${reuso.motivo}` : ''];
    }),
    ...plan.rechazadas.map((r): [number, string, string, string] => [r.fila, 'Rechazada', '', r.motivo]),
    ...plan.yaImportadas.map((f): [number, string, string, string] => [f, 'Ya importada antes', '', 'No se agregó de nuevo']),
  ].sort((a, b) => a[0] - b[0]);
  for (const f of filas) hoja.addRow(f);
  hoja.columns = [{ width: 8 }, { width: 30 }, { width: 20 }, { width: 90 }];
  hoja.pageSetup = { paperSize: 1 as ExcelJS.Worksheet['pageSetup']['paperSize'], orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0 };
  return new Uint8Array(await libro.xlsx.writeBuffer());
}
