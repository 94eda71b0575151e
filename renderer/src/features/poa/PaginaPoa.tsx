import { Box, Button, CircularProgress, Paper, Stack, Table, TableBody, TableCell, TableContainer, TableHead, TableRow, Typography } from '@mui/material';
import { Link as RouterLink } from 'react-router-dom';
import AddIcon from '@mui/icons-material/Add';
import EditIcon from '@mui/icons-material/Edit';
import { useState } from 'react';
import { EncabezadoPagina } from '../../componentes/Encabezado';
import { SelectorAnioPoa } from '../../componentes/SelectorAnioPoa';
import { useAnioPoaElegido, usePoaConActividades, useReconducciones } from '../../hooks/usePoa';
import { AvisoAnioSinPoa } from '../../componentes/poa/AvisoAnioSinPoa';
import { CronogramaProgramado } from './CronogramaProgramado';
import { DialogoNuevoPoa } from '../../componentes/poa/DialogoNuevoPoa';
import { PanelEstadoPoa } from './PanelEstadoPoa';
import { BotonConPermiso, ConPermiso } from '../../componentes/ConPermiso';
import { SeccionReconducciones } from './SeccionReconducciones';

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
  const { anios, anio, elegir } = useAnioPoaElegido();
  const datos = usePoaConActividades(anio);
  const reconducciones = useReconducciones(anio);
  const [creando, setCreando] = useState(false);
  if (anios === undefined || datos === undefined || reconducciones === undefined) return <CircularProgress aria-label="Cargando el POA" />;
  const nuevo = (
    <BotonConPermiso accion="crear-poa" variant="outlined" startIcon={<AddIcon />} onClick={() => setCreando(true)}>
      Nuevo POA
    </BotonConPermiso>
  );
  const dialogoNuevo = creando && <DialogoNuevoPoa anios={anios} onCerrar={() => setCreando(false)} />;
  if (datos === null || anio === undefined) {
    return (
      <>
        <EncabezadoPagina titulo="POA (Plan Operativo Anual)" acciones={nuevo} />
        <AvisoAnioSinPoa />
        <Typography>No hay un POA cargado: créelo con «Nuevo POA».</Typography>
        {dialogoNuevo}
      </>
    );
  }
  const { poa, actividades } = datos;
  return (
    <>
      <EncabezadoPagina
        titulo={`POA (Plan Operativo Anual) ${poa.anio}`}
        subtitulo={`${poa.direccion} · ${poa.area}`}
        acciones={
          <>
            <SelectorAnioPoa anios={anios} anio={anio} onCambiar={elegir} />
            {nuevo}
            <ConPermiso
              accion="editar-poa"
              dibujar={(bloqueo) =>
                bloqueo.disabled ? (
                  <Button variant="outlined" startIcon={<EditIcon />} {...bloqueo}>
                    Editar POA
                  </Button>
                ) : (
                  <Button component={RouterLink} to={`/configuracion/poa?anio=${poa.anio}`} variant="outlined" startIcon={<EditIcon />}>
                    {poa.estado === 'cerrado' ? 'Ver configuración' : 'Editar POA'}
                  </Button>
                )
              }
            />
          </>
        }
      />
      <AvisoAnioSinPoa />
      <PanelEstadoPoa datos={datos} />
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

      <CronogramaProgramado datos={datos} />
      <SeccionReconducciones poa={poa} actividades={actividades} reconducciones={reconducciones} />
      {dialogoNuevo}
    </>
  );
}
