import { Alert, Box, Button, Card, CardActions, CardContent, FormHelperText, Stack, TextField, Typography } from '@mui/material';
import AttachFileIcon from '@mui/icons-material/AttachFile';
import PictureAsPdfIcon from '@mui/icons-material/PictureAsPdf';
import { useLiveQuery } from 'dexie-react-hooks';
import { useId, useRef, useState } from 'react';
import { ACEPTA_EVIDENCIA, EXTENSION_EVIDENCIA } from '../../../../shared/evidencias/contenido';
import { formatearFechaHora, formatearNumero } from '../../../../shared/domain/formato';
import { formatearTamano } from '../../../../shared/ipc/limites';
import { db } from '../../db';
import { archivosDe } from '../../db/archivosEvidencia';
import { adjuntarEvidencia, listarEvidencias, quitarEvidencia, type Evidencia, type TipoRegistroEvidencia } from '../../db/repositorios/evidencias';
import { useErrores } from '../../hooks/useErrores';
import { ConPermiso } from '../ConPermiso';
import { DialogoConMotivo } from '../DialogoConMotivo';
import { SeccionDetalle } from '../formulario/Seccion';
import { useUrlDeEvidencia } from './useUrlDeEvidencia';
import { VisorEvidencia } from './VisorEvidencia';

const archivos = (n: number) => (n === 1 ? '1 archivo' : `${formatearNumero(n)} archivos`);

/** An image that the browser cannot decode is refused at the field, before anything is kept. */
async function revisarQueDecodifica(archivo: File): Promise<string | null> {
  if (!archivo.type.startsWith('image/') && !/\.(jpe?g|png)$/i.test(archivo.name)) return null;
  try {
    const imagen = await createImageBitmap(archivo);
    imagen.close();
    return null;
  } catch {
    return `La imagen «${archivo.name}» está dañada: no se pudo abrir.`;
  }
}

/**
 * «Evidencias» of a record: the files that prove it (a lista de asistencia, photos, an acuse, a minuta, a signed
 * convenio, the documents a citizen brings). Images show as thumbnails, a PDF as its icon; each opens larger in the
 * app. Whoever may edit the record attaches; a jefe takes a file off with the reason. A deleted record's files are
 * gone with it.
 */
export function SeccionEvidencias({ tipo, registroId, eliminado, queAdjuntar }: { tipo: TipoRegistroEvidencia; registroId: string; eliminado: boolean; queAdjuntar: string }) {
  const evidencias = useLiveQuery(() => listarEvidencias(db, tipo, registroId), [tipo, registroId]);
  const [descripcion, setDescripcion] = useState('');
  const [ocupado, setOcupado] = useState(false);
  const [viendo, setViendo] = useState<Evidencia | null>(null);
  const [quitando, setQuitando] = useState<Evidencia | null>(null);
  const [aviso, setAviso] = useState<string | null>(null);
  const { errores, setErrores, guardar } = useErrores();
  const entrada = useRef<HTMLInputElement>(null);
  const idEntrada = useId();
  const idAyuda = useId();

  async function alElegir(lista: FileList | null) {
    const archivo = lista?.[0];
    if (entrada.current) entrada.current.value = '';
    if (!archivo) return;
    setAviso(null);
    setOcupado(true);
    try {
      const dañada = await revisarQueDecodifica(archivo);
      if (dañada) {
        setErrores({ archivo: dañada });
        return;
      }
      const bytes = new Uint8Array(await archivo.arrayBuffer());
      const hecha = await guardar(() => adjuntarEvidencia(db, archivosDe(db), { registroTipo: tipo, registroId, descripcion }, { nombre: archivo.name, bytes }));
      if (hecha) {
        setDescripcion('');
        setAviso(`Archivo «${hecha.nombreOriginal}» adjuntado.`);
      }
    } finally {
      setOcupado(false);
    }
  }

  const error = errores.archivo ?? errores._ ?? errores.descripcion;
  return (
    <SeccionDetalle titulo="Evidencias">
      <Typography variant="body2" color="text.secondary" sx={{ mb: 1 }}>
        {evidencias ? (evidencias.length ? `${archivos(evidencias.length)} adjuntos.` : 'Aún no hay archivos adjuntos.') : 'Cargando…'} {queAdjuntar} PDF, JPG
        o PNG de hasta 20 MB.
      </Typography>
      {!eliminado && (
        <Stack direction={{ xs: 'column', sm: 'row' }} spacing={1} sx={{ alignItems: { sm: 'flex-start' }, mb: 1 }}>
          <TextField
            size="small"
            label="Descripción del archivo (opcional)"
            value={descripcion}
            onChange={(e) => setDescripcion(e.target.value)}
            slotProps={{ htmlInput: { maxLength: 300 } }}
            sx={{ flex: 1 }}
          />
          <input
            ref={entrada}
            id={idEntrada}
            type="file"
            accept={ACEPTA_EVIDENCIA}
            aria-label="Archivo de evidencia"
            aria-describedby={idAyuda}
            aria-invalid={Boolean(error)}
            hidden
            onChange={(e) => void alElegir(e.target.files)}
          />
          <ConPermiso
            accion="editar-registros"
            dibujar={(bloqueo) => (
              <Button variant="outlined" startIcon={<AttachFileIcon />} disabled={ocupado} onClick={() => entrada.current?.click()} {...bloqueo}>
                {ocupado ? 'Adjuntando…' : 'Adjuntar archivo'}
              </Button>
            )}
          />
        </Stack>
      )}
      <FormHelperText id={idAyuda} error={Boolean(error)} role={error ? 'alert' : undefined} sx={{ mb: 1 }}>
        {error ?? ' '}
      </FormHelperText>
      {aviso && (
        <Alert severity="success" sx={{ mb: 1 }} onClose={() => setAviso(null)}>
          {aviso}
        </Alert>
      )}
      <Box component="ul" aria-label="Archivos de evidencia" sx={{ listStyle: 'none', p: 0, m: 0, display: 'grid', gap: 1, gridTemplateColumns: 'repeat(auto-fill, minmax(190px, 1fr))' }}>
        {evidencias?.map((e) => (
          <li key={e.id} aria-label={e.nombreOriginal}>
            <TarjetaEvidencia evidencia={e} eliminado={eliminado} onVer={() => setViendo(e)} onQuitar={() => setQuitando(e)} />
          </li>
        ))}
      </Box>
      {viendo && <VisorEvidencia evidencia={viendo} onCerrar={() => setViendo(null)} />}
      {quitando && (
        <DialogoConMotivo
          titulo={`Quitar «${quitando.nombreOriginal}»`}
          idTitulo="titulo-quitar-evidencia"
          etiqueta="Motivo para quitar el archivo"
          ayuda="Por qué este archivo no es evidencia del registro"
          renglones={2}
          requerido
          textoBoton="Quitar archivo"
          guardar={(motivo) => quitarEvidencia(db, quitando.id, motivo)}
          onCerrar={() => setQuitando(null)}
        >
          <Typography sx={{ mb: 2 }}>El archivo deja de mostrarse como evidencia de este registro; la bitácora guarda quién lo quitó y por qué.</Typography>
        </DialogoConMotivo>
      )}
    </SeccionDetalle>
  );
}

function Miniatura({ evidencia }: { evidencia: Evidencia }) {
  const estado = useUrlDeEvidencia(evidencia);
  const marco = { height: 110, display: 'flex', alignItems: 'center', justifyContent: 'center', bgcolor: 'grey.100', borderRadius: 1, overflow: 'hidden' };
  if (evidencia.tipo === 'application/pdf') {
    return (
      <Box sx={marco}>
        <PictureAsPdfIcon color="error" sx={{ fontSize: 56 }} aria-label="Documento PDF" />
      </Box>
    );
  }
  return (
    <Box sx={marco}>
      {estado && 'url' in estado ? (
        <img src={estado.url} alt={`Miniatura de ${evidencia.nombreOriginal}`} style={{ maxWidth: '100%', maxHeight: '100%', objectFit: 'contain' }} />
      ) : (
        <Typography variant="caption" color={estado ? 'error' : 'text.secondary'} sx={{ p: 1 }}>
          {estado ? estado.error : 'Cargando…'}
        </Typography>
      )}
    </Box>
  );
}

function TarjetaEvidencia({ evidencia: e, eliminado, onVer, onQuitar }: { evidencia: Evidencia; eliminado: boolean; onVer: () => void; onQuitar: () => void }) {
  return (
    <Card variant="outlined">
      <CardContent sx={{ p: 1, pb: 0 }}>
        <Miniatura evidencia={e} />
        <Typography variant="body2" sx={{ fontWeight: 600, mt: 0.5, overflowWrap: 'anywhere' }}>
          {e.nombreOriginal}
        </Typography>
        {e.descripcion && <Typography variant="body2">{e.descripcion}</Typography>}
        <Typography variant="caption" color="text.secondary" component="p">
          {EXTENSION_EVIDENCIA[e.tipo].toUpperCase()} · {formatearTamano(e.tamano)} · {formatearFechaHora(e.fecha)} · {e.usuario}
        </Typography>
      </CardContent>
      <CardActions sx={{ pt: 0 }}>
        <Button size="small" onClick={onVer} aria-label={`Ver ${e.nombreOriginal}`}>
          Ver
        </Button>
        {!eliminado && (
          <ConPermiso
            accion="eliminar-registros"
            dibujar={(bloqueo) => (
              <Button size="small" color="error" onClick={onQuitar} aria-label={`Quitar ${e.nombreOriginal}`} {...bloqueo}>
                Quitar
              </Button>
            )}
          />
        )}
      </CardActions>
    </Card>
  );
}
