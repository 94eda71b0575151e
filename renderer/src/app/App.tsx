import type { ComponentType } from 'react';
import type { Accion } from '../../../shared/seguridad/permisos';
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

/** Screens of one action, which the menu shows only to the roles that may use it. */
const PANTALLAS_CON_PERMISO = [
  { ruta: 'bitacora', accion: 'ver-bitacora', titulo: 'Bitácora', Pagina: PaginaBitacora },
  { ruta: 'arco', accion: 'solicitudes-arco', titulo: 'Solicitudes ARCO', Pagina: PaginaArco },
] as const satisfies readonly { ruta: string; accion: Accion; titulo: string; Pagina: ComponentType }[];

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
          {PANTALLAS_CON_PERMISO.map(({ ruta, accion, titulo, Pagina }) => (
            <Route
              key={ruta}
              path={ruta}
              element={
                <PantallaConPermiso accion={accion} titulo={titulo}>
                  <Pagina />
                </PantallaConPermiso>
              }
            />
          ))}
          <Route path="*" element={<PaginaPoa />} />
        </Route>
      </Route>
    </Routes>
  );
}
