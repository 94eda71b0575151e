import { Autocomplete, TextField, type SxProps, type Theme } from '@mui/material';
import PersonAddIcon from '@mui/icons-material/PersonAdd';
import { useLiveQuery } from 'dexie-react-hooks';
import { useDeferredValue, useState, type Ref } from 'react';
import { Controller, type Control, type FieldValues, type Path } from 'react-hook-form';
import { consultaSuficiente, MINIMO_CARACTERES_BUSQUEDA } from '../../../../shared/domain/personas';
import { nombreCompleto, type Persona } from '../../../../shared/schemas/personas';
import { ETIQUETA_ESTATUS_SOLICITUD } from '../../../../shared/schemas/solicitudes';
import { db } from '../../db';
import { buscarPersonas, historialDePersonas, type HistorialPersona } from '../../db/repositorios/personas';
import { domicilioDe } from './textos';

type Opcion = { tipo: 'persona'; persona: Persona; historial: HistorialPersona } | { tipo: 'nueva'; consulta: string };

const MOSTRAR = 8;

/**
 * Finds the citizen by CURP or by name as they say it (any order, without accents). The first match is highlighted
 * so Enter takes it; the last option registers a new citizen with what was typed. Each match shows the person's
 * earlier requests and support, so a duplicate is spotted before it is created.
 */
export function SelectorPersona({
  onElegir,
  onNueva,
  error,
  inputRef,
  autoFocus = false,
  excepto,
  etiqueta = 'Buscar ciudadano por CURP o nombre',
  nombre,
}: {
  onElegir: (persona: Persona) => void;
  /** Without it the search only picks a persona already registered (no «Registrar ciudadano nuevo»). */
  onNueva?: (consulta: string) => void;
  error?: string;
  inputRef?: Ref<HTMLInputElement>;
  autoFocus?: boolean;
  /** A persona not to offer (the one whose record is open). */
  excepto?: string;
  etiqueta?: string;
  /** The box's name: the form's field, so a failed save finds it on screen. */
  nombre?: string;
}) {
  const [consulta, setConsulta] = useState('');
  const diferida = useDeferredValue(consulta);
  const resultado = useLiveQuery(async () => {
    const r = await buscarPersonas(db, diferida, MOSTRAR);
    const historial = await historialDePersonas(db, r.personas.map((p) => p.id));
    return { ...r, historial, consulta: diferida };
  }, [diferida]);
  const suficiente = consultaSuficiente(consulta);
  const alDia = resultado?.consulta === consulta;
  const opciones: Opcion[] =
    suficiente && alDia
      ? [
          ...resultado.personas
            .filter((persona) => persona.id !== excepto)
            .map((persona) => ({ tipo: 'persona' as const, persona, historial: resultado.historial.get(persona.id)! })),
          ...(onNueva ? [{ tipo: 'nueva' as const, consulta }] : []),
        ]
      : [];
  const ayuda =
    error ??
    (suficiente && alDia && resultado.total > resultado.personas.length
      ? `Se muestran ${resultado.personas.length} de ${resultado.masDe ? 'más de ' : ''}${resultado.total.toLocaleString('es-MX')} coincidencias; escriba más para acotar`
      : onNueva
        ? 'Escriba la CURP o el nombre y apellidos; elija a la persona si ya está registrada o regístrela como nueva con lo escrito'
        : 'Escriba la CURP o el nombre de la persona registrada');

  return (
    <Autocomplete<Opcion, false, false, false>
      options={opciones}
      value={null}
      inputValue={consulta}
      onInputChange={(_e, valor, motivo) => {
        if (motivo === 'input') setConsulta(valor);
      }}
      onChange={(_e, opcion) => {
        if (!opcion) return;
        if (opcion.tipo === 'persona') onElegir(opcion.persona);
        else onNueva?.(opcion.consulta);
        setConsulta('');
      }}
      filterOptions={(x) => x}
      slotProps={{ listbox: { sx: ESTILO_OPCIONES } }}
      getOptionLabel={(o) => (o.tipo === 'persona' ? nombreCompleto(o.persona) : o.consulta)}
      getOptionKey={(o) => (o.tipo === 'persona' ? o.persona.id : 'nueva')}
      autoHighlight
      loading={suficiente && !alDia}
      loadingText="Buscando…"
      noOptionsText={suficiente && alDia ? 'Ninguna persona registrada coincide' : `Escriba al menos ${MINIMO_CARACTERES_BUSQUEDA} letras del nombre o de la CURP`}
      renderOption={({ key, ...props }, o) => (
        <li key={key} {...props}>
          {o.tipo === 'persona' ? <OpcionPersona persona={o.persona} historial={o.historial} /> : <OpcionNueva consulta={o.consulta} />}
        </li>
      )}
      renderInput={(params) => (
        <TextField
          {...params}
          label={etiqueta}
          name={nombre}
          required
          autoFocus={autoFocus}
          inputRef={inputRef}
          error={Boolean(error)}
          helperText={ayuda}
        />
      )}
    />
  );
}

/**
 * The options are plain elements styled once by the list (`ESTILO_OPCIONES`), not one styled component per line:
 * each letter typed draws them again, and eight options of four MUI components each cost more than the search.
 */
function OpcionPersona({ persona, historial }: { persona: Persona; historial: HistorialPersona }) {
  const previas = historial.solicitudes;
  const resumen = [
    previas.length === 0
      ? 'Sin solicitudes anteriores'
      : `${previas.length} solicitud${previas.length === 1 ? '' : 'es'}: ${previas
          .slice(0, 3)
          .map((s) => `${s.folio} (${ETIQUETA_ESTATUS_SOLICITUD[s.estatus]})`)
          .join(', ')}${previas.length > 3 ? '…' : ''}`,
    `${historial.apoyos.length} apoyo${historial.apoyos.length === 1 ? '' : 's'}`,
  ].join(' · ');
  return (
    <div>
      <p className="op-nombre">
        {nombreCompleto(persona)} <span className="op-curp">{persona.curp || 'sin CURP'}</span>
      </p>
      <div className="op-domicilio">{[domicilioDe(persona), persona.telefono && `Tel. ${persona.telefono}`].filter(Boolean).join(' · ')}</div>
      <div className="op-resumen">{resumen}</div>
    </div>
  );
}

function OpcionNueva({ consulta }: { consulta: string }) {
  return (
    <div className="op-nueva">
      <PersonAddIcon fontSize="small" />
      <span>Registrar ciudadano nuevo «{consulta.trim()}»</span>
    </div>
  );
}

/** The options' look, MUI's body2 and caption typography as the lines had it: set once on the list, not on each line. */
const ESTILO_OPCIONES: SxProps<Theme> = (theme) => ({
  '& .op-nombre': { ...theme.typography.body2, fontWeight: 700, m: 0 },
  '& .op-curp': { ...theme.typography.body2 },
  '& .op-domicilio': { ...theme.typography.caption },
  '& .op-resumen': { ...theme.typography.caption },
  '& .op-nueva': { display: 'flex', alignItems: 'center', gap: 1, color: 'primary.main', ...theme.typography.body2 },
});

/** The search bound to the form's person id: its error shows under the box, and a failed save focuses it. */
export function CampoPersona<T extends FieldValues>({
  control,
  name,
  ...props
}: { control: Control<T>; name: Path<T> } & Omit<Parameters<typeof SelectorPersona>[0], 'error' | 'inputRef' | 'nombre'>) {
  return (
    <Controller
      control={control}
      name={name}
      render={({ field, fieldState }) => <SelectorPersona {...props} nombre={field.name} error={fieldState.error?.message} inputRef={field.ref} />}
    />
  );
}
