import {
  Box,
  Button,
  Chip,
  Dialog,
  DialogActions,
  DialogContent,
  DialogTitle,
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableRow,
  Typography,
  type ButtonProps,
} from '@mui/material';
import LockIcon from '@mui/icons-material/Lock';
import LockOpenIcon from '@mui/icons-material/LockOpen';
import ScheduleIcon from '@mui/icons-material/Schedule';
import { useState, type ReactNode } from 'react';
import type { Accion } from '../../../../shared/seguridad/permisos';
import type { EstadoCierresAnio, EstadoPeriodoCierre } from '../../../../shared/domain/cierres';
import { formatearFechaHora } from '../../../../shared/domain/formato';
import type { CronogramaCargado } from '../../db/repositorios/cronograma';
import { DialogoCerrarPeriodo } from './DialogoCerrarPeriodo';
import { DialogoReabrirPeriodo } from './DialogoReabrirPeriodo';
import { capital, detalleCierre } from './textoCierre';
import { momentoDelPeriodo, type Hoy } from '../../hooks/tiempo';
import { BotonConPermiso } from '../../componentes/ConPermiso';

function EstadoChip({ e, hoy }: { e: EstadoPeriodoCierre; hoy: Hoy }) {
  if (e.cerrado) return <Chip size="small" color="primary" icon={<LockIcon />} label="Cerrado" />;
  if (e.terminado) return <Chip size="small" variant="outlined" icon={<LockOpenIcon />} label="Abierto" />;
  const enCurso = momentoDelPeriodo(e.periodo.anio, e.periodo, hoy) === 'actual';
  return <Chip size="small" variant="outlined" icon={<ScheduleIcon />} label={enCurso ? 'En curso' : 'Por venir'} sx={{ color: 'text.secondary' }} />;
}

function detalle(e: EstadoPeriodoCierre): string {
  if (e.cerrado) return capital(detalleCierre(e));
  if (e.ultimo) return `Reabierto el ${formatearFechaHora(e.ultimo.fecha)} por ${e.ultimo.usuario}`;
  return e.terminado ? 'Terminado; aún sin cerrar' : 'Se podrá cerrar cuando termine';
}

/** Closing or reopening one period, named with it («Cerrar octubre 2026»). */
function BotonPaso({
  e,
  texto,
  icono,
  onElegir,
  ...props
}: ButtonProps & { accion: Accion; e: EstadoPeriodoCierre; texto: string; icono: ReactNode; onElegir: (e: EstadoPeriodoCierre) => void }) {
  return (
    <BotonConPermiso {...props} size="small" startIcon={icono} aria-label={`${texto} ${e.etiqueta}`} onClick={() => onElegir(e)}>
      {texto}
    </BotonConPermiso>
  );
}

function TablaPeriodos({
  titulo,
  estados,
  hoy,
  onCerrar,
  onReabrir,
}: {
  titulo: string;
  estados: EstadoPeriodoCierre[];
  hoy: Hoy;
  onCerrar: (e: EstadoPeriodoCierre) => void;
  onReabrir: (e: EstadoPeriodoCierre) => void;
}) {
  return (
    <Table size="small" aria-label={titulo} sx={{ mb: 2 }}>
      <TableHead>
        <TableRow>
          <TableCell sx={{ fontWeight: 700, width: '30%' }}>{titulo}</TableCell>
          <TableCell sx={{ fontWeight: 700, width: 130 }}>Estado</TableCell>
          <TableCell sx={{ fontWeight: 700 }}>Detalle</TableCell>
          <TableCell sx={{ width: 110 }} />
        </TableRow>
      </TableHead>
      <TableBody>
        {estados.map((e) => (
          <TableRow key={e.etiqueta} aria-label={capital(e.etiqueta)}>
            <TableCell component="th" scope="row" sx={{ fontWeight: 600 }}>
              {capital(e.etiqueta)}
            </TableCell>
            <TableCell>
              <EstadoChip e={e} hoy={hoy} />
            </TableCell>
            <TableCell sx={{ fontSize: 13, color: 'text.secondary' }}>{detalle(e)}</TableCell>
            <TableCell align="right">
              {e.puedeCerrar && <BotonPaso accion="cerrar-periodos" texto="Cerrar" icono={<LockIcon />} variant="outlined" e={e} onElegir={onCerrar} />}
              {e.puedeReabrir && <BotonPaso accion="reabrir-periodos" texto="Reabrir" icono={<LockOpenIcon />} color="inherit" e={e} onElegir={onReabrir} />}
            </TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}

/**
 * Where the head closes the months and quarters already reported, and reopens one when something must be corrected.
 * Only ended periods offer "Cerrar"; a month closed by its quarter reopens with the quarter.
 */
export function DialogoCierres({
  estado,
  datos,
  hoy,
  onCerrar,
}: {
  estado: EstadoCierresAnio;
  datos: CronogramaCargado;
  hoy: Hoy;
  onCerrar: () => void;
}) {
  const [porCerrar, setPorCerrar] = useState<EstadoPeriodoCierre | null>(null);
  const [porReabrir, setPorReabrir] = useState<EstadoPeriodoCierre | null>(null);

  return (
    <>
      <Dialog open onClose={onCerrar} maxWidth="md" fullWidth aria-labelledby="titulo-cierres">
        <DialogTitle id="titulo-cierres">Cierre de periodos {estado.anio}</DialogTitle>
        <DialogContent dividers>
          <Box sx={{ mb: 2 }}>
            <Typography variant="body2">
              Cuando un mes o un trimestre ya se reportó, ciérrelo: lo que cuenta en él (registros, ajustes manuales y meta programada) deja
              de poder cambiarse. Sólo se cierran periodos terminados; cerrar un trimestre cierra sus tres meses. Para corregir algo después,
              reábralo indicando el motivo; cierres y reaperturas quedan en la bitácora.
            </Typography>
          </Box>
          <TablaPeriodos titulo="Meses" estados={estado.meses} hoy={hoy} onCerrar={setPorCerrar} onReabrir={setPorReabrir} />
          <TablaPeriodos titulo="Trimestres" estados={estado.trimestres} hoy={hoy} onCerrar={setPorCerrar} onReabrir={setPorReabrir} />
        </DialogContent>
        <DialogActions>
          <Button onClick={onCerrar}>Listo</Button>
        </DialogActions>
      </Dialog>
      {porCerrar && <DialogoCerrarPeriodo estado={porCerrar} datos={datos} hoy={hoy} onCerrar={() => setPorCerrar(null)} />}
      {porReabrir && <DialogoReabrirPeriodo estado={porReabrir} onCerrar={() => setPorReabrir(null)} />}
    </>
  );
}
