import { Alert, Box, Button, List, ListItem, ListItemText, Stack, TextField, Typography } from '@mui/material';
import DeleteIcon from '@mui/icons-material/Delete';
import LockIcon from '@mui/icons-material/Lock';
import { useState } from 'react';
import { formatearFechaHora } from '../../../../shared/domain/formato';
import { NOMBRES_MES } from '../../../../shared/domain/periodos';
import type { Actividad, Ajuste } from '../../../../shared/schemas/poa';
import { db } from '../../db';
import { agregarAjuste, eliminarAjuste } from '../../db/repositorios/ajustes';
import { useErrores } from '../../hooks/useErrores';
import { textoAjuste } from './columnas';
import { CampoMotivo } from '../../componentes/CampoMotivo';
import { BotonConPermiso, IconoConPermiso } from '../../componentes/ConPermiso';
import { usePuede } from '../../hooks/usePuede';

/**
 * Work done outside the modules, added by hand to the month with its reason; the list shows every adjustment so the
 * achieved number is never a silent mix. In a closed month the form stays visible but disabled, with the reason.
 */
export function PestanaAjustes({
  actividad,
  anio,
  mes,
  ajustes,
  cerrado,
}: {
  actividad: Actividad;
  anio: number;
  mes: number;
  ajustes: Ajuste[];
  /** A closed month's adjustments were reported with it: they stay read-only until it is reopened. */
  cerrado: boolean;
}) {
  const [cantidad, setCantidad] = useState('');
  const [motivo, setMotivo] = useState('');
  const [porRetirar, setPorRetirar] = useState<string | null>(null);
  const { errores, guardar, campo } = useErrores();
  const retiro = useErrores();
  const nombreMes = NOMBRES_MES[mes - 1];
  // A role that may not add adjustments still reads them; the form stays visible, off.
  const sinCaptura = cerrado || !usePuede('ajustes-manuales');

  async function alAgregar(e: React.FormEvent) {
    e.preventDefault();
    const n = cantidad.trim() === '' ? Number.NaN : Number(cantidad);
    const ok = await guardar(() => agregarAjuste(db, { actividadId: actividad.id, anio, mes, cantidad: n, motivo }));
    if (ok) {
      setCantidad('');
      setMotivo('');
    }
  }
  async function retirar(id: string) {
    await retiro.guardar(() => eliminarAjuste(db, id));
    setPorRetirar(null);
  }

  return (
    <Stack spacing={2}>
      <Box component="form" onSubmit={alAgregar} noValidate aria-label={`Nuevo ajuste manual de ${nombreMes}`}>
        <Typography variant="body2" color="text.secondary" sx={{ mb: 1.5 }}>
          Use un ajuste para trabajo realizado fuera del sistema (positivo) o para descontar algo contado de más (negativo). Queda en la
          bitácora con su motivo y se muestra aparte en el cronograma.
        </Typography>
        {cerrado && (
          <Alert severity="warning" icon={<LockIcon />} sx={{ mb: 1.5 }}>
            El periodo de {nombreMes} {anio} está cerrado: no se pueden agregar ni retirar ajustes hasta reabrirlo en «Cierre de periodos».
          </Alert>
        )}
        <Stack direction="row" spacing={1.5} sx={{ alignItems: 'flex-start' }}>
          <TextField
            label="Cantidad"
            type="number"
            value={cantidad}
            onChange={(e) => setCantidad(e.target.value)}
            disabled={sinCaptura}
            sx={{ maxWidth: 140 }}
            {...campo('cantidad')}
            helperText={errores.cantidad ?? 'Ej. 2 o -1'}
          />
          <CampoMotivo
            label="Motivo del ajuste"
            valor={motivo}
            alCambiar={setMotivo}
            disabled={sinCaptura}
            error={errores.motivo}
            ayuda="Qué se hizo, dónde consta (al menos 10 caracteres)"
          />
        </Stack>
        {(errores.mes || errores._ || errores.anio || errores.actividadId) && (
          <Alert severity="error" sx={{ mt: 1 }}>
            {errores.mes ?? errores._ ?? errores.anio ?? errores.actividadId}
          </Alert>
        )}
        <Box sx={{ display: 'flex', justifyContent: 'flex-end', mt: 1 }}>
          <BotonConPermiso accion="ajustes-manuales" type="submit" variant="contained" disabled={cerrado}>
            Agregar ajuste
          </BotonConPermiso>
        </Box>
      </Box>

      <Box>
        <Typography variant="subtitle2" component="h3">
          Ajustes de {nombreMes} {anio} ({ajustes.length})
        </Typography>
        {retiro.errores._ || retiro.errores.mes ? (
          <Alert severity="error" sx={{ my: 1 }}>
            {retiro.errores.mes ?? retiro.errores._}
          </Alert>
        ) : null}
        {ajustes.length === 0 ? (
          <Typography variant="body2" color="text.secondary">
            No hay ajustes manuales en este mes.
          </Typography>
        ) : (
          <List dense aria-label={`Ajustes de ${nombreMes}`}>
            {ajustes.map((a) => (
              <ListItem
                key={a.id}
                divider
                secondaryAction={
                  porRetirar === a.id ? (
                    <Stack direction="row" spacing={1}>
                      <Button size="small" color="error" variant="contained" onClick={() => retirar(a.id)}>
                        Retirar
                      </Button>
                      <Button size="small" onClick={() => setPorRetirar(null)}>
                        Conservar
                      </Button>
                    </Stack>
                  ) : (
                    <IconoConPermiso
                      accion="ajustes-manuales"
                      titulo="Retirar"
                      edge="end"
                      aria-label={`Retirar el ajuste ${textoAjuste(a.cantidad)} «${a.motivo}»`}
                      disabled={cerrado}
                      onClick={() => setPorRetirar(a.id)}
                    >
                      <DeleteIcon />
                    </IconoConPermiso>
                  )
                }
              >
                <ListItemText
                  primary={
                    <>
                      <Box component="span" sx={{ fontWeight: 700, color: '#4a148c', mr: 1 }}>
                        {textoAjuste(a.cantidad)}
                      </Box>
                      {a.motivo}
                    </>
                  }
                  secondary={`${a.usuario} · ${formatearFechaHora(a.createdAt)}`}
                  sx={{ pr: porRetirar === a.id ? 20 : 6 }}
                />
              </ListItem>
            ))}
          </List>
        )}
      </Box>
    </Stack>
  );
}
