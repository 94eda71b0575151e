import { Navigate, Route, Routes } from 'react-router-dom';
import { CapturaConvenio } from './vinculacion/CapturaConvenio';
import { CapturaMesa } from './vinculacion/CapturaMesa';
import { DetalleConvenio } from './vinculacion/DetalleConvenio';
import { DetalleMesa } from './vinculacion/DetalleMesa';
import { ListaConvenios } from './vinculacion/ListaConvenios';
import { ListaMesas } from './vinculacion/ListaMesas';

/**
 * Módulo 4, mounted at /vinculacion. Detail addresses are the ones the cronograma's drill-down builds
 * (cronograma/rutasRegistro.ts): /vinculacion/mesas/<id> and /vinculacion/convenios/<id>.
 */
export function PaginaVinculacion() {
  return (
    <Routes>
      <Route index element={<Navigate to="mesas" replace />} />
      <Route path="mesas" element={<ListaMesas />} />
      <Route path="mesas/nueva" element={<CapturaMesa />} />
      <Route path="mesas/:id" element={<DetalleMesa />} />
      <Route path="convenios" element={<ListaConvenios />} />
      <Route path="convenios/nuevo" element={<CapturaConvenio />} />
      <Route path="convenios/:id" element={<DetalleConvenio />} />
    </Routes>
  );
}
