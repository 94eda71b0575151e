import { Route, Routes } from 'react-router-dom';
import { DetalleRegistro } from './comun/DetalleRegistro';
import { ListaRegistros } from './comun/ListaRegistros';
import { CapturaEvento } from './programas/CapturaEvento';
import { DETALLE_EVENTO, LISTA_EVENTOS } from './vistas/evento';

/** Módulo 3, mounted at /programas; /programas/<id> is the address the cronograma's drill-down opens. */
export function PaginaProgramas() {
  return (
    <Routes>
      <Route index element={<ListaRegistros vista={LISTA_EVENTOS} />} />
      <Route path="nuevo" element={<CapturaEvento />} />
      <Route path=":id" element={<DetalleRegistro vista={DETALLE_EVENTO} />} />
    </Routes>
  );
}
