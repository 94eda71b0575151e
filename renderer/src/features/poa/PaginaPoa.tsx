import { Box, Chip, CircularProgress, Paper, Stack, Table, TableBody, TableCell, TableContainer, TableHead, TableRow, Typography } from '@mui/material';
import { Link as RouterLink } from 'react-router-dom';
import { Button } from '@mui/material';
import EditIcon from '@mui/icons-material/Edit';
import { NOMBRES_MES } from '../../../../shared/domain/periodos';
import { formatearFecha } from '../../../../shared/domain/formato';
import { ETIQUETA_FRECUENCIA } from '../../../../shared/schemas/poa';
import { EncabezadoPagina } from '../../componentes/Encabezado';
import { usePoaVigente } from '../../hooks/usePoa';

function Dato({ etiqueta, valor }: { etiqueta: string; valor: string }) {
  return (
    <Box>
      <Typography variant="overline" color="text.secondary" component="div" sx={{ lineHeight: 1.6 }}>
        {etiqueta}
      </Typography>
      <Typography variant="body1">{valor}</Typography>
    </Box>
  );
}

export function PaginaPoa() {
  const datos = usePoaVigente();
  if (datos === undefined) return <CircularProgress aria-label="Cargando el POA" />;
  if (datos === null) return <Typography>No hay un POA cargado. Vaya a Configuración para crear uno.</Typography>;
  const { poa, actividades } = datos;
  const celda = { border: 1, borderColor: 'divider' } as const;
  return (
    <>
      <EncabezadoPagina
        titulo={`POA (Plan Operativo Anual) ${poa.anio}`}
        subtitulo={`${poa.direccion} · ${poa.area}`}
        acciones={
          <Button component={RouterLink} to="/configuracion/poa" variant="outlined" startIcon={<EditIcon />}>
            Editar POA
          </Button>
        }
      />
      <Paper sx={{ p: 2, mb: 2 }}>
        <Stack spacing={1.5}>
          <Stack direction="row" spacing={6}>
            <Dato etiqueta="Dirección" valor={poa.direccion} />
            <Dato etiqueta="Área" valor={poa.area} />
            <Dato etiqueta="Año" valor={String(poa.anio)} />
          </Stack>
          <Dato etiqueta="Objetivo General" valor={poa.objetivoGeneral} />
          <Dato etiqueta="Objetivos Específicos" valor={poa.objetivosEspecificos} />
        </Stack>
      </Paper>

      <Paper sx={{ mb: 2 }}>
        <Typography variant="h6" component="h2" sx={{ px: 2, pt: 1.5 }}>
          Actividades y alineación al Plan Municipal de Desarrollo
        </Typography>
        <TableContainer>
          <Table size="small" aria-label="Actividades del POA">
            <TableHead>
              <TableRow>
                <TableCell>Módulo / Proyecto General</TableCell>
                <TableCell>Eje Estratégico</TableCell>
                <TableCell>Línea Estratégica</TableCell>
                <TableCell>Lista de Acciones</TableCell>
                <TableCell>Actividad Específica</TableCell>
              </TableRow>
            </TableHead>
            <TableBody>
              {actividades.map((a) => (
                <TableRow key={a.id}>
                  <TableCell>
                    <strong>{a.numero}</strong> {a.nombre}
                  </TableCell>
                  <TableCell>{a.eje}</TableCell>
                  <TableCell>{a.linea}</TableCell>
                  <TableCell>{a.acciones.map((x) => <div key={x}>{x}</div>)}</TableCell>
                  <TableCell>{a.actividadEspecifica}</TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </TableContainer>
      </Paper>

      <Paper>
        <Typography variant="h6" component="h2" sx={{ px: 2, pt: 1.5 }}>
          Cronograma programado {poa.anio}
        </Typography>
        <TableContainer>
          <Table size="small" aria-label="Cronograma programado" sx={{ '& td, & th': { px: 0.75 } }}>
            <TableHead>
              <TableRow>
                <TableCell sx={celda}>N°</TableCell>
                <TableCell sx={celda}>Actividad</TableCell>
                <TableCell sx={celda}>Responsable</TableCell>
                <TableCell sx={celda}>Unidad de medida</TableCell>
                <TableCell sx={celda} align="right">
                  Meta Anual
                </TableCell>
                {NOMBRES_MES.map((m) => (
                  <TableCell key={m} sx={{ ...celda, textTransform: 'capitalize' }} align="center">
                    {m.slice(0, 3)}
                  </TableCell>
                ))}
                <TableCell sx={celda}>Frecuencia</TableCell>
                <TableCell sx={celda}>Inicio / fin</TableCell>
              </TableRow>
            </TableHead>
            <TableBody>
              {actividades.map((a) => (
                <TableRow key={a.id} aria-label={`Actividad ${a.numero}`}>
                  <TableCell sx={celda}>{a.numero}</TableCell>
                  <TableCell sx={celda}>{a.nombre}</TableCell>
                  <TableCell sx={celda}>{a.responsable}</TableCell>
                  <TableCell sx={celda}>{a.unidadMedida}</TableCell>
                  <TableCell sx={celda} align="right" aria-label="Meta anual">
                    <strong>{a.metaAnual}</strong>
                  </TableCell>
                  {a.meses.map((marcado, i) => (
                    <TableCell
                      key={i}
                      sx={{ ...celda, bgcolor: marcado ? 'rgba(123,30,58,0.08)' : undefined }}
                      align="center"
                      aria-label={`${NOMBRES_MES[i]}: ${marcado ? `programado ${a.programado[i]}` : 'sin programar'}`}
                    >
                      {marcado ? 'X' : ''}
                      <Typography variant="caption" component="div" color="text.secondary">
                        {a.programado[i]}
                      </Typography>
                    </TableCell>
                  ))}
                  <TableCell sx={celda}>
                    <Chip size="small" label={ETIQUETA_FRECUENCIA[a.frecuencia]} />
                  </TableCell>
                  <TableCell sx={celda}>
                    {a.fechaInicio ? `${formatearFecha(a.fechaInicio)} – ${a.fechaFin ? formatearFecha(a.fechaFin) : ''}` : a.frecuencia.toUpperCase()}
                  </TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </TableContainer>
        <Box sx={{ p: 2 }}>
          <Typography variant="subtitle2">Indicador de medida: Índice de Eficiencia</Typography>
          <Typography variant="body2" color="text.secondary">
            Índice de Eficiencia = Actividades Logradas / Actividades Programadas × 100
          </Typography>
        </Box>
      </Paper>
    </>
  );
}
