import { Alert, Box, Button, Grid, MenuItem, TextField, Typography } from '@mui/material';
import { useState } from 'react';
import { impedimentoParaEditarMetas } from '../../../../shared/domain/estadoPoa';
import { distribuirMetaAnual } from '../../../../shared/domain/metas';
import {
  ETIQUETA_FRECUENCIA,
  ETIQUETA_REGLA,
  FRECUENCIAS,
  REGLAS_CONTEO,
  type Actividad,
  type DatosActividad,
  type Poa,
} from '../../../../shared/schemas/poa';
import { db } from '../../db';
import { guardarActividad } from '../../db/repositorios/poa';
import { useErrores } from '../../hooks/useErrores';
import { EntradaFecha } from '../../componentes/EntradaFecha';
import { MarcoDialogo } from '../../componentes/MarcoDialogo';
import { MetasPorMes } from '../../componentes/poa/MetasPorMes';
import { numeroDeTexto } from '../../componentes/formulario/numeros';
import { SumaMensual } from '../../componentes/poa/SumaMensual';

type Borrador = Omit<DatosActividad, 'numero' | 'metaAnual' | 'programado' | 'acciones'> & {
  numero: string;
  metaAnual: string;
  programado: string[];
  acciones: string;
};

function aBorrador(a: DatosActividad): Borrador {
  return {
    ...a,
    numero: String(a.numero),
    metaAnual: String(a.metaAnual),
    programado: a.programado.map(String),
    acciones: a.acciones.join('\n'),
  };
}

type ClaveCampo = Exclude<keyof Borrador, 'meses' | 'programado'>;
type ClaveFecha = 'fechaInicio' | 'fechaFin';

/** One box of the dialog: `ancho` is in twelfths of a wide screen; a box is text unless it says otherwise. */
type Campo = { etiqueta: string; ancho: number } & (
  | { tipo: 'fecha'; clave: ClaveFecha }
  | {
      tipo?: 'numero';
      clave: Exclude<ClaveCampo, ClaveFecha>;
      requerido?: boolean;
      renglones?: number;
      opciones?: { valor: string; texto: string }[];
    }
);

const opciones = <K extends string>(valores: readonly K[], etiquetas: Record<K, string>) => valores.map((valor) => ({ valor, texto: etiquetas[valor] }));

/** Every field of an activity but its months, in the order of the dialog's grid. */
const CAMPOS: Campo[] = [
  { clave: 'numero', etiqueta: 'Número', ancho: 1.5, requerido: true, tipo: 'numero' },
  { clave: 'nombre', etiqueta: 'Módulo / Proyecto General', ancho: 6.5, requerido: true },
  { clave: 'responsable', etiqueta: 'Responsable', ancho: 4, requerido: true },
  { clave: 'eje', etiqueta: 'Eje Estratégico del PMD', ancho: 4 },
  { clave: 'linea', etiqueta: 'Línea Estratégica del PMD', ancho: 4 },
  { clave: 'medioVerificacion', etiqueta: 'Medio de verificación', ancho: 4 },
  { clave: 'acciones', etiqueta: 'Lista de Acciones del PMD (una por renglón)', ancho: 6, renglones: 2 },
  { clave: 'actividadEspecifica', etiqueta: 'Actividad Específica', ancho: 6, requerido: true, renglones: 2 },
  { clave: 'unidadMedida', etiqueta: 'Unidad de medida', ancho: 2, requerido: true },
  { clave: 'metaAnual', etiqueta: 'Meta anual', ancho: 2, requerido: true, tipo: 'numero' },
  { clave: 'frecuencia', etiqueta: 'Frecuencia de reporte', ancho: 2, opciones: opciones(FRECUENCIAS, ETIQUETA_FRECUENCIA) },
  { clave: 'fechaInicio', etiqueta: 'Fecha de inicio', ancho: 2, tipo: 'fecha' },
  { clave: 'fechaFin', etiqueta: 'Fecha de fin', ancho: 2, tipo: 'fecha' },
  { clave: 'reglaConteo', etiqueta: 'Cómo se cuentan los logros', ancho: 2, opciones: opciones(REGLAS_CONTEO, ETIQUETA_REGLA) },
];

function aDatos(b: Borrador): unknown {
  return {
    ...b,
    numero: numeroDeTexto(b.numero),
    metaAnual: numeroDeTexto(b.metaAnual),
    programado: b.programado.map(numeroDeTexto),
    acciones: b.acciones.split('\n').map((x) => x.trim()).filter(Boolean),
  };
}

export function nuevaActividadVacia(numeroSiguiente: number): DatosActividad {
  const meses = Array.from({ length: 12 }, () => true);
  return {
    numero: numeroSiguiente,
    nombre: '',
    eje: '',
    linea: '',
    acciones: [],
    actividadEspecifica: '',
    responsable: '',
    unidadMedida: '',
    metaAnual: 12,
    meses,
    frecuencia: 'mensual',
    fechaInicio: null,
    fechaFin: null,
    medioVerificacion: '',
    programado: distribuirMetaAnual(12, meses),
    reglaConteo: 'ninguna',
  };
}

/** Why the goal fields are read-only for this POA, in the head's words; null for a borrador. */
function avisoMetas(poa: Poa): string | null {
  const impedimento = impedimentoParaEditarMetas(poa);
  if (!impedimento) return null;
  return poa.estado === 'autorizado' ? `${impedimento}, desde el cronograma. Aquí se corrigen los datos descriptivos.` : `${impedimento}.`;
}

/**
 * Adds or edits an activity. A borrador's goals are edited here; an authorized POA's goals are only shown (they change
 * by reconducción) and a closed POA's activity is only shown. The número of an existing activity is its identity.
 */
export function DialogoActividad({
  poa,
  actividad,
  inicial,
  onCerrar,
}: {
  poa: Poa;
  actividad: Actividad | null;
  inicial: DatosActividad;
  onCerrar: () => void;
}) {
  const [b, setB] = useState<Borrador>(() => aBorrador(inicial));
  const { errores, setErrores, guardar, campo } = useErrores();
  const soloLectura = poa.estado === 'cerrado';
  const aviso = avisoMetas(poa);
  const metasFijas = aviso !== null;
  // The número of an existing activity is its identity; the goals are fixed once the POA is authorized.
  const fijo = (clave: ClaveCampo) => soloLectura || (clave === 'numero' && actividad !== null) || (clave === 'metaAnual' && metasFijas);
  const ayuda = (clave: ClaveCampo) => errores[clave] ?? (clave === 'numero' && actividad ? 'Identifica a la actividad' : ' ');

  function caja(c: Campo) {
    if (c.tipo === 'fecha') {
      return (
        <EntradaFecha label={c.etiqueta} value={b[c.clave] ?? ''} disabled={fijo(c.clave)} onChange={(v) => setB({ ...b, [c.clave]: v || null })} {...campo(c.clave)} />
      );
    }
    return (
      <TextField
        label={c.etiqueta}
        required={c.requerido}
        type={c.tipo === 'numero' ? 'number' : undefined}
        select={Boolean(c.opciones)}
        multiline={Boolean(c.renglones)}
        minRows={c.renglones}
        value={b[c.clave]}
        disabled={fijo(c.clave)}
        onChange={(e) => setB({ ...b, [c.clave]: e.target.value })}
        error={Boolean(errores[c.clave])}
        helperText={ayuda(c.clave)}
      >
        {c.opciones?.map((o) => (
          <MenuItem key={o.valor} value={o.valor}>
            {o.texto}
          </MenuItem>
        ))}
      </TextField>
    );
  }

  function cambiarMes(i: number, valor: string) {
    const programado = [...b.programado];
    programado[i] = valor;
    setB({ ...b, programado });
  }
  function marcarMes(i: number, marcado: boolean) {
    const meses = [...b.meses];
    meses[i] = marcado;
    const programado = [...b.programado];
    if (!marcado) programado[i] = '0';
    setB({ ...b, meses, programado });
  }
  function repartir() {
    const metaEscrita = numeroDeTexto(b.metaAnual);
    if (!Number.isInteger(metaEscrita) || metaEscrita < 0) {
      setErrores({ metaAnual: 'Escriba la meta anual como un número entero de 0 o más antes de repartirla' });
      return;
    }
    setErrores({});
    setB({ ...b, programado: distribuirMetaAnual(metaEscrita, b.meses).map(String) });
  }
  async function alGuardar() {
    const ok = await guardar(() => guardarActividad(db, poa.id, actividad?.id ?? null, aDatos(b)));
    if (ok) onCerrar();
  }

  return (
    <MarcoDialogo
      titulo={!actividad ? 'Nueva actividad' : soloLectura ? `Actividad ${actividad.numero}` : `Editar actividad ${actividad.numero}`}
      ancho="lg"
      error={errores._}
      textoBoton="Guardar actividad"
      soloLectura={soloLectura}
      onConfirmar={alGuardar}
      onCerrar={onCerrar}
    >
      {aviso && (
        <Alert severity="info" sx={{ mb: 2 }}>
          {aviso}
        </Alert>
      )}
      <Grid container spacing={1.5}>
        {CAMPOS.map((c) => (
          <Grid key={c.clave} size={{ xs: 12, md: c.ancho }}>
            {caja(c)}
          </Grid>
        ))}
      </Grid>

      <Box sx={{ display: 'flex', alignItems: 'center', gap: 2, mt: 1, mb: 1 }}>
        <Typography variant="subtitle1" component="h3">
          Cronograma y meta programada por mes
        </Typography>
        <Button size="small" onClick={repartir} disabled={metasFijas}>
          Repartir la meta anual en los meses marcados
        </Button>
      </Box>
      <MetasPorMes
        disposicion="renglon"
        programado={b.programado}
        onCambiar={cambiarMes}
        marcas={{ meses: b.meses, onMarcar: marcarMes }}
        bloqueado={() => metasFijas}
        ayuda={(i) => campo(`programado.${i}`)}
      />
      <SumaMensual programado={b.programado} metaAnual={Number(b.metaAnual) || 0} />
      {errores.programado && (
        <Alert severity="error" sx={{ mt: 1 }}>
          {errores.programado}
        </Alert>
      )}
    </MarcoDialogo>
  );
}
