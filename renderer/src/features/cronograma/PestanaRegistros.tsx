import { Alert, Box, List, ListItemButton, ListItemText, Typography } from '@mui/material';
import { Link as RouterLink } from 'react-router-dom';
import type { RegistroLogrado } from '../../../../shared/domain/conteo';
import { formatearFecha } from '../../../../shared/domain/formato';
import { NOMBRES_MES } from '../../../../shared/domain/periodos';
import { ETIQUETA_REGLA, type Actividad, type Ajuste } from '../../../../shared/schemas/poa';
import { ETIQUETA_TIPO_REGISTRO, rutaDeRegistro } from '../../componentes/rutasRegistro';

/** The drill-down: the records that make the month's achieved number, each opening its detail, then the adjustments. */
export function PestanaRegistros({
  actividad,
  mes,
  registros,
  ajustes,
}: {
  actividad: Actividad;
  mes: number;
  registros: RegistroLogrado[];
  ajustes: Ajuste[];
}) {
  const nombreMes = NOMBRES_MES[mes - 1];
  const totalAjustes = ajustes.reduce((s, a) => s + a.cantidad, 0);
  return (
    <Box>
      <Typography variant="body2" color="text.secondary" sx={{ mb: 1 }}>
        Cuentan: {ETIQUETA_REGLA[actividad.reglaConteo].toLowerCase()}, por su fecha en {nombreMes}.
      </Typography>
      {registros.length === 0 ? (
        <Alert severity="info" variant="outlined">
          Ningún registro cuenta para esta actividad en {nombreMes}.
        </Alert>
      ) : (
        <List dense aria-label={`Registros que cuentan en ${nombreMes}`} sx={{ maxHeight: 320, overflow: 'auto' }}>
          {registros.map((r) => (
            <ListItemButton key={`${r.tipo}-${r.id}`} component={RouterLink} to={rutaDeRegistro(r.tipo, r.id)} divider>
              <ListItemText primary={r.descripcion} secondary={`${ETIQUETA_TIPO_REGISTRO[r.tipo]} · ${formatearFecha(r.fecha)}`} />
            </ListItemButton>
          ))}
        </List>
      )}
      <Typography variant="body2" sx={{ mt: 1.5 }}>
        <strong>{registros.length}</strong> de registros
        {ajustes.length > 0 && (
          <>
            {' '}
            y <strong>{totalAjustes > 0 ? '+' : '−'}{Math.abs(totalAjustes)}</strong> de {ajustes.length === 1 ? 'un ajuste manual' : `${ajustes.length} ajustes manuales`}:{' '}
            <strong>{registros.length + totalAjustes}</strong> {registros.length + totalAjustes === 1 ? 'lograda' : 'logradas'} en {nombreMes}.
          </>
        )}
      </Typography>
    </Box>
  );
}
