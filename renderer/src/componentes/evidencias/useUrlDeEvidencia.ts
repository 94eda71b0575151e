import { useEffect, useState } from 'react';
import { db } from '../../db';
import { archivosDe } from '../../db/archivosEvidencia';
import { bytesDeEvidencia, type Evidencia } from '../../db/repositorios/evidencias';
import { textoDeError } from '../../db/errores';

export type EstadoUrl = { url: string; blob: Blob } | { error: string } | null;

/**
 * An object URL of an evidence file's bytes (and the bytes) while the component shows it, revoked when it is unmounted or shows
 * another file; or why the bytes could not be read (missing, altered).
 */
export function useUrlDeEvidencia(evidencia: Evidencia, leer: (e: Evidencia) => Promise<Blob> = (e) => bytesDeEvidencia(db, archivosDe(db), e)): EstadoUrl {
  const [estado, setEstado] = useState<EstadoUrl>(null);
  useEffect(() => {
    let url: string | null = null;
    let vigente = true;
    leer(evidencia).then(
      (blob) => {
        if (!vigente) return;
        url = URL.createObjectURL(blob);
        setEstado({ url, blob });
      },
      (e: unknown) => vigente && setEstado({ error: textoDeError(e, 'No se pudo leer el archivo.') }),
    );
    return () => {
      vigente = false;
      if (url) URL.revokeObjectURL(url);
    };
    // The file is its content: a new id or hash is a new file, the rest of the record does not change the bytes.
  }, [evidencia.id, evidencia.sha256]);
  return estado;
}
