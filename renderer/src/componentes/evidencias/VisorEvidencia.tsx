import { Alert, Box, Button, Dialog, DialogActions, DialogContent, DialogTitle, Typography } from '@mui/material';
import { useEffect, useState } from 'react';
import { formatearTamano } from '../../../../shared/ipc/limites';
import { enEscritorio, puente } from '../../bridge';
import { db } from '../../db';
import { archivosDe } from '../../db/archivosEvidencia';
import { abrirEvidencia, type Evidencia } from '../../db/repositorios/evidencias';
import { PaginasPdf } from './PaginasPdf';
import { useUrlDeEvidencia } from './useUrlDeEvidencia';

/**
 * A file opened larger: an image at the size of the window; a PDF's pages drawn as images by pdf.js (its scripts and
 * forms are never run), with a copy offered for the PC's PDF reader. Opening it and copying it are logged.
 */
export function VisorEvidencia({ evidencia, onCerrar }: { evidencia: Evidencia; onCerrar: () => void }) {
  // The open is what the bitácora records; the bytes come with it.
  const estado = useUrlDeEvidencia(evidencia, async (e) => (await abrirEvidencia(db, archivosDe(db), e.id)).blob);
  const [copia, setCopia] = useState<string | null>(null);
  useEffect(() => setCopia(null), [evidencia.id]);

  async function guardarCopia() {
    try {
      const { blob } = await abrirEvidencia(db, archivosDe(db), evidencia.id, 'copiar');
      const r = await puente.guardarArchivo({
        nombreSugerido: evidencia.nombreOriginal,
        filtros: [{ name: 'Documento PDF', extensions: ['pdf'] }],
        datos: new Uint8Array(await blob.arrayBuffer()),
      });
      if (r.guardado) setCopia(enEscritorio ? `Copia guardada${r.ruta ? ` en ${r.ruta}` : ''}.` : 'La copia se descargó en la carpeta de descargas.');
    } catch (e) {
      setCopia(e instanceof Error ? `No se pudo guardar la copia: ${e.message}` : 'No se pudo guardar la copia.');
    }
  }

  const esPdf = evidencia.tipo === 'application/pdf';
  return (
    <Dialog open onClose={onCerrar} maxWidth="lg" fullWidth aria-labelledby="titulo-visor-evidencia">
      <DialogTitle id="titulo-visor-evidencia">{evidencia.nombreOriginal}</DialogTitle>
      <DialogContent>
        {evidencia.descripcion && <Typography sx={{ mb: 1 }}>{evidencia.descripcion}</Typography>}
        {estado && 'error' in estado && <Alert severity="error">{estado.error}</Alert>}
        {!estado && <Typography color="text.secondary">Abriendo…</Typography>}
        {estado && 'url' in estado && !esPdf && (
          <Box sx={{ display: 'flex', justifyContent: 'center' }}>
            <img src={estado.url} alt={evidencia.nombreOriginal} style={{ maxWidth: '100%', maxHeight: '70vh', objectFit: 'contain' }} />
          </Box>
        )}
        {estado && 'url' in estado && esPdf && (
          <>
            <Typography variant="body2" color="text.secondary" sx={{ mb: 1 }}>
              Documento PDF de {formatearTamano(evidencia.tamano)}, verificado con su huella SHA-256. Se muestran sus páginas como imágenes: el visor no
              ejecuta lo que el documento traiga (programas, formularios, enlaces).
            </Typography>
            <PaginasPdf datos={estado.blob} nombre={evidencia.nombreOriginal} />
          </>
        )}
        {copia && (
          <Alert severity={copia.startsWith('No se pudo') ? 'error' : 'success'} sx={{ mt: 2 }}>
            {copia}
          </Alert>
        )}
      </DialogContent>
      <DialogActions>
        {esPdf && estado && 'url' in estado && <Button onClick={() => void guardarCopia()}>Guardar una copia</Button>}
        <Button onClick={onCerrar} variant="contained">
          Cerrar
        </Button>
      </DialogActions>
    </Dialog>
  );
}
