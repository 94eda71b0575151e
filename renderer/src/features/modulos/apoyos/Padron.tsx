import { Alert, FormControlLabel, Link, Stack, Switch } from '@mui/material';
import FileDownloadIcon from '@mui/icons-material/FileDownload';
import type { GridColDef } from '@mui/x-data-grid';
import { useLiveQuery } from 'dexie-react-hooks';
import { useMemo, useState } from 'react';
import { Link as RouterLink } from 'react-router-dom';
import { formatearFecha, formatearMoneda } from '../../../../../shared/domain/formato';
import { filaPublica, type FilaPadron, type FilaPadronPublica } from '../../../../../shared/domain/padron';
import { ETIQUETA_FUENTE } from '../../../../../shared/schemas/modulos';
import { ETIQUETA_SEXO } from '../../../../../shared/schemas/personas';
import { db } from '../../../db';
import { aniosConEntregas, listarPadron, programasSociales } from '../../../db/repositorios/apoyos';
import { BotonConPermiso } from '../../../componentes/ConPermiso';
import { BarraFiltros, FiltroSelect } from '../../../componentes/lista/BarraFiltros';
import { coincide } from '../../../componentes/lista/filtros';
import { TablaRegistros } from '../../../componentes/lista/TablaRegistros';
import { columnaTextoLargo } from '../../../componentes/lista/TextoLargo';
import { EncabezadoModulo } from '../comun/Pestanas';
import { MODULO_APOYOS } from '../modulos';
import { DialogoPadronTransparencia } from './DialogoPadronTransparencia';

const sexo = (v: FilaPadronPublica['sexo']) => (v ? ETIQUETA_SEXO[v] : '');

const lugar = (f: FilaPadronPublica) => [f.colonia, f.localidad].filter(Boolean).join(', ');

/** The columns fit the grid at 1366 px: long names wrap, and the row grows to hold them. */
const COMUNES: GridColDef<FilaPadronPublica>[] = [
  { field: 'beneficiario', headerName: 'Beneficiario', flex: 1, minWidth: 150 },
  columnaTextoLargo('apoyo', 'Apoyo', 140),
  { field: 'fechaEntrega', headerName: 'Entrega', width: 92, valueFormatter: (v: string) => formatearFecha(v) },
  { ...columnaTextoLargo('colonia', 'Colonia / localidad', 150), valueGetter: (_v, row) => lugar(row) },
  { field: 'edad', headerName: 'Edad', width: 56, type: 'number' },
  { ...columnaTextoLargo('sexo', 'Sexo', 80), valueGetter: sexo },
  columnaTextoLargo('programa', 'Programa', 120),
];

/** The Programa filter's value for the apoyos given outside any programa. */
const SIN_PROGRAMA = 'sin-programa';

/**
 * The internal version: the name opens the apoyo, the street joins the colonia, and the reserved data follow; the
 * apoyo's value and source are shown from the grid's «Columnas» menu.
 */
const COMPLETAS: GridColDef<FilaPadron>[] = [
  {
    ...(COMUNES[0] as GridColDef<FilaPadron>),
    renderCell: ({ row }) => (
      <Link component={RouterLink} to={`/apoyos/${row.id}`} onClick={(e) => e.stopPropagation()} sx={{ fontWeight: 600 }}>
        {row.beneficiario}
      </Link>
    ),
  },
  ...(COMUNES.slice(1, 3) as GridColDef<FilaPadron>[]),
  { ...columnaTextoLargo<FilaPadron>('domicilio', 'Domicilio', 150), valueGetter: (_v, row) => [row.domicilio, lugar(row)].filter(Boolean).join(', ') },
  ...(COMUNES.slice(4) as GridColDef<FilaPadron>[]),
  { field: 'curp', headerName: 'CURP', width: 180 },
  { field: 'telefono', headerName: 'Teléfono', width: 100 },
  { field: 'valorEstimado', headerName: 'Valor', width: 100, align: 'right', headerAlign: 'right', valueFormatter: (v: number) => formatearMoneda(v) },
  { field: 'fuente', headerName: 'Fuente', width: 110, valueFormatter: (v: FilaPadron['fuente']) => ETIQUETA_FUENTE[v] },
];

const OCULTAS_COMPLETAS = { valorEstimado: false, fuente: false };

/**
 * The padrón de beneficiarios: one row per apoyo delivered in the year. The public version (transparency) is built
 * from rows that never carried CURP, street or phone, so hiding a column cannot leak them.
 */
export function Padron() {
  const [anio, setAnio] = useState(String(new Date().getFullYear()));
  const [publica, setPublica] = useState(false);
  const [texto, setTexto] = useState('');
  const [programa, setPrograma] = useState('');
  const [exportar, setExportar] = useState(false);
  const [exportado, setExportado] = useState<string | null>(null);
  const filas = useLiveQuery(() => listarPadron(db, anio ? Number(anio) : null), [anio]);
  const anios = useLiveQuery(() => aniosConEntregas(db, new Date().getFullYear()), []);
  const programas = useLiveQuery(() => programasSociales(db), []);
  const visibles = useMemo(
    () =>
      (filas ?? []).filter(
        (f) =>
          (programa === '' || (programa === SIN_PROGRAMA ? f.programaId === null : f.programaId === programa)) &&
          coincide(texto, f.beneficiario, f.apoyo, f.colonia, f.localidad, f.programa, publica ? '' : f.curp),
      ),
    [filas, texto, publica, programa],
  );
  const limpiar = () => {
    setTexto('');
    setPrograma('');
  };
  const personas = new Set(visibles.map((f) => f.personaId)).size;
  const vacia = {
    texto: `Aún no hay apoyos entregados${anio ? ` en ${anio}` : ''}: cada apoyo aparece aquí al registrarse como entregado.`,
    filtrada: (filas?.length ?? 0) > 0 && { texto: 'Ningún apoyo entregado coincide con la búsqueda y los filtros.', limpiar },
  };
  return (
    <>
      <EncabezadoModulo modulo={MODULO_APOYOS} />
      <BarraFiltros
        etiqueta="Filtros del padrón"
        textoBusqueda={publica ? 'Buscar por nombre, apoyo o colonia' : 'Buscar por nombre, CURP, apoyo o colonia'}
        busqueda={texto}
        alBuscar={setTexto}
        mostradas={visibles.length}
        total={filas?.length ?? 0}
        nombres={['apoyo entregado', 'apoyos entregados']}
        resumen={`${personas} ${personas === 1 ? 'persona beneficiaria' : 'personas beneficiarias'}`}
        limpiar={limpiar}
      >
        <FiltroSelect etiqueta="Año de entrega" valor={anio} alCambiar={setAnio} opciones={(anios ?? []).map((a) => ({ valor: String(a), texto: String(a) }))} ancho={2} />
        <FiltroSelect
          etiqueta="Programa"
          valor={programa}
          alCambiar={setPrograma}
          opciones={[{ valor: SIN_PROGRAMA, texto: 'Sin programa (apoyo directo)' }, ...(programas ?? []).map((p) => ({ valor: p.id, texto: p.nombre }))]}
          ancho={3}
        />
      </BarraFiltros>
      <Stack direction="row" spacing={2} sx={{ mb: 1.5, alignItems: 'center' }}>
        <FormControlLabel control={<Switch checked={publica} onChange={(e) => setPublica(e.target.checked)} />} label="Versión pública" />
        <BotonConPermiso accion="exportar-padron-transparencia" variant="outlined" startIcon={<FileDownloadIcon />} onClick={() => setExportar(true)}>
          Exportar padrón de transparencia (.xlsx)
        </BotonConPermiso>
        {exportado && (
          <Alert severity="success" role="status" onClose={() => setExportado(null)} sx={{ py: 0, flex: 1 }}>
            {exportado}
          </Alert>
        )}
      </Stack>
      {exportar && (
        <DialogoPadronTransparencia
          anioInicial={anio}
          onCerrar={() => setExportar(false)}
          onExportado={(mensaje) => {
            setExportar(false);
            setExportado(mensaje);
          }}
        />
      )}
      {publica && (
        <Alert severity="info" sx={{ mb: 1.5 }}>
          Versión pública para transparencia: nombre, apoyo, colonia o localidad, edad, sexo y programa. No incluye CURP, domicilio ni teléfono.
        </Alert>
      )}
      {publica ? (
        <TablaRegistros<FilaPadronPublica>
          key="publica"
          etiqueta="Padrón de beneficiarios (versión pública)"
          filas={filas === undefined ? undefined : visibles.map(filaPublica)}
          columnas={COMUNES}
          alturaSegunTexto
          ruta={(f) => `/apoyos/${f.id}`}
          alto="calc(100vh - 440px)"
          vacia={vacia}
        />
      ) : (
        <TablaRegistros<FilaPadron>
          key="completa"
          etiqueta="Padrón de beneficiarios"
          filas={filas === undefined ? undefined : visibles}
          columnas={COMPLETAS}
          ocultas={OCULTAS_COMPLETAS}
          alturaSegunTexto
          alto="calc(100vh - 380px)"
          ruta={(f) => `/apoyos/${f.id}`}
          vacia={vacia}
        />
      )}
    </>
  );
}
