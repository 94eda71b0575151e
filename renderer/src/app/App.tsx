import { useEffect, type ComponentType } from 'react';
import type { Accion } from '../../../shared/seguridad/permisos';
import { Route, Routes } from 'react-router-dom';
import { Marco } from './Marco';
import { ImpresionConSesion, PuertaAcceso } from '../features/acceso/PuertaAcceso';
import { PantallaConPermiso } from '../componentes/ConPermiso';
import { ConCarga, cuandoEsteLibre, perezosa } from '../componentes/CargaPerezosa';

// Every screen loads its code the first time it is shown (the frame shows «Cargando…» meanwhile).
const PaginaHoy = perezosa(() => import('../features/hoy/PaginaHoy'), 'PaginaHoy');
const PaginaPoa = perezosa(() => import('../features/poa/PaginaPoa'), 'PaginaPoa');
const PaginaSolicitudes = perezosa(() => import('../features/solicitudes/PaginaSolicitudes'), 'PaginaSolicitudes');
const PaginaApoyos = perezosa(() => import('../features/modulos/PaginaApoyos'), 'PaginaApoyos');
const PaginaProgramas = perezosa(() => import('../features/modulos/PaginaProgramas'), 'PaginaProgramas');
const PaginaVinculacion = perezosa(() => import('../features/modulos/PaginaVinculacion'), 'PaginaVinculacion');
const PaginaCronograma = perezosa(() => import('../features/cronograma/PaginaCronograma'), 'PaginaCronograma');
const PaginaTablero = perezosa(() => import('../features/tablero/PaginaTablero'), 'PaginaTablero');
const PaginaReportes = perezosa(() => import('../features/reportes/PaginaReportes'), 'PaginaReportes');
const PaginaConfiguracion = perezosa(() => import('../features/configuracion/PaginaConfiguracion'), 'PaginaConfiguracion');
const PaginaBitacora = perezosa(() => import('../features/bitacora/PaginaBitacora'), 'PaginaBitacora');
const PaginaArco = perezosa(() => import('../features/arco/PaginaArco'), 'PaginaArco');
const PaginaImportar = perezosa(() => import('../features/importar/PaginaImportar'), 'PaginaImportar');
const RutasImpresion = perezosa(() => import('./RutasImpresion'), 'RutasImpresion');

/**
 * Loaded while the first screen is idle so that their first visit does not wait for them: «Hoy», where every
 * sign-in lands, the desk's everyday lists (solicitudes and apoyos, whose list code the other modules share), and the
 * head's tablero with its charts (80–100 ms of code at its click).
 */
const precargarPantallasFrecuentes = () => {
  PaginaHoy.precargar();
  PaginaSolicitudes.precargar();
  PaginaApoyos.precargar();
  PaginaTablero.precargar();
};

/** Screens of one action, which the menu shows only to the roles that may use it. */
const PANTALLAS_CON_PERMISO = [
  { ruta: 'bitacora', accion: 'ver-bitacora', titulo: 'Bitácora', Pagina: PaginaBitacora },
  { ruta: 'arco', accion: 'solicitudes-arco', titulo: 'Solicitudes ARCO', Pagina: PaginaArco },
  { ruta: 'importar', accion: 'importar-registros', titulo: 'Importar desde Excel o CSV', Pagina: PaginaImportar },
] as const satisfies readonly { ruta: string; accion: Accion; titulo: string; Pagina: ComponentType }[];

export function App() {
  useEffect(() => cuandoEsteLibre(precargarPantallasFrecuentes), []);
  return (
    <Routes>
      <Route element={<ImpresionConSesion />}>
        <Route
          path="/imprimir/*"
          element={
            <ConCarga>
              <RutasImpresion />
            </ConCarga>
          }
        />
      </Route>
      <Route element={<PuertaAcceso />}>
        <Route element={<Marco />}>
          <Route index element={<PaginaHoy />} />
          <Route path="poa/*" element={<PaginaPoa />} />
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
          <Route path="*" element={<PaginaHoy />} />
        </Route>
      </Route>
    </Routes>
  );
}
