import { CircularProgress, Grid } from '@mui/material';
import InsightsIcon from '@mui/icons-material/Insights';
import AssignmentIcon from '@mui/icons-material/Assignment';
import AlarmIcon from '@mui/icons-material/Alarm';
import GroupsIcon from '@mui/icons-material/Groups';
import { useState } from 'react';
import { ETIQUETA_SEMAFORO, formatearIndice } from '../../../../shared/domain/eficiencia';
import { fechaIsoLocal, formatearFecha, formatearNumero as n } from '../../../../shared/domain/formato';
import { hastaElCorte, NOMBRES_MES } from '../../../../shared/domain/periodos';
import { indicePorActividad, textoAtendidasPorSexo, type PersonasAtendidas } from '../../../../shared/domain/tablero';
import { EncabezadoPagina } from '../../componentes/Encabezado';
import { SelectorAnioPoa } from '../../componentes/SelectorAnioPoa';
import { useAnioPoaElegido } from '../../hooks/usePoa';
import { AvisoSinPoa } from '../../componentes/poa/AvisoSinPoa';
import { APARIENCIA } from '../../componentes/semaforo';
import { hoyLocal } from '../../hooks/tiempo';
import { COLORES_ESTATUS } from '../../componentes/graficas/colores';
import { GraficaAvanceMensual } from './graficas/GraficaAvanceMensual';
import { GraficaBarras } from './graficas/GraficaBarras';
import { GraficaIndiceActividades } from './graficas/GraficaIndiceActividades';
import { GraficaSexo } from './graficas/GraficaSexo';
import { TarjetaGrafica } from './TarjetaGrafica';
import { TarjetaKpi } from './TarjetaKpi';
import { useTablero } from './useTablero';
import { ContextoProyector, useVistaProyector } from '../../hooks/useProyector';
import { BotonProyector } from '../../componentes/proyector/BotonProyector';

/** "12 con solicitud o apoyo · 300 en jornadas · 1 en talleres y capacitaciones": what the total adds. */
function origenAtendidas(a: PersonasAtendidas): string {
  return `${n(a.conSolicitudOApoyo)} con solicitud o apoyo · ${n(a.enJornadas)} en jornadas · ${n(a.enTalleres)} en talleres y capacitaciones`;
}

/** The POA at a glance for the head and the Presidente: four headline figures and the charts, all live. */
export function PaginaTablero() {
  const [hoy] = useState(hoyLocal);
  const { anios, anio, elegir } = useAnioPoaElegido();
  const datos = useTablero(anio);
  const [proyector, cambiarProyector] = useVistaProyector();

  if (anios === undefined || datos === undefined) return <CircularProgress aria-label="Cargando el tablero" />;
  if (datos === null || anio === undefined) return <AvisoSinPoa />;

  const { cronograma, resumen, umbrales } = datos;
  const total = cronograma.total;
  const hoyIso = fechaIsoLocal(new Date());
  const { abiertas, vencidas, atendidas: servidas, porEstatus, porTipo, porColonia } = resumen;
  const { porSexo, total: atendidas } = servidas;
  const hasta = hastaElCorte(cronograma.mesCorte);
  const acumulado = total.acumulado;
  // A year that has not started is shown, not judged: its figures carry no semáforo yet, as in the cronograma.
  const porVenir = anio > hoy.anio;
  const sinSolicitudes = resumen.solicitudes === 0 && `Sin solicitudes registradas en ${anio}`;

  return (
    <ContextoProyector.Provider value={proyector}>
      <EncabezadoPagina
        titulo={`Tablero del POA ${anio}`}
        subtitulo={`Gestión Social y Atención Ciudadana · datos al ${formatearFecha(hoyIso)}; se actualizan con cada captura`}
        acciones={
          <>
            {anios.length > 1 && <SelectorAnioPoa anios={anios} anio={anio} onCambiar={elegir} />}
            <BotonProyector activa={proyector} onCambiar={cambiarProyector} />
          </>
        }
      />
      <Grid container spacing={2}>
        <Grid size={{ xs: 12, sm: 6, md: 3 }}>
          <TarjetaKpi
            titulo="Índice de Eficiencia acumulado"
            valor={formatearIndice(acumulado.indice)}
            color={porVenir ? APARIENCIA['por-venir'].texto : APARIENCIA[acumulado.semaforo].fuerte}
            icono={<InsightsIcon />}
            detalle={
              cronograma.mesCorte > 0
                ? `${n(acumulado.logrado)} de ${n(acumulado.programado)} actividades ${hasta} · ${porVenir ? `${anio} aún no empieza` : ETIQUETA_SEMAFORO[acumulado.semaforo]}`
                : `${anio} aún no empieza: ${hasta}`
            }
          />
        </Grid>
        <Grid size={{ xs: 12, sm: 6, md: 3 }}>
          <TarjetaKpi
            titulo={`Solicitudes ${anio}`}
            valor={n(resumen.solicitudes)}
            color="#1F5F7A"
            icono={<AssignmentIcon />}
            detalle={`${n(abiertas)} abiertas · ${n(resumen.solicitudes - abiertas)} cerradas`}
          />
        </Grid>
        <Grid size={{ xs: 12, sm: 6, md: 3 }}>
          <TarjetaKpi
            titulo="Solicitudes vencidas"
            valor={n(vencidas)}
            color={vencidas > 0 ? APARIENCIA.rojo.fuerte : APARIENCIA.verde.fuerte}
            icono={<AlarmIcon />}
            detalle="Abiertas después de su fecha compromiso"
          />
        </Grid>
        <Grid size={{ xs: 12, sm: 6, md: 3 }}>
          <TarjetaKpi
            titulo="Personas atendidas"
            valor={n(atendidas)}
            color="#7B1E3A"
            icono={<GroupsIcon />}
            detalle={
              <>
                {textoAtendidasPorSexo(porSexo)}
                <br />
                {origenAtendidas(servidas)}
              </>
            }
          />
        </Grid>

        <Grid size={{ xs: 12, md: 8 }}>
          <TarjetaGrafica
            titulo="Programado contra logrado por mes"
            subtitulo={`Todas las actividades del POA · la línea es el Índice de Eficiencia acumulado (eje derecho), ${cronograma.mesCorte > 0 ? `hasta ${NOMBRES_MES[cronograma.mesCorte - 1]}` : hasta}`}
            alto={280}
          >
            <GraficaAvanceMensual programado={total.programado} logrado={total.logrado} mesCorte={cronograma.mesCorte} />
          </TarjetaGrafica>
        </Grid>
        <Grid size={{ xs: 12, md: 4 }}>
          <TarjetaGrafica
            titulo="Personas atendidas por sexo"
            subtitulo="Con solicitud recibida o apoyo entregado (cada ciudadano una vez), en jornadas realizadas y en talleres y capacitaciones impartidos"
            alto={280}
            vacio={atendidas === 0 && `Nadie atendido todavía en ${anio}`}
          >
            <GraficaSexo datos={porSexo} />
          </TarjetaGrafica>
        </Grid>

        <Grid size={{ xs: 12, md: 6 }}>
          <TarjetaGrafica
            titulo="Índice de Eficiencia por actividad"
            subtitulo={
              porVenir
                ? `Acumulado ${hasta} · ${anio} aún no empieza: sin semáforo`
                : `Acumulado ${hasta} · verde ≥ ${umbrales.verde} %, ámbar ≥ ${umbrales.ambar} %, rojo debajo`
            }
            alto={260}
          >
            <GraficaIndiceActividades datos={indicePorActividad(cronograma)} umbrales={umbrales} porVenir={porVenir} />
          </TarjetaGrafica>
        </Grid>
        <Grid size={{ xs: 12, md: 6 }}>
          <TarjetaGrafica titulo="Solicitudes por estatus" subtitulo={`Recibidas en ${anio}, según su estatus actual`} alto={260} vacio={sinSolicitudes}>
            <GraficaBarras datos={porEstatus} serie="Solicitudes" descripcion="Solicitudes por estatus" colores={COLORES_ESTATUS} />
          </TarjetaGrafica>
        </Grid>
        <Grid size={{ xs: 12, md: 6 }}>
          <TarjetaGrafica titulo="Solicitudes por tipo de apoyo" subtitulo="Los tipos más solicitados primero" alto={260} vacio={sinSolicitudes}>
            <GraficaBarras datos={porTipo} serie="Solicitudes" descripcion="Solicitudes por tipo de apoyo" horizontal />
          </TarjetaGrafica>
        </Grid>
        <Grid size={{ xs: 12, md: 6 }}>
          <TarjetaGrafica titulo="Solicitudes por colonia" subtitulo="Colonia del domicilio del solicitante; las demás juntas en «Otras»" alto={260} vacio={sinSolicitudes}>
            <GraficaBarras datos={porColonia} serie="Solicitudes" descripcion="Solicitudes por colonia" horizontal colores={porColonia.map(() => '#7B1E3A')} />
          </TarjetaGrafica>
        </Grid>
      </Grid>
    </ContextoProyector.Provider>
  );
}
