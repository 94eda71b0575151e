import { Route, Routes } from 'react-router-dom';
import { CapturaEvento } from './programas/CapturaEvento';
import { DetalleEvento } from './programas/DetalleEvento';
import { ListaEventos } from './programas/ListaEventos';

/** Módulo 3, mounted at /programas; /programas/<id> is the address the cronograma's drill-down opens. */
export function PaginaProgramas() {
  return (
    <Routes>
      <Route index element={<ListaEventos />} />
      <Route path="nuevo" element={<CapturaEvento />} />
      <Route path=":id" element={<DetalleEvento />} />
    </Routes>
  );
}
