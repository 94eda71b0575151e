import { Alert, AlertTitle, Box, Stack, Typography } from '@mui/material';
import { formatearFechaHora } from '../../../../shared/domain/formato';
import type { ResultadoConEntrada } from '../../db/repositorios/bitacora';

/**
 * What «Verificar integridad» found, one line per station: its entries and «cadena íntegra», or the first entry
 * altered or removed with its number in the station's chain, its date and what it says now.
 */
export function PanelIntegridad({ resultados, verificado }: { resultados: readonly ResultadoConEntrada[]; verificado: Date }) {
  const integras = resultados.every((r) => r.resultado.estado === 'intacta');
  return (
    <Box component="section" aria-label="Resultado de la verificación de integridad" sx={{ mb: 1.5 }}>
      <Stack spacing={1}>
        <Alert severity={integras ? 'success' : 'error'}>
          <AlertTitle>
            {integras ? 'La bitácora está íntegra' : 'La bitácora fue alterada fuera de la aplicación'}
          </AlertTitle>
          <Typography variant="body2" component="div">
            Verificada el {formatearFechaHora(verificado.toISOString())}, estación por estación, desde su primera
            entrada hasta el sello guardado aparte de la última.
          </Typography>
          <Box component="ul" sx={{ m: 0, mt: 0.5, pl: 2.5 }}>
            {resultados.map(({ resultado: r, entrada }) => (
              <Typography component="li" variant="body2" key={r.estacion} sx={{ fontWeight: r.estado === 'intacta' ? undefined : 600 }}>
                {r.mensaje}
                {entrada && r.estado === 'alterada' && ` Descripción que tiene ahora: «${entrada.resumen}».`}
              </Typography>
            ))}
          </Box>
        </Alert>
      </Stack>
    </Box>
  );
}
