import { Alert, CircularProgress, Grid, MenuItem, TextField, Typography } from '@mui/material';
import AddIcon from '@mui/icons-material/Add';
import { useState } from 'react';
import { useNavigate } from 'react-router-dom';
import { MarcoDialogo } from '../../componentes/MarcoDialogo';
import { db } from '../../db';
import { crearPoa } from '../../db/repositorios/anioPoa';
import { useErrores } from '../../hooks/useErrores';
import { usePoaConActividades } from '../../hooks/usePoa';
import { numeroDeTexto } from '../formulario/numeros';
import { anioPropuesto, origenPropuesto } from './anioPoa';
import { CamposEncabezado, type CampoEncabezado } from './CamposEncabezado';
import { TablaMetasNuevoPoa } from './TablaMetasNuevoPoa';

const VACIO = 'vacio';
type Encabezado = Record<CampoEncabezado, string>;

/**
 * «Nuevo POA»: a year's POA from an earlier one (its header and activities, with the annual goals proposed and
 * editable, spread again by month) or empty (then its header is asked). It is created as a borrador, and the screen
 * moves to it.
 */
export function DialogoNuevoPoa({
  anios,
  anio,
  desde,
  onCerrar,
}: {
  /** The years that have a POA. */
  anios: readonly number[];
  /** The year to create; by default the year after the newest POA. */
  anio?: number;
  /** The year to copy (null = empty); by default the newest POA before `anio`. */
  desde?: number | null;
  onCerrar: () => void;
}) {
  const reciente = usePoaConActividades(anios.length ? Math.max(...anios) : undefined);
  if (reciente === undefined) return null;
  const anioInicial = anio ?? anioPropuesto(anios, new Date().getFullYear());
  const desdeInicial = desde === undefined ? origenPropuesto(anios, anioInicial) : desde;
  return (
    <Formulario
      anios={anios}
      anioInicial={anioInicial}
      desdeInicial={desdeInicial}
      encabezadoInicial={{ direccion: reciente?.poa.direccion ?? '', area: reciente?.poa.area ?? '', objetivoGeneral: '', objetivosEspecificos: '' }}
      onCerrar={onCerrar}
    />
  );
}

function Formulario({
  anios,
  anioInicial,
  desdeInicial,
  encabezadoInicial,
  onCerrar,
}: {
  anios: readonly number[];
  anioInicial: number;
  desdeInicial: number | null;
  encabezadoInicial: Encabezado;
  onCerrar: () => void;
}) {
  const navegar = useNavigate();
  const [anioTexto, setAnioTexto] = useState(String(anioInicial));
  const [origen, setOrigen] = useState(desdeInicial === null ? VACIO : String(desdeInicial));
  const [metas, setMetas] = useState<Record<number, string>>({});
  const [encabezado, setEncabezado] = useState<Encabezado>(encabezadoInicial);
  const { errores, setErrores, guardar, campo } = useErrores();
  // A field's message goes away as soon as it is corrected, not only at the next attempt.
  const olvidar = (clave: string) => setErrores(({ [clave]: _, ...resto }) => resto);
  const desde = origen === VACIO ? null : Number(origen);
  const datosOrigen = usePoaConActividades(desde ?? undefined);
  const anio = numeroDeTexto(anioTexto);
  const anioValido = Number.isInteger(anio) && anio >= 2000 && anio <= 2100;

  const textoEncabezado = (clave: CampoEncabezado) => ({
    value: encabezado[clave],
    onChange: (e: React.ChangeEvent<HTMLInputElement>) => {
      olvidar(`encabezado.${clave}`);
      setEncabezado({ ...encabezado, [clave]: e.target.value });
    },
    ...campo(`encabezado.${clave}`),
  });

  async function alCrear() {
    const actividades = desde !== null && datosOrigen ? datosOrigen.actividades : [];
    const datos = {
      anio,
      desde,
      metas: Object.fromEntries(actividades.map((a) => [String(a.numero), numeroDeTexto(metas[a.numero] ?? String(a.metaAnual))])),
      encabezado: desde === null ? encabezado : null,
    };
    const poa = await guardar(() => crearPoa(db, datos));
    if (!poa) return;
    onCerrar();
    navegar(`/poa?anio=${poa.anio}`);
  }

  return (
    <MarcoDialogo
      titulo="Nuevo POA"
      idTitulo="titulo-nuevo-poa"
      ancho="lg"
      error={errores._ ?? errores.encabezado}
      textoBoton={anioValido ? `Crear POA ${anio}` : 'Crear POA'}
      icono={<AddIcon />}
      onConfirmar={alCrear}
      onCerrar={onCerrar}
    >
      <Grid container spacing={2}>
        <Grid size={{ xs: 12, md: 2 }}>
          <TextField
            label="Año del POA nuevo"
            required
            type="number"
            autoFocus
            value={anioTexto}
            onChange={(e) => {
              olvidar('anio');
              setAnioTexto(e.target.value);
            }}
            {...campo('anio')}
          />
        </Grid>
        <Grid size={{ xs: 12, md: 4 }}>
          <TextField
            select
            label="Origen"
            value={origen}
            onChange={(e) => {
              setErrores({});
              setOrigen(e.target.value);
              setMetas({});
            }}
            {...campo('desde')}
          >
            {anios.map((a) => (
              <MenuItem key={a} value={String(a)}>
                A partir del POA {a}
              </MenuItem>
            ))}
            <MenuItem value={VACIO}>Vacío</MenuItem>
          </TextField>
        </Grid>
      </Grid>

      {desde === null ? (
        <>
          <Typography variant="body2" sx={{ mb: 2 }}>
            El POA nuevo empieza sin actividades: escriba su encabezado y agréguelas después en Configuración → POA y actividades.
          </Typography>
          <CamposEncabezado campo={textoEncabezado} />
        </>
      ) : datosOrigen === undefined ? (
        <CircularProgress aria-label={`Cargando el POA ${desde}`} />
      ) : datosOrigen === null ? (
        <Alert severity="error">No existe el POA {desde}.</Alert>
      ) : (
        <>
          <Typography variant="body2" sx={{ mb: 1.5 }}>
            Del POA {desde} se copian el encabezado y sus {datosOrigen.actividades.length} actividades con su alineación al PMD,
            Actividad Específica, responsable, unidad de medida, meses y frecuencia. Las metas anuales se proponen del POA {desde} y
            se pueden cambiar: cada una se reparte de nuevo entre sus meses por residuo mayor
            {anioValido ? `, y las fechas de inicio y fin pasan a ${anio}` : ''}. El POA {desde} no cambia.
          </Typography>
          <TablaMetasNuevoPoa
            origen={datosOrigen}
            anio={anioValido ? anio : null}
            metas={metas}
            onCambiarMeta={(numero, valor) => {
              olvidar(`metas.${numero}`);
              setMetas({ ...metas, [numero]: valor });
            }}
            errores={errores}
          />
        </>
      )}
      <Typography variant="body2" color="text.secondary" sx={{ mt: 2 }}>
        El POA se crea como borrador: revíselo y autorícelo en la pantalla del POA.
      </Typography>
    </MarcoDialogo>
  );
}
