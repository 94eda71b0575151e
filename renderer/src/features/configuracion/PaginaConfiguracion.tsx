import { Tab, Tabs } from '@mui/material';
import type { ReactElement } from 'react';
import { Link as RouterLink, Navigate, Route, Routes, useLocation } from 'react-router-dom';
import type { Accion } from '../../../../shared/seguridad/permisos';
import { EncabezadoPagina } from '../../componentes/Encabezado';
import { permitidas } from '../../hooks/usePuede';
import { useSesion } from '../../hooks/useSesion';
import { ConfiguracionPoa } from './ConfiguracionPoa';
import { ConfiguracionGeneral } from './ConfiguracionGeneral';
import { ConfiguracionCatalogos } from './ConfiguracionCatalogos';
import { ConfiguracionRespaldos } from './ConfiguracionRespaldos';
import { ConfiguracionCuentas } from './ConfiguracionCuentas';
import { ConfiguracionActualizaciones } from './ConfiguracionActualizaciones';

interface PestanaConfiguracion {
  ruta: string;
  titulo: string;
  /** What it holds, as the page's subtitle lists it. */
  contenido: string;
  /** Only the roles that may do it see the tab. */
  accion: Accion;
  pagina: ReactElement;
}

const PESTANAS: PestanaConfiguracion[] = [
  { ruta: 'poa', titulo: 'POA y actividades', contenido: 'POA', accion: 'editar-poa', pagina: <ConfiguracionPoa /> },
  { ruta: 'general', titulo: 'General', contenido: 'datos de esta estación, firmantes y semáforo', accion: 'configuracion', pagina: <ConfiguracionGeneral /> },
  { ruta: 'catalogos', titulo: 'Catálogos', contenido: 'catálogos', accion: 'catalogos', pagina: <ConfiguracionCatalogos /> },
  { ruta: 'respaldos', titulo: 'Respaldos', contenido: 'respaldos', accion: 'copiar-respaldo', pagina: <ConfiguracionRespaldos /> },
  { ruta: 'cuentas', titulo: 'Cuentas', contenido: 'cuentas del personal', accion: 'gestionar-cuentas', pagina: <ConfiguracionCuentas /> },
  { ruta: 'actualizaciones', titulo: 'Actualizaciones', contenido: 'actualizaciones', accion: 'configuracion', pagina: <ConfiguracionActualizaciones /> },
];

/** «POA, catálogos y respaldos», with its first letter in capitals. */
function enumerar(partes: readonly string[]): string {
  const texto = partes.length <= 1 ? partes.join('') : `${partes.slice(0, -1).join(', ')} y ${partes[partes.length - 1]}`;
  return texto.charAt(0).toUpperCase() + texto.slice(1);
}

/** The settings, one tab per part; a role sees only the tabs it may use, and any other address opens the first. */
export function PaginaConfiguracion() {
  const { pathname } = useLocation();
  const pestanas = permitidas(PESTANAS, useSesion());
  const actual = pestanas.find((p) => pathname.startsWith(`/configuracion/${p.ruta}`)) ?? pestanas[0];
  return (
    <>
      <EncabezadoPagina titulo="Configuración" subtitulo={enumerar(pestanas.map((p) => p.contenido))} />
      <Tabs value={actual.ruta} sx={{ mb: 2 }} aria-label="Secciones de configuración">
        {pestanas.map((p) => (
          <Tab key={p.ruta} value={p.ruta} label={p.titulo} component={RouterLink} to={`/configuracion/${p.ruta}`} />
        ))}
      </Tabs>
      <Routes>
        {pestanas.map((p) => (
          <Route key={p.ruta} path={p.ruta} element={p.pagina} />
        ))}
        <Route path="*" element={<Navigate to={`/configuracion/${actual.ruta}`} replace />} />
      </Routes>
    </>
  );
}
