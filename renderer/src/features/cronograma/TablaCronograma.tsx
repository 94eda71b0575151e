import { Box, Table, TableBody, TableCell, TableContainer, TableHead, TableRow } from '@mui/material';
import LockIcon from '@mui/icons-material/Lock';
import { useRef, useState, type KeyboardEvent } from 'react';
import { cierreDeMeses, type CierreDeMeses, type EstadoCierresAnio } from '../../../../shared/domain/cierres';
import type { FilaCronograma } from '../../../../shared/domain/cronograma';
import { hastaElCorte, NOMBRES_MES, type Mes } from '../../../../shared/domain/periodos';
import { ETIQUETA_FRECUENCIA } from '../../../../shared/schemas/poa';
import type { CronogramaCargado } from '../../db/repositorios/cronograma';
import { CeldaPeriodo } from './CeldaPeriodo';
import { CeldasTotales, FONDO_TOTAL } from './CeldasTotales';
import { columnasDe, type Columna, type Vista } from './columnas';
import { FilaReporte } from './FilaReporte';
import { MarcaReconducida } from './MarcaReconducida';
import { metaAnualInicialCambiada, metaReconducida, textoMetaAnual } from './reconducidas';
import type { Hoy } from '../../hooks/tiempo';
import { useEnProyector } from '../../hooks/useProyector';

const ANCHO_MES = 44;
/** On a projector a month is wider, its figures larger; the POA's four year-end columns give way to the two indices. */
const ANCHO_MES_PROYECTOR = 62;
const ALTO_ENCABEZADO = 30;
const BORDE = '1px solid rgba(0,0,0,0.12)';
const FONDO_ENCABEZADO = '#ece7ea';

/** Widths of the columns after the periods: Meta Programada N° / %, Meta Alcanzada N° / %, índice acumulado / anual. */
const ANCHOS_TOTALES = [42, 48, 42, 50, 58, 58];
const ANCHOS_TOTALES_PROYECTOR = [84, 84];

const encabezado = {
  bgcolor: FONDO_ENCABEZADO,
  fontWeight: 700,
  fontSize: 12,
  lineHeight: 1.2,
  px: 0.5,
  py: 0.25,
  border: BORDE,
  position: 'sticky',
  zIndex: 2,
} as const;

const primeraColumna = { position: 'sticky', left: 0, zIndex: 1, borderRight: '2px solid rgba(0,0,0,0.25)' } as const;

/** Which month a click on a period opens: the last month already under way, else the first. */
function mesQueAbre(columna: Columna, hoy: Hoy, anio: number): Mes {
  const enCurso = columna.meses.filter((m) => anio * 12 + m <= hoy.anio * 12 + hoy.mes);
  return enCurso.at(-1) ?? columna.meses[0];
}

/** What a screen reader hears for a period's header: "octubre", "noviembre (periodo en curso)", "octubre, cerrado". */
function etiquetaColumna(c: Columna, cierre: CierreDeMeses): string {
  const base = c.momento === 'actual' ? `${c.etiqueta} (periodo en curso)` : c.etiqueta;
  return cierre === 'cerrado' ? `${base}, cerrado` : cierre === 'parcial' ? `${base}, con meses cerrados` : base;
}

/** Whether a boundary of the row's own reporting periods (bimesters, quarters) falls after this month column. */
function esLimiteReporte(fila: FilaCronograma, columna: Columna, vista: Vista): boolean {
  if (vista !== 'mes' || fila.actividad.frecuencia === 'mensual') return false;
  const mes = columna.meses[0];
  const largo = fila.actividad.frecuencia === 'bimestral' ? 2 : 3;
  return mes % largo === 0 && mes < 12;
}

/**
 * The POA's cronograma, alive: one row per activity, one column per period, every cell "logrado / programado" on its
 * semáforo, the POA's totals at the bottom. A grid in the ARIA sense: one Tab stop, arrows move between the period
 * cells, Enter opens the cell.
 */
export function TablaCronograma({
  datos,
  cierres,
  vista,
  hoy,
  onAbrir,
}: {
  datos: CronogramaCargado;
  /** Closed months carry a lock; undefined while loading. */
  cierres: EstadoCierresAnio | undefined;
  vista: Vista;
  hoy: Hoy;
  onAbrir: (actividadId: string, mes: Mes) => void;
}) {
  const { cronograma, umbrales, poa } = datos;
  const proyector = useEnProyector();
  const anchoMes = proyector ? ANCHO_MES_PROYECTOR : ANCHO_MES;
  const columnas = columnasDe(vista, poa.anio, hoy);
  const cierreDe = (c: Columna): CierreDeMeses => cierreDeMeses(cierres, c.meses);
  const [foco, setFoco] = useState<[number, number]>([0, 0]);
  const tabla = useRef<HTMLTableElement>(null);
  const filas = cronograma.filas;
  const [fFoco, cFoco] = [Math.min(foco[0], Math.max(filas.length - 1, 0)), Math.min(foco[1], columnas.length - 1)];
  // The annual index of a year still running is a figure to watch, not a verdict: it is shown without semáforo.
  const juicios = {
    hasta: hastaElCorte(cronograma.mesCorte),
    sinJuicioAnual: poa.anio > hoy.anio ? 'Por venir' : poa.anio === hoy.anio ? 'Año en curso' : undefined,
    sinJuicioAcumulado: poa.anio > hoy.anio ? 'Por venir' : undefined,
  };

  function mover(e: KeyboardEvent) {
    const pasos: Record<string, [number, number]> = {
      ArrowUp: [-1, 0],
      ArrowDown: [1, 0],
      ArrowLeft: [0, -1],
      ArrowRight: [0, 1],
    };
    let [f, c] = [fFoco, cFoco];
    if (pasos[e.key]) [f, c] = [f + pasos[e.key][0], c + pasos[e.key][1]];
    else if (e.key === 'Home') c = 0;
    else if (e.key === 'End') c = columnas.length - 1;
    else return;
    e.preventDefault();
    f = Math.max(0, Math.min(filas.length - 1, f));
    c = Math.max(0, Math.min(columnas.length - 1, c));
    setFoco([f, c]);
    tabla.current?.querySelector<HTMLElement>(`[data-celda="${f}-${c}"]`)?.focus();
  }

  return (
    <TableContainer sx={{ maxHeight: 'calc(100vh - 190px)', border: BORDE, borderRadius: 1, bgcolor: 'background.paper' }}>
      <Table
        ref={tabla}
        role="grid"
        aria-label={`Cronograma ${poa.anio}: logrado y programado por periodo`}
        aria-describedby="leyenda-cronograma"
        size="small"
        sx={{
          tableLayout: 'fixed',
          minWidth: 880,
          borderCollapse: 'separate',
          borderSpacing: 0,
          '& td, & th': { borderBottom: BORDE },
          ...(proyector && { '& thead th': { fontSize: 15 } }),
        }}
      >
        <colgroup>
          <col />
          <col style={{ width: proyector ? 64 : 46 }} />
          {columnas.map((c) => (
            <col key={c.titulo} style={{ width: anchoMes * c.meses.length }} />
          ))}
          {(proyector ? ANCHOS_TOTALES_PROYECTOR : ANCHOS_TOTALES).map((ancho, i) => (
            <col key={i} style={{ width: ancho }} />
          ))}
        </colgroup>
        <TableHead>
          <TableRow sx={{ height: ALTO_ENCABEZADO }}>
            <TableCell rowSpan={2} sx={{ ...encabezado, ...primeraColumna, top: 0, zIndex: 3, minWidth: 190 }}>
              N° · Actividad
              <Box component="span" sx={{ display: 'block', fontWeight: 400, fontSize: 11, color: 'text.secondary' }}>
                Unidad de medida · Responsable
              </Box>
            </TableCell>
            <TableCell rowSpan={2} align="center" sx={{ ...encabezado, top: 0 }}>
              Meta anual
            </TableCell>
            <TableCell colSpan={columnas.length} align="center" sx={{ ...encabezado, top: 0 }}>
              {poa.anio} cronograma · logrado / programado
            </TableCell>
            {!proyector && (
              <>
                <TableCell colSpan={2} align="center" sx={{ ...encabezado, top: 0 }}>
                  Meta Programada
                </TableCell>
                <TableCell colSpan={2} align="center" sx={{ ...encabezado, top: 0 }}>
                  Meta Alcanzada
                </TableCell>
              </>
            )}
            <TableCell colSpan={2} align="center" sx={{ ...encabezado, top: 0 }}>
              Índice de Eficiencia
            </TableCell>
          </TableRow>
          <TableRow sx={{ height: ALTO_ENCABEZADO }}>
            {columnas.map((c) => {
              const actual = c.momento === 'actual';
              const cierre = cierreDe(c);
              return (
                <TableCell
                  key={c.titulo}
                  align="center"
                  aria-label={etiquetaColumna(c, cierre)}
                  title={cierre === 'cerrado' ? `${c.etiqueta}: periodo cerrado` : cierre === 'parcial' ? `${c.etiqueta}: con meses cerrados` : undefined}
                  sx={{
                    ...encabezado,
                    top: ALTO_ENCABEZADO,
                    px: 0,
                    ...(actual && { bgcolor: 'primary.main', color: 'primary.contrastText' }),
                  }}
                >
                  <Box component="span" sx={{ display: 'inline-flex', alignItems: 'center', gap: 0.25 }}>
                    {cierre !== 'abierto' && (
                      <LockIcon
                        titleAccess={cierre === 'cerrado' ? 'cerrado' : 'cerrado en parte'}
                        sx={{ fontSize: 12, color: 'inherit', opacity: cierre === 'cerrado' ? 1 : 0.6 }}
                      />
                    )}
                    {c.titulo}
                  </Box>
                  {actual && (
                    <Box component="span" sx={{ display: 'block', fontSize: 9, fontWeight: 500, letterSpacing: 0.5 }}>
                      EN CURSO
                    </Box>
                  )}
                </TableCell>
              );
            })}
            {(proyector ? [] : ['N°', '%', 'N°', '%']).map((t, i) => (
              <TableCell key={i} align="center" sx={{ ...encabezado, top: ALTO_ENCABEZADO }}>
                {t}
              </TableCell>
            ))}
            <TableCell align="center" sx={{ ...encabezado, top: ALTO_ENCABEZADO, px: 0.25 }}>
              {cronograma.mesCorte > 0 ? `Acum. a ${NOMBRES_MES[cronograma.mesCorte - 1].slice(0, 3)}` : 'Acum.'}
            </TableCell>
            <TableCell align="center" sx={{ ...encabezado, top: ALTO_ENCABEZADO }}>
              Anual
            </TableCell>
          </TableRow>
        </TableHead>
        <TableBody onKeyDown={mover}>
          {filas.map((fila, f) => {
            const a = fila.actividad;
            const anualInicial = metaAnualInicialCambiada(a);
            return [
              <TableRow key={a.id} aria-label={`Actividad ${a.numero}`}>
                <TableCell component="th" scope="row" sx={{ ...primeraColumna, bgcolor: 'background.paper', px: 1, py: 0.5 }}>
                  <Box sx={{ display: 'flex', gap: 0.75, alignItems: 'flex-start' }}>
                    <Box
                      aria-label={`Número ${a.numero}`}
                      sx={{
                        flex: '0 0 22px',
                        height: 22,
                        borderRadius: '50%',
                        bgcolor: 'primary.main',
                        color: 'primary.contrastText',
                        fontWeight: 700,
                        fontSize: 12,
                        display: 'grid',
                        placeItems: 'center',
                        mt: 0.25,
                      }}
                    >
                      {a.numero}
                    </Box>
                    <Box sx={{ minWidth: 0 }}>
                      <Box sx={{ fontWeight: 700, fontSize: proyector ? 17 : 12.5, lineHeight: 1.25 }}>{a.nombre}</Box>
                      {!proyector && (
                        <Box
                          title={`${a.unidadMedida} · ${ETIQUETA_FRECUENCIA[a.frecuencia]} · ${a.responsable}`}
                          sx={{ fontSize: 11, color: 'text.secondary', lineHeight: 1.3, mt: 0.25, whiteSpace: 'nowrap', overflow: 'hidden', textOverflow: 'ellipsis' }}
                        >
                          <strong>{a.unidadMedida}</strong>
                          {a.frecuencia !== 'mensual' && ` · ${ETIQUETA_FRECUENCIA[a.frecuencia]}`} · {a.responsable}
                        </Box>
                      )}
                    </Box>
                  </Box>
                </TableCell>
                <TableCell
                  role="gridcell"
                  align="center"
                  aria-label={textoMetaAnual(a)}
                  title={anualInicial === null ? undefined : `Meta modificada por reconducción; la inicial era ${anualInicial}`}
                  sx={{ fontWeight: 700, fontSize: proyector ? 20 : 14, px: 0.25, position: 'relative' }}
                >
                  {a.metaAnual}
                  {anualInicial !== null && (
                    <>
                      <MarcaReconducida sx={{ position: 'absolute', bottom: 0, left: 0 }} />
                      <Box component="span" aria-hidden sx={{ display: 'block', fontSize: 10, fontWeight: 400, color: 'text.secondary', lineHeight: 1.1 }}>
                        ini. {anualInicial}
                      </Box>
                    </>
                  )}
                </TableCell>
                {columnas.map((columna, c) => (
                  <CeldaPeriodo
                    key={columna.titulo}
                    columna={columna}
                    serie={fila}
                    umbrales={umbrales}
                    sujeto={`Actividad ${a.numero}`}
                    marcado={columna.meses.some((m) => a.meses[m - 1])}
                    cierre={cierreDe(columna)}
                    reconducida={metaReconducida(a, datos.reconducciones, columna.meses)}
                    limiteReporte={esLimiteReporte(fila, columna, vista)}
                    interaccion={{
                      coordenada: `${f}-${c}`,
                      enfocable: f === fFoco && c === cFoco,
                      onAbrir: () => onAbrir(a.id, mesQueAbre(columna, hoy, poa.anio)),
                      onEnfocar: () => setFoco([f, c]),
                    }}
                  />
                ))}
                <CeldasTotales fila={fila} soloIndices={proyector} {...juicios} />
              </TableRow>,
              vista === 'mes' && a.frecuencia !== 'mensual' && !proyector ? (
                <FilaReporte key={`${a.id}-reporte`} fila={fila} anio={poa.anio} hoy={hoy} />
              ) : null,
            ];
          })}
          <TableRow aria-label="Total POA" sx={{ '& > *': { borderTop: '2px solid rgba(0,0,0,0.45)' } }}>
            <TableCell component="th" scope="row" sx={{ ...primeraColumna, bgcolor: FONDO_TOTAL, fontWeight: 800, fontSize: proyector ? 17 : 13, px: 1 }}>
              TOTAL POA
              <Box component="span" sx={{ display: 'block', fontWeight: 400, fontSize: 11, color: 'text.secondary' }}>
                Suma de las {filas.length} actividades
              </Box>
            </TableCell>
            <TableCell role="gridcell" align="center" aria-label="Meta anual" sx={{ fontWeight: 800, fontSize: proyector ? 20 : 14, bgcolor: FONDO_TOTAL, px: 0.25 }}>
              {cronograma.total.metaAnual}
            </TableCell>
            {columnas.map((columna) => (
              <CeldaPeriodo
                key={columna.titulo}
                columna={columna}
                serie={cronograma.total}
                umbrales={umbrales}
                sujeto="Total POA"
                enfasis
                cierre={cierreDe(columna)}
                limiteReporte={false}
              />
            ))}
            <CeldasTotales fila={cronograma.total} total soloIndices={proyector} {...juicios} />
          </TableRow>
        </TableBody>
      </Table>
    </TableContainer>
  );
}
