import { useEffect } from 'react';
import { ATRIBUTO_LISTO_PARA_IMPRIMIR } from '../bridge';

/**
 * Tells the printer (the main process's hidden window, or the browser bridge) that a print route is complete:
 * once `listo` holds and the fonts have loaded, `document.body.dataset.listoParaImprimir` becomes 'true'.
 */
export function useListoParaImprimir(listo: boolean): void {
  useEffect(() => {
    if (!listo) return;
    let vigente = true;
    void document.fonts.ready.then(() => {
      if (vigente) document.body.dataset[ATRIBUTO_LISTO_PARA_IMPRIMIR] = 'true';
    });
    return () => {
      vigente = false;
      delete document.body.dataset[ATRIBUTO_LISTO_PARA_IMPRIMIR];
    };
  }, [listo]);
}
