import { Tab, Tabs } from '@mui/material';
import { Link as RouterLink, Route, Routes, useLocation } from 'react-router-dom';
import { EncabezadoPagina } from '../../componentes/Encabezado';
import { ConfiguracionPoa } from './ConfiguracionPoa';
import { ConfiguracionGeneral } from './ConfiguracionGeneral';
import { ConfiguracionCatalogos } from './ConfiguracionCatalogos';
import { ConfiguracionRespaldos } from './ConfiguracionRespaldos';

const PESTANAS = [
  { ruta: '/configuracion/poa', titulo: 'POA y actividades' },
  { ruta: '/configuracion/general', titulo: 'General' },
  { ruta: '/configuracion/catalogos', titulo: 'Catálogos' },
  { ruta: '/configuracion/respaldos', titulo: 'Respaldos' },
];

export function PaginaConfiguracion() {
  const { pathname } = useLocation();
  const actual = PESTANAS.find((p) => pathname.startsWith(p.ruta))?.ruta ?? PESTANAS[0].ruta;
  return (
    <>
      <EncabezadoPagina titulo="Configuración" subtitulo="POA, datos de esta estación, semáforo y catálogos" />
      <Tabs value={actual} sx={{ mb: 2 }} aria-label="Secciones de configuración">
        {PESTANAS.map((p) => (
          <Tab key={p.ruta} value={p.ruta} label={p.titulo} component={RouterLink} to={p.ruta} />
        ))}
      </Tabs>
      <Routes>
        <Route path="general" element={<ConfiguracionGeneral />} />
        <Route path="catalogos" element={<ConfiguracionCatalogos />} />
        <Route path="respaldos" element={<ConfiguracionRespaldos />} />
        <Route path="*" element={<ConfiguracionPoa />} />
      </Routes>
    </>
  );
}
