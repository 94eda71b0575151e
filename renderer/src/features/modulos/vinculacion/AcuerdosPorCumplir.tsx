import { Box, FormControlLabel, Grid, Switch, Typography } from '@mui/material';
import TaskAltIcon from '@mui/icons-material/TaskAlt';
import type { GridColDef } from '@mui/x-data-grid';
import { useLiveQuery } from 'dexie-react-hooks';
import { useMemo, useState } from 'react';
import { fechaIsoLocal, formatearFecha } from '../../../../../shared/domain/formato';
import { ESTATUS_ACUERDO, type Acuerdo } from '../../../../../shared/schemas/modulos';
import { db } from '../../../db';
import { listarAcuerdosPorCumplir, type FilaAcuerdoPorCumplir } from '../../../db/repositorios/vinculacion';
import { BotonConPermiso } from '../../../componentes/ConPermiso';
import { BarraFiltros, FiltroSelect } from '../../../componentes/lista/BarraFiltros';
import { EnlaceRegistro } from '../../../componentes/lista/Enlaces';
import { coincide } from '../../../componentes/lista/filtros';
import { TablaRegistros } from '../../../componentes/lista/TablaRegistros';
import { columnaTextoLargo } from '../../../componentes/lista/TextoLargo';
import { columnaEstatus, columnaFecha } from '../comun/columnas';
import { EtiquetaAcuerdo } from '../comun/Etiquetas';
import { EncabezadoModulo } from '../comun/Pestanas';
import { MODULO_VINCULACION } from '../modulos';
import { DialogoAcuerdo } from './DialogoAcuerdo';

const rutaMesa = (f: FilaAcuerdoPorCumplir) => `/vinculacion/mesas/${f.mesa.id}`;

/** «1 vencido», «3 responsables». */
const enNumero = (n: number, singular: string, plural: string) => `${n.toLocaleString('es-MX')} ${n === 1 ? singular : plural}`;

/** The acuerdo as stored, without what the list adds to it. */
function acuerdoDe({ mesa: _mesa, plazo: _plazo, ...acuerdo }: FilaAcuerdoPorCumplir): Acuerdo {
  return acuerdo;
}

/** The columns fit the grid at 1366 px: the acuerdo, the responsable and the mesa's tema wrap, and the row grows. */
function columnas(cumplir: (f: FilaAcuerdoPorCumplir) => void): GridColDef<FilaAcuerdoPorCumplir>[] {
  return [
    columnaTextoLargo('responsable', 'Responsable', 135),
    columnaTextoLargo('texto', 'Acuerdo', { flex: 1, minWidth: 190 }),
    {
      field: 'mesa',
      headerName: 'Mesa',
      width: 170,
      valueGetter: (_v, row) => row.mesa.tema,
      renderCell: ({ row }) => (
        <Box sx={{ py: 0.75, lineHeight: 1.35, whiteSpace: 'normal', overflowWrap: 'anywhere' }}>
          <EnlaceRegistro a={rutaMesa(row)}>{row.mesa.tema}</EnlaceRegistro>
          <Typography variant="caption" color="text.secondary" component="div">
            {formatearFecha(row.mesa.fecha)}
          </Typography>
        </Box>
      ),
    },
    columnaFecha('fechaCompromiso', 'Compromiso', 105),
    {
      field: 'plazo',
      headerName: 'Plazo',
      width: 160,
      // The most overdue first; those without a date last.
      valueGetter: (_v, row) => row.plazo.dias ?? Number.MAX_SAFE_INTEGER,
      renderCell: ({ row }) => (
        <Typography variant="body2" sx={row.plazo.vencido ? { color: 'error.main', fontWeight: 700 } : { color: row.plazo.dias === null ? 'text.secondary' : 'text.primary' }}>
          {row.plazo.texto}
        </Typography>
      ),
    },
    columnaEstatus(100, (f) => <EtiquetaAcuerdo estatus={f.estatus} />, ESTATUS_ACUERDO),
    {
      field: 'acciones',
      headerName: 'Acción',
      width: 180,
      sortable: false,
      renderCell: ({ row }) => (
        <BotonConPermiso
          accion="editar-registros"
          size="small"
          variant="outlined"
          color="success"
          startIcon={<TaskAltIcon />}
          aria-label={`Marcar como cumplido el acuerdo «${row.texto}»`}
          onClick={(e) => {
            e.stopPropagation();
            cumplir(row);
          }}
          // Enter and Space press the button, not the row (which opens the mesa).
          onKeyDown={(e) => {
            if (e.key === 'Enter' || e.key === ' ') e.stopPropagation();
          }}
          sx={{ whiteSpace: 'nowrap' }}
        >
          Marcar cumplido
        </BotonConPermiso>
      ),
    },
  ];
}

/**
 * «Acuerdos por cumplir»: every acuerdo not cumplido of every mesa, by responsable and then by fecha compromiso, with
 * how long it has been overdue or how long it has left. Each is marked cumplido here, with the mesa's own dialog.
 */
export function AcuerdosPorCumplir() {
  const hoy = fechaIsoLocal(new Date());
  const filas = useLiveQuery(() => listarAcuerdosPorCumplir(db, hoy), [hoy]);
  const [texto, setTexto] = useState('');
  const [responsable, setResponsable] = useState('');
  const [soloVencidos, setSoloVencidos] = useState(false);
  const [cumpliendo, setCumpliendo] = useState<FilaAcuerdoPorCumplir | null>(null);
  const todas = useMemo(() => filas ?? [], [filas]);
  const responsables = useMemo(() => [...new Set(todas.map((f) => f.responsable))].map((r) => ({ valor: r, texto: r })), [todas]);
  const visibles = useMemo(
    () => todas.filter((f) => (!responsable || f.responsable === responsable) && (!soloVencidos || f.plazo.vencido) && coincide(texto, f.texto, f.responsable, f.mesa.tema)),
    [todas, texto, responsable, soloVencidos],
  );
  const columnasLista = useMemo(() => columnas(setCumpliendo), []);
  const limpiar = () => {
    setTexto('');
    setResponsable('');
    setSoloVencidos(false);
  };
  const vencidos = visibles.filter((f) => f.plazo.vencido).length;
  const aCargo = new Set(visibles.map((f) => f.responsable)).size;
  return (
    <>
      <EncabezadoModulo modulo={MODULO_VINCULACION} />
      <BarraFiltros
        etiqueta="Filtros de acuerdos por cumplir"
        textoBusqueda="Buscar por acuerdo, responsable o mesa"
        busqueda={texto}
        anchoBusqueda={3.5}
        alBuscar={setTexto}
        mostradas={visibles.length}
        total={todas.length}
        nombres={['acuerdo', 'acuerdos']}
        resumen={visibles.length ? `${enNumero(vencidos, 'vencido', 'vencidos')} · ${enNumero(aCargo, 'responsable', 'responsables')}` : undefined}
        limpiar={limpiar}
      >
        <FiltroSelect etiqueta="Responsable" valor={responsable} alCambiar={setResponsable} opciones={responsables} ancho={2.5} />
        <Grid size={2}>
          <FormControlLabel control={<Switch checked={soloVencidos} onChange={(e) => setSoloVencidos(e.target.checked)} />} label="Sólo vencidos" />
        </Grid>
      </BarraFiltros>
      <TablaRegistros<FilaAcuerdoPorCumplir>
        etiqueta="Acuerdos por cumplir"
        filas={filas === undefined ? undefined : visibles}
        columnas={columnasLista}
        ruta={rutaMesa}
        alturaSegunTexto
        vacia={{
          texto: 'No hay acuerdos pendientes.',
          filtrada: todas.length > 0 && { texto: 'Ningún acuerdo por cumplir coincide con la búsqueda y los filtros.', limpiar },
        }}
      />
      {cumpliendo && <DialogoAcuerdo mesaId={cumpliendo.mesa.id} acuerdo={acuerdoDe(cumpliendo)} cumplir onCerrar={() => setCumpliendo(null)} />}
    </>
  );
}
