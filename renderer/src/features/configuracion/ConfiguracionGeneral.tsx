import { Alert, Button, CircularProgress, Grid, Paper, TextField, Typography } from '@mui/material';
import { useState } from 'react';
import type { Configuracion } from '../../../../shared/schemas/sistema';
import { db } from '../../db';
import { guardarConfiguracion } from '../../db/repositorios/configuracion';
import { useConfiguracion } from '../../hooks/usePoa';
import { useErrores } from '../../hooks/useErrores';

type ClaveTexto = 'municipio' | 'estacion' | 'avisoPrivacidad' | 'avisoIntegral';
type ClaveNumero = 'umbralVerde' | 'umbralAmbar' | 'diasCompromiso' | 'minutosInactividad';

/** The station's boxes at the top of the form, in twelfths of a wide screen. */
const CAMPOS: ({ etiqueta: string; ancho: number; requerido?: boolean } & ({ clave: ClaveTexto } | { clave: ClaveNumero; numero: true }))[] = [
  { clave: 'municipio', etiqueta: 'Municipio', ancho: 6 },
  { clave: 'estacion', etiqueta: 'Clave de estación (esta PC)', ancho: 3, requerido: true },
  { clave: 'umbralVerde', etiqueta: 'Semáforo verde desde (%)', ancho: 3, numero: true },
  { clave: 'umbralAmbar', etiqueta: 'Semáforo ámbar desde (%)', ancho: 3, numero: true },
  { clave: 'diasCompromiso', etiqueta: 'Días para la fecha compromiso', ancho: 3, numero: true },
  { clave: 'minutosInactividad', etiqueta: 'Minutos sin actividad para bloquear la sesión', ancho: 3, numero: true },
];

export function ConfiguracionGeneral() {
  const configuracion = useConfiguracion();
  if (!configuracion) return <CircularProgress aria-label="Cargando" />;
  return <Formulario inicial={configuracion} />;
}

function Formulario({ inicial }: { inicial: Configuracion }) {
  const [c, setC] = useState(inicial);
  const [guardado, setGuardado] = useState(false);
  const { errores, guardar, campo } = useErrores();
  const texto = (clave: ClaveTexto) => ({
    value: c[clave],
    onChange: (e: React.ChangeEvent<HTMLInputElement>) => {
      setGuardado(false);
      setC({ ...c, [clave]: clave === 'estacion' ? e.target.value.toUpperCase() : e.target.value });
    },
    ...campo(clave),
  });
  const numero = (clave: ClaveNumero) => ({
    type: 'number',
    value: Number.isNaN(c[clave]) ? '' : String(c[clave]),
    onChange: (e: React.ChangeEvent<HTMLInputElement>) => {
      setGuardado(false);
      setC({ ...c, [clave]: e.target.value === '' ? Number.NaN : Number(e.target.value) });
    },
    ...campo(clave),
  });
  const firmante = (quien: 'elaboro' | 'reviso' | 'autorizo', parte: 'nombre' | 'cargo') => ({
    value: c[quien][parte],
    onChange: (e: React.ChangeEvent<HTMLInputElement>) => setC({ ...c, [quien]: { ...c[quien], [parte]: e.target.value } }),
    ...campo(`${quien}.${parte}`),
  });
  function cargarLogo(e: React.ChangeEvent<HTMLInputElement>) {
    const archivo = e.target.files?.[0];
    if (!archivo) return;
    const lector = new FileReader();
    lector.onload = () => setC({ ...c, logoDataUrl: String(lector.result) });
    lector.readAsDataURL(archivo);
  }
  async function alGuardar(e: React.FormEvent) {
    e.preventDefault();
    setGuardado((await guardar(() => guardarConfiguracion(db, c))) !== undefined);
  }
  return (
    <Paper component="form" onSubmit={alGuardar} noValidate sx={{ p: 2 }} aria-label="Configuración general">
      <Grid container spacing={2}>
        {CAMPOS.map((c) => (
          <Grid key={c.clave} size={{ xs: 12, md: c.ancho }}>
            <TextField label={c.etiqueta} required={c.requerido} {...('numero' in c ? numero(c.clave) : texto(c.clave))} />
          </Grid>
        ))}
        <Grid size={{ xs: 12, md: 3 }}>
          <Button component="label" variant="outlined">
            {c.logoDataUrl ? 'Cambiar logo' : 'Cargar logo del municipio'}
            <input hidden type="file" accept="image/png,image/jpeg" onChange={cargarLogo} />
          </Button>
          {c.logoDataUrl && <img src={c.logoDataUrl} alt="Logo del municipio" style={{ height: 40, marginLeft: 12, verticalAlign: 'middle' }} />}
        </Grid>
        <Grid size={12}>
          <TextField label="Aviso de privacidad (versión corta)" multiline minRows={3} {...texto('avisoPrivacidad')} />
        </Grid>
        <Grid size={12}>
          <TextField label="Aviso de privacidad integral" multiline minRows={3} maxRows={12} {...texto('avisoIntegral')} />
        </Grid>
        {(['elaboro', 'reviso', 'autorizo'] as const).map((quien) => (
          <Grid key={quien} size={{ xs: 12, md: 4 }}>
            <Typography variant="subtitle2" gutterBottom>
              {quien === 'elaboro' ? 'Elaboró' : quien === 'reviso' ? 'Revisó' : 'Autorizó'}
            </Typography>
            <TextField label={`Nombre (${quien === 'elaboro' ? 'Elaboró' : quien === 'reviso' ? 'Revisó' : 'Autorizó'})`} {...firmante(quien, 'nombre')} />
            <TextField label={`Cargo (${quien === 'elaboro' ? 'Elaboró' : quien === 'reviso' ? 'Revisó' : 'Autorizó'})`} {...firmante(quien, 'cargo')} />
          </Grid>
        ))}
      </Grid>
      {errores._ && <Alert severity="error">{errores._}</Alert>}
      {guardado && <Alert severity="success">Configuración guardada.</Alert>}
      <Button type="submit" variant="contained" sx={{ mt: 1 }}>
        Guardar configuración
      </Button>
    </Paper>
  );
}
