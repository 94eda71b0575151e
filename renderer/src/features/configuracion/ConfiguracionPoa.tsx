import { Alert, Button, CircularProgress, IconButton, Paper, Stack, Table, TableBody, TableCell, TableHead, TableRow, Tooltip, Typography } from '@mui/material';
import AddIcon from '@mui/icons-material/Add';
import EditIcon from '@mui/icons-material/Edit';
import VisibilityIcon from '@mui/icons-material/Visibility';
import DeleteIcon from '@mui/icons-material/Delete';
import { useState } from 'react';
import { impedimentoParaEditarMetas } from '../../../../shared/domain/estadoPoa';
import type { Actividad, DatosActividad, Poa } from '../../../../shared/schemas/poa';
import { ETIQUETA_ESTADO_POA, ETIQUETA_FRECUENCIA } from '../../../../shared/schemas/poa';
import { db } from '../../db';
import { eliminarActividad } from '../../db/repositorios/poa';
import { SelectorAnioPoa } from '../../componentes/SelectorAnioPoa';
import { useAnioPoaElegido, usePoaConActividades } from '../../hooks/usePoa';
import { useErrores } from '../../hooks/useErrores';
import { ChipEstadoPoa } from '../../componentes/poa/ChipEstadoPoa';
import { FormularioEncabezado } from './FormularioEncabezado';
import { DialogoActividad, nuevaActividadVacia } from './DialogoActividad';

type Edicion = { actividad: Actividad | null; inicial: DatosActividad } | null;

/** What the POA's state leaves editable here, in the head's words; null for a borrador (everything is). */
function avisoDeEstado(poa: Poa): string | null {
  const impedimento = impedimentoParaEditarMetas(poa);
  if (poa.estado === 'autorizado') {
    return `${impedimento}, desde el cronograma. Aquí se editan el encabezado y los datos descriptivos de las actividades; no se agregan ni se quitan actividades.`;
  }
  if (poa.estado === 'cerrado') return `${impedimento} (en la pantalla del POA). Aquí sólo se consulta.`;
  return null;
}

export function ConfiguracionPoa() {
  const { anios, anio, elegir } = useAnioPoaElegido();
  const datos = usePoaConActividades(anio);
  const [edicion, setEdicion] = useState<Edicion>(null);
  const [porQuitar, setPorQuitar] = useState<Actividad | null>(null);
  const { errores, guardar, setErrores } = useErrores();
  if (anios === undefined || datos === undefined) return <CircularProgress aria-label="Cargando" />;
  if (datos === null || anio === undefined) return <Alert severity="warning">No hay POA cargado: créelo con «Nuevo POA» en la pantalla del POA.</Alert>;
  const { poa, actividades } = datos;
  const siguiente = Math.max(0, ...actividades.map((a) => a.numero)) + 1;
  const aviso = avisoDeEstado(poa);
  const cerrado = poa.estado === 'cerrado';
  const fijas = aviso !== null;

  async function quitar(a: Actividad) {
    const ok = await guardar(() => eliminarActividad(db, a.id));
    if (ok !== undefined) setPorQuitar(null);
  }

  return (
    <>
      <Stack direction="row" spacing={2} sx={{ alignItems: 'center', mb: 2 }}>
        <SelectorAnioPoa anios={anios} anio={anio} onCambiar={elegir} />
        <Typography variant="h6" component="h2">
          POA {poa.anio}
        </Typography>
        <ChipEstadoPoa poa={poa} />
      </Stack>
      {aviso && (
        <Alert severity="info" sx={{ mb: 2 }}>
          {aviso}
        </Alert>
      )}
      <FormularioEncabezado key={`${poa.id}-${poa.updatedAt}`} poa={poa} soloLectura={cerrado} />
      <Paper sx={{ p: 2 }}>
        <Stack direction="row" sx={{ justifyContent: 'space-between', alignItems: 'center', mb: 1 }}>
          <Typography variant="h6" component="h2">
            Actividades
          </Typography>
          <Button
            variant="outlined"
            startIcon={<AddIcon />}
            disabled={fijas}
            onClick={() => setEdicion({ actividad: null, inicial: nuevaActividadVacia(siguiente) })}
          >
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
                    <Tooltip title={cerrado ? 'Ver' : 'Editar'}>
                      <IconButton
                        aria-label={`${cerrado ? 'Ver' : 'Editar'} actividad ${a.numero}`}
                        onClick={() => setEdicion({ actividad: a, inicial: a })}
                      >
                        {cerrado ? <VisibilityIcon /> : <EditIcon />}
                      </IconButton>
                    </Tooltip>
                    <Tooltip title={fijas ? `No se quitan actividades de un POA ${ETIQUETA_ESTADO_POA[poa.estado].toLowerCase()}` : 'Quitar'}>
                      <span>
                        <IconButton
                          aria-label={`Quitar actividad ${a.numero}`}
                          disabled={fijas}
                          onClick={() => {
                            setErrores({});
                            setPorQuitar(a);
                          }}
                        >
                          <DeleteIcon />
                        </IconButton>
                      </span>
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
      {edicion && <DialogoActividad poa={poa} actividad={edicion.actividad} inicial={edicion.inicial} onCerrar={() => setEdicion(null)} />}
    </>
  );
}
