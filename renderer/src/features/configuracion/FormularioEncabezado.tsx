import { Alert, Button, Grid, Paper, TextField, Typography } from '@mui/material';
import { useState } from 'react';
import type { Poa } from '../../../../shared/schemas/poa';
import { db } from '../../db';
import { guardarEncabezado } from '../../db/repositorios/poa';
import { useErrores } from '../../hooks/useErrores';

export function FormularioEncabezado({ poa }: { poa: Poa }) {
  const [borrador, setBorrador] = useState({
    anio: String(poa.anio),
    direccion: poa.direccion,
    area: poa.area,
    objetivoGeneral: poa.objetivoGeneral,
    objetivosEspecificos: poa.objetivosEspecificos,
  });
  const [guardado, setGuardado] = useState(false);
  const { errores, guardar, campo } = useErrores();
  const cambiar = (clave: keyof typeof borrador) => (e: React.ChangeEvent<HTMLInputElement>) => {
    setGuardado(false);
    setBorrador({ ...borrador, [clave]: e.target.value });
  };
  async function alGuardar(e: React.FormEvent) {
    e.preventDefault();
    const ok = await guardar(() => guardarEncabezado(db, poa.id, { ...borrador, anio: Number(borrador.anio) }));
    setGuardado(ok !== undefined);
  }
  return (
    <Paper component="form" onSubmit={alGuardar} sx={{ p: 2, mb: 2 }} aria-label="Encabezado del POA">
      <Typography variant="h6" component="h2" gutterBottom>
        Encabezado
      </Typography>
      <Grid container spacing={2}>
        <Grid size={{ xs: 12, md: 2 }}>
          <TextField label="Año" required type="number" value={borrador.anio} onChange={cambiar('anio')} {...campo('anio')} />
        </Grid>
        <Grid size={{ xs: 12, md: 5 }}>
          <TextField label="Dirección" required value={borrador.direccion} onChange={cambiar('direccion')} {...campo('direccion')} />
        </Grid>
        <Grid size={{ xs: 12, md: 5 }}>
          <TextField label="Área" required value={borrador.area} onChange={cambiar('area')} {...campo('area')} />
        </Grid>
        <Grid size={12}>
          <TextField label="Objetivo General" required multiline minRows={2} value={borrador.objetivoGeneral} onChange={cambiar('objetivoGeneral')} {...campo('objetivoGeneral')} />
        </Grid>
        <Grid size={12}>
          <TextField label="Objetivos Específicos" required multiline minRows={2} value={borrador.objetivosEspecificos} onChange={cambiar('objetivosEspecificos')} {...campo('objetivosEspecificos')} />
        </Grid>
      </Grid>
      {errores._ && <Alert severity="error">{errores._}</Alert>}
      {guardado && <Alert severity="success">Encabezado guardado.</Alert>}
      <Button type="submit" variant="contained" sx={{ mt: 1 }}>
        Guardar encabezado
      </Button>
    </Paper>
  );
}
