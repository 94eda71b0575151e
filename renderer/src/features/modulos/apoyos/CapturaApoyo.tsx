import { CircularProgress } from '@mui/material';
import { useLiveQuery } from 'dexie-react-hooks';
import { useSearchParams } from 'react-router-dom';
import { fechaIsoLocal } from '../../../../../shared/domain/formato';
import type { DatosApoyo } from '../../../../../shared/schemas/modulos';
import { EncabezadoPagina } from '../../../componentes/Encabezado';
import { db } from '../../../db';
import { crearApoyo, obtenerSolicitudOrigen } from '../../../db/repositorios/apoyos';
import { useCaptura } from '../comun/useCaptura';
import { FormularioApoyo } from './FormularioApoyo';

const apoyoNuevo = (hoy: string): DatosApoyo => ({
  personaId: '',
  solicitudId: null,
  tipoApoyoId: '',
  cantidad: 1,
  unidad: '',
  valorEstimado: 0,
  fuente: 'municipal',
  dependenciaId: null,
  estatus: 'gestionado',
  fechaGestion: hoy,
  fechaEntrega: null,
  evidencia: '',
});

/**
 * /apoyos/nuevo. With ?solicitud=<id> (from a request being answered) the form starts with that request's citizen,
 * type and dependency.
 */
export function CapturaApoyo() {
  const captura = useCaptura('/apoyos', (datos) => crearApoyo(db, datos));
  const [parametros] = useSearchParams();
  const solicitudId = parametros.get('solicitud');
  const inicial = useLiveQuery(async (): Promise<DatosApoyo> => {
    const vacio = apoyoNuevo(fechaIsoLocal(new Date()));
    const s = solicitudId ? await obtenerSolicitudOrigen(db, solicitudId) : undefined;
    if (!s) return vacio;
    return { ...vacio, personaId: s.personaId, solicitudId: s.id, tipoApoyoId: s.tipoApoyoId, dependenciaId: s.dependenciaId };
  }, [solicitudId]);
  if (!inicial) return <CircularProgress aria-label="Cargando" />;
  return (
    <>
      <EncabezadoPagina titulo="Nuevo apoyo" subtitulo="Gestión de Apoyos · cuenta para la meta cuando se registra su entrega" />
      <FormularioApoyo inicial={inicial} textoGuardar="Guardar apoyo" {...captura} />
    </>
  );
}
