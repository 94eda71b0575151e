import { Alert, Paper, Typography } from '@mui/material';
import { useLiveQuery } from 'dexie-react-hooks';
import { formatearFecha } from '../../../../shared/domain/formato';
import { ETIQUETA_DERECHO_ARCO, type SolicitudArco } from '../../../../shared/schemas/arco';
import { EncabezadoPagina } from '../../componentes/Encabezado';
import { Tabla } from '../../componentes/Tabla';
import { db } from '../../db';
import { listarSolicitudesArco } from '../../db/repositorios/arco';
import { textoDeError } from '../../db/errores';

/**
 * The record of ARCO requests an auditor asks for (jefe and administrador): number, date, right, person, outcome and
 * who attended it. The requests are registered from the citizen's record; here they are only read.
 */
export function PaginaArco() {
  // A role that may not read it gets the refusal's message instead of the list.
  const leido = useLiveQuery(
    () =>
      listarSolicitudesArco(db).then(
        (filas) => ({ filas, error: null }),
        (e: unknown) => ({ filas: [] as SolicitudArco[], error: textoDeError(e) }),
      ),
    [],
  );
  return (
    <>
      <EncabezadoPagina titulo="Solicitudes ARCO" subtitulo="Acceso, rectificación, cancelación y oposición: cada solicitud con su número, fecha y resultado" />
      {leido?.error && (
        <Alert severity="error" sx={{ mb: 2 }}>
          {leido.error}
        </Alert>
      )}
      {leido && !leido.error && (
        <Paper sx={{ p: 2 }}>
          {leido.filas.length === 0 ? (
            <Typography color="text.secondary">
              Aún no hay solicitudes ARCO. Se registran desde el detalle de una solicitud o de un apoyo, con «Solicitud ARCO».
            </Typography>
          ) : (
            <Tabla
              filas={leido.filas}
              clave={(s) => s.id}
              etiqueta="Solicitudes ARCO registradas"
              columnas={[
                { titulo: 'Número', ancho: 170, celda: (s) => s.folio, sx: { whiteSpace: 'nowrap' } },
                { titulo: 'Fecha', ancho: 100, celda: (s) => formatearFecha(s.fecha) },
                { titulo: 'Derecho', ancho: 120, celda: (s) => ETIQUETA_DERECHO_ARCO[s.derecho] },
                { titulo: 'Persona', ancho: 200, celda: (s) => s.persona },
                { titulo: 'Resultado', celda: (s) => s.resultado },
                { titulo: 'Notas', celda: (s) => s.notas },
                { titulo: 'Atendió', ancho: 150, celda: (s) => `${s.atendio} (${s.estacion})` },
              ]}
            />
          )}
        </Paper>
      )}
    </>
  );
}
