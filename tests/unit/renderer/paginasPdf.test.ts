import { describe, expect, it } from 'vitest';
import { PAGINAS_MOSTRADAS, textoPaginas } from '../../../renderer/src/componentes/evidencias/PaginasPdf';

describe('lo que el visor de PDF dice de las páginas', () => {
  it('cuenta en singular y plural, y avisa cuando muestra solo las primeras', () => {
    expect(textoPaginas(1, 1)).toBe('1 página.');
    expect(textoPaginas(7, 7)).toBe('7 páginas.');
    expect(textoPaginas(0, 0)).toBe('El documento no tiene páginas.');
    expect(PAGINAS_MOSTRADAS).toBe(20);
    expect(textoPaginas(1250, PAGINAS_MOSTRADAS)).toBe('Se muestran las primeras 20 de 1,250 páginas; guarde una copia para ver el resto.');
  });
});
