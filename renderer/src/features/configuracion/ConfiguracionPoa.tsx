import { Alert, Button, CircularProgress, IconButton, Paper, Stack, Table, TableBody, TableCell, TableHead, TableRow, Tooltip, Typography } from '@mui/material';
import AddIcon from '@mui/icons-material/Add';
import EditIcon from '@mui/icons-material/Edit';
import DeleteIcon from '@mui/icons-material/Delete';
import { useState } from 'react';
import type { Actividad, DatosActividad } from '../../../../shared/schemas/poa';
import { ETIQUETA_FRECUENCIA } from '../../../../shared/schemas/poa';
import { db } from '../../db';
import { eliminarActividad } from '../../db/repositorios/poa';
import { usePoaVigente } from '../../hooks/usePoa';
import { useErrores } from '../../hooks/useErrores';
import { FormularioEncabezado } from './FormularioEncabezado';
import { DialogoActividad, nuevaActividadVacia } from './DialogoActividad';

type Edicion = { actividad: Actividad | null; inicial: DatosActividad } | null;

export function ConfiguracionPoa() {
  const datos = usePoaVigente();
  const [edicion, setEdicion] = useState<Edicion>(null);
  const [porQuitar, setPorQuitar] = useState<Actividad | null>(null);
  const { errores, guardar, setErrores } = useErrores();
  if (datos === undefined) return <CircularProgress aria-label="Cargando" />;
  if (datos === null) return <Alert severity="warning">No hay POA cargado.</Alert>;
  const { poa, actividades } = datos;
  const siguiente = Math.max(0, ...actividades.map((a) => a.numero)) + 1;

  async function quitar(a: Actividad) {
    const ok = await guardar(() => eliminarActividad(db, a.id));
    if (ok !== undefined) setPorQuitar(null);
  }

  return (
    <>
      <FormularioEncabezado key={poa.updatedAt} poa={poa} />
      <Paper sx={{ p: 2 }}>
        <Stack direction="row" sx={{ justifyContent: 'space-between', alignItems: 'center', mb: 1 }}>
          <Typography variant="h6" component="h2">
            Actividades
          </Typography>
          <Button variant="outlined" startIcon={<AddIcon />} onClick={() => setEdicion({ actividad: null, inicial: nuevaActividadVacia(siguiente) })}>
            Agregar actividad
          </Button>
        </Stack>
        <Table size="small" aria-label="Actividades configuradas">
          <TableHead>
            <TableRow>
              <TableCell>N°</TableCell>
              <TableCell>Actividad</TableCell>
              <TableCell>Unidad</TableCell>
              <TableCell align="right">Meta anual</TableCell>
              <TableCell align="right">Suma mensual</TableCell>
              <TableCell>Frecuencia</TableCell>
              <TableCell align="right">Acciones</TableCell>
            </TableRow>
          </TableHead>
          <TableBody>
            {actividades.map((a) => {
              const suma = a.programado.reduce((s, v) => s + v, 0);
              return (
                <TableRow key={a.id}>
                  <TableCell>{a.numero}</TableCell>
                  <TableCell>{a.nombre}</TableCell>
                  <TableCell>{a.unidadMedida}</TableCell>
                  <TableCell align="right">{a.metaAnual}</TableCell>
                  <TableCell align="right" sx={{ color: suma === a.metaAnual ? undefined : 'error.main' }}>
                    {suma}
                  </TableCell>
                  <TableCell>{ETIQUETA_FRECUENCIA[a.frecuencia]}</TableCell>
                  <TableCell align="right">
                    <Tooltip title="Editar">
                      <IconButton aria-label={`Editar actividad ${a.numero}`} onClick={() => setEdicion({ actividad: a, inicial: a })}>
                        <EditIcon />
                      </IconButton>
                    </Tooltip>
                    <Tooltip title="Quitar">
                      <IconButton aria-label={`Quitar actividad ${a.numero}`} onClick={() => { setErrores({}); setPorQuitar(a); }}>
                        <DeleteIcon />
                      </IconButton>
                    </Tooltip>
                  </TableCell>
                </TableRow>
              );
            })}
          </TableBody>
        </Table>
        {porQuitar && (
          <Alert
            severity={errores._ ? 'error' : 'warning'}
            sx={{ mt: 2 }}
            action={
              <>
                <Button color="inherit" onClick={() => setPorQuitar(null)}>
                  Cancelar
                </Button>
                {!errores._ && (
                  <Button color="inherit" onClick={() => quitar(porQuitar)}>
                    Quitar
                  </Button>
                )}
              </>
            }
          >
            {errores._ ?? `¿Quitar la actividad ${porQuitar.numero} «${porQuitar.nombre}» del POA?`}
          </Alert>
        )}
      </Paper>
      {edicion && <DialogoActividad poaId={poa.id} actividad={edicion.actividad} inicial={edicion.inicial} onCerrar={() => setEdicion(null)} />}
    </>
  );
}
