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
import { distribuirMetaAnual } from '../../../../shared/domain/metas';
import { NOMBRES_MES } from '../../../../shared/domain/periodos';
import {
  ETIQUETA_FRECUENCIA,
  ETIQUETA_REGLA,
  FRECUENCIAS,
  REGLAS_CONTEO,
  type Actividad,
  type DatosActividad,
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

export function DialogoActividad({
  poaId,
  actividad,
  inicial,
  onCerrar,
}: {
  poaId: string;
  actividad: Actividad | null;
  inicial: DatosActividad;
  onCerrar: () => void;
}) {
  const [b, setB] = useState<Borrador>(() => aBorrador(inicial));
  const { errores, setErrores, guardar, campo } = useErrores();
  const suma = b.programado.reduce((s, v) => s + (Number(v) || 0), 0);
  const meta = Number(b.metaAnual) || 0;
  const texto = (clave: keyof Borrador) => ({
    value: b[clave] as string,
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
    const ok = await guardar(() => guardarActividad(db, poaId, actividad?.id ?? null, aDatos(b)));
    if (ok) onCerrar();
  }

  return (
    <Dialog open onClose={onCerrar} maxWidth="lg" fullWidth>
      <form onSubmit={alGuardar} noValidate>
        <DialogTitle>{actividad ? `Editar actividad ${actividad.numero}` : 'Nueva actividad'}</DialogTitle>
        <DialogContent dividers>
          <Grid container spacing={1.5}>
            <Grid size={{ xs: 12, md: 1.5 }}>
              <TextField label="Número" required type="number" {...texto('numero')} />
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
              <TextField label="Meta anual" required type="number" {...texto('metaAnual')} />
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
                onChange={(v) => setB({ ...b, fechaInicio: v || null })}
                {...campo('fechaInicio')}
              />
            </Grid>
            <Grid size={{ xs: 12, md: 2 }}>
              <EntradaFecha
                label="Fecha de fin"
                value={b.fechaFin ?? ''}
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
            <Button size="small" onClick={repartir}>
              Repartir la meta anual en los meses marcados
            </Button>
          </Box>
          <Grid container spacing={1} role="group" aria-label="Meta programada por mes">
            {NOMBRES_MES.map((nombre, i) => (
              <Grid key={nombre} size={{ xs: 3, md: 1 }}>
                <FormControlLabel
                  sx={{ m: 0, textTransform: 'capitalize' }}
                  control={<Checkbox size="small" checked={b.meses[i]} onChange={(e) => marcarMes(i, e.target.checked)} />}
                  label={nombre.slice(0, 3)}
                  aria-label={`Programar ${nombre}`}
                />
                <TextField
                  type="number"
                  label={`Meta de ${nombre}`}
                  value={b.programado[i]}
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
          <Button onClick={onCerrar}>Cancelar</Button>
          <Button type="submit" variant="contained">
            Guardar actividad
          </Button>
        </DialogActions>
      </form>
    </Dialog>
  );
}
