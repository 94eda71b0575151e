import { Alert, Box, Button, CircularProgress, Grid, Stack, Step, StepLabel, Stepper, TextField, Typography } from '@mui/material';
import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { avisoIntegral, avisoSimplificado, camposPendientesAviso, ETIQUETA_CAMPO_AVISO, PLANTILLA_AVISO_INTEGRAL, PLANTILLA_AVISO_SIMPLIFICADO, type CampoAviso, type DatosAviso } from '../../../../shared/domain/avisoPrivacidad';
import { fechaIsoLocal } from '../../../../shared/domain/formato';
import { LONGITUD_MINIMA_CONTRASENA } from '../../../../shared/seguridad/contrasenas';
import { CAMPOS_PASO_PRIMER_ARRANQUE, ROLES_FIRMA, type RolFirma } from '../../../../shared/schemas/primerArranque';
import type { Configuracion } from '../../../../shared/schemas/sistema';
import { db } from '../../db';
import { textoDeError, erroresParaFormulario } from '../../db/errores';
import { obtenerConfiguracion } from '../../db/repositorios/configuracion';
import { completarPrimerArranque, validarPrimerArranque } from '../../db/repositorios/primerArranque';
import { useErrores } from '../../hooks/useErrores';
import { erroresDe } from '../../componentes/formulario/validacion';
import { MarcoAcceso } from './MarcoAcceso';

const PASOS = ['Municipio', 'Esta PC', 'Firmantes', 'Aviso de privacidad', 'Administrador'] as const;
const LIMITE_AVISO = 3000;

/** What the municipality fills into the aviso's templates, besides its name and the date of today. */
const CAMPOS_AVISO: readonly CampoAviso[] = ['domicilio', 'normativaMunicipal', 'domicilioTransparencia', 'contactoTransparencia', 'autoridadGarante', 'sitioWeb'];

interface Valores {
  municipio: string;
  logoDataUrl: string | null;
  estacion: string;
  elaboro: { nombre: string; cargo: string };
  reviso: { nombre: string; cargo: string };
  autorizo: { nombre: string; cargo: string };
  avisoPrivacidad: string;
  avisoIntegral: string;
  administrador: { nombre: string; cargo: string; usuario: string; contrasena: string; confirmacion: string };
}

function iniciales(c: Configuracion): Valores {
  return {
    municipio: c.municipio,
    logoDataUrl: c.logoDataUrl,
    estacion: c.estacion,
    elaboro: { ...c.elaboro },
    reviso: { ...c.reviso },
    autorizo: { ...c.autorizo },
    avisoPrivacidad: '',
    avisoIntegral: c.avisoIntegral,
    administrador: { nombre: '', cargo: '', usuario: '', contrasena: '', confirmacion: '' },
  };
}

/** The step an error key belongs to ('elaboro.nombre' → the signers' step). */
function pasoDe(clave: string): number {
  const raiz = clave.split('.')[0];
  const i = CAMPOS_PASO_PRIMER_ARRANQUE.findIndex((campos) => (campos as readonly string[]).includes(raiz));
  return i === -1 ? PASOS.length - 1 : i;
}

/**
 * The first start of the app on a PC (no account yet): instead of the POA, the setup asks step by step for what the
 * acuse, the monthly sheet and the bitácora need, and the first administrator's account. Nothing is saved until the
 * last step; then everything is written at once and the administrator is signed in.
 */
export function ConfiguracionInicial() {
  const configuracion = useLiveQuery(() => obtenerConfiguracion(db), []);
  if (!configuracion) return <CircularProgress aria-label="Cargando" />;
  return <Pasos inicial={configuracion} />;
}

function Pasos({ inicial }: { inicial: Configuracion }) {
  const [paso, setPaso] = useState(0);
  const [v, setV] = useState<Valores>(() => iniciales(inicial));
  const [datosAviso, setDatosAviso] = useState<Partial<DatosAviso>>({});
  // Until someone edits an aviso by hand, it is rewritten from the template as the data above it change.
  const [editados, setEditados] = useState({ simplificado: false, integral: inicial.avisoIntegral !== '' });
  const [guardando, setGuardando] = useState(false);
  const { errores, setErrores, campo } = useErrores();

  const datosCompletos: Partial<DatosAviso> = { ...datosAviso, municipio: v.municipio, fechaActualizacion: fechaIsoLocal(new Date()) };
  const simplificado = editados.simplificado ? v.avisoPrivacidad : avisoSimplificado(datosCompletos);
  const integral = editados.integral ? v.avisoIntegral : avisoIntegral(datosCompletos);
  const datos = { ...v, avisoPrivacidad: simplificado, avisoIntegral: integral };

  const texto = (clave: 'municipio' | 'estacion') => ({
    value: v[clave],
    onChange: (e: React.ChangeEvent<HTMLInputElement>) => setV({ ...v, [clave]: clave === 'estacion' ? e.target.value.toUpperCase() : e.target.value }),
    ...campo(clave),
  });
  const firmante = (quien: RolFirma, parte: 'nombre' | 'cargo') => ({
    value: v[quien][parte],
    onChange: (e: React.ChangeEvent<HTMLInputElement>) => setV({ ...v, [quien]: { ...v[quien], [parte]: e.target.value } }),
    ...campo(`${quien}.${parte}`),
  });
  const administrador = (parte: keyof Valores['administrador']) => ({
    value: v.administrador[parte],
    onChange: (e: React.ChangeEvent<HTMLInputElement>) => setV({ ...v, administrador: { ...v.administrador, [parte]: e.target.value } }),
    ...campo(`administrador.${parte}`),
  });

  function cargarLogo(e: React.ChangeEvent<HTMLInputElement>) {
    const archivo = e.target.files?.[0];
    if (!archivo) return;
    const lector = new FileReader();
    lector.onload = () => setV((actual) => ({ ...actual, logoDataUrl: String(lector.result) }));
    lector.readAsDataURL(archivo);
  }

  function erroresDelPaso(i: number): Record<string, string> {
    const todos = erroresDe(() => validarPrimerArranque(datos));
    return Object.fromEntries(Object.entries(todos).filter(([clave]) => pasoDe(clave) === i));
  }

  function siguiente() {
    const delPaso = erroresDelPaso(paso);
    setErrores(delPaso);
    if (Object.keys(delPaso).length === 0) setPaso(paso + 1);
  }

  async function terminar(e: React.FormEvent) {
    e.preventDefault();
    if (paso < PASOS.length - 1) {
      siguiente();
      return;
    }
    setGuardando(true);
    try {
      await completarPrimerArranque(db, datos);
    } catch (error) {
      const recibidos = erroresParaFormulario(error) ?? { _: `No se pudo guardar: ${textoDeError(error)}` };
      setErrores(recibidos);
      // What saving refused may belong to an earlier step: go back to the first one with an error.
      setPaso(Math.min(paso, ...Object.keys(recibidos).filter((c) => c !== '_').map(pasoDe)));
      setGuardando(false);
    }
  }

  return (
    <MarcoAcceso
      titulo="Configuración inicial"
      subtitulo="Es la primera vez que se abre la aplicación en esta PC. Complete estos pasos; al terminar, entrará con la cuenta de administrador que cree."
      ancho={860}
    >
      <Stepper activeStep={paso} alternativeLabel sx={{ mb: 3 }}>
        {PASOS.map((p) => (
          <Step key={p}>
            <StepLabel>{p}</StepLabel>
          </Step>
        ))}
      </Stepper>
      <Box component="form" onSubmit={terminar} noValidate aria-label="Configuración inicial">
        <Typography variant="h6" component="h2" gutterBottom>
          {`Paso ${paso + 1} de ${PASOS.length}: ${PASOS[paso]}`}
        </Typography>
        {paso === 0 && (
          <Stack spacing={2}>
            <Typography variant="body2" color="text.secondary">
              El nombre y el logo salen en el acuse de cada solicitud, en las hojas mensuales y en el libro del POA.
            </Typography>
            <TextField label="Municipio" required autoFocus {...texto('municipio')} />
            <Box>
              <Button component="label" variant="outlined">
                {v.logoDataUrl ? 'Cambiar logo' : 'Cargar logo del municipio (opcional)'}
                <input hidden type="file" accept="image/png,image/jpeg" aria-label="Archivo del logo" onChange={cargarLogo} />
              </Button>
              {v.logoDataUrl && <img src={v.logoDataUrl} alt="Logo del municipio" style={{ height: 48, marginLeft: 12, verticalAlign: 'middle' }} />}
            </Box>
          </Stack>
        )}
        {paso === 1 && (
          <Stack spacing={2}>
            <Typography variant="body2" color="text.secondary">
              Cada PC de la oficina lleva su propia clave (V1, V2, …): va en el folio de las solicitudes que se capturan aquí y separa la
              bitácora de cada PC. No use la clave de otra PC.
            </Typography>
            <TextField label="Clave de estación de esta PC" required autoFocus sx={{ maxWidth: 280 }} {...texto('estacion')} />
          </Stack>
        )}
        {paso === 2 && (
          <>
            <Typography variant="body2" color="text.secondary" sx={{ mb: 2 }}>
              Quienes firman las hojas mensuales y trimestrales. Se pueden cambiar después en Configuración → General.
            </Typography>
            <Grid container spacing={2}>
              {(Object.keys(ROLES_FIRMA) as RolFirma[]).map((quien, i) => (
                <Grid key={quien} size={{ xs: 12, md: 4 }}>
                  <Typography variant="subtitle2" gutterBottom>
                    {ROLES_FIRMA[quien]}
                  </Typography>
                  <TextField label={`Nombre (${ROLES_FIRMA[quien]})`} required autoFocus={i === 0} {...firmante(quien, 'nombre')} />
                  <TextField label={`Cargo (${ROLES_FIRMA[quien]})`} required {...firmante(quien, 'cargo')} />
                </Grid>
              ))}
            </Grid>
          </>
        )}
        {paso === 3 && (
          <PasoAviso
            datos={datosAviso}
            onDatos={setDatosAviso}
            simplificado={simplificado}
            integral={integral}
            onSimplificado={(t) => {
              setEditados({ ...editados, simplificado: true });
              setV({ ...v, avisoPrivacidad: t });
            }}
            onIntegral={(t) => {
              setEditados({ ...editados, integral: true });
              setV({ ...v, avisoIntegral: t });
            }}
            campo={campo}
          />
        )}
        {paso === 4 && (
          <Stack spacing={1}>
            <Typography variant="body2" color="text.secondary" sx={{ mb: 2 }}>
              La primera cuenta es de administrador: podrá crear las cuentas del personal, cambiar la configuración y restaurar respaldos.
              La contraseña debe tener al menos {LONGITUD_MINIMA_CONTRASENA} caracteres y no se puede recuperar: si se olvida, otro
              administrador la restablece.
            </Typography>
            <Grid container spacing={2}>
              <Grid size={{ xs: 12, md: 6 }}>
                <TextField label="Nombre completo" required autoFocus autoComplete="name" {...administrador('nombre')} />
              </Grid>
              <Grid size={{ xs: 12, md: 6 }}>
                <TextField label="Cargo" required {...administrador('cargo')} />
              </Grid>
              <Grid size={{ xs: 12, md: 4 }}>
                <TextField
                  label="Usuario"
                  required
                  autoComplete="username"
                  slotProps={{ htmlInput: { autoCapitalize: 'none', spellCheck: false } }}
                  {...administrador('usuario')}
                />
              </Grid>
              <Grid size={{ xs: 12, md: 4 }}>
                <TextField label="Contraseña" type="password" required autoComplete="new-password" {...administrador('contrasena')} />
              </Grid>
              <Grid size={{ xs: 12, md: 4 }}>
                <TextField label="Confirmar contraseña" type="password" required autoComplete="new-password" {...administrador('confirmacion')} />
              </Grid>
            </Grid>
          </Stack>
        )}
        {errores._ && (
          <Alert severity="error" sx={{ mt: 2 }}>
            {errores._}
          </Alert>
        )}
        <Stack direction="row" spacing={1} sx={{ mt: 3, justifyContent: 'flex-end' }}>
          {paso > 0 && (
            <Button
              onClick={() => {
                setErrores({});
                setPaso(paso - 1);
              }}
              disabled={guardando}
            >
              Atrás
            </Button>
          )}
          {paso < PASOS.length - 1 ? (
            <Button variant="contained" onClick={siguiente}>
              Siguiente
            </Button>
          ) : (
            <Button type="submit" variant="contained" disabled={guardando}>
              {guardando ? 'Guardando…' : 'Terminar y entrar'}
            </Button>
          )}
        </Stack>
      </Box>
    </MarcoAcceso>
  );
}

/**
 * The aviso de privacidad from the law's template: the data only the municipality knows go in the boxes above, and
 * both texts stay editable (the simplified one is printed on every acuse, up to 3,000 characters).
 */
function PasoAviso({
  datos,
  onDatos,
  simplificado,
  integral,
  onSimplificado,
  onIntegral,
  campo,
}: {
  datos: Partial<DatosAviso>;
  onDatos: (d: Partial<DatosAviso>) => void;
  simplificado: string;
  integral: string;
  onSimplificado: (texto: string) => void;
  onIntegral: (texto: string) => void;
  campo: (clave: string) => { error: boolean; helperText: string };
}) {
  const pendientes = [...new Set([...camposPendientesAviso(PLANTILLA_AVISO_INTEGRAL, datos), ...camposPendientesAviso(PLANTILLA_AVISO_SIMPLIFICADO, datos)])].filter(
    (c) => CAMPOS_AVISO.includes(c),
  );
  const errorSimplificado = campo('avisoPrivacidad');
  return (
    <Stack spacing={2}>
      <Typography variant="body2" color="text.secondary">
        El aviso simplificado se muestra al capturar y se imprime en el acuse; el integral es el que se publica en la oficina. Ambos
        salen de la plantilla con lo que pide la ley; escriba los datos del Ayuntamiento y revise los textos (se pueden corregir aquí
        y después en Configuración → General).
      </Typography>
      <Grid container spacing={2}>
        {CAMPOS_AVISO.map((c) => (
          <Grid key={c} size={12}>
            <TextField
              label={ETIQUETA_CAMPO_AVISO[c].charAt(0).toUpperCase() + ETIQUETA_CAMPO_AVISO[c].slice(1)}
              value={datos[c] ?? ''}
              onChange={(e) => onDatos({ ...datos, [c]: e.target.value })}
            />
          </Grid>
        ))}
      </Grid>
      {pendientes.length > 0 && (
        <Alert severity="info">
          Mientras falte un dato, el texto lo señala entre corchetes. Faltan: {pendientes.map((c) => ETIQUETA_CAMPO_AVISO[c]).join('; ')}.
        </Alert>
      )}
      <TextField
        label="Aviso de privacidad simplificado"
        multiline
        minRows={4}
        maxRows={10}
        value={simplificado}
        onChange={(e) => onSimplificado(e.target.value)}
        error={errorSimplificado.error || simplificado.length > LIMITE_AVISO}
        helperText={errorSimplificado.error ? errorSimplificado.helperText : `${simplificado.length.toLocaleString('es-MX')} de ${LIMITE_AVISO.toLocaleString('es-MX')} caracteres`}
      />
      <TextField label="Aviso de privacidad integral" multiline minRows={4} maxRows={12} value={integral} onChange={(e) => onIntegral(e.target.value)} {...campo('avisoIntegral')} />
    </Stack>
  );
}
