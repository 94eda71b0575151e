import { Box, Stack, Typography } from '@mui/material';
import LockIcon from '@mui/icons-material/Lock';
import type { UmbralesSemaforo } from '../../../../shared/domain/eficiencia';
import { MarcaReconducida } from './MarcaReconducida';
import { APARIENCIA, type EstadoCelda } from '../../componentes/semaforo';

function Muestra({ estado, texto }: { estado: EstadoCelda; texto: string }) {
  const a = APARIENCIA[estado];
  return (
    <Box component="li" sx={{ display: 'inline-flex', alignItems: 'center', gap: 0.5, px: 0.75, py: 0.25, borderRadius: 1, bgcolor: a.fondo, color: a.texto, border: `1px solid ${a.fuerte}`, fontSize: 11.5, fontWeight: 600, lineHeight: 1.4 }}>
      <a.Icono sx={{ fontSize: 13, color: a.fuerte }} aria-hidden />
      {texto}
    </Box>
  );
}

/** How to read a cell, with the semáforo thresholds currently set. */
export function Leyenda({ umbrales }: { umbrales: UmbralesSemaforo }) {
  return (
    <Stack
      id="leyenda-cronograma"
      direction="row"
      component="ul"
      aria-label="Cómo leer el cronograma"
      sx={{ listStyle: 'none', p: 0, m: 0, gap: 0.75, flexWrap: 'wrap', alignItems: 'center' }}
    >
      <Typography component="li" variant="caption" color="text.secondary">
        <strong>logrado</strong>/programado · índice · X mes programado · «aj.» ajuste manual
      </Typography>
      <Muestra estado="verde" texto={`En meta ≥ ${umbrales.verde} %`} />
      <Muestra estado="ambar" texto={`En riesgo ${umbrales.ambar}–${umbrales.verde} %`} />
      <Muestra estado="rojo" texto={`Fuera de meta < ${umbrales.ambar} %`} />
      <Muestra estado="no-aplica" texto="No aplica" />
      <Muestra estado="por-venir" texto="Por venir" />
      <Typography component="li" variant="caption" color="text.secondary" sx={{ display: 'inline-flex', alignItems: 'center', gap: 0.25 }}>
        <LockIcon sx={{ fontSize: 13 }} aria-hidden />
        periodo cerrado
      </Typography>
      <Typography component="li" variant="caption" color="text.secondary" sx={{ display: 'inline-flex', alignItems: 'center', gap: 0.5 }}>
        <Box component="span" sx={{ position: 'relative', width: 14, height: 14, border: '1px solid rgba(0,0,0,0.3)', bgcolor: 'background.paper' }}>
          <MarcaReconducida sx={{ position: 'absolute', bottom: 0, left: 0 }} />
        </Box>
        meta reconducida (cambiada tras autorizarse el POA)
      </Typography>
    </Stack>
  );
}
