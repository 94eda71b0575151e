import { Autocomplete, Button, FormControlLabel, Grid, Paper, Switch, TextField, Typography } from '@mui/material';
import type { FiltrosSolicitudes as Filtros } from '../../../../shared/domain/filtroSolicitudes';
import { ESTATUS_SOLICITUD, ETIQUETA_ESTATUS_SOLICITUD } from '../../../../shared/schemas/solicitudes';
import { EntradaFecha } from '../../componentes/EntradaFecha';
import { CajaBusqueda, FiltroSelect } from '../../componentes/lista/BarraFiltros';
import { opcionesDe, opcionesDeCatalogo, textoConteo } from '../../componentes/lista/filtros';
import { useCatalogo } from '../../hooks/useCatalogo';

export function FiltrosSolicitudes({
  filtros,
  cambiar,
  limpiar,
  colonias,
  mostradas,
  total,
  alMenos,
}: {
  filtros: Filtros;
  cambiar: (cambios: Partial<Filtros>) => void;
  limpiar: () => void;
  colonias: string[];
  /** How many match and how many there are; null while counted. */
  mostradas: number | null;
  total: number | null;
  /** While the matches are counted after their page: how many are known. */
  alMenos?: number;
}) {
  const tipos = useCatalogo('tipoApoyo');
  const dependencias = useCatalogo('dependencia');
  return (
    <Paper component="search" aria-label="Filtros de solicitudes" sx={{ p: 1.5, pb: 0.5, mb: 1.5 }}>
      <Grid container columnSpacing={1.5} rowSpacing={1.5} sx={{ alignItems: 'center' }}>
        <Grid size={4}>
          <CajaBusqueda etiqueta="Buscar por folio, nombre o CURP" valor={filtros.texto} alCambiar={(texto) => cambiar({ texto })} />
        </Grid>
        <FiltroSelect
          etiqueta="Estatus"
          valor={filtros.estatus}
          alCambiar={(estatus) => cambiar({ estatus: estatus as Filtros['estatus'] })}
          opciones={opcionesDe(ESTATUS_SOLICITUD, ETIQUETA_ESTATUS_SOLICITUD)}
        />
        <FiltroSelect etiqueta="Tipo de apoyo" valor={filtros.tipoApoyoId} alCambiar={(tipoApoyoId) => cambiar({ tipoApoyoId })} opciones={opcionesDeCatalogo(tipos)} ancho={3} />
        <FiltroSelect
          etiqueta="Dependencia"
          valor={filtros.dependenciaId}
          alCambiar={(dependenciaId) => cambiar({ dependenciaId })}
          opciones={opcionesDeCatalogo(dependencias)}
          todos="Todas"
          ancho={3}
        />
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
            {textoConteo(mostradas, total, ['solicitud', 'solicitudes'], alMenos)}
          </Typography>
          <Button size="small" onClick={limpiar}>
            Limpiar filtros
          </Button>
        </Grid>
      </Grid>
    </Paper>
  );
}
