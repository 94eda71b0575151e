import { Route, Routes } from 'react-router-dom';
import { CapturaSolicitud } from './CapturaSolicitud';
import { DetalleSolicitud } from './DetalleSolicitud';
import { ListaSolicitudes } from './ListaSolicitudes';

/** Módulo 1, mounted at /atencion: the list, the capture form and each solicitud's detail. */
export function PaginaSolicitudes() {
  return (
    <Routes>
      <Route index element={<ListaSolicitudes />} />
      <Route path="nueva" element={<CapturaSolicitud />} />
      <Route path=":id" element={<DetalleSolicitud />} />
    </Routes>
  );
}
