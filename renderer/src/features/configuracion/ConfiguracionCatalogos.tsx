import { Alert, Button, Chip, Grid, Paper, Stack, TextField, Typography } from '@mui/material';
import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { ETIQUETA_CATALOGO, TIPOS_CATALOGO, type TipoCatalogo } from '../../../../shared/schemas/sistema';
import { db } from '../../db';
import { agregarAlCatalogo, cambiarActivoCatalogo, listarCatalogo } from '../../db/repositorios/catalogos';
import { useErrores } from '../../hooks/useErrores';

function Catalogo({ tipo }: { tipo: TipoCatalogo }) {
  const elementos = useLiveQuery(() => listarCatalogo(db, tipo, true), [tipo]) ?? [];
  const [nombre, setNombre] = useState('');
  const { errores, guardar, campo } = useErrores();
  async function agregar(e: React.FormEvent) {
    e.preventDefault();
    if ((await guardar(() => agregarAlCatalogo(db, { tipo, nombre }))) !== undefined) setNombre('');
  }
  return (
    <Paper sx={{ p: 2, height: '100%' }} aria-label={ETIQUETA_CATALOGO[tipo]} component="section">
      <Typography variant="h6" component="h2" gutterBottom>
        {ETIQUETA_CATALOGO[tipo]}
      </Typography>
      <Stack direction="row" sx={{ flexWrap: 'wrap', gap: 0.75, mb: 2 }}>
        {elementos.map((e) => (
          <Chip
            key={e.id}
            label={e.nombre}
            variant={e.activo ? 'filled' : 'outlined'}
            onDelete={() => guardar(() => cambiarActivoCatalogo(db, e.id, !e.activo))}
            title={e.activo ? 'Desactivar' : 'Activar'}
            sx={{ textDecoration: e.activo ? undefined : 'line-through' }}
          />
        ))}
      </Stack>
      <Stack component="form" direction="row" spacing={1} onSubmit={agregar}>
        <TextField label={`Agregar a ${ETIQUETA_CATALOGO[tipo].toLowerCase()}`} value={nombre} onChange={(e) => setNombre(e.target.value)} {...campo('nombre')} />
        <Button type="submit" variant="outlined" sx={{ alignSelf: 'flex-start' }}>
          Agregar
        </Button>
      </Stack>
      {errores._ && <Alert severity="error">{errores._}</Alert>}
    </Paper>
  );
}

export function ConfiguracionCatalogos() {
  return (
    <Grid container spacing={2}>
      {TIPOS_CATALOGO.map((t) => (
        <Grid key={t} size={{ xs: 12, md: 6 }}>
          <Catalogo tipo={t} />
        </Grid>
      ))}
    </Grid>
  );
}
