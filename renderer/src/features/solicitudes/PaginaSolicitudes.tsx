import { Route, Routes } from 'react-router-dom';
import { CapturaSolicitud } from './CapturaSolicitud';
import { DetalleSolicitud } from './DetalleSolicitud';
import { ListaSolicitudes } from './ListaSolicitudes';
import { PaginaDuplicados } from './PaginaDuplicados';
import { PantallaConPermiso } from '../../componentes/ConPermiso';

/** Módulo 1, mounted at /atencion: the list, the capture form, each solicitud's detail and the likely duplicate personas. */
export function PaginaSolicitudes() {
  return (
    <Routes>
      <Route index element={<ListaSolicitudes />} />
      <Route path="nueva" element={<CapturaSolicitud />} />
      <Route
        path="duplicados"
        element={
          <PantallaConPermiso accion="unir-personas" titulo="Posibles duplicados">
            <PaginaDuplicados />
          </PantallaConPermiso>
        }
      />
      <Route path=":id" element={<DetalleSolicitud />} />
    </Routes>
  );
}
