import { Grid, TextField, type TextFieldProps } from '@mui/material';
import type { ReactNode } from 'react';
import type { EncabezadoPoa } from '../../../../shared/schemas/poa';

export type CampoEncabezado = Exclude<keyof EncabezadoPoa, 'anio'>;

/**
 * The four header fields of a POA (Dirección, Área, Objetivo General, Objetivos Específicos), the same wherever a
 * header is written: the POA settings and «Nuevo POA» when it starts empty. `anio`, when given, goes first.
 */
export function CamposEncabezado({ campo, anio }: { campo: (clave: CampoEncabezado) => TextFieldProps; anio?: ReactNode }) {
  const ancho = anio ? 5 : 6;
  return (
    <Grid container spacing={2}>
      {anio && <Grid size={{ xs: 12, md: 2 }}>{anio}</Grid>}
      <Grid size={{ xs: 12, md: ancho }}>
        <TextField label="Dirección" required {...campo('direccion')} />
      </Grid>
      <Grid size={{ xs: 12, md: ancho }}>
        <TextField label="Área" required {...campo('area')} />
      </Grid>
      <Grid size={12}>
        <TextField label="Objetivo General" required multiline minRows={2} {...campo('objetivoGeneral')} />
      </Grid>
      <Grid size={12}>
        <TextField label="Objetivos Específicos" required multiline minRows={2} {...campo('objetivosEspecificos')} />
      </Grid>
    </Grid>
  );
}
