import PictureAsPdfIcon from '@mui/icons-material/PictureAsPdf';
import PrintIcon from '@mui/icons-material/Print';
import type { Accion } from '../../../shared/seguridad/permisos';
import type { SolicitudImprimir } from '../bridge';
import { BotonConPermiso } from './ConPermiso';

/**
 * The two ways a printed document leaves the program: to the printer through the system dialog, or to a PDF file.
 * Both wait while one is under way, and both are off for a role that may not print it.
 */
export function BotonesImpresion({
  accion,
  textoImprimir,
  textoPdf,
  ocupado,
  enfocar = false,
  onImprimir,
}: {
  /** What printing it is, in the permission table: an acuse, a monthly sheet. */
  accion: Accion;
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
      <BotonConPermiso accion={accion} variant="contained" startIcon={<PrintIcon />} onClick={() => onImprimir('dialogo')} disabled={ocupado} autoFocus={enfocar}>
        {textoImprimir}
      </BotonConPermiso>
      <BotonConPermiso accion={accion} variant="outlined" startIcon={<PictureAsPdfIcon />} onClick={() => onImprimir('pdf')} disabled={ocupado}>
        {textoPdf}
      </BotonConPermiso>
    </>
  );
}
