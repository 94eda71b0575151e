import { Paper, Stack, Typography } from '@mui/material';
import VerifiedIcon from '@mui/icons-material/Verified';
import LockIcon from '@mui/icons-material/Lock';
import LockOpenIcon from '@mui/icons-material/LockOpen';
import { useState, type ReactNode } from 'react';
import type { EstadoPoa } from '../../../../shared/schemas/poa';
import type { Accion } from '../../../../shared/seguridad/permisos';
import type { DatosPoa } from '../../hooks/usePoa';
import { ChipEstadoPoa } from '../../componentes/poa/ChipEstadoPoa';
import { DialogoAutorizarPoa } from './DialogoAutorizarPoa';
import { DialogoCerrarPoa } from './DialogoCerrarPoa';
import { DialogoReabrirPoa } from './DialogoReabrirPoa';
import { BotonConPermiso } from '../../componentes/ConPermiso';

/** What the POA's state means for the head now, and the one step it allows next. */
function explicacion({ poa }: DatosPoa): string {
  switch (poa.estado) {
    case 'borrador':
      return 'Sus metas se editan libremente en Configuración → POA y actividades. Al autorizarlo quedan como Meta inicial y desde entonces sólo cambian por reconducción, desde el cronograma.';
    case 'autorizado':
      return 'Sus metas programadas sólo cambian por reconducción, desde el cronograma. Al terminar el año, con diciembre y el 4to trimestre cerrados, ciérrelo.';
    case 'cerrado':
      return 'Su año terminó: no admite cambios ni reconducciones hasta reabrirlo.';
  }
}

export function PanelEstadoPoa({ datos }: { datos: DatosPoa }) {
  const { poa } = datos;
  const [paso, setPaso] = useState<EstadoPoa | null>(null);
  const boton = (
    {
      borrador: { texto: 'Autorizar POA', icono: <VerifiedIcon />, accion: 'autorizar-poa' },
      autorizado: { texto: 'Cerrar POA', icono: <LockIcon />, accion: 'cerrar-periodos' },
      cerrado: { texto: 'Reabrir POA', icono: <LockOpenIcon />, accion: 'reabrir-periodos' },
    } satisfies Record<EstadoPoa, { texto: string; icono: ReactNode; accion: Accion }>
  )[poa.estado];
  return (
    <Paper component="section" aria-label="Estado del POA" sx={{ p: 2, mb: 2 }}>
      <Stack direction="row" spacing={2} sx={{ alignItems: 'center' }}>
        <Typography variant="subtitle2" component="h2">
          Estado
        </Typography>
        <ChipEstadoPoa poa={poa} />
        <Typography variant="body2" color="text.secondary" sx={{ flexGrow: 1 }}>
          {explicacion(datos)}
        </Typography>
        <BotonConPermiso
          accion={boton.accion}
          variant={poa.estado === 'borrador' ? 'contained' : 'outlined'}
          startIcon={boton.icono}
          onClick={() => setPaso(poa.estado)}
          sx={{ flexShrink: 0 }}
        >
          {boton.texto}
        </BotonConPermiso>
      </Stack>
      {paso === 'borrador' && <DialogoAutorizarPoa datos={datos} onCerrar={() => setPaso(null)} />}
      {paso === 'autorizado' && <DialogoCerrarPoa poa={poa} onCerrar={() => setPaso(null)} />}
      {paso === 'cerrado' && <DialogoReabrirPoa poa={poa} onCerrar={() => setPaso(null)} />}
    </Paper>
  );
}
