import { Alert, Button, Chip, CircularProgress, Grid, Paper, Stack, TableContainer, Typography } from '@mui/material';
import PersonAddIcon from '@mui/icons-material/PersonAdd';
import EditIcon from '@mui/icons-material/Edit';
import KeyIcon from '@mui/icons-material/Key';
import BlockIcon from '@mui/icons-material/Block';
import CheckCircleIcon from '@mui/icons-material/CheckCircle';
import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { useForm, type Control, type Path } from 'react-hook-form';
import { formatearFechaHora } from '../../../../shared/domain/formato';
import { contrasenaNuevaSchema, LONGITUD_MINIMA_CONTRASENA } from '../../../../shared/seguridad/contrasenas';
import { ETIQUETA_ROL, ROLES, type Rol } from '../../../../shared/seguridad/permisos';
import { capturaCuentaSchema, edicionCuentaSchema, puedeCambiarRol, puedeDesactivar, type EdicionCuenta } from '../../../../shared/schemas/cuentas';
import { db } from '../../db';
import { validar } from '../../db/errores';
import { cambiarActivaCuenta, crearCuenta, editarCuenta, listarCuentas, restablecerContrasena, ultimosAccesos, type CuentaVisible } from '../../db/repositorios/cuentas';
import { BotonConPermiso } from '../../componentes/ConPermiso';
import { MarcoDialogo } from '../../componentes/MarcoDialogo';
import { Tabla, type ColumnaTabla } from '../../componentes/Tabla';
import { CampoOpciones, CampoTexto } from '../../componentes/formulario/campos';
import { DialogoFormulario } from '../../componentes/formulario/DialogoFormulario';
import { erroresDe, guardarFormulario, resolverCon } from '../../componentes/formulario/validacion';
import { useErrores } from '../../hooks/useErrores';
import { useSesion } from '../../hooks/useSesion';

type Dialogo =
  | { tipo: 'nueva' }
  | { tipo: 'editar'; cuenta: CuentaVisible }
  | { tipo: 'contrasena'; cuenta: CuentaVisible }
  | { tipo: 'activa'; cuenta: CuentaVisible };

const AYUDA_CONTRASENA = `Al menos ${LONGITUD_MINIMA_CONTRASENA} caracteres; no puede ser el usuario`;

/**
 * The staff accounts of this installation, managed by an administrator: who each one is, its role, whether it may
 * sign in and when it last did; a new account, its data and role, disabling or enabling it, and a new password for
 * someone who forgot theirs. The last active administrator can be neither disabled nor demoted, and the screen says
 * why before the repository would refuse it.
 */
export function ConfiguracionCuentas() {
  const cuentas = useLiveQuery(() => listarCuentas(db), []);
  const accesos = useLiveQuery(() => ultimosAccesos(db), []);
  const sesion = useSesion();
  const [dialogo, setDialogo] = useState<Dialogo | null>(null);
  const [aviso, setAviso] = useState<string | null>(null);
  if (cuentas === undefined) return <CircularProgress aria-label="Cargando las cuentas" />;
  const cerrar = () => setDialogo(null);
  const listo = (texto: string) => {
    setDialogo(null);
    setAviso(texto);
  };
  const propia = (c: CuentaVisible) => c.id === sesion?.cuentaId;

  const columnas: ColumnaTabla<CuentaVisible>[] = [
    { titulo: 'Nombre', celda: (c) => (propia(c) ? `${c.nombre} (usted)` : c.nombre) },
    { titulo: 'Cargo', celda: (c) => c.cargo },
    { titulo: 'Usuario', celda: (c) => c.usuario },
    { titulo: 'Rol', celda: (c) => ETIQUETA_ROL[c.rol] },
    {
      titulo: 'Estado',
      celda: (c) => <Chip size="small" label={c.activa ? 'Activa' : 'Desactivada'} color={c.activa ? 'success' : 'default'} variant={c.activa ? 'filled' : 'outlined'} />,
    },
    { titulo: 'Último acceso', celda: (c) => (accesos?.has(c.id) ? formatearFechaHora(accesos.get(c.id)) : 'Nunca'), sx: { whiteSpace: 'nowrap' } },
    {
      alinear: 'right',
      sx: { whiteSpace: 'nowrap' },
      celda: (c) => {
        const desactivar = c.activa ? puedeDesactivar(cuentas, c.id) : { permitido: true as const };
        return (
          <Stack direction="row" spacing={0.5} sx={{ justifyContent: 'flex-end' }} role="group" aria-label={`Acciones de la cuenta ${c.usuario}`}>
            <Button size="small" startIcon={<EditIcon />} onClick={() => setDialogo({ tipo: 'editar', cuenta: c })} aria-label={`Editar la cuenta ${c.usuario}`}>
              Editar
            </Button>
            <Button size="small" startIcon={<KeyIcon />} onClick={() => setDialogo({ tipo: 'contrasena', cuenta: c })} aria-label={`Restablecer la contraseña de ${c.usuario}`}>
              Contraseña
            </Button>
            <BotonConPermiso
              accion="gestionar-cuentas"
              impedimento={desactivar.permitido ? null : desactivar.motivo}
              size="small"
              color={c.activa ? 'error' : 'success'}
              startIcon={c.activa ? <BlockIcon /> : <CheckCircleIcon />}
              onClick={() => setDialogo({ tipo: 'activa', cuenta: c })}
              aria-label={`${c.activa ? 'Desactivar' : 'Activar'} la cuenta ${c.usuario}`}
            >
              {c.activa ? 'Desactivar' : 'Activar'}
            </BotonConPermiso>
          </Stack>
        );
      },
    },
  ];

  return (
    <Paper sx={{ p: 2 }}>
      <Stack direction="row" sx={{ alignItems: 'center', justifyContent: 'space-between', mb: 1 }}>
        <Typography variant="h6" component="h2" id="titulo-cuentas">
          Cuentas del personal
        </Typography>
        <Button variant="contained" startIcon={<PersonAddIcon />} onClick={() => setDialogo({ tipo: 'nueva' })}>
          Nueva cuenta
        </Button>
      </Stack>
      <Typography variant="body2" color="text.secondary" sx={{ mb: 2 }}>
        Cada persona entra con su propia cuenta; su rol decide qué puede hacer: capturista (captura, corrige, imprime acuses y busca), jefe
        (además elimina, cierra periodos, autoriza el POA, exporta el libro y ve la bitácora) y administrador (además administra las cuentas,
        la configuración, los catálogos y restaura respaldos). Una cuenta desactivada no puede iniciar sesión y su historial conserva su nombre.
        Las contraseñas no se pueden ver ni recuperar: si alguien olvida la suya, restablézcala.
      </Typography>
      {aviso && (
        <Alert severity="success" sx={{ mb: 2 }} onClose={() => setAviso(null)}>
          {aviso}
        </Alert>
      )}
      <TableContainer>
        <Tabla filas={cuentas} columnas={columnas} clave={(c) => c.id} etiquetadaPor="titulo-cuentas" />
      </TableContainer>
      {dialogo?.tipo === 'nueva' && <DialogoNuevaCuenta onCerrar={cerrar} onListo={(c) => listo(`Cuenta de ${c.nombre} (${c.usuario}) creada como ${ETIQUETA_ROL[c.rol].toLowerCase()}.`)} />}
      {dialogo?.tipo === 'editar' && (
        <DialogoEditarCuenta cuenta={dialogo.cuenta} cuentas={cuentas} onCerrar={cerrar} onListo={(c) => listo(`Cuenta de ${c.nombre} (${c.usuario}) guardada.`)} />
      )}
      {dialogo?.tipo === 'contrasena' && (
        <DialogoRestablecer cuenta={dialogo.cuenta} onCerrar={cerrar} onListo={() => listo(`Contraseña de ${dialogo.cuenta.nombre} (${dialogo.cuenta.usuario}) restablecida.`)} />
      )}
      {dialogo?.tipo === 'activa' && (
        <DialogoActiva
          cuenta={dialogo.cuenta}
          propia={propia(dialogo.cuenta)}
          onCerrar={cerrar}
          onListo={(c) => listo(`Cuenta de ${c.nombre} (${c.usuario}) ${c.activa ? 'activada' : 'desactivada'}.`)}
        />
      )}
    </Paper>
  );
}

/** The new password, typed twice; shared by the new account and the reset. */
function CamposContrasena<T extends { contrasena: string; confirmacion: string }>({ control }: { control: Control<T> }) {
  return (
    <Grid container columnSpacing={1.5}>
      <Grid size={6}>
        <CampoTexto control={control} name={'contrasena' as Path<T>} label="Contraseña" type="password" required autoComplete="new-password" helperText={AYUDA_CONTRASENA} />
      </Grid>
      <Grid size={6}>
        <CampoTexto control={control} name={'confirmacion' as Path<T>} label="Confirmar contraseña" type="password" required autoComplete="new-password" />
      </Grid>
    </Grid>
  );
}

interface DatosNuevaCuenta {
  nombre: string;
  cargo: string;
  usuario: string;
  rol: Rol;
  contrasena: string;
  confirmacion: string;
}

function DialogoNuevaCuenta({ onCerrar, onListo }: { onCerrar: () => void; onListo: (c: CuentaVisible) => void }) {
  const form = useForm<DatosNuevaCuenta>({
    defaultValues: { nombre: '', cargo: '', usuario: '', rol: 'capturista', contrasena: '', confirmacion: '' },
    resolver: resolverCon((v) => erroresDe(() => validar(capturaCuentaSchema, v))),
  });
  const enviar = form.handleSubmit(async (datos) => {
    let creada: CuentaVisible | undefined;
    if (await guardarFormulario(form, async () => (creada = await crearCuenta(db, datos))) && creada) onListo(creada);
  });
  return (
    <DialogoFormulario titulo="Nueva cuenta" idTitulo="titulo-nueva-cuenta" onCerrar={onCerrar} onSubmit={enviar} estado={form.formState} textoBoton="Crear cuenta">
      <Grid container columnSpacing={1.5}>
        <Grid size={12}>
          <CampoTexto control={form.control} name="nombre" label="Nombre completo" required autoFocus autoComplete="off" />
        </Grid>
        <Grid size={12}>
          <CampoTexto control={form.control} name="cargo" label="Cargo" required />
        </Grid>
        <Grid size={6}>
          <CampoTexto
            control={form.control}
            name="usuario"
            label="Usuario"
            required
            autoComplete="off"
            helperText="Minúsculas sin acentos, números y punto (ej. maria.lopez)"
            slotProps={{ htmlInput: { autoCapitalize: 'none', spellCheck: false } }}
          />
        </Grid>
        <Grid size={6}>
          <CampoOpciones control={form.control} name="rol" label="Rol" required valores={ROLES} etiquetas={ETIQUETA_ROL} />
        </Grid>
      </Grid>
      <CamposContrasena control={form.control} />
    </DialogoFormulario>
  );
}

function DialogoEditarCuenta({
  cuenta,
  cuentas,
  onCerrar,
  onListo,
}: {
  cuenta: CuentaVisible;
  cuentas: readonly CuentaVisible[];
  onCerrar: () => void;
  onListo: (c: CuentaVisible) => void;
}) {
  const form = useForm<EdicionCuenta>({
    defaultValues: { nombre: cuenta.nombre, cargo: cuenta.cargo, rol: cuenta.rol },
    resolver: resolverCon((v) => {
      const errores = erroresDe(() => validar(edicionCuentaSchema, v));
      const rol = puedeCambiarRol(cuentas, cuenta.id, v.rol);
      return !rol.permitido && !errores.rol ? { ...errores, rol: rol.motivo } : errores;
    }),
  });
  const enviar = form.handleSubmit(async (datos) => {
    let guardada: CuentaVisible | undefined;
    if (await guardarFormulario(form, async () => (guardada = await editarCuenta(db, cuenta.id, datos))) && guardada) onListo(guardada);
  });
  return (
    <DialogoFormulario
      titulo={`Editar la cuenta ${cuenta.usuario}`}
      idTitulo="titulo-editar-cuenta"
      onCerrar={onCerrar}
      onSubmit={enviar}
      estado={form.formState}
      textoBoton="Guardar cuenta"
    >
      <CampoTexto control={form.control} name="nombre" label="Nombre completo" required autoFocus />
      <CampoTexto control={form.control} name="cargo" label="Cargo" required />
      <CampoOpciones control={form.control} name="rol" label="Rol" required valores={ROLES} etiquetas={ETIQUETA_ROL} />
      <Typography variant="body2" color="text.secondary">
        El usuario no cambia: su historial en la bitácora lo sigue nombrando así.
      </Typography>
    </DialogoFormulario>
  );
}

function DialogoRestablecer({ cuenta, onCerrar, onListo }: { cuenta: CuentaVisible; onCerrar: () => void; onListo: () => void }) {
  const form = useForm<{ contrasena: string; confirmacion: string }>({
    defaultValues: { contrasena: '', confirmacion: '' },
    resolver: resolverCon((v) => erroresDe(() => validar(contrasenaNuevaSchema, { ...v, usuario: cuenta.usuario }))),
  });
  const enviar = form.handleSubmit(async (datos) => {
    if (await guardarFormulario(form, () => restablecerContrasena(db, cuenta.id, datos))) onListo();
  });
  return (
    <DialogoFormulario
      titulo={`Restablecer la contraseña de ${cuenta.nombre} (${cuenta.usuario})`}
      idTitulo="titulo-restablecer"
      onCerrar={onCerrar}
      onSubmit={enviar}
      estado={form.formState}
      textoBoton="Restablecer contraseña"
    >
      <Typography variant="body2" color="text.secondary" sx={{ mb: 2 }}>
        Escriba dos veces la contraseña nueva y désela a su dueño en persona. La anterior deja de servir y se quitan las esperas por intentos
        equivocados. La bitácora anota que se restableció, nunca cuál es.
      </Typography>
      <CamposContrasena control={form.control} />
    </DialogoFormulario>
  );
}

function DialogoActiva({ cuenta, propia, onCerrar, onListo }: { cuenta: CuentaVisible; propia: boolean; onCerrar: () => void; onListo: (c: CuentaVisible) => void }) {
  const { errores, guardar } = useErrores();
  const [ocupado, setOcupado] = useState(false);
  const activar = !cuenta.activa;
  async function confirmar() {
    setOcupado(true);
    const resultado = await guardar(() => cambiarActivaCuenta(db, cuenta.id, activar));
    setOcupado(false);
    if (resultado) onListo(resultado);
  }
  return (
    <MarcoDialogo
      titulo={`${activar ? 'Activar' : 'Desactivar'} la cuenta ${cuenta.usuario}`}
      idTitulo="titulo-activa-cuenta"
      textoBoton={activar ? 'Activar cuenta' : 'Desactivar cuenta'}
      error={errores._}
      ocupado={ocupado}
      onConfirmar={() => void confirmar()}
      onCerrar={onCerrar}
    >
      <Typography>
        {activar
          ? `${cuenta.nombre} podrá volver a iniciar sesión como ${ETIQUETA_ROL[cuenta.rol].toLowerCase()}.`
          : `${cuenta.nombre} ya no podrá iniciar sesión. Sus registros y su historial en la bitácora conservan su nombre; la cuenta se puede activar de nuevo.`}
      </Typography>
      {propia && !activar && (
        <Alert severity="warning" sx={{ mt: 1 }}>
          Es su propia cuenta: al desactivarla se cerrará su sesión.
        </Alert>
      )}
    </MarcoDialogo>
  );
}
