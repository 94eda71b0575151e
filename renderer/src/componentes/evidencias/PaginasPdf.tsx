import { Alert, Box, Typography } from '@mui/material';
import { useEffect, useRef, useState } from 'react';

/** A longer document is seen in the PDF reader of the PC; the app draws its first pages. */
export const PAGINAS_MOSTRADAS = 20;
/** The width a page is drawn at, in CSS pixels; the canvas holds as many device pixels as the screen has. */
const ANCHO_PAGINA = 760;

type Estado = { tipo: 'abriendo' } | { tipo: 'listo'; total: number; mostradas: number } | { tipo: 'error'; mensaje: string };

/**
 * The pages of a PDF drawn as images with pdf.js, in a worker of its own: the document's scripts, forms (XFA) and
 * links are never run or followed, fonts are not evaluated as code, and nothing is fetched. Each page is an image
 * named «<file>: página N de M» for screen readers.
 */
export function PaginasPdf({ datos, nombre }: { datos: Blob; nombre: string }) {
  const contenedor = useRef<HTMLDivElement>(null);
  const [estado, setEstado] = useState<Estado>({ tipo: 'abriendo' });

  useEffect(() => {
    let vigente = true;
    let cerrar: () => Promise<unknown> = async () => undefined;
    setEstado({ tipo: 'abriendo' });
    void (async () => {
      try {
        const [pdfjs, { default: TrabajadorPdf }] = await Promise.all([import('pdfjs-dist'), import('pdfjs-dist/build/pdf.worker.min.mjs?worker')]);
        const bytes = new Uint8Array(await datos.arrayBuffer());
        if (!vigente) return;
        const puerto = new TrabajadorPdf({ name: 'Visor PDF' });
        const trabajador = pdfjs.PDFWorker.create({ name: 'Visor PDF', port: puerto });
        const tarea = pdfjs.getDocument({
          data: bytes,
          worker: trabajador,
          isEvalSupported: false,
          enableXfa: false,
          isOffscreenCanvasSupported: false,
          disableAutoFetch: true,
          disableStream: true,
          stopAtErrors: false,
        });
        cerrar = async () => {
          await tarea.destroy().catch(() => undefined);
          trabajador.destroy();
          puerto.terminate();
        };
        const documento = await tarea.promise;
        const total = documento.numPages;
        const mostradas = Math.min(total, PAGINAS_MOSTRADAS);
        const escala = window.devicePixelRatio || 1;
        for (let n = 1; n <= mostradas && vigente; n++) {
          const pagina = await documento.getPage(n);
          const base = pagina.getViewport({ scale: 1 });
          const vista = pagina.getViewport({ scale: (ANCHO_PAGINA / base.width) * escala });
          const lienzo = document.createElement('canvas');
          lienzo.width = Math.floor(vista.width);
          lienzo.height = Math.floor(vista.height);
          lienzo.style.width = '100%';
          lienzo.style.maxWidth = `${ANCHO_PAGINA}px`;
          lienzo.style.display = 'block';
          lienzo.style.margin = '0 auto 12px';
          lienzo.style.background = '#fff';
          lienzo.style.boxShadow = '0 1px 4px rgba(0,0,0,.3)';
          lienzo.setAttribute('role', 'img');
          lienzo.setAttribute('aria-label', `${nombre}: página ${n} de ${total}`);
          await pagina.render({ canvas: lienzo, viewport: vista, annotationMode: pdfjs.AnnotationMode.ENABLE }).promise;
          pagina.cleanup();
          if (vigente) contenedor.current?.append(lienzo);
        }
        if (vigente) setEstado({ tipo: 'listo', total, mostradas });
      } catch (e) {
        if (vigente) setEstado({ tipo: 'error', mensaje: mensajeDeError(e) });
      }
    })();
    const lugar = contenedor.current;
    return () => {
      vigente = false;
      lugar?.replaceChildren();
      void cerrar();
    };
  }, [datos, nombre]);

  return (
    <Box>
      {estado.tipo === 'abriendo' && <Typography color="text.secondary">Preparando las páginas…</Typography>}
      {estado.tipo === 'error' && <Alert severity="warning">{estado.mensaje}</Alert>}
      <Box ref={contenedor} sx={{ maxHeight: '62vh', overflow: 'auto', bgcolor: 'grey.200', p: estado.tipo === 'listo' ? 1.5 : 0, borderRadius: 1 }} />
      {estado.tipo === 'listo' && (
        <Typography role="status" variant="body2" color="text.secondary" sx={{ mt: 1 }}>
          {textoPaginas(estado.total, estado.mostradas)}
        </Typography>
      )}
    </Box>
  );
}

export function textoPaginas(total: number, mostradas: number): string {
  if (total === 0) return 'El documento no tiene páginas.';
  if (mostradas < total) return `Se muestran las primeras ${mostradas} de ${total.toLocaleString('es-MX')} páginas; guarde una copia para ver el resto.`;
  return total === 1 ? '1 página.' : `${total} páginas.`;
}

function mensajeDeError(e: unknown): string {
  const nombre = e instanceof Error ? e.name : '';
  if (nombre === 'PasswordException') return 'El documento está protegido con contraseña; guarde una copia y ábralo con el lector de PDF de la PC.';
  return 'No se pudieron dibujar las páginas de este PDF (puede estar dañado o usar algo que el visor no muestra); guarde una copia y ábralo con el lector de PDF de la PC.';
}
