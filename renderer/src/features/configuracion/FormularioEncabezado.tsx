import { Alert, Button, Paper, TextField, Typography } from '@mui/material';
import { useState } from 'react';
import type { Poa } from '../../../../shared/schemas/poa';
import { db } from '../../db';
import { guardarEncabezado } from '../../db/repositorios/poa';
import { useErrores } from '../../hooks/useErrores';
import { CamposEncabezado, type CampoEncabezado } from '../../componentes/poa/CamposEncabezado';

/**
 * The POA's header. Its year is shown but never edited: it identifies the POA and its records, so another year is
 * another POA («Nuevo POA»). A closed POA's header is only shown.
 */
export function FormularioEncabezado({ poa, soloLectura }: { poa: Poa; soloLectura: boolean }) {
  const [borrador, setBorrador] = useState({
    direccion: poa.direccion,
    area: poa.area,
    objetivoGeneral: poa.objetivoGeneral,
    objetivosEspecificos: poa.objetivosEspecificos,
  });
  const [guardado, setGuardado] = useState(false);
  const { errores, guardar, campo } = useErrores();
  const texto = (clave: CampoEncabezado) => ({
    value: borrador[clave],
    disabled: soloLectura,
    onChange: (e: React.ChangeEvent<HTMLInputElement>) => {
      setGuardado(false);
      setBorrador({ ...borrador, [clave]: e.target.value });
    },
    ...campo(clave),
  });
  async function alGuardar(e: React.FormEvent) {
    e.preventDefault();
    const ok = await guardar(() => guardarEncabezado(db, poa.id, { ...borrador, anio: poa.anio }));
    setGuardado(ok !== undefined);
  }
  return (
    <Paper component="form" onSubmit={alGuardar} sx={{ p: 2, mb: 2 }} aria-label="Encabezado del POA">
      <Typography variant="h6" component="h2" gutterBottom>
        Encabezado
      </Typography>
      <CamposEncabezado
        campo={texto}
        anio={<TextField label="Año" type="number" value={poa.anio} disabled helperText="El año identifica al POA: no se cambia" />}
      />
      {(errores._ || errores.anio) && <Alert severity="error">{errores._ ?? errores.anio}</Alert>}
      {guardado && <Alert severity="success">Encabezado guardado.</Alert>}
      {!soloLectura && (
        <Button type="submit" variant="contained" sx={{ mt: 1 }}>
          Guardar encabezado
        </Button>
      )}
    </Paper>
  );
}
