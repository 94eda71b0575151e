import { Route, Routes } from 'react-router-dom';
import { Marco } from './Marco';
import { PaginaPoa } from '../features/poa/PaginaPoa';
import { PaginaSolicitudes } from '../features/solicitudes/PaginaSolicitudes';
import { PaginaApoyos } from '../features/modulos/PaginaApoyos';
import { PaginaProgramas } from '../features/modulos/PaginaProgramas';
import { PaginaVinculacion } from '../features/modulos/PaginaVinculacion';
import { PaginaCronograma } from '../features/cronograma/PaginaCronograma';
import { PaginaTablero } from '../features/tablero/PaginaTablero';
import { PaginaReportes } from '../features/reportes/PaginaReportes';
import { PaginaConfiguracion } from '../features/configuracion/PaginaConfiguracion';
import { PaginaBitacora } from '../features/bitacora/PaginaBitacora';
import { PaginaArco } from '../features/arco/PaginaArco';
import { ImpresionConSesion, PuertaAcceso } from '../features/acceso/PuertaAcceso';
import { RutasImpresion } from './RutasImpresion';
import { PantallaConPermiso } from '../componentes/ConPermiso';

export function App() {
  return (
    <Routes>
      <Route element={<ImpresionConSesion />}>
        <Route path="/imprimir/*" element={<RutasImpresion />} />
      </Route>
      <Route element={<PuertaAcceso />}>
        <Route element={<Marco />}>
          <Route index element={<PaginaPoa />} />
          <Route path="atencion/*" element={<PaginaSolicitudes />} />
          <Route path="apoyos/*" element={<PaginaApoyos />} />
          <Route path="programas/*" element={<PaginaProgramas />} />
          <Route path="vinculacion/*" element={<PaginaVinculacion />} />
          <Route path="cronograma/*" element={<PaginaCronograma />} />
          <Route path="tablero/*" element={<PaginaTablero />} />
          <Route path="reportes/*" element={<PaginaReportes />} />
          <Route path="configuracion/*" element={<PaginaConfiguracion />} />
          <Route
            path="bitacora"
            element={
              <PantallaConPermiso accion="ver-bitacora" titulo="Bitácora">
                <PaginaBitacora />
              </PantallaConPermiso>
            }
          />
          <Route
            path="arco"
            element={
              <PantallaConPermiso accion="solicitudes-arco" titulo="Solicitudes ARCO">
                <PaginaArco />
              </PantallaConPermiso>
            }
          />
          <Route path="*" element={<PaginaPoa />} />
        </Route>
      </Route>
    </Routes>
  );
}
