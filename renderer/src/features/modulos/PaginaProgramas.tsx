import { Route, Routes } from 'react-router-dom';
import { CapturaRegistro } from './comun/CapturaRegistro';
import { DetalleRegistro } from './comun/DetalleRegistro';
import { ListaRegistros } from './comun/ListaRegistros';
import { CAPTURA_EVENTO, DETALLE_EVENTO, LISTA_EVENTOS } from './vistas/evento';

/** Módulo 3, mounted at /programas; /programas/<id> is the address the cronograma's drill-down opens. */
export function PaginaProgramas() {
  return (
    <Routes>
      <Route index element={<ListaRegistros vista={LISTA_EVENTOS} />} />
      <Route path="nuevo" element={<CapturaRegistro vista={CAPTURA_EVENTO} />} />
      <Route path=":id" element={<DetalleRegistro vista={DETALLE_EVENTO} />} />
    </Routes>
  );
}
