import VisibilityIcon from '@mui/icons-material/Visibility';
import { Alert, Button, MenuItem, Paper, Stack, TextField, Typography } from '@mui/material';
import { Link as RouterLink } from 'react-router-dom';
import { etiquetaPeriodo } from '../../../../shared/domain/periodos';
import { rutaHoja, type TipoHoja } from '../../../../shared/reportes/periodoHoja';
import { enEscritorio } from '../../bridge';
import { BotonesImpresion } from '../../componentes/BotonesImpresion';
import { useImprimirHoja } from './useImprimirHoja';

const TEXTOS: Record<TipoHoja, { titulo: string; selector: string; sustantivo: string; cuantos: number }> = {
  mes: { titulo: 'Hoja mensual de avance', selector: 'Mes', sustantivo: 'hoja mensual', cuantos: 12 },
  trimestre: { titulo: 'Hoja trimestral de avance', selector: 'Trimestre', sustantivo: 'hoja trimestral', cuantos: 4 },
};

/** One sheet to print and sign: pick the month (or quarter), then print it, save it as PDF or preview it. */
export function TarjetaHoja({
  tipo,
  anio,
  poaId,
  numero,
  onCambiarNumero,
}: {
  tipo: TipoHoja;
  anio: number;
  poaId: string;
  numero: number;
  onCambiarNumero: (numero: number) => void;
}) {
  const t = TEXTOS[tipo];
  const { imprimir, ocupado, aviso } = useImprimirHoja();
  const periodo = { tipo, numero };
  const idTitulo = `titulo-hoja-${tipo}`;
  return (
    <Paper component="section" aria-labelledby={idTitulo} sx={{ p: 2.5 }}>
      <Typography variant="h6" component="h2" id={idTitulo}>
        {t.titulo}
      </Typography>
      <Typography variant="body2" color="text.secondary" sx={{ mt: 0.5, mb: 2 }}>
        Carta horizontal: el estado del POA, programado (con la meta inicial donde una reconducción la cambió) y logrado
        por actividad, índice y semáforo del periodo y acumulado, las reconducciones del periodo, justificaciones,
        gráfica, los registros que sustentan las cifras y los espacios para firmar (Elaboró, Revisó, Autorizó).
      </Typography>
      <Stack direction="row" spacing={1.5} useFlexGap sx={{ flexWrap: 'wrap', alignItems: 'center' }}>
        <TextField
          select
          size="small"
          label={t.selector}
          value={numero}
          onChange={(e) => onCambiarNumero(Number(e.target.value))}
          fullWidth={false}
          sx={{ width: tipo === 'mes' ? 170 : 240 }}
        >
          {Array.from({ length: t.cuantos }, (_, i) => i + 1).map((n) => (
            <MenuItem key={n} value={n}>
              {etiquetaPeriodo({ tipo, numero: n })}
            </MenuItem>
          ))}
        </TextField>
        <BotonesImpresion
          accion="exportar-hojas"
          textoImprimir={`Imprimir ${t.sustantivo}`}
          textoPdf={`Guardar ${t.sustantivo} en PDF`}
          ocupado={ocupado !== null}
          onImprimir={(modo) => void imprimir(poaId, anio, periodo, modo)}
        />
        <Button startIcon={<VisibilityIcon />} component={RouterLink} to={rutaHoja(anio, periodo)}>
          Vista previa
        </Button>
      </Stack>
      {!enEscritorio && (
        <Typography variant="caption" color="text.secondary" sx={{ display: 'block', mt: 1 }}>
          En el navegador, «Guardar en PDF» abre el diálogo de impresión: elija «Guardar como PDF» como destino.
        </Typography>
      )}
      {aviso && (
        <Alert severity={aviso.gravedad} sx={{ mt: 2, wordBreak: 'break-word' }}>
          {aviso.mensaje}
        </Alert>
      )}
    </Paper>
  );
}
