import { Box, Stack, Typography } from '@mui/material';
import LockIcon from '@mui/icons-material/Lock';
import type { UmbralesSemaforo } from '../../../../shared/domain/eficiencia';
import { MarcaReconducida } from './MarcaReconducida';
import { APARIENCIA, type EstadoCelda } from '../../componentes/semaforo';

function Muestra({ estado, texto, grande = false }: { estado: EstadoCelda; texto: string; grande?: boolean }) {
  const a = APARIENCIA[estado];
  return (
    <Box
      component={grande ? 'span' : 'li'}
      sx={{
        display: 'inline-flex',
        alignItems: 'center',
        gap: 0.5,
        px: 0.75,
        py: 0.25,
        borderRadius: 1,
        bgcolor: a.fondo,
        color: a.texto,
        border: `1px solid ${a.fuerte}`,
        fontSize: grande ? 17 : 11.5,
        fontWeight: grande ? 700 : 600,
        lineHeight: 1.4,
        whiteSpace: 'nowrap',
      }}
    >
      <a.Icono sx={{ fontSize: grande ? 20 : 13, color: a.fuerte }} aria-hidden />
      {texto}
    </Box>
  );
}

/**
 * The legend of the projector view, in sentences for a room that did not learn the colors: what a cell says, how the
 * index is computed, and each color with what makes a period take it.
 */
export function LeyendaProyector({ umbrales }: { umbrales: UmbralesSemaforo }) {
  const colores: [EstadoCelda, string][] = [
    ['verde', `se logró el ${umbrales.verde} % o más de lo programado en el periodo`],
    ['ambar', `se logró del ${umbrales.ambar} % a menos del ${umbrales.verde} %`],
    ['rojo', `se logró menos del ${umbrales.ambar} %`],
    ['en-curso', 'el periodo aún no termina: se compara con lo que debía llevarse a la fecha, sin juzgarlo'],
    ['por-venir', 'el periodo todavía no empieza'],
    ['no-aplica', 'no se programó nada en el periodo'],
  ];
  return (
    <Box component="section" id="leyenda-cronograma" aria-labelledby="titulo-leyenda-proyector" sx={{ p: 2, bgcolor: 'background.paper', border: '1px solid rgba(0,0,0,0.12)', borderRadius: 1 }}>
      <Typography id="titulo-leyenda-proyector" variant="h6" component="h2" sx={{ fontWeight: 700, mb: 0.5 }}>
        Cómo leer el cronograma
      </Typography>
      <Typography sx={{ fontSize: 17, mb: 1.5 }}>
        Cada celda dice las actividades <strong>logradas</strong> / programadas en el periodo («6/8») y, debajo, su Índice
        de Eficiencia: logradas ÷ programadas × 100. «2 + 1 aj. / 7» son 2 de registros y 1 de ajuste manual, de 7
        programadas.
      </Typography>
      <Box component="ul" sx={{ listStyle: 'none', p: 0, m: 0, display: 'grid', gridTemplateColumns: { md: '1fr 1fr' }, gap: 1 }}>
        {colores.map(([estado, sentido]) => (
          <Box component="li" key={estado} sx={{ display: 'flex', alignItems: 'center', gap: 1, fontSize: 17 }}>
            <Muestra estado={estado} texto={APARIENCIA[estado].etiqueta} grande />
            <span>{sentido}</span>
          </Box>
        ))}
      </Box>
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
        <strong>logrado</strong>/programado · índice · X mes programado · «<strong>2</strong> + 1 aj. / 7»: 2 de registros y 1 de ajuste manual, de 7
      </Typography>
      <Muestra estado="verde" texto={`En meta ≥ ${umbrales.verde} %`} />
      <Muestra estado="ambar" texto={`En riesgo ${umbrales.ambar}–${umbrales.verde} %`} />
      <Muestra estado="rojo" texto={`Fuera de meta < ${umbrales.ambar} %`} />
      <Muestra estado="en-curso" texto={APARIENCIA['en-curso'].etiqueta} />
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
