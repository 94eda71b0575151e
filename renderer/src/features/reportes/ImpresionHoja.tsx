import { hoyLocal } from '../../hooks/tiempo';
import { Button, Typography } from '@mui/material';
import ArrowBackIcon from '@mui/icons-material/ArrowBack';
import { useCallback, useMemo, useState } from 'react';
import { Link as RouterLink, useParams } from 'react-router-dom';
import { fechaIsoLocal, formatearFecha } from '../../../../shared/domain/formato';
import { NOMBRES_MES, etiquetaPeriodo } from '../../../../shared/domain/periodos';
import { textoEstadoPoa } from '../../../../shared/reportes/estadoPoa';
import { hojaDeAvance } from '../../../../shared/reportes/hoja';
import { fechasDelPeriodo, periodoDeRuta, tituloHoja, ultimoMesDe } from '../../../../shared/reportes/periodoHoja';
import { useCronogramaConRegistros } from '../../hooks/useCronograma';
import { useConfiguracion } from '../../hooks/usePoa';
import { EncabezadoHoja } from './hoja/EncabezadoHoja';
import { estilosHoja } from './hoja/estilosHoja';
import { FirmasHoja } from './hoja/FirmasHoja';
import { GraficaHoja } from './hoja/GraficaHoja';
import { JustificacionesHoja } from './hoja/JustificacionesHoja';
import { ReconduccionesHoja } from './hoja/ReconduccionesHoja';
import { RegistrosHoja } from './hoja/RegistrosHoja';
import { TablaAvance } from './hoja/TablaAvance';
import { useListoParaImprimir } from '../../hooks/useListoParaImprimir';

/**
 * The monthly (or quarterly) sheet the head prints and signs, on Carta horizontal. Its figures are the cronograma's,
 * loaded with the period's last month as the cut, so "acumulado" runs January through the sheet's period. The page
 * says it is ready to print once the data, the chart, the logo and the fonts are on it.
 */
export function ImpresionHoja() {
  const parametros = useParams();
  const ruta = periodoDeRuta(parametros.tipo, parametros.anio, parametros.numero);
  const datos = useCronogramaConRegistros(ruta?.anio, ruta ? ultimoMesDe(ruta.periodo) : undefined);
  const configuracion = useConfiguracion();
  const [hoy] = useState(() => fechaIsoLocal(new Date()));
  const [graficaLista, setGraficaLista] = useState(false);
  const [logoListo, setLogoListo] = useState(false);
  const alDibujar = useCallback(() => setGraficaLista(true), []);
  const alCargarLogo = useCallback(() => setLogoListo(true), []);

  const tipo = ruta?.periodo.tipo;
  const numero = ruta?.periodo.numero;
  const hoja = useMemo(
    () =>
      datos && tipo && numero
        ? hojaDeAvance({
            cronograma: datos.cronograma,
            umbrales: datos.umbrales,
            periodo: { tipo, numero },
            registros: datos.registros,
            ajustes: datos.ajustes,
            justificaciones: datos.justificaciones,
            reconducciones: datos.reconducciones,
            hoy: hoyLocal(),
          })
        : null,
    [datos, tipo, numero],
  );

  const conLogo = Boolean(configuracion?.logoDataUrl);
  const listo = hoja !== null && configuracion !== undefined && graficaLista && (!conLogo || logoListo);

  useListoParaImprimir(listo);

  if (!ruta) return <Typography sx={{ p: 4 }}>La hoja pedida no existe: indique un mes (1 a 12) o un trimestre (1 a 4).</Typography>;
  if (datos === undefined || configuracion === undefined) return null;
  if (datos === null || hoja === null) return <Typography sx={{ p: 4 }}>No hay un POA {ruta.anio}.</Typography>;

  const { anio, periodo } = ruta;
  const titulo = tituloHoja(anio, periodo);
  const { desde, hasta } = fechasDelPeriodo(anio, periodo);
  const enCurso = hoy <= hasta;
  const etiqueta = etiquetaPeriodo(periodo);
  const acumulado = ultimoMesDe(periodo) === 1 ? 'a enero' : `enero–${NOMBRES_MES[ultimoMesDe(periodo) - 1]}`;
  const lineaFechas = `Del ${formatearFecha(desde)} al ${formatearFecha(hasta)} · Emitida el ${formatearFecha(hoy)}${enCurso ? ' (periodo en curso)' : ''}`;

  return (
    <>
      <style>{estilosHoja(`${titulo} · ${datos.poa.area}`)}</style>
      <div className="hp-barra">
        <Button component={RouterLink} to="/reportes" startIcon={<ArrowBackIcon />} variant="contained" size="small">
          Volver a Reportes
        </Button>
      </div>
      <article className="hoja-poa" aria-label={titulo}>
        <EncabezadoHoja
          poa={datos.poa}
          municipio={configuracion.municipio}
          logo={configuracion.logoDataUrl}
          titulo={titulo}
          estado={textoEstadoPoa(datos.poa)}
          lineaFechas={lineaFechas}
          onLogoListo={alCargarLogo}
        />
        <TablaAvance filas={hoja.filas} total={hoja.total} periodo={etiqueta} acumulado={acumulado} />
        <table className="hp-doble">
          <tbody>
            <tr>
              <td className="hp-grafica">
                <h3>Programado contra logrado por actividad — {etiqueta}</h3>
                <GraficaHoja filas={hoja.filas} periodo={etiqueta} onDibujada={alDibujar} />
              </td>
              <td>
                <JustificacionesHoja filas={[...hoja.filas, hoja.total]} />
                {datos.poa.estado !== 'borrador' && <ReconduccionesHoja reconducciones={hoja.reconducciones} />}
              </td>
            </tr>
          </tbody>
        </table>
        <FirmasHoja configuracion={configuracion} />
        <RegistrosHoja registros={hoja.registros} ajustes={hoja.ajustes} periodo={`${etiqueta} ${anio}`} />
      </article>
    </>
  );
}
