import { Alert, AlertTitle, Box, Button, Typography } from '@mui/material';
import { useLiveQuery } from 'dexie-react-hooks';
import { useDeferredValue } from 'react';
import { consultaDuplicados } from '../../../../shared/domain/personas';
import { nombreCompleto, type Persona } from '../../../../shared/schemas/personas';
import { db } from '../../db';
import { buscarPersonas } from '../../db/repositorios/personas';
import { domicilioDe } from './textos';
import type { ValoresPersona } from './valores';

/**
 * While a new citizen is typed, people already registered with that CURP or name are offered, so the desk picks
 * the existing record instead of creating a second one.
 */
export function AvisoDuplicados({ persona, onElegir }: { persona: ValoresPersona; onElegir: (p: Persona) => void }) {
  const consulta = useDeferredValue(consultaDuplicados(persona));
  const parecidas = useLiveQuery(async () => (consulta ? (await buscarPersonas(db, consulta, 5)).personas : []), [consulta]) ?? [];
  if (parecidas.length === 0) return null;
  const curp = persona.curp.trim().toUpperCase();
  return (
    <Alert severity="warning" sx={{ mt: 1 }} role="status">
      <AlertTitle>¿Ya está registrada? Hay personas con datos parecidos</AlertTitle>
      {parecidas.map((p) => (
        <Box key={p.id} sx={{ display: 'flex', alignItems: 'center', gap: 1, py: 0.25 }}>
          <Typography variant="body2" sx={{ flexGrow: 1 }}>
            <strong>{nombreCompleto(p)}</strong> · {p.curp || 'sin CURP'}
            {p.curp && p.curp === curp ? ' (misma CURP)' : ''} · {domicilioDe(p)}
          </Typography>
          <Button size="small" variant="outlined" onClick={() => onElegir(p)} aria-label={`Elegir a ${nombreCompleto(p)}`}>
            Elegir
          </Button>
        </Box>
      ))}
    </Alert>
  );
}
