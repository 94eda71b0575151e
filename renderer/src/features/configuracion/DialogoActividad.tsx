import {
  Alert,
  Box,
  Button,
  Checkbox,
  Dialog,
  DialogActions,
  DialogContent,
  DialogTitle,
  FormControlLabel,
  Grid,
  MenuItem,
  TextField,
  Typography,
} from '@mui/material';
import { useState } from 'react';
import { impedimentoParaEditarMetas } from '../../../../shared/domain/estadoPoa';
import { distribuirMetaAnual } from '../../../../shared/domain/metas';
import { NOMBRES_MES } from '../../../../shared/domain/periodos';
import {
  ETIQUETA_FRECUENCIA,
  ETIQUETA_REGLA,
  FRECUENCIAS,
  REGLAS_CONTEO,
  type Actividad,
  type DatosActividad,
  type Poa,
} from '../../../../shared/schemas/poa';
import { db } from '../../db';
import { guardarActividad } from '../../db/repositorios/poa';
import { useErrores } from '../../hooks/useErrores';
import { EntradaFecha } from '../../componentes/EntradaFecha';

type Borrador = Omit<DatosActividad, 'numero' | 'metaAnual' | 'programado' | 'acciones'> & {
  numero: string;
  metaAnual: string;
  programado: string[];
  acciones: string;
};

function aBorrador(a: DatosActividad): Borrador {
  return {
    ...a,
    numero: String(a.numero),
    metaAnual: String(a.metaAnual),
    programado: a.programado.map(String),
    acciones: a.acciones.join('\n'),
  };
}

/** Empty text in a number field is a mistake to report, not a zero. */
const numero = (s: string) => (s.trim() === '' ? Number.NaN : Number(s));

function aDatos(b: Borrador): unknown {
  return {
    ...b,
    numero: numero(b.numero),
    metaAnual: numero(b.metaAnual),
    programado: b.programado.map(numero),
    acciones: b.acciones.split('\n').map((x) => x.trim()).filter(Boolean),
  };
}

export function nuevaActividadVacia(numeroSiguiente: number): DatosActividad {
  const meses = Array.from({ length: 12 }, () => true);
  return {
    numero: numeroSiguiente,
    nombre: '',
    eje: '',
    linea: '',
    acciones: [],
    actividadEspecifica: '',
    responsable: '',
    unidadMedida: '',
    metaAnual: 12,
    meses,
    frecuencia: 'mensual',
    fechaInicio: null,
    fechaFin: null,
    medioVerificacion: '',
    programado: distribuirMetaAnual(12, meses),
    reglaConteo: 'ninguna',
  };
}

/** Why the goal fields are read-only for this POA, in the head's words; null for a borrador. */
function avisoMetas(poa: Poa): string | null {
  const impedimento = impedimentoParaEditarMetas(poa);
  if (!impedimento) return null;
  return poa.estado === 'autorizado' ? `${impedimento}, desde el cronograma. Aquí se corrigen los datos descriptivos.` : `${impedimento}.`;
}

/**
 * Adds or edits an activity. A borrador's goals are edited here; an authorized POA's goals are only shown (they change
 * by reconducción) and a closed POA's activity is only shown. The número of an existing activity is its identity.
 */
export function DialogoActividad({
  poa,
  actividad,
  inicial,
  onCerrar,
}: {
  poa: Poa;
  actividad: Actividad | null;
  inicial: DatosActividad;
  onCerrar: () => void;
}) {
  const [b, setB] = useState<Borrador>(() => aBorrador(inicial));
  const { errores, setErrores, guardar, campo } = useErrores();
  const suma = b.programado.reduce((s, v) => s + (Number(v) || 0), 0);
  const meta = Number(b.metaAnual) || 0;
  const soloLectura = poa.estado === 'cerrado';
  const aviso = avisoMetas(poa);
  const metasFijas = aviso !== null;
  const texto = (clave: keyof Borrador) => ({
    value: b[clave] as string,
    disabled: soloLectura,
    onChange: (e: React.ChangeEvent<HTMLInputElement>) => setB({ ...b, [clave]: e.target.value }),
    ...campo(clave),
  });

  function cambiarMes(i: number, valor: string) {
    const programado = [...b.programado];
    programado[i] = valor;
    setB({ ...b, programado });
  }
  function marcarMes(i: number, marcado: boolean) {
    const meses = [...b.meses];
    meses[i] = marcado;
    const programado = [...b.programado];
    if (!marcado) programado[i] = '0';
    setB({ ...b, meses, programado });
  }
  function repartir() {
    const metaEscrita = numero(b.metaAnual);
    if (!Number.isInteger(metaEscrita) || metaEscrita < 0) {
      setErrores({ metaAnual: 'Escriba la meta anual como un número entero de 0 o más antes de repartirla' });
      return;
    }
    setErrores({});
    setB({ ...b, programado: distribuirMetaAnual(metaEscrita, b.meses).map(String) });
  }
  async function alGuardar(e: React.FormEvent) {
    e.preventDefault();
    const ok = await guardar(() => guardarActividad(db, poa.id, actividad?.id ?? null, aDatos(b)));
    if (ok) onCerrar();
  }

  return (
    <Dialog open onClose={onCerrar} maxWidth="lg" fullWidth>
      <form onSubmit={alGuardar} noValidate>
        <DialogTitle>{!actividad ? 'Nueva actividad' : soloLectura ? `Actividad ${actividad.numero}` : `Editar actividad ${actividad.numero}`}</DialogTitle>
        <DialogContent dividers>
          {aviso && (
            <Alert severity="info" sx={{ mb: 2 }}>
              {aviso}
            </Alert>
          )}
          <Grid container spacing={1.5}>
            <Grid size={{ xs: 12, md: 1.5 }}>
              <TextField
                label="Número"
                required
                type="number"
                {...texto('numero')}
                disabled={actividad !== null || soloLectura}
                helperText={errores.numero ?? (actividad ? 'Identifica a la actividad' : ' ')}
              />
            </Grid>
            <Grid size={{ xs: 12, md: 6.5 }}>
              <TextField label="Módulo / Proyecto General" required {...texto('nombre')} />
            </Grid>
            <Grid size={{ xs: 12, md: 4 }}>
              <TextField label="Responsable" required {...texto('responsable')} />
            </Grid>
            <Grid size={{ xs: 12, md: 4 }}>
              <TextField label="Eje Estratégico del PMD" {...texto('eje')} />
            </Grid>
            <Grid size={{ xs: 12, md: 4 }}>
              <TextField label="Línea Estratégica del PMD" {...texto('linea')} />
            </Grid>
            <Grid size={{ xs: 12, md: 4 }}>
              <TextField label="Medio de verificación" {...texto('medioVerificacion')} />
            </Grid>
            <Grid size={{ xs: 12, md: 6 }}>
              <TextField label="Lista de Acciones del PMD (una por renglón)" multiline minRows={2} {...texto('acciones')} />
            </Grid>
            <Grid size={{ xs: 12, md: 6 }}>
              <TextField label="Actividad Específica" required multiline minRows={2} {...texto('actividadEspecifica')} />
            </Grid>
            <Grid size={{ xs: 12, md: 2 }}>
              <TextField label="Unidad de medida" required {...texto('unidadMedida')} />
            </Grid>
            <Grid size={{ xs: 12, md: 2 }}>
              <TextField label="Meta anual" required type="number" {...texto('metaAnual')} disabled={metasFijas} />
            </Grid>
            <Grid size={{ xs: 12, md: 2 }}>
              <TextField select label="Frecuencia de reporte" {...texto('frecuencia')}>
                {FRECUENCIAS.map((f) => (
                  <MenuItem key={f} value={f}>
                    {ETIQUETA_FRECUENCIA[f]}
                  </MenuItem>
                ))}
              </TextField>
            </Grid>
            <Grid size={{ xs: 12, md: 2 }}>
              <EntradaFecha
                label="Fecha de inicio"
                value={b.fechaInicio ?? ''}
                disabled={soloLectura}
                onChange={(v) => setB({ ...b, fechaInicio: v || null })}
                {...campo('fechaInicio')}
              />
            </Grid>
            <Grid size={{ xs: 12, md: 2 }}>
              <EntradaFecha
                label="Fecha de fin"
                value={b.fechaFin ?? ''}
                disabled={soloLectura}
                onChange={(v) => setB({ ...b, fechaFin: v || null })}
                {...campo('fechaFin')}
              />
            </Grid>
            <Grid size={{ xs: 12, md: 2 }}>
              <TextField select label="Cómo se cuentan los logros" {...texto('reglaConteo')}>
                {REGLAS_CONTEO.map((r) => (
                  <MenuItem key={r} value={r}>
                    {ETIQUETA_REGLA[r]}
                  </MenuItem>
                ))}
              </TextField>
            </Grid>
          </Grid>

          <Box sx={{ display: 'flex', alignItems: 'center', gap: 2, mt: 1, mb: 1 }}>
            <Typography variant="subtitle1" component="h3">
              Cronograma y meta programada por mes
            </Typography>
            <Button size="small" onClick={repartir} disabled={metasFijas}>
              Repartir la meta anual en los meses marcados
            </Button>
          </Box>
          <Grid container spacing={1} role="group" aria-label="Meta programada por mes">
            {NOMBRES_MES.map((nombre, i) => (
              <Grid key={nombre} size={{ xs: 3, md: 1 }}>
                <FormControlLabel
                  sx={{ m: 0, textTransform: 'capitalize' }}
                  control={<Checkbox size="small" checked={b.meses[i]} disabled={metasFijas} onChange={(e) => marcarMes(i, e.target.checked)} />}
                  label={nombre.slice(0, 3)}
                  aria-label={`Programar ${nombre}`}
                />
                <TextField
                  type="number"
                  label={`Meta de ${nombre}`}
                  value={b.programado[i]}
                  disabled={metasFijas}
                  onChange={(e) => cambiarMes(i, e.target.value)}
                  slotProps={{ inputLabel: { shrink: true, sx: { fontSize: 11 } }, htmlInput: { min: 0 } }}
                  {...campo(`programado.${i}`)}
                />
              </Grid>
            ))}
          </Grid>
          <Alert severity={suma === meta ? 'success' : 'warning'} sx={{ mt: 1 }} role="status">
            Suma mensual: {suma} de {meta}
            {suma !== meta && ` (diferencia ${suma - meta > 0 ? '+' : ''}${suma - meta})`}
          </Alert>
          {errores.programado && (
            <Alert severity="error" sx={{ mt: 1 }}>
              {errores.programado}
            </Alert>
          )}
          {errores._ && (
            <Alert severity="error" sx={{ mt: 1 }}>
              {errores._}
            </Alert>
          )}
        </DialogContent>
        <DialogActions>
          <Button onClick={onCerrar}>{soloLectura ? 'Cerrar' : 'Cancelar'}</Button>
          {!soloLectura && (
            <Button type="submit" variant="contained">
              Guardar actividad
            </Button>
          )}
        </DialogActions>
      </form>
    </Dialog>
  );
}
