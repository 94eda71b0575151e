import { Route, Routes } from 'react-router-dom';
import { Padron } from './apoyos/Padron';
import { CapturaRegistro } from './comun/CapturaRegistro';
import { DetalleRegistro } from './comun/DetalleRegistro';
import { ListaRegistros } from './comun/ListaRegistros';
import { CAPTURA_APOYO, DETALLE_APOYO, LISTA_APOYOS } from './vistas/apoyo';
import { CAPTURA_JORNADA, DETALLE_JORNADA, LISTA_JORNADAS } from './vistas/jornada';

/**
 * Módulo 2, mounted at /apoyos. Detail addresses are the ones the cronograma's drill-down builds
 * (componentes/rutasRegistro.ts): /apoyos/<id> and /apoyos/jornadas/<id>.
 */
export function PaginaApoyos() {
  return (
    <Routes>
      <Route index element={<ListaRegistros vista={LISTA_APOYOS} />} />
      <Route path="nuevo" element={<CapturaRegistro vista={CAPTURA_APOYO} />} />
      <Route path="jornadas" element={<ListaRegistros vista={LISTA_JORNADAS} />} />
      <Route path="jornadas/nueva" element={<CapturaRegistro vista={CAPTURA_JORNADA} />} />
      <Route path="jornadas/:id" element={<DetalleRegistro vista={DETALLE_JORNADA} />} />
      <Route path="padron" element={<Padron />} />
      <Route path=":id" element={<DetalleRegistro vista={DETALLE_APOYO} />} />
    </Routes>
  );
}
