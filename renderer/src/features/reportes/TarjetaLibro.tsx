import FileDownloadIcon from '@mui/icons-material/FileDownload';
import { Alert, Box, LinearProgress, Paper, Stack, Typography } from '@mui/material';
import { enEscritorio } from '../../bridge';
import { BotonConPermiso } from '../../componentes/ConPermiso';
import { ETIQUETA_PASO, PASOS_EXPORTACION, useExportarLibro } from './useExportarLibro';

const GRAVEDAD = { guardado: 'success', cancelado: 'info', error: 'error' } as const;

/** The POA workbook for Tesorería: one button, the steps while it is written, and where it went. */
export function TarjetaLibro({ anio }: { anio: number }) {
  const { exportar, paso, resultado, exportando } = useExportarLibro();
  const numeroPaso = paso ? PASOS_EXPORTACION.indexOf(paso) + 1 : 0;
  return (
    <Paper component="section" aria-labelledby="titulo-libro" sx={{ p: 2.5 }}>
      <Typography variant="h6" component="h2" id="titulo-libro">
        Libro POA {anio} para Tesorería (Excel)
      </Typography>
      <Typography variant="body2" color="text.secondary" sx={{ mt: 0.5, mb: 2 }}>
        Hojas POA (con su estado), Cronograma, Metas (inicial y modificada), Indicador (Índice de Eficiencia con
        fórmulas), Avance trimestral, Reconducciones, los anexos con los registros que sustentan cada cifra y el padrón
        público de beneficiarios (sin CURP, domicilio, teléfono ni correo).
        {enEscritorio ? ' Usted elige dónde guardarlo.' : ' El navegador lo descarga a su carpeta de descargas.'}
      </Typography>
      <BotonConPermiso accion="exportar-libro" variant="contained" startIcon={<FileDownloadIcon />} disabled={exportando} onClick={() => void exportar(anio)}>
        Exportar libro POA (Excel)
      </BotonConPermiso>
      {paso && (
        <Box sx={{ mt: 2 }} role="status" aria-live="polite" aria-label="Avance de la exportación">
          <LinearProgress
            variant="determinate"
            value={(numeroPaso / PASOS_EXPORTACION.length) * 100}
            aria-label={`Paso ${numeroPaso} de ${PASOS_EXPORTACION.length}: ${ETIQUETA_PASO[paso]}`}
          />
          <Stack direction="row" spacing={2} sx={{ mt: 0.75 }}>
            {PASOS_EXPORTACION.map((p, i) => (
              <Typography
                key={p}
                variant="body2"
                sx={{ fontWeight: p === paso ? 700 : 400, color: i + 1 <= numeroPaso ? 'text.primary' : 'text.disabled' }}
              >
                {i + 1}. {ETIQUETA_PASO[p]}
                {p === paso ? '…' : ''}
              </Typography>
            ))}
          </Stack>
        </Box>
      )}
      {resultado && (
        <Alert severity={GRAVEDAD[resultado.tipo]} sx={{ mt: 2, wordBreak: 'break-word' }}>
          {resultado.mensaje}
        </Alert>
      )}
    </Paper>
  );
}
