import { Alert, Box, Divider, Stack, TextField, Typography } from '@mui/material';
import LockIcon from '@mui/icons-material/Lock';
import { useState } from 'react';
import { impedimentoParaEditarMetas } from '../../../../shared/domain/estadoPoa';
import { fechaIsoLocal } from '../../../../shared/domain/formato';
import type { Actividad, Poa, Reconduccion } from '../../../../shared/schemas/poa';
import { db } from '../../db';
import { registrarReconduccion } from '../../db/repositorios/reconducciones';
import { useErrores } from '../../hooks/useErrores';
import { useConfiguracion } from '../../hooks/usePoa';
import { numeroDeTexto } from '../../componentes/formulario/numeros';
import { HistorialReconducciones, textoCambios } from './HistorialReconducciones';
import { bloqueosReconduccion } from './reconducibles';
import { MetasPorMes } from '../../componentes/poa/MetasPorMes';
import { SumaMensual } from '../../componentes/poa/SumaMensual';
import { CampoMotivo } from '../../componentes/CampoMotivo';
import { BotonConPermiso } from '../../componentes/ConPermiso';

/**
 * The goals of an authorized POA: they change only through a reconducción, signed by who asked for it and who
 * authorized it, and only in the months the rule still allows (the others are disabled, with the reason). A closed
 * POA shows its goals read-only. Below, the activity's reconducciones so far.
 */
export function PestanaReconduccion({
  poa,
  actividad,
  mes,
  mesesCerrados,
  reconducciones,
}: {
  poa: Poa;
  actividad: Actividad;
  mes: number;
  /** Index 0 = January. */
  mesesCerrados: readonly boolean[];
  /** This activity's reconducciones, oldest first. */
  reconducciones: readonly Reconduccion[];
}) {
  const [hoy] = useState(() => fechaIsoLocal(new Date()));
  const configuracion = useConfiguracion();
  const [programado, setProgramado] = useState<string[]>(() => actividad.programado.map(String));
  const [metaAnual, setMetaAnual] = useState(String(actividad.metaAnual));
  const [motivo, setMotivo] = useState('');
  const [solicito, setSolicito] = useState('');
  // The «Autorizó» signer of Configuración → General, until the user writes another name.
  const [autorizo, setAutorizo] = useState<string | null>(null);
  const [registrada, setRegistrada] = useState<Reconduccion | null>(null);
  const { errores, guardar, campo } = useErrores();
  const cerrado = poa.estado === 'cerrado';
  const bloqueos = bloqueosReconduccion(poa.anio, hoy, mesesCerrados);
  const nombreAutorizo = autorizo ?? configuracion?.autorizo.nombre ?? '';

  function cambiar(i: number, valor: string) {
    setProgramado(programado.map((v, j) => (j === i ? valor : v)));
    setRegistrada(null);
  }
  async function alRegistrar(e: React.FormEvent) {
    e.preventDefault();
    const r = await guardar(() =>
      registrarReconduccion(db, {
        actividadId: actividad.id,
        metaAnual: numeroDeTexto(metaAnual),
        programado: programado.map(numeroDeTexto),
        motivo,
        solicito,
        autorizo: nombreAutorizo,
      }),
    );
    if (r) {
      setRegistrada(r);
      setMotivo('');
      setSolicito('');
    }
  }

  /** Under a month's box: why it failed, why it is locked, or the goal it had before this change. */
  function ayudaMes(i: number): string {
    if (errores[`programado.${i}`]) return errores[`programado.${i}`];
    if (bloqueos.porMes[i]) return bloqueos.porMes[i];
    return programado[i] !== String(actividad.programado[i]) ? `Antes ${actividad.programado[i]}` : ' ';
  }

  return (
    <Stack spacing={2}>
      <Box component="form" onSubmit={alRegistrar} noValidate aria-label={`Reconducción de la actividad ${actividad.numero}`}>
        {cerrado ? (
          <Alert severity="info" icon={<LockIcon />} sx={{ mb: 1.5 }}>
            {impedimentoParaEditarMetas(poa)}.
          </Alert>
        ) : (
          <Typography variant="body2" color="text.secondary" sx={{ mb: 1.5 }}>
            El POA {poa.anio} está autorizado: sus metas programadas sólo cambian con una reconducción. Meta inicial (autorizada){' '}
            <strong>{actividad.inicial?.metaAnual ?? actividad.metaAnual}</strong>, meta vigente <strong>{actividad.metaAnual}</strong>{' '}
            {actividad.unidadMedida.toLowerCase()}.
          </Typography>
        )}
        {!cerrado && bloqueos.resumen && (
          <Alert severity="info" icon={<LockIcon />} sx={{ mb: 1.5 }}>
            {bloqueos.resumen}
          </Alert>
        )}
        <MetasPorMes
          programado={programado}
          onCambiar={cambiar}
          bloqueado={(i) => cerrado || bloqueos.porMes[i] !== null}
          ayuda={(i) => ({ error: Boolean(errores[`programado.${i}`]), helperText: ayudaMes(i) })}
          mes={mes}
          notas
        />
        {!cerrado && (
          <>
            <Stack direction="row" spacing={1.5} sx={{ alignItems: 'flex-start', mt: 1 }}>
              <TextField
                type="number"
                label="Meta anual modificada"
                value={metaAnual}
                onChange={(e) => {
                  setMetaAnual(e.target.value);
                  setRegistrada(null);
                }}
                slotProps={{ htmlInput: { min: 0 } }}
                sx={{ width: 190, flexShrink: 0 }}
                {...campo('metaAnual')}
              />
              <Box sx={{ flexGrow: 1 }}>
                <SumaMensual programado={programado} metaAnual={numeroDeTexto(metaAnual)} />
              </Box>
            </Stack>
            {errores.programado && (
              <Alert severity="error" sx={{ mt: 1 }}>
                {errores.programado}
              </Alert>
            )}
            <CampoMotivo
              label="Motivo de la reconducción"
              valor={motivo}
              alCambiar={setMotivo}
              sx={{ mt: 1.5 }}
              error={errores.motivo}
              ayuda="Por qué cambia la meta (al menos 10 caracteres)"
            />
            <Stack direction="row" spacing={1.5} sx={{ mt: 1 }}>
              <TextField label="Solicitó" value={solicito} onChange={(e) => setSolicito(e.target.value)} {...campo('solicito')} />
              <TextField label="Autorizó" value={nombreAutorizo} onChange={(e) => setAutorizo(e.target.value)} {...campo('autorizo')} />
            </Stack>
            {(errores._ || errores.actividadId) && (
              <Alert severity="error" sx={{ mt: 1 }}>
                {errores._ ?? errores.actividadId}
              </Alert>
            )}
            {registrada && (
              <Alert severity="success" sx={{ mt: 1 }}>
                Reconducción registrada: {textoCambios(registrada)}.
              </Alert>
            )}
            <Box sx={{ display: 'flex', justifyContent: 'flex-end', mt: 1 }}>
              <BotonConPermiso accion="reconducciones" type="submit" variant="contained">
                Registrar reconducción
              </BotonConPermiso>
            </Box>
          </>
        )}
      </Box>
      <Divider />
      <HistorialReconducciones reconducciones={reconducciones} />
    </Stack>
  );
}
