import { Navigate, Route, Routes } from 'react-router-dom';
import { CapturaRegistro } from './comun/CapturaRegistro';
import { DetalleRegistro } from './comun/DetalleRegistro';
import { ListaRegistros } from './comun/ListaRegistros';
import { CAPTURA_CONVENIO, DETALLE_CONVENIO, LISTA_CONVENIOS } from './vistas/convenio';
import { CAPTURA_MESA, DETALLE_MESA, LISTA_MESAS } from './vistas/mesa';
import { AcuerdosPorCumplir } from './vinculacion/AcuerdosPorCumplir';

/**
 * Módulo 4, mounted at /vinculacion. Detail addresses are the ones the cronograma's drill-down builds
 * (componentes/rutasRegistro.ts): /vinculacion/mesas/<id> and /vinculacion/convenios/<id>. The acuerdos of every mesa
 * still to fulfil are at /vinculacion/acuerdos, where «Hoy» links.
 */
export function PaginaVinculacion() {
  return (
    <Routes>
      <Route index element={<Navigate to="mesas" replace />} />
      <Route path="mesas" element={<ListaRegistros vista={LISTA_MESAS} />} />
      <Route path="mesas/nueva" element={<CapturaRegistro vista={CAPTURA_MESA} />} />
      <Route path="mesas/:id" element={<DetalleRegistro vista={DETALLE_MESA} />} />
      <Route path="acuerdos" element={<AcuerdosPorCumplir />} />
      <Route path="convenios" element={<ListaRegistros vista={LISTA_CONVENIOS} />} />
      <Route path="convenios/nuevo" element={<CapturaRegistro vista={CAPTURA_CONVENIO} />} />
      <Route path="convenios/:id" element={<DetalleRegistro vista={DETALLE_CONVENIO} />} />
    </Routes>
  );
}
