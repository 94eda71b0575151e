import { describe, expect, it } from 'vitest';
import { cambiosLegibles, describirFiltrosBitacora, etiquetaCampo, textoCambios, textoValor } from '../../../shared/domain/cambiosBitacora';
import { DESCRIPTORES } from '../../../shared/registros';
import { SIN_FILTROS_BITACORA } from '../../../shared/schemas/filtrosBitacora';
import {
  ACCIONES_BITACORA,
  ENTIDADES_BITACORA,
  ETIQUETA_ACCION_BITACORA,
  ETIQUETA_ENTIDAD_BITACORA,
  etiquetaAccionBitacora,
  etiquetaEntidadBitacora,
} from '../../../shared/schemas/sistema';

describe('las palabras de la bitácora', () => {
  it('cada acción tiene su palabra en español, distinta de las demás y que no es la clave', () => {
    for (const a of ACCIONES_BITACORA) {
      expect(ETIQUETA_ACCION_BITACORA[a], a).toMatch(/^[A-ZÁÉÍÓÚÑ][a-záéíóúñ]/);
      expect(ETIQUETA_ACCION_BITACORA[a]).not.toBe(a);
    }
    expect(Object.keys(ETIQUETA_ACCION_BITACORA).sort()).toEqual([...ACCIONES_BITACORA].sort());
    expect(new Set(Object.values(ETIQUETA_ACCION_BITACORA)).size).toBe(ACCIONES_BITACORA.length);
  });

  it('cada tipo de registro tiene su nombre en español, de una sola tabla', () => {
    for (const e of ENTIDADES_BITACORA) {
      expect(ETIQUETA_ENTIDAD_BITACORA[e], e).toMatch(/^[A-ZÁÉÍÓÚÑ]/);
      expect(ETIQUETA_ENTIDAD_BITACORA[e]).not.toBe(e);
    }
    expect(Object.keys(ETIQUETA_ENTIDAD_BITACORA).sort()).toEqual([...ENTIDADES_BITACORA].sort());
    expect(new Set(Object.values(ETIQUETA_ENTIDAD_BITACORA)).size).toBe(ENTIDADES_BITACORA.length);
    expect(etiquetaEntidadBitacora('poa')).toBe('POA');
    expect(etiquetaAccionBitacora('crear')).toBe('Alta');
    // A kind or action written by another version shows as stored, never as nothing.
    expect(etiquetaEntidadBitacora('otro-tipo')).toBe('otro-tipo');
    expect(etiquetaAccionBitacora('otra-accion')).toBe('otra-accion');
  });

  it('cada tipo de registro que cuenta para el POA es un tipo de la bitácora', () => {
    for (const d of DESCRIPTORES) expect(ENTIDADES_BITACORA, d.tipo).toContain(d.tipo);
  });
});

describe('los cambios en palabras', () => {
  it('con la etiqueta del campo y los valores como se leen', () => {
    expect(
      cambiosLegibles({
        estatus: { antes: 'en-proceso', despues: 'canalizada' },
        fechaEntrega: { antes: null, despues: '2026-05-12' },
        activo: { antes: true, despues: false },
        metaAnual: { antes: 1200, despues: 1500 },
        dependencias: { antes: [], despues: ['DIF', 'Salud'] },
        meses: { antes: [true, false, true, false, false, false, false, false, false, false, false, false], despues: Array(12).fill(false) },
        elaboro: { antes: { nombre: 'Ana', cargo: 'Jefa' }, despues: { nombre: 'Luis', cargo: 'Jefe' } },
        campoNuevo: { antes: 'a', despues: 'b' },
      }),
    ).toEqual([
      { campo: 'Estatus', antes: 'En proceso', despues: 'Canalizada' },
      { campo: 'Fecha de entrega', antes: '(vacío)', despues: '12/05/2026' },
      { campo: 'Activo', antes: 'Sí', despues: 'No' },
      { campo: 'Meta anual', antes: '1,200', despues: '1,500' },
      { campo: 'Dependencias participantes', antes: '(vacío)', despues: 'DIF, Salud' },
      { campo: 'Meses', antes: 'ene, mar', despues: 'ningún mes' },
      { campo: 'Elaboró', antes: 'Nombre: Ana, Cargo: Jefa', despues: 'Nombre: Luis, Cargo: Jefe' },
      { campo: 'Campo nuevo', antes: 'a', despues: 'b' },
    ]);
    expect(textoCambios({ colonia: { antes: 'Centro', despues: 'El Mirador' }, responsable: { antes: '', despues: 'Lic. Ortiz' } })).toBe(
      'Colonia: Centro → El Mirador; Responsable: (vacío) → Lic. Ortiz',
    );
    expect(textoCambios(null)).toBe('');
    expect(etiquetaCampo('fechaCompromiso')).toBe('Fecha compromiso');
    // Free text is never reworded; a logo is not dumped as its data.
    expect(textoValor('en-proceso', 'descripcion')).toBe('en-proceso');
    expect(textoValor('data:image/png;base64,AAAA', 'logoDataUrl')).toBe('(imagen)');
  });

  it('los filtros en palabras, para la hoja y para la entrada de la exportación', () => {
    expect(describirFiltrosBitacora(SIN_FILTROS_BITACORA, null)).toEqual(['Sin filtros: todas las entradas']);
    expect(
      describirFiltrosBitacora(
        { cuentaId: '0b0e6f55-3a2d-4d4e-9a57-7c1d5f3c2a10', desde: '2026-03-01', hasta: '2026-03-31', accion: 'estatus', entidad: 'apoyo', texto: ' despensa ' },
        'Ana López',
      ),
    ).toEqual(['Cuenta: Ana López', 'Desde: 01/03/2026', 'Hasta: 31/03/2026', 'Acción: Cambio de estatus', 'Tipo de registro: Apoyo', 'Texto: «despensa»']);
  });
});
