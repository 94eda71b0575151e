import { Alert, Box, Button, Paper, Stack, Typography } from '@mui/material';
import FileDownloadIcon from '@mui/icons-material/FileDownload';
import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useRef, type ReactNode } from 'react';
import { fechaIsoLocal } from '../../../../shared/domain/formato';
import { nombreCompleto, type Persona } from '../../../../shared/schemas/personas';
import { db } from '../../db';
import { historialDePersonas, registrarConsultaPersona } from '../../db/repositorios/personas';
import { nombresDeCatalogos } from '../../db/repositorios/solicitudes';
import { HistorialCiudadano } from './HistorialCiudadano';
import { domicilioDe, sexoYEdadDe } from './textos';
import { useExportarPersona } from '../../hooks/useExportarPersona';
import { BotonConPermiso } from '../ConPermiso';
import { AccionesArco } from './AccionesArco';
import { AccionUnirPersona } from './AccionUnirPersona';

/**
 * The chosen citizen with their earlier requests and support. `exportable` offers the export of all their data
 * (right of access), for the detail views where the citizen may be present asking for it; opening such a detail
 * shows the person's full record, so each opening goes to the access log.
 */
export function TarjetaPersona({
  persona,
  acciones,
  excepto,
  enlazar = false,
  exportable = false,
}: {
  persona: Persona;
  acciones?: ReactNode;
  excepto?: string;
  enlazar?: boolean;
  exportable?: boolean;
}) {
  const { exportar, exportando, resultado } = useExportarPersona();
  const consultada = useRef<string | null>(null);
  useEffect(() => {
    if (!exportable || consultada.current === persona.id) return;
    consultada.current = persona.id;
    registrarConsultaPersona(db, persona.id).catch((e: unknown) => console.error('No se pudo anotar la consulta en la bitácora', e));
  }, [persona.id, exportable]);
  const datos = useLiveQuery(async () => {
    const [historial, nombres] = await Promise.all([historialDePersonas(db, [persona.id]), nombresDeCatalogos(db)]);
    return { historial: historial.get(persona.id)!, nombres };
  }, [persona.id]);
  const renglones = [
    persona.curp ? `CURP ${persona.curp}` : 'Sin CURP',
    sexoYEdadDe(persona, fechaIsoLocal(new Date())),
    [persona.telefono && `Tel. ${persona.telefono}`, persona.correo].filter(Boolean).join(' · '),
    domicilioDe(persona),
  ].filter(Boolean);
  return (
    <Paper variant="outlined" sx={{ p: 1.5 }} component="section" aria-label={`Ciudadano: ${nombreCompleto(persona)}`}>
      <Stack direction="row" sx={{ justifyContent: 'space-between', alignItems: 'flex-start', gap: 1 }}>
        <Box>
          <Typography variant="subtitle1" component="p" sx={{ fontWeight: 700 }}>
            {nombreCompleto(persona)}
          </Typography>
          {renglones.map((r) => (
            <Typography key={r} variant="body2" color="text.secondary">
              {r}
            </Typography>
          ))}
        </Box>
        {acciones && <Stack direction="row" spacing={1}>{acciones}</Stack>}
      </Stack>
      {exportable && (
        <Box sx={{ mt: 1 }}>
          <BotonConPermiso accion="exportar-datos-persona" size="small" startIcon={<FileDownloadIcon />} onClick={() => void exportar(persona)} disabled={exportando}>
            Exportar datos de la persona
          </BotonConPermiso>
          {resultado && (
            <Alert severity={resultado.tipo} sx={{ mt: 1 }}>
              {resultado.mensaje}
            </Alert>
          )}
        </Box>
      )}
      {exportable && <AccionesArco persona={persona} />}
      {exportable && <AccionUnirPersona persona={persona} />}
      {datos && <HistorialCiudadano historial={datos.historial} nombres={datos.nombres} excepto={excepto} enlazar={enlazar} />}
    </Paper>
  );
}

/** The citizen a capture form has chosen, with the button that goes back to searching for another. */
export function PersonaElegida({ persona, textoCambiar, onCambiar }: { persona: Persona; textoCambiar: string; onCambiar: () => void }) {
  return (
    <Box sx={{ mb: 1.5 }}>
      <TarjetaPersona
        persona={persona}
        acciones={
          <Button size="small" onClick={onCambiar}>
            {textoCambiar}
          </Button>
        }
      />
    </Box>
  );
}
