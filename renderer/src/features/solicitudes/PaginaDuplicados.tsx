import { Alert, Box, Button, Chip, Paper, Stack, Typography } from '@mui/material';
import MergeIcon from '@mui/icons-material/MergeType';
import CallSplitIcon from '@mui/icons-material/CallSplit';
import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { ETIQUETA_MOTIVO_DUPLICADO, type ParejaDuplicada } from '../../../../shared/domain/duplicadosPersonas';
import { fechaIsoLocal } from '../../../../shared/domain/formato';
import { nombreCompleto, type Persona } from '../../../../shared/schemas/personas';
import { EncabezadoPagina } from '../../componentes/Encabezado';
import { DialogoUnirPersonas } from '../../componentes/personas/DialogoUnirPersonas';
import { domicilioDe, sexoYEdadDe } from '../../componentes/personas/textos';
import { db } from '../../db';
import { mantenerSeparadas, posiblesDuplicados } from '../../db/repositorios/unionPersonas';
import { textoDeError } from '../../db/errores';

/** How many pairs are shown at once: each one resolved makes room for the next. */
const MOSTRAR = 50;

function DatosPersona({ persona }: { persona: Persona }) {
  return (
    <Box sx={{ flex: 1, minWidth: 0 }}>
      <Typography variant="subtitle2" component="p">
        {nombreCompleto(persona)}
      </Typography>
      {[persona.curp ? `CURP ${persona.curp}` : 'Sin CURP', sexoYEdadDe(persona, fechaIsoLocal(new Date())), domicilioDe(persona), persona.telefono && `Tel. ${persona.telefono}`]
        .filter(Boolean)
        .map((r) => (
          <Typography key={r} variant="body2" color="text.secondary">
            {r}
          </Typography>
        ))}
    </Box>
  );
}

/**
 * «Posibles duplicados» (a jefe or an administrador): the personas registered twice without a CURP that would tell
 * (same name and birth date, or same name and street), each pair to merge or to keep apart. A pair kept apart is
 * not offered again, at this PC nor at the PCs its personas travel to.
 */
export function PaginaDuplicados() {
  const leido = useLiveQuery(
    () =>
      posiblesDuplicados(db).then(
        (parejas) => ({ parejas, error: null }),
        (e: unknown) => ({ parejas: [] as ParejaDuplicada[], error: textoDeError(e) }),
      ),
    [],
  );
  const [uniendo, setUniendo] = useState<ParejaDuplicada | null>(null);
  const [aviso, setAviso] = useState<{ texto: string; tipo: 'success' | 'error' } | null>(null);

  async function separar(p: ParejaDuplicada) {
    try {
      await mantenerSeparadas(db, p.a.id, p.b.id);
      setAviso({ texto: `${nombreCompleto(p.a)} y ${nombreCompleto(p.b)} se mantienen como personas distintas.`, tipo: 'success' });
    } catch (e) {
      setAviso({ texto: textoDeError(e), tipo: 'error' });
    }
  }

  return (
    <>
      <EncabezadoPagina
        titulo="Posibles duplicados"
        subtitulo="Personas con el mismo nombre y la misma fecha de nacimiento o el mismo domicilio, sin CURP que las distinga"
      />
      {aviso && (
        <Alert severity={aviso.tipo} sx={{ mb: 2 }} onClose={() => setAviso(null)}>
          {aviso.texto}
        </Alert>
      )}
      {leido?.error && (
        <Alert severity="error" sx={{ mb: 2 }}>
          {leido.error}
        </Alert>
      )}
      {leido && !leido.error && leido.parejas.length === 0 && (
        <Paper sx={{ p: 2 }}>
          <Typography color="text.secondary">No hay posibles duplicados: ninguna pareja de personas sin CURP coincide en nombre y fecha de nacimiento o domicilio.</Typography>
        </Paper>
      )}
      {leido && leido.parejas.length > 0 && (
        <Typography variant="body2" sx={{ mb: 1 }}>
          {leido.parejas.length === 1 ? '1 pareja por revisar' : `${leido.parejas.length} parejas por revisar`}
          {leido.parejas.length > MOSTRAR ? `; se muestran las primeras ${MOSTRAR}` : ''}
        </Typography>
      )}
      <Stack spacing={1.5} component="ul" sx={{ p: 0, m: 0, listStyle: 'none' }}>
        {leido?.parejas.slice(0, MOSTRAR).map((p) => (
          <Paper component="li" key={`${p.a.id}|${p.b.id}`} variant="outlined" sx={{ p: 1.5 }} aria-label={`${nombreCompleto(p.a)}: posible duplicado`}>
            <Stack direction="row" sx={{ alignItems: 'center', justifyContent: 'space-between', mb: 1 }}>
              <Chip size="small" label={ETIQUETA_MOTIVO_DUPLICADO[p.motivo]} />
              <Stack direction="row" spacing={1}>
                <Button size="small" variant="contained" startIcon={<MergeIcon />} onClick={() => setUniendo(p)}>
                  Unir
                </Button>
                <Button size="small" startIcon={<CallSplitIcon />} onClick={() => void separar(p)}>
                  Mantener separadas
                </Button>
              </Stack>
            </Stack>
            <Stack direction="row" spacing={2}>
              <DatosPersona persona={p.a} />
              <DatosPersona persona={p.b} />
            </Stack>
          </Paper>
        ))}
      </Stack>
      {uniendo && (
        <DialogoUnirPersonas
          persona={uniendo.a}
          otra={uniendo.b}
          onCerrar={() => setUniendo(null)}
          onHecho={(texto) => {
            setUniendo(null);
            setAviso({ texto, tipo: 'success' });
          }}
        />
      )}
    </>
  );
}
