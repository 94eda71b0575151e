import { beforeAll, describe, expect, it } from 'vitest';
import { construirLibroBitacora, HOJA_BITACORA, nombreArchivoBitacora } from '../../../shared/workbook';
import { hoja, leerLibro } from './leer';

beforeAll(() => {
  process.env.TZ = 'America/Mexico_City';
});

const base = { usuario: 'Ana López', estacion: 'V1', entidadId: null, cambios: null };

describe('la bitácora exportada a Excel', () => {
  it('título, quién y cuándo, los filtros, encabezados en español y una fila por entrada con su fecha como fecha', async () => {
    const generado = new Date('2026-03-10T12:30:00-06:00');
    const bytes = await construirLibroBitacora({
      entradas: [
        {
          ...base,
          id: 'b',
          fecha: '2026-03-02T06:10:00.000Z',
          secuencia: 8,
          accion: 'estatus',
          entidad: 'solicitud',
          resumen: 'Solicitud AC-2026-V1-0001: Recibida → Canalizada',
          cambios: { estatus: { antes: 'recibida', despues: 'canalizada' } },
        },
        { ...base, id: 'a', fecha: '2026-03-01T15:00:00.000Z', secuencia: 7, accion: 'crear', entidad: 'poa', resumen: 'POA 2026 cargado', usuario: 'Sistema' },
      ],
      filtros: ['Desde: 01/03/2026', 'Texto: «AC»'],
      municipio: 'San Pedro de las Flores',
      usuario: 'Ana López',
      generado,
    });
    expect(nombreArchivoBitacora(generado)).toBe('Bitacora-2026-03-10.xlsx');
    const h = hoja(await leerLibro(bytes), HOJA_BITACORA);
    expect(h.getCell('A1').value).toBe('Bitácora · San Pedro de las Flores');
    expect(h.getCell('A2').value).toBe('Exportada el 10/03/2026 12:30 por Ana López: 2 entradas');
    expect(h.getCell('A3').value).toBe('Filtros aplicados');
    expect([h.getCell('A4').value, h.getCell('A5').value]).toEqual(['Desde: 01/03/2026', 'Texto: «AC»']);
    expect(h.getRow(7).values).toEqual([undefined, 'Fecha y hora', 'Cuenta', 'Estación', 'Nº en la cadena', 'Acción', 'Tipo de registro', 'Descripción', 'Cambios']);
    // 02/03/2026 00:10 as the clerk saw it (UTC−6), a real Excel date with its format.
    expect(h.getCell('A8').value).toEqual(new Date(Date.UTC(2026, 2, 2, 0, 10)));
    expect(h.getCell('A8').numFmt).toBe('dd/mm/yyyy hh:mm');
    expect(h.getRow(8).values).toEqual([
      undefined,
      new Date(Date.UTC(2026, 2, 2, 0, 10)),
      'Ana López',
      'V1',
      8,
      'Cambio de estatus',
      'Solicitud',
      'Solicitud AC-2026-V1-0001: Recibida → Canalizada',
      'Estatus: Recibida → Canalizada',
    ]);
    expect(h.getRow(9).values).toEqual([undefined, new Date(Date.UTC(2026, 2, 1, 9, 0)), 'Sistema', 'V1', 7, 'Alta', 'POA', 'POA 2026 cargado', '']);
    expect(h.getRow(10).values).toEqual([]);
    expect(h.autoFilter).toBe('A7:H7');
  });
});
