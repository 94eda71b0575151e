import { Button } from '@mui/material';
import PictureAsPdfIcon from '@mui/icons-material/PictureAsPdf';
import PrintIcon from '@mui/icons-material/Print';
import type { SolicitudImprimir } from '../bridge';

/**
 * The two ways a printed document leaves the program: to the printer through the system dialog, or to a PDF file.
 * Both wait while one is under way.
 */
export function BotonesImpresion({
  textoImprimir,
  textoPdf,
  ocupado,
  enfocar = false,
  onImprimir,
}: {
  /** "Imprimir acuse". */
  textoImprimir: string;
  /** "Acuse en PDF". */
  textoPdf: string;
  ocupado: boolean;
  /** The print button takes the focus (right after capturing what it prints). */
  enfocar?: boolean;
  onImprimir: (modo: SolicitudImprimir['modo']) => void;
}) {
  return (
    <>
      <Button variant="contained" startIcon={<PrintIcon />} onClick={() => onImprimir('dialogo')} disabled={ocupado} autoFocus={enfocar}>
        {textoImprimir}
      </Button>
      <Button variant="outlined" startIcon={<PictureAsPdfIcon />} onClick={() => onImprimir('pdf')} disabled={ocupado}>
        {textoPdf}
      </Button>
    </>
  );
}
