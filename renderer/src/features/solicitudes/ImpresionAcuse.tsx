import { Box, GlobalStyles, Typography } from '@mui/material';
import { useLiveQuery } from 'dexie-react-hooks';
import { useState, type ReactNode } from 'react';
import { useParams } from 'react-router-dom';
import { formatearFecha, formatearFechaHora } from '../../../../shared/domain/formato';
import { nombreCompleto } from '../../../../shared/schemas/personas';
import { ETIQUETA_CANAL } from '../../../../shared/schemas/solicitudes';
import { db } from '../../db';
import { obtenerConfiguracion } from '../../db/repositorios/configuracion';
import { obtenerDetalleSolicitud } from '../../db/repositorios/solicitudes';
import { useListoParaImprimir } from '../../hooks/useListoParaImprimir';

/** The summary is cut so the acuse stays within half a letter page: so many characters, and so many lines. */
const MAXIMO_RESUMEN = 600;
const MAXIMO_RENGLONES = 8;

/** The description as the citizen wrote it, line breaks kept, cut where it would not fit. */
function resumen(texto: string): string {
  const renglones = texto.split('\n');
  const corto = renglones.slice(0, MAXIMO_RENGLONES).join('\n');
  const cortado = corto.length > MAXIMO_RESUMEN ? corto.slice(0, MAXIMO_RESUMEN) : corto;
  return cortado === texto ? texto : `${cortado.trimEnd()}…`;
}

function Renglon({ etiqueta, children }: { etiqueta: string; children: ReactNode }) {
  return (
    <Box sx={{ display: 'flex', gap: '2mm', py: '0.6mm' }}>
      <Box component="span" sx={{ fontWeight: 700, whiteSpace: 'nowrap' }}>
        {etiqueta}:
      </Box>
      <Box component="span">{children}</Box>
    </Box>
  );
}

function Firma({ titulo, nombre }: { titulo: string; nombre: string }) {
  return (
    <Box sx={{ flex: 1, textAlign: 'center' }}>
      <Box sx={{ borderTop: '1px solid #000', mx: '6mm', pt: '1mm', fontWeight: 700 }}>{nombre}</Box>
      <Box sx={{ fontSize: '8.5pt' }}>{titulo}</Box>
    </Box>
  );
}

/**
 * The receipt handed to the citizen: letter portrait, within half a page. It renders only what is stored (the
 * record, the aviso the citizen accepted, the settings), never today's date, so a reprint matches the first print.
 */
export function ImpresionAcuse() {
  const { id = '' } = useParams();
  const datos = useLiveQuery(async () => {
    const [detalle, configuracion] = await Promise.all([obtenerDetalleSolicitud(db, id), obtenerConfiguracion(db)]);
    return { detalle: detalle ?? null, configuracion };
  }, [id]);
  const [logoListo, setLogoListo] = useState(false);
  const conLogo = Boolean(datos?.configuracion.logoDataUrl);
  const listo = Boolean(datos?.detalle && datos.detalle.solicitud.eliminado === 0) && (!conLogo || logoListo);

  useListoParaImprimir(listo);

  if (!datos) return null;
  const { detalle, configuracion } = datos;
  if (!detalle || detalle.solicitud.eliminado === 1) {
    return <Typography sx={{ p: 4 }}>{detalle ? 'La solicitud fue eliminada; su acuse ya no se imprime.' : 'No existe esa solicitud.'}</Typography>;
  }
  const { solicitud: s, persona } = detalle;
  const municipio = configuracion.municipio.trim();

  return (
    <>
      <GlobalStyles
        styles={{
          '@page': { size: 'letter portrait', margin: '12mm' },
          body: { background: '#fff' },
          '@media screen': { body: { background: '#e0e0e0' } },
        }}
      />
      <Box
        component="article"
        aria-label={`Acuse de la solicitud ${s.folio}`}
        sx={{
          width: '191.9mm',
          mx: 'auto',
          bgcolor: '#fff',
          color: '#000',
          fontFamily: 'Roboto, Arial, sans-serif',
          fontSize: '10pt',
          lineHeight: 1.35,
          '@media screen': { my: 2, p: '12mm', boxSizing: 'content-box', boxShadow: 2 },
        }}
      >
        <Box sx={{ display: 'flex', alignItems: 'center', gap: '4mm', borderBottom: '2px solid #7B1E3A', pb: '2mm' }}>
          {configuracion.logoDataUrl && (
            <img src={configuracion.logoDataUrl} alt="Logo del municipio" style={{ height: '18mm', maxWidth: '30mm', objectFit: 'contain' }} onLoad={() => setLogoListo(true)} onError={() => setLogoListo(true)} />
          )}
          <Box sx={{ flex: 1 }}>
            <Box sx={{ fontSize: '12pt', fontWeight: 700, textTransform: 'uppercase' }}>{municipio ? `H. Ayuntamiento de ${municipio}` : 'H. Ayuntamiento'}</Box>
            <Box>Presidencia Municipal</Box>
            <Box>Gestión Social y Atención Ciudadana</Box>
          </Box>
          <Box sx={{ textAlign: 'right' }}>
            <Box sx={{ fontWeight: 700, fontSize: '11pt' }}>ACUSE DE RECIBO DE SOLICITUD</Box>
            <Box sx={{ fontSize: '9pt' }}>Folio</Box>
            <Box sx={{ fontWeight: 700, fontSize: '15pt', letterSpacing: '0.5px' }}>{s.folio}</Box>
          </Box>
        </Box>

        <Box sx={{ mt: '3mm' }}>
          <Box sx={{ display: 'flex', gap: '8mm' }}>
            <Renglon etiqueta="Fecha y hora de recepción">{formatearFechaHora(s.fechaRecepcion)}</Renglon>
            <Renglon etiqueta="Canal">{ETIQUETA_CANAL[s.canal]}</Renglon>
          </Box>
          <Renglon etiqueta="Ciudadano">{persona ? nombreCompleto(persona) : ''}</Renglon>
          <Renglon etiqueta="Tipo de apoyo solicitado">{detalle.tipoApoyo}</Renglon>
          <Renglon etiqueta="Resumen de la solicitud">
            <Box component="span" sx={{ whiteSpace: 'pre-line' }}>
              {resumen(s.descripcion)}
            </Box>
          </Renglon>
          <Box sx={{ display: 'flex', gap: '8mm' }}>
            <Renglon etiqueta="Dependencia a la que se canaliza">{detalle.dependencia || 'Por definir'}</Renglon>
            <Renglon etiqueta="Fecha compromiso">{formatearFecha(s.fechaCompromiso)}</Renglon>
          </Box>
        </Box>

        <Box sx={{ mt: '3mm', p: '2mm', border: '1px solid #999', fontSize: '8pt', lineHeight: 1.3 }}>
          <strong>Aviso de privacidad.</strong> {s.avisoPrivacidad} El ciudadano aceptó este aviso el {formatearFechaHora(s.consentimientoFecha)}.
        </Box>

        <Box sx={{ display: 'flex', mt: '16mm' }}>
          <Firma titulo="Recibió (nombre y firma)" nombre={s.recibio} />
          <Firma titulo="Ciudadano (nombre y firma)" nombre={persona ? nombreCompleto(persona) : ''} />
        </Box>
        <Box sx={{ mt: '3mm', fontSize: '8pt', textAlign: 'center' }}>
          Conserve este acuse: con su folio puede preguntar por el avance de su solicitud en la oficina de Gestión Social.
        </Box>
      </Box>
    </>
  );
}
