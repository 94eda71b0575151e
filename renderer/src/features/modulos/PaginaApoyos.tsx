import { Route, Routes } from 'react-router-dom';
import { CapturaApoyo } from './apoyos/CapturaApoyo';
import { CapturaJornada } from './apoyos/CapturaJornada';
import { Padron } from './apoyos/Padron';
import { DetalleRegistro } from './comun/DetalleRegistro';
import { ListaRegistros } from './comun/ListaRegistros';
import { DETALLE_APOYO, LISTA_APOYOS } from './vistas/apoyo';
import { DETALLE_JORNADA, LISTA_JORNADAS } from './vistas/jornada';

/**
 * Módulo 2, mounted at /apoyos. Detail addresses are the ones the cronograma's drill-down builds
 * (componentes/rutasRegistro.ts): /apoyos/<id> and /apoyos/jornadas/<id>.
 */
export function PaginaApoyos() {
  return (
    <Routes>
      <Route index element={<ListaRegistros vista={LISTA_APOYOS} />} />
      <Route path="nuevo" element={<CapturaApoyo />} />
      <Route path="jornadas" element={<ListaRegistros vista={LISTA_JORNADAS} />} />
      <Route path="jornadas/nueva" element={<CapturaJornada />} />
      <Route path="jornadas/:id" element={<DetalleRegistro vista={DETALLE_JORNADA} />} />
      <Route path="padron" element={<Padron />} />
      <Route path=":id" element={<DetalleRegistro vista={DETALLE_APOYO} />} />
    </Routes>
  );
}
