import { Box, Button, FormControlLabel, Radio, RadioGroup, Table, TableBody, TableCell, TableHead, TableRow, Typography } from '@mui/material';
import MergeIcon from '@mui/icons-material/MergeType';
import { useLiveQuery } from 'dexie-react-hooks';
import { useId, useState } from 'react';
import { CAMPOS_DATOS_PERSONA, datosUnidos, impedimentoUnion, queQuedaPorOmision } from '../../../../shared/domain/duplicadosPersonas';
import { ETIQUETA_CAMPO } from '../../../../shared/domain/cambiosBitacora';
import { fechaIsoLocal, formatearFecha } from '../../../../shared/domain/formato';
import { ETIQUETA_SEXO, nombreCompleto, type Persona } from '../../../../shared/schemas/personas';
import { db } from '../../db';
import { historialDePersonas } from '../../db/repositorios/personas';
import { unirPersonas } from '../../db/repositorios/unionPersonas';
import { MarcoDialogo } from '../MarcoDialogo';
import { SelectorPersona } from './SelectorPersona';
import { textoDeError } from '../../db/errores';

function valorCampo(p: Persona, campo: (typeof CAMPOS_DATOS_PERSONA)[number]): string {
  const v = p[campo];
  if (v === null || v === '') return '—';
  if (campo === 'sexo') return ETIQUETA_SEXO[p.sexo];
  if (campo === 'fechaNacimiento') return formatearFecha(String(v));
  return String(v);
}

const plural = (n: number, una: string, varias: string) => `${n} ${n === 1 ? una : varias}`;

/**
 * «Unir personas»: the persona of the open record and another (picked with the usual search, or given by «Posibles
 * duplicados») side by side, field by field, with the one that stays chosen (by default the one with a CURP) and what
 * it will hold once it takes the fields it lacks from the other. Confirming moves every record of the other to it.
 */
export function DialogoUnirPersonas({
  persona,
  otra: otraInicial = null,
  onCerrar,
  onHecho,
}: {
  persona: Persona;
  otra?: Persona | null;
  onCerrar: () => void;
  onHecho: (mensaje: string) => void;
}) {
  const [otra, setOtra] = useState<Persona | null>(otraInicial);
  const [conservaId, setConservaId] = useState<string | null>(otraInicial ? queQuedaPorOmision(persona, otraInicial).id : null);
  const [error, setError] = useState<string>();
  const [ocupado, setOcupado] = useState(false);
  const idTitulo = useId();
  const historial = useLiveQuery(() => historialDePersonas(db, otra ? [persona.id, otra.id] : [persona.id]), [persona.id, otra?.id]);

  const elegir = (p: Persona) => {
    setOtra(p);
    setConservaId(queQuedaPorOmision(persona, p).id);
    setError(undefined);
  };
  const conserva = otra && (conservaId === otra.id ? otra : persona);
  const quita = otra && (conservaId === otra.id ? persona : otra);
  const impedimento = conserva && quita ? impedimentoUnion(conserva, quita) : 'Elija a la persona con la que se une.';
  const unida = conserva && quita ? datosUnidos(conserva, quita) : null;

  // The two may read alike (that is why they are here): when each was registered and what it holds tell them apart.
  const registros = (p: Persona) => {
    const h = historial?.get(p.id);
    const alta = `Registrada el ${formatearFecha(fechaIsoLocal(new Date(p.createdAt)))} en la estación ${p.estacion}`;
    return h ? `${alta} · ${plural(h.solicitudes.length, 'solicitud', 'solicitudes')}, ${plural(h.apoyos.length, 'apoyo', 'apoyos')}` : alta;
  };
  const etiqueta = (p: Persona) =>
    `Se queda ${nombreCompleto(p)}${p.curp ? '' : ' (sin CURP)'}${!otraInicial && p.id === persona.id ? ', la de este registro' : ''}`;

  async function confirmar() {
    if (!conserva || !quita) return;
    setOcupado(true);
    try {
      const r = await unirPersonas(db, conserva.id, quita.id);
      const movidos = Object.values(r.movidos).reduce((a, b) => a + b, 0);
      onHecho(`Se unieron las dos personas en ${nombreCompleto(r.persona)}: ${plural(movidos, 'registro pasó', 'registros pasaron')} a ella.`);
    } catch (e) {
      setError(textoDeError(e));
      setOcupado(false);
    }
  }

  return (
    <MarcoDialogo
      titulo="Unir personas"
      idTitulo={idTitulo}
      ancho="lg"
      impedimento={impedimento}
      error={error}
      textoBoton="Unir personas"
      icono={<MergeIcon />}
      ocupado={ocupado}
      onConfirmar={() => void confirmar()}
      onCerrar={onCerrar}
    >
      <Typography variant="body2" sx={{ mb: 1.5 }}>
        Cuando la misma persona quedó registrada dos veces, sus solicitudes, apoyos y solicitudes ARCO pasan a la que se queda, que toma de la
        otra los datos que le falten. La otra se quita. Queda anotado en la bitácora y no se puede deshacer.
      </Typography>
      {!otra && (
        <Box sx={{ mb: 1.5 }}>
          <SelectorPersona onElegir={elegir} excepto={persona.id} etiqueta="Buscar a la otra persona por CURP o nombre" autoFocus />
        </Box>
      )}
      {otra && (
        <>
          <RadioGroup value={conservaId ?? ''} onChange={(e) => setConservaId(e.target.value)} aria-label="Cuál se queda">
            <Table size="small" aria-label="Las dos personas, lado a lado">
              <TableHead>
                <TableRow>
                  <TableCell sx={{ width: 170 }}>Dato</TableCell>
                  {[persona, otra].map((p) => (
                    <TableCell key={p.id}>
                      <FormControlLabel value={p.id} control={<Radio size="small" />} label={etiqueta(p)} />
                      <Typography variant="caption" color="text.secondary" component="div">
                        {registros(p)}
                      </Typography>
                    </TableCell>
                  ))}
                  <TableCell sx={{ fontWeight: 700 }}>Queda así</TableCell>
                </TableRow>
              </TableHead>
              <TableBody>
                {CAMPOS_DATOS_PERSONA.map((campo) => (
                  <TableRow key={campo}>
                    <TableCell component="th" scope="row">
                      {ETIQUETA_CAMPO[campo]}
                    </TableCell>
                    <TableCell>{valorCampo(persona, campo)}</TableCell>
                    <TableCell>{valorCampo(otra, campo)}</TableCell>
                    <TableCell sx={{ fontWeight: 700 }}>{unida ? valorCampo(unida, campo) : ''}</TableCell>
                  </TableRow>
                ))}
              </TableBody>
            </Table>
          </RadioGroup>
          {!otraInicial && (
            <Button size="small" sx={{ mt: 1 }} onClick={() => setOtra(null)}>
              Elegir a otra persona
            </Button>
          )}
        </>
      )}
    </MarcoDialogo>
  );
}
