import { Autocomplete, Button, FormControlLabel, Grid, InputAdornment, MenuItem, Paper, Switch, TextField, Typography } from '@mui/material';
import SearchIcon from '@mui/icons-material/Search';
import type { FiltrosSolicitudes as Filtros } from '../../../../shared/domain/filtroSolicitudes';
import { ESTATUS_SOLICITUD, ETIQUETA_ESTATUS_SOLICITUD } from '../../../../shared/schemas/solicitudes';
import { useCatalogo } from './consultas';
import { EntradaFecha } from '../../componentes/EntradaFecha';


export function FiltrosSolicitudes({
  filtros,
  cambiar,
  limpiar,
  colonias,
  mostradas,
  total,
}: {
  filtros: Filtros;
  cambiar: (cambios: Partial<Filtros>) => void;
  limpiar: () => void;
  colonias: string[];
  mostradas: number;
  total: number;
}) {
  const tipos = useCatalogo('tipoApoyo');
  const dependencias = useCatalogo('dependencia');
  return (
    <Paper component="search" aria-label="Filtros de solicitudes" sx={{ p: 1.5, pb: 0.5, mb: 1.5 }}>
      <Grid container columnSpacing={1.5} rowSpacing={1.5} sx={{ alignItems: 'center' }}>
        <Grid size={4}>
          <TextField
            label="Buscar por folio, nombre o CURP"
            value={filtros.texto}
            onChange={(e) => cambiar({ texto: e.target.value })}
            autoFocus
            slotProps={{ input: { startAdornment: <InputAdornment position="start"><SearchIcon fontSize="small" /></InputAdornment> } }}
          />
        </Grid>
        <Grid size={2}>
          <TextField select label="Estatus" value={filtros.estatus} onChange={(e) => cambiar({ estatus: e.target.value as Filtros['estatus'] })}>
            <MenuItem value="">Todos</MenuItem>
            {ESTATUS_SOLICITUD.map((e) => (
              <MenuItem key={e} value={e}>
                {ETIQUETA_ESTATUS_SOLICITUD[e]}
              </MenuItem>
            ))}
          </TextField>
        </Grid>
        <Grid size={3}>
          <TextField select label="Tipo de apoyo" value={filtros.tipoApoyoId} onChange={(e) => cambiar({ tipoApoyoId: e.target.value })}>
            <MenuItem value="">Todos</MenuItem>
            {tipos.map((t) => (
              <MenuItem key={t.id} value={t.id}>
                {t.nombre}
              </MenuItem>
            ))}
          </TextField>
        </Grid>
        <Grid size={3}>
          <TextField select label="Dependencia" value={filtros.dependenciaId} onChange={(e) => cambiar({ dependenciaId: e.target.value })}>
            <MenuItem value="">Todas</MenuItem>
            {dependencias.map((d) => (
              <MenuItem key={d.id} value={d.id}>
                {d.nombre}
              </MenuItem>
            ))}
          </TextField>
        </Grid>
        <Grid size={3}>
          <Autocomplete
            freeSolo
            options={colonias}
            inputValue={filtros.colonia}
            onInputChange={(_e, valor) => cambiar({ colonia: valor })}
            renderInput={(params) => <TextField {...params} label="Colonia" />}
          />
        </Grid>
        <Grid size={2}>
          <EntradaFecha label="Recibidas desde" value={filtros.desde} onChange={(v) => cambiar({ desde: v })} />
        </Grid>
        <Grid size={2}>
          <EntradaFecha label="Recibidas hasta" value={filtros.hasta} onChange={(v) => cambiar({ hasta: v })} />
        </Grid>
        <Grid size={2}>
          <FormControlLabel
            control={<Switch checked={filtros.soloVencidas} onChange={(e) => cambiar({ soloVencidas: e.target.checked })} />}
            label="Sólo vencidas"
          />
        </Grid>
        <Grid size={3} sx={{ display: 'flex', alignItems: 'center', justifyContent: 'flex-end', gap: 1 }}>
          <Typography variant="body2" color="text.secondary" role="status">
            {mostradas === total ? `${total} solicitudes` : `${mostradas} de ${total} solicitudes`}
          </Typography>
          <Button size="small" onClick={limpiar}>
            Limpiar filtros
          </Button>
        </Grid>
      </Grid>
    </Paper>
  );
}
