import AssignmentIndIcon from '@mui/icons-material/AssignmentInd';
import VolunteerActivismIcon from '@mui/icons-material/VolunteerActivism';
import SchoolIcon from '@mui/icons-material/School';
import HandshakeIcon from '@mui/icons-material/Handshake';
import ViewTimelineIcon from '@mui/icons-material/ViewTimeline';
import InsightsIcon from '@mui/icons-material/Insights';
import PrintIcon from '@mui/icons-material/Print';
import SettingsIcon from '@mui/icons-material/Settings';
import HistoryIcon from '@mui/icons-material/History';
import DescriptionIcon from '@mui/icons-material/Description';
import GavelIcon from '@mui/icons-material/Gavel';
import TodayIcon from '@mui/icons-material/Today';
import UploadFileIcon from '@mui/icons-material/UploadFile';
import type { ReactNode } from 'react';
import type { Accion } from '../../../shared/seguridad/permisos';

export interface EntradaNavegacion {
  ruta: string;
  titulo: string;
  icono: ReactNode;
  grupo: 'POA' | 'Módulos' | 'Seguimiento' | 'Sistema';
  /** Shown only to the roles that may do it. */
  accion?: Accion;
}

export const NAVEGACION: EntradaNavegacion[] = [
  { ruta: '/', titulo: 'Hoy', icono: <TodayIcon />, grupo: 'POA' },
  { ruta: '/poa', titulo: 'POA', icono: <DescriptionIcon />, grupo: 'POA' },
  { ruta: '/atencion', titulo: '1. Atención Ciudadana', icono: <AssignmentIndIcon />, grupo: 'Módulos' },
  { ruta: '/apoyos', titulo: '2. Apoyos y Jornadas', icono: <VolunteerActivismIcon />, grupo: 'Módulos' },
  { ruta: '/programas', titulo: '3. Programas Sociales', icono: <SchoolIcon />, grupo: 'Módulos' },
  { ruta: '/vinculacion', titulo: '4. Vinculación Institucional', icono: <HandshakeIcon />, grupo: 'Módulos' },
  { ruta: '/cronograma', titulo: 'Cronograma', icono: <ViewTimelineIcon />, grupo: 'Seguimiento' },
  { ruta: '/tablero', titulo: 'Tablero', icono: <InsightsIcon />, grupo: 'Seguimiento' },
  { ruta: '/reportes', titulo: 'Reportes', icono: <PrintIcon />, grupo: 'Seguimiento' },
  { ruta: '/configuracion', titulo: 'Configuración', icono: <SettingsIcon />, grupo: 'Sistema' },
  { ruta: '/bitacora', titulo: 'Bitácora', icono: <HistoryIcon />, grupo: 'Sistema', accion: 'ver-bitacora' },
  { ruta: '/arco', titulo: 'Solicitudes ARCO', icono: <GavelIcon />, grupo: 'Sistema', accion: 'solicitudes-arco' },
  { ruta: '/importar', titulo: 'Importar desde Excel o CSV', icono: <UploadFileIcon />, grupo: 'Sistema', accion: 'importar-registros' },
];
