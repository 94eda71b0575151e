import { Route, Routes } from 'react-router-dom';
import { CapturaApoyo } from './apoyos/CapturaApoyo';
import { CapturaJornada } from './apoyos/CapturaJornada';
import { DetalleApoyo } from './apoyos/DetalleApoyo';
import { DetalleJornada } from './apoyos/DetalleJornada';
import { ListaApoyos } from './apoyos/ListaApoyos';
import { ListaJornadas } from './apoyos/ListaJornadas';
import { Padron } from './apoyos/Padron';

/**
 * Módulo 2, mounted at /apoyos. Detail addresses are the ones the cronograma's drill-down builds
 * (cronograma/rutasRegistro.ts): /apoyos/<id> and /apoyos/jornadas/<id>.
 */
export function PaginaApoyos() {
  return (
    <Routes>
      <Route index element={<ListaApoyos />} />
      <Route path="nuevo" element={<CapturaApoyo />} />
      <Route path="jornadas" element={<ListaJornadas />} />
      <Route path="jornadas/nueva" element={<CapturaJornada />} />
      <Route path="jornadas/:id" element={<DetalleJornada />} />
      <Route path="padron" element={<Padron />} />
      <Route path=":id" element={<DetalleApoyo />} />
    </Routes>
  );
}
