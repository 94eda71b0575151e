import { Navigate, Route, Routes } from 'react-router-dom';
import { DetalleRegistro } from './comun/DetalleRegistro';
import { ListaRegistros } from './comun/ListaRegistros';
import { CapturaConvenio } from './vinculacion/CapturaConvenio';
import { CapturaMesa } from './vinculacion/CapturaMesa';
import { DETALLE_CONVENIO, LISTA_CONVENIOS } from './vistas/convenio';
import { DETALLE_MESA, LISTA_MESAS } from './vistas/mesa';

/**
 * Módulo 4, mounted at /vinculacion. Detail addresses are the ones the cronograma's drill-down builds
 * (componentes/rutasRegistro.ts): /vinculacion/mesas/<id> and /vinculacion/convenios/<id>.
 */
export function PaginaVinculacion() {
  return (
    <Routes>
      <Route index element={<Navigate to="mesas" replace />} />
      <Route path="mesas" element={<ListaRegistros vista={LISTA_MESAS} />} />
      <Route path="mesas/nueva" element={<CapturaMesa />} />
      <Route path="mesas/:id" element={<DetalleRegistro vista={DETALLE_MESA} />} />
      <Route path="convenios" element={<ListaRegistros vista={LISTA_CONVENIOS} />} />
      <Route path="convenios/nuevo" element={<CapturaConvenio />} />
      <Route path="convenios/:id" element={<DetalleRegistro vista={DETALLE_CONVENIO} />} />
    </Routes>
  );
}
