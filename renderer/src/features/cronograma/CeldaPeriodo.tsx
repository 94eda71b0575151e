import { Box, ButtonBase, TableCell } from '@mui/material';
import LockIcon from '@mui/icons-material/Lock';
import type { CierreDeMeses } from '../../../../shared/domain/cierres';
import { formatearIndice, type UmbralesSemaforo } from '../../../../shared/domain/eficiencia';
import { APARIENCIA } from '../../componentes/semaforo';
import { datosCelda, textoAjuste, type Columna, type DatosCelda, type SerieMensual } from './columnas';
import { MarcaReconducida } from './MarcaReconducida';
import { useEnProyector } from '../../hooks/useProyector';
import { textoReconducida, type MetaReconducida } from './reconducidas';

export interface InteraccionCelda {
  /** "f-c" coordinates for the grid's arrow-key navigation. */
  coordenada: string;
  enfocable: boolean;
  onAbrir: () => void;
  onEnfocar: () => void;
}

/** The accessible sentence of a cell: everything the colors say, in words. */
export function descripcionCelda(
  sujeto: string,
  columna: Columna,
  d: DatosCelda,
  marcado: boolean,
  cierre: CierreDeMeses = 'abierto',
  reconducida: MetaReconducida | null = null,
): string {
  const partes = [`${sujeto}, ${columna.etiqueta}: programado ${d.resumen.programado}`, `logrado ${d.resumen.logrado}`];
  if (d.ajustes !== 0) partes[1] += ` (${d.registros} de registros y ${textoAjuste(d.ajustes).replace('aj.', 'de ajuste manual')})`;
  partes.push(d.resumen.indice === null ? 'índice no aplica' : `índice ${formatearIndice(d.resumen.indice)}`);
  partes.push(APARIENCIA[d.estado].etiqueta);
  if (d.metaALaFecha !== null) partes.push(`meta a la fecha ${d.metaALaFecha}`);
  if (!marcado) partes.push('sin programar en el cronograma');
  if (reconducida) partes.push(textoReconducida(reconducida, columna.meses.length));
  if (cierre === 'cerrado') partes.push('cerrado');
  if (cierre === 'parcial') partes.push('con meses cerrados');
  return partes.join(', ');
}

/**
 * One period of one row: "logrado/programado" and the index; with a manual adjustment, what the records count and
 * the adjustment apart ("2 + 1 aj. / 7"), never a total that looks counted; on the semáforo's color with
 * its icon. The current month is outlined; the X of the POA's cronograma sits in the corner, a goal changed by a
 * reconducción carries the corner mark, and a closed period a lock.
 */
export function CeldaPeriodo({
  columna,
  serie,
  umbrales,
  sujeto,
  marcado,
  limiteReporte,
  interaccion,
  enfasis = false,
  cierre = 'abierto',
  reconducida = null,
}: {
  columna: Columna;
  /** The row's monthly figures (an activity's or the POA total's). */
  serie: SerieMensual;
  umbrales: UmbralesSemaforo;
  /** Whose cell it is, for the accessible sentence: "Actividad 3", "Total POA". */
  sujeto: string;
  /** Whether the POA's cronograma marks one of its months with an X; a row without X marks (the total) leaves it out. */
  marcado?: boolean;
  /** A reporting-period boundary of the row's frecuencia falls after this cell. */
  limiteReporte: boolean;
  interaccion?: InteraccionCelda;
  enfasis?: boolean;
  /** A closed period shows a lock in the corner: what counts in it no longer changes. */
  cierre?: CierreDeMeses;
  /** A reconducción changed the goal of one of its months. */
  reconducida?: MetaReconducida | null;
}) {
  const proyector = useEnProyector();
  // On a projector a cell keeps its figures, its color and its icon; the corner marks stay in the accessible sentence.
  const marcas = !proyector;
  const letra = proyector ? { logrado: enfasis ? 21 : 20, resto: 15, indice: 14.5, ajuste: 13 } : { logrado: enfasis ? 14 : 13.5, resto: 11.5, indice: 10.5, ajuste: 9.5 };
  const datos = datosCelda(serie, columna, umbrales);
  const descripcion = descripcionCelda(sujeto, columna, datos, marcado ?? true, cierre, reconducida);
  const a = APARIENCIA[datos.estado];
  const actual = columna.momento === 'actual';
  const contenido = (
    <>
      {marcas && marcado && (
        <Box component="span" aria-hidden sx={{ position: 'absolute', top: 1, left: 3, fontSize: 9, fontWeight: 700, color: 'text.secondary' }}>
          X
        </Box>
      )}
      <a.Icono aria-hidden sx={{ position: 'absolute', top: 2, right: 2, fontSize: proyector ? 14 : 10, color: a.fuerte }} />
      {marcas && reconducida && <MarcaReconducida sx={{ position: 'absolute', bottom: 0, left: 0 }} />}
      {marcas && cierre !== 'abierto' && (
        <LockIcon aria-hidden sx={{ position: 'absolute', bottom: 2, right: 2, fontSize: 10, color: 'text.secondary', opacity: cierre === 'cerrado' ? 1 : 0.5 }} />
      )}
      <Box component="span" aria-hidden sx={{ display: 'block', lineHeight: 1.25, pt: datos.ajustes !== 0 && marcas ? 1.25 : 0.75 }}>
        {/* Each part keeps its own line whole: a narrow column (four-digit figures at 1366 px) puts the adjustment and
            «/programado» on lines of their own instead of cutting them or writing them over the next cell. */}
        <Box component="span" sx={{ fontWeight: 700, fontSize: letra.logrado, whiteSpace: 'nowrap' }}>
          {datos.ajustes !== 0 ? datos.registros : datos.resumen.logrado}
        </Box>
        {datos.ajustes !== 0 && (
          <>
            {' '}
            <Box component="span" sx={{ fontSize: letra.ajuste, color: '#4a148c', fontWeight: 700, whiteSpace: 'nowrap' }}>
              {textoAjuste(datos.ajustes, true)}
            </Box>
          </>
        )}
        {datos.ajustes !== 0 ? ' ' : <wbr />}
        <Box component="span" sx={{ fontSize: letra.resto, color: 'text.secondary', whiteSpace: 'nowrap' }}>
          {datos.ajustes !== 0 ? '/ ' : '/'}
          {datos.resumen.programado}
        </Box>
      </Box>
      <Box component="span" aria-hidden sx={{ display: 'block', fontSize: letra.indice, lineHeight: 1.2, color: a.texto, fontWeight: 600, whiteSpace: 'nowrap' }}>
        {datos.resumen.indice === null ? 'N/A' : formatearIndice(datos.resumen.indice)}
      </Box>
    </>
  );
  const estilo = {
    position: 'relative' as const,
    display: 'block',
    width: '100%',
    minHeight: proyector ? 64 : 44,
    textAlign: 'center' as const,
    color: 'text.primary',
    py: 0.25,
  };
  return (
    <TableCell
      role="gridcell"
      aria-label={interaccion ? undefined : descripcion}
      padding="none"
      sx={{
        bgcolor: a.fondo,
        borderRight: limiteReporte ? '2px solid #5f6368' : '1px solid rgba(0,0,0,0.12)',
        boxShadow: actual ? 'inset 2px 0 0 #7B1E3A, inset -2px 0 0 #7B1E3A' : undefined,
        verticalAlign: 'middle',
      }}
    >
      {interaccion ? (
        <ButtonBase
          aria-label={descripcion}
          title={descripcion}
          data-celda={interaccion.coordenada}
          tabIndex={interaccion.enfocable ? 0 : -1}
          onClick={interaccion.onAbrir}
          onFocus={interaccion.onEnfocar}
          sx={{
            ...estilo,
            '&:hover': { outline: '2px solid rgba(0,0,0,0.35)', outlineOffset: -2 },
            '&.Mui-focusVisible, &:focus-visible': { outline: '3px solid #1F5F7A', outlineOffset: -3 },
          }}
        >
          {contenido}
        </ButtonBase>
      ) : (
        <Box title={descripcion} sx={estilo}>
          {contenido}
        </Box>
      )}
    </TableCell>
  );
}
