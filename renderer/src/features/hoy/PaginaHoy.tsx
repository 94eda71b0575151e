import { Alert, Box, Button, Card, CardContent, CircularProgress, Grid, List, ListItemButton, ListItemText, Stack, Typography } from '@mui/material';
import AddIcon from '@mui/icons-material/Add';
import DescriptionIcon from '@mui/icons-material/Description';
import { useLiveQuery } from 'dexie-react-hooks';
import { useState, type ReactNode } from 'react';
import { Link as RouterLink, useNavigate } from 'react-router-dom';
import { formatearIndice } from '../../../../shared/domain/eficiencia';
import { db } from '../../db';
import { cargarHoy, type DatosHoy, type IndiceDelMes, type PendienteHoy } from '../../db/repositorios/hoy';
import { EncabezadoPagina } from '../../componentes/Encabezado';
import { APARIENCIA } from '../../componentes/semaforo';
import { usePuede } from '../../hooks/usePuede';
import { hoyLocal } from '../../hooks/tiempo';
import { ATAJO_NUEVA_SOLICITUD, RUTA_NUEVA_SOLICITUD } from '../../hooks/useAtajoCaptura';
import { Tecla } from '../../componentes/lista/Enlaces';

const FECHA_LARGA = new Intl.DateTimeFormat('es-MX', { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric' });

/**
 * The first screen after sign-in: what needs doing today. For the clerk, «Nueva solicitud» and the solicitudes overdue,
 * due this week and received today; for the head, also the acuerdos due, the convenios por vencer and vencidos, the
 * periods to close or justify, and the month's index so far. Each item opens its record; the POA is one click away.
 */
export function PaginaHoy() {
  const [hoy] = useState(hoyLocal);
  const [ahora] = useState(() => new Date());
  const jefatura = usePuede('cerrar-periodos');
  const datos = useLiveQuery(() => cargarHoy(db, hoy, jefatura, ahora), [hoy, jefatura, ahora]);
  const fecha = FECHA_LARGA.format(ahora);
  return (
    <>
      <EncabezadoPagina
        titulo="Hoy"
        subtitulo={fecha.charAt(0).toUpperCase() + fecha.slice(1)}
        acciones={
          <Button component={RouterLink} to="/poa" startIcon={<DescriptionIcon />} variant="outlined">
            POA {hoy.anio}
          </Button>
        }
      />
      <Button
        component={RouterLink}
        to={RUTA_NUEVA_SOLICITUD}
        variant="contained"
        size="large"
        startIcon={<AddIcon />}
        endIcon={<Tecla>{ATAJO_NUEVA_SOLICITUD.texto}</Tecla>}
        aria-keyshortcuts={ATAJO_NUEVA_SOLICITUD.aria}
        sx={{ mb: 3, py: 1.5, px: 4, fontSize: 18 }}
      >
        Nueva solicitud
      </Button>
      {datos === undefined ? <CircularProgress aria-label="Cargando lo de hoy" /> : <Contenido datos={datos} />}
    </>
  );
}

function Contenido({ datos }: { datos: DatosHoy }) {
  const j = datos.jefatura;
  return (
    <Grid container spacing={2}>
      {j?.indice && (
        <Grid size={{ xs: 12 }}>
          <IndiceMes indice={j.indice} />
        </Grid>
      )}
      <Grid size={{ xs: 12, md: 6 }}>
        <Tarjeta
          titulo="Solicitudes vencidas o por vencer esta semana"
          items={datos.solicitudes.items}
          total={datos.solicitudes.total}
          vacio="Ninguna solicitud abierta vence esta semana."
          todas={{ a: '/atencion', texto: 'Ver la lista de solicitudes' }}
        />
      </Grid>
      <Grid size={{ xs: 12, md: 6 }}>
        <Tarjeta titulo="Recibidas hoy" items={datos.capturadasHoy.items} total={datos.capturadasHoy.total} vacio="Todavía no se recibe ninguna solicitud hoy." />
      </Grid>
      {j && (
        <>
          <Grid size={{ xs: 12, md: 4 }}>
            <Tarjeta
              titulo="Acuerdos por cumplir"
              items={j.acuerdos}
              vacio="Ningún acuerdo de mesa vence esta semana."
              todas={{ a: '/vinculacion/acuerdos', texto: 'Ver todos los acuerdos' }}
            />
          </Grid>
          <Grid size={{ xs: 12, md: 4 }}>
            <Tarjeta titulo="Convenios por vencer y vencidos" items={j.convenios} vacio="Ningún convenio vigente está por vencer." />
          </Grid>
          <Grid size={{ xs: 12, md: 4 }}>
            <Tarjeta titulo="Periodos por cerrar o justificar" items={j.periodos} vacio="No hay meses terminados por cerrar ni por justificar." />
          </Grid>
        </>
      )}
    </Grid>
  );
}

function IndiceMes({ indice }: { indice: IndiceDelMes }) {
  const a = APARIENCIA[indice.enCurso ? 'en-curso' : 'no-aplica'];
  const texto =
    indice.programado === 0
      ? `Sin meta programada en ${indice.mes}.`
      : `${indice.logrado} de ${indice.programado} actividades programadas en ${indice.mes} (${formatearIndice(indice.indice)}); meta a la fecha ${indice.metaALaFecha}.`;
  return (
    <Alert
      severity="info"
      icon={<a.Icono sx={{ color: a.fuerte }} />}
      sx={{ bgcolor: a.fondo, color: a.texto, border: `1px solid ${a.fuerte}` }}
      role="region"
      aria-label={`Índice del mes: ${texto}`}
    >
      <strong>Índice de Eficiencia de {indice.mes}, en curso:</strong> {texto}
    </Alert>
  );
}

function Tarjeta({
  titulo,
  items,
  total = items.length,
  vacio,
  todas,
}: {
  titulo: string;
  items: readonly PendienteHoy[];
  total?: number;
  vacio: string;
  todas?: { a: string; texto: string };
}) {
  const navegar = useNavigate();
  const id = `hoy-${titulo.replace(/\W+/g, '-')}`;
  let pie: ReactNode = null;
  if (todas) pie = <Button component={RouterLink} to={todas.a} size="small">{total > items.length ? `${todas.texto} (${total} en total)` : todas.texto}</Button>;
  return (
    <Card variant="outlined" sx={{ height: '100%' }} role="region" aria-labelledby={id}>
      <CardContent>
        <Stack direction="row" sx={{ justifyContent: 'space-between', alignItems: 'baseline' }}>
          <Typography id={id} variant="subtitle1" component="h2" sx={{ fontWeight: 700 }}>
            {titulo}
          </Typography>
          <Typography variant="body2" color="text.secondary">
            {total}
          </Typography>
        </Stack>
        {items.length === 0 ? (
          <Typography variant="body2" color="text.secondary" sx={{ mt: 1 }}>
            {vacio}
          </Typography>
        ) : (
          <List dense aria-label={titulo} disablePadding>
            {items.map((x) => (
              <ListItemButton key={x.id} onClick={() => navegar(x.ruta)} sx={{ px: 1, borderLeft: x.urgente ? `3px solid ${APARIENCIA.rojo.fuerte}` : '3px solid transparent' }}>
                <ListItemText
                  primary={x.titulo}
                  secondary={x.detalle}
                  slotProps={{ primary: { noWrap: true, title: x.titulo }, secondary: { sx: x.urgente ? { color: APARIENCIA.rojo.texto, fontWeight: 600 } : undefined } }}
                />
              </ListItemButton>
            ))}
          </List>
        )}
        {pie && <Box sx={{ mt: 1 }}>{pie}</Box>}
      </CardContent>
    </Card>
  );
}
