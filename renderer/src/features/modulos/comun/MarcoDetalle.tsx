import { Alert, Button } from '@mui/material';
import EditIcon from '@mui/icons-material/Edit';
import DeleteIcon from '@mui/icons-material/Delete';
import type { ReactNode } from 'react';
import { useNavigate } from 'react-router-dom';
import { DialogoEliminar } from '../../../componentes/detalle/DialogoEliminar';
import { EncabezadoDetalle } from '../../../componentes/detalle/EncabezadoDetalle';
import { BotonConPermiso } from '../../../componentes/ConPermiso';
import { useCuentaEnMeta } from '../../../hooks/useCuentaEnMeta';
import type { EstadoDetalle } from './useEstadoDetalle';

/**
 * A module record's detail: its title with the way back, the toolbar (status steps, Editar, Eliminar), why the last
 * step failed, the saved notice and the data. Editing swaps the data for the record's form; deleting asks why and
 * goes back to the list.
 */
export function MarcoDetalle({
  estado,
  volverA,
  volverTexto,
  titulo,
  tituloEdicion = `Editar: ${titulo}`,
  etiquetas,
  nombreAcciones,
  pasos,
  editor,
  aviso,
  eliminacion,
  children,
}: {
  estado: EstadoDetalle;
  volverA: string;
  volverTexto: string;
  titulo: string;
  tituloEdicion?: string;
  etiquetas: ReactNode;
  nombreAcciones: string;
  /** Status buttons before Editar. */
  pasos?: ReactNode;
  /** The record's form, shown while editing. */
  editor: () => ReactNode;
  aviso: ReactNode;
  eliminacion: { titulo: string; consecuencia: string; textoBoton: string; eliminar: (motivo: string) => Promise<unknown> };
  children: ReactNode;
}) {
  const navegar = useNavigate();
  if (estado.editando) {
    return (
      <>
        <EncabezadoDetalle volverA={volverA} volverTexto={volverTexto} titulo={tituloEdicion} nombreAcciones={nombreAcciones} />
        {editor()}
      </>
    );
  }
  return (
    <>
      <EncabezadoDetalle
        volverA={volverA}
        volverTexto={volverTexto}
        titulo={titulo}
        etiquetas={etiquetas}
        nombreAcciones={nombreAcciones}
        acciones={
          <>
            {pasos}
            <Button startIcon={<EditIcon />} onClick={() => estado.setEditando(true)} autoFocus={estado.recienCreado}>
              Editar
            </Button>
            <BotonConPermiso accion="eliminar-registros" color="error" startIcon={<DeleteIcon />} onClick={() => estado.setEliminando(true)}>
              Eliminar
            </BotonConPermiso>
          </>
        }
      />
      {Object.values(estado.errores).map((m) => (
        <Alert key={m} severity="error" sx={{ mb: 2 }}>
          {m}
        </Alert>
      ))}
      {aviso}
      {children}
      {estado.eliminando && <DialogoEliminar {...eliminacion} onCerrar={() => estado.setEliminando(false)} onEliminado={() => navegar(volverA)} />}
    </>
  );
}

/**
 * The status steps a record offers from its current status, as buttons; the step that drops the record (cancelar,
 * rechazar) is outlined in red.
 */
export function BotonesPaso<E extends string>({ pasos, negativo, alElegir }: { pasos: readonly { estatus: E; texto: string }[]; negativo?: E; alElegir: (estatus: E) => void }) {
  return pasos.map((p) => (
    <Button key={p.estatus} variant={p.estatus === negativo ? 'outlined' : 'contained'} color={p.estatus === negativo ? 'error' : 'secondary'} onClick={() => alElegir(p.estatus)}>
      {p.texto}
    </Button>
  ));
}

/**
 * "Registrada" right after the capture, "Cambios guardados" after an edit, and whether the record now counts for the
 * goal of its month (`cuentaEn`, its date) or what it still lacks (`sinCuenta`). A record of a year without a POA is
 * not said to count: `AvisoRegistroSinPoa` tells when it will.
 */
export function AvisoGuardado({
  estado,
  registrado,
  cuentaEn,
  sinCuenta = '.',
}: {
  estado: EstadoDetalle;
  registrado: string;
  cuentaEn: string | null | false;
  sinCuenta?: string;
}) {
  const cuenta = useCuentaEnMeta(cuentaEn);
  if ((!estado.recienCreado && !estado.guardado) || cuenta === undefined) return null;
  return (
    <Alert severity="success" sx={{ mb: 2 }}>
      {estado.guardado ? 'Cambios guardados' : registrado}
      {cuenta === null ? sinCuenta : cuenta.hayPoa ? `; cuenta para la meta de ${cuenta.mes}.` : '.'}
    </Alert>
  );
}
