import { Grid, MenuItem, TextField, Typography } from '@mui/material';
import FileDownloadIcon from '@mui/icons-material/FileDownload';
import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { EntradaFecha } from '../../../componentes/EntradaFecha';
import { MarcoDialogo } from '../../../componentes/MarcoDialogo';
import { db } from '../../../db';
import { aniosConEntregas, programasSociales } from '../../../db/repositorios/apoyos';
import { TODOS_LOS_APOYOS_TEXTO, useExportarPadron } from './useExportarPadron';

type Periodo = 'anio' | 'rango';

/**
 * «Exportar padrón de transparencia (.xlsx)»: the programa (or all the apoyos delivered) and the period, a year or a
 * range of fechas de entrega. The file carries only the law's public columns.
 */
export function DialogoPadronTransparencia({
  anioInicial,
  onCerrar,
  onExportado,
}: {
  anioInicial: string;
  onCerrar: () => void;
  /** The file was saved: the padrón closes the dialog and says where. */
  onExportado: (mensaje: string) => void;
}) {
  const anioActual = new Date().getFullYear();
  const programas = useLiveQuery(() => programasSociales(db), []);
  const anios = useLiveQuery(() => aniosConEntregas(db, anioActual), []);
  const [programaId, setProgramaId] = useState('');
  const [periodo, setPeriodo] = useState<Periodo>('anio');
  const [anio, setAnio] = useState(anioInicial || String(anioActual));
  const [desde, setDesde] = useState(`${anioActual}-01-01`);
  const [hasta, setHasta] = useState(`${anioActual}-12-31`);
  const { exportar, exportando, resultado } = useExportarPadron();
  const fecha = /^\d{4}-\d{2}-\d{2}$/;
  const impedimento =
    periodo === 'rango' && (!fecha.test(desde) || !fecha.test(hasta))
      ? 'Escriba las dos fechas del periodo (dd/mm/aaaa)'
      : periodo === 'rango' && hasta < desde
        ? 'La fecha final del periodo no puede ser anterior a la inicial'
        : null;

  async function confirmar() {
    if (impedimento) return;
    const filtro = periodo === 'anio' ? { desde: `${anio}-01-01`, hasta: `${anio}-12-31` } : { desde, hasta };
    const nombre = programaId ? (programas?.find((p) => p.id === programaId)?.nombre ?? null) : null;
    const r = await exportar({ programaId: programaId || null, ...filtro }, nombre);
    if (r.tipo === 'guardado') onExportado(r.mensaje);
  }

  return (
    <MarcoDialogo
      titulo="Exportar padrón de transparencia (.xlsx)"
      idTitulo="titulo-padron-transparencia"
      textoBoton={exportando ? 'Exportando…' : 'Exportar (.xlsx)'}
      icono={<FileDownloadIcon />}
      ocupado={exportando || programas === undefined}
      impedimento={impedimento}
      error={resultado && resultado.tipo !== 'guardado' ? resultado.mensaje : undefined}
      onConfirmar={() => void confirmar()}
      onCerrar={onCerrar}
    >
      <Typography variant="body2" color="text.secondary" sx={{ mb: 2 }}>
        Las columnas que pide la ley de transparencia: programa, nombre completo, monto o apoyo recibido, fecha de entrega,
        unidad territorial, edad y sexo. Sólo los apoyos entregados; sin CURP, domicilio, teléfono ni correo.
      </Typography>
      <Grid container spacing={2}>
        <Grid size={12}>
          <TextField select label="Programa" value={programaId} onChange={(e) => setProgramaId(e.target.value)}>
            <MenuItem value="">{TODOS_LOS_APOYOS_TEXTO}</MenuItem>
            {(programas ?? []).map((p) => (
              <MenuItem key={p.id} value={p.id}>
                {p.nombre}
              </MenuItem>
            ))}
          </TextField>
        </Grid>
        <Grid size={4}>
          <TextField select label="Periodo" value={periodo} onChange={(e) => setPeriodo(e.target.value as Periodo)}>
            <MenuItem value="anio">Año de entrega</MenuItem>
            <MenuItem value="rango">Rango de fechas de entrega</MenuItem>
          </TextField>
        </Grid>
        {periodo === 'anio' ? (
          <Grid size={4}>
            <TextField select label="Año" value={anio} onChange={(e) => setAnio(e.target.value)}>
              {(anios ?? [anioActual]).map((a) => (
                <MenuItem key={a} value={String(a)}>
                  {a}
                </MenuItem>
              ))}
            </TextField>
          </Grid>
        ) : (
          <>
            <Grid size={4}>
              <EntradaFecha label="Entregados desde" value={desde} onChange={setDesde} />
            </Grid>
            <Grid size={4}>
              <EntradaFecha label="Hasta" value={hasta} onChange={setHasta} />
            </Grid>
          </>
        )}
      </Grid>
    </MarcoDialogo>
  );
}
