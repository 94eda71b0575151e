import type { Configuracion } from '../schemas/sistema';
import { AVISO_PRIVACIDAD_CORTO } from '../seed/poa2026';

/**
 * The settings of a PC before anyone saves them, and what fills in a field that settings saved by an older version
 * do not have (when they are read, and when a backup's settings are checked).
 */
export const CONFIGURACION_POR_DEFECTO: Configuracion = {
  municipio: '',
  estacion: 'V1',
  umbralVerde: 90,
  umbralAmbar: 70,
  diasCompromiso: 15,
  avisoPrivacidad: AVISO_PRIVACIDAD_CORTO,
  avisoIntegral: '',
  elaboro: { nombre: '', cargo: 'Personal de Gestión Social' },
  reviso: { nombre: '', cargo: 'Jefe del Departamento de Gestión Social' },
  autorizo: { nombre: '', cargo: 'Presidente Municipal' },
  logoDataUrl: null,
  minutosInactividad: 10,
};
