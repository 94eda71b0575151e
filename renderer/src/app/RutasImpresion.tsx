import { Route, Routes } from 'react-router-dom';
import { Typography } from '@mui/material';
import { ImpresionAcuse } from '../features/solicitudes/ImpresionAcuse';
import { ImpresionHoja } from '../features/reportes/ImpresionHoja';

/**
 * Print routes render paper-sized pages without the app frame. Each sets `document.body.dataset.listoParaImprimir`
 * to 'true' when its data is on screen, which the main process waits for before printing.
 */
export function RutasImpresion() {
  return (
    <Routes>
      <Route path="acuse/:id" element={<ImpresionAcuse />} />
      <Route path="hoja/:tipo/:anio/:numero" element={<ImpresionHoja />} />
      <Route path="*" element={<Typography sx={{ p: 4 }}>No hay nada que imprimir en esta ruta.</Typography>} />
    </Routes>
  );
}
