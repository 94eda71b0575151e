import { useState } from 'react';
import { useLocation } from 'react-router-dom';
import { useErrores } from '../../../hooks/useErrores';

/**
 * What a record's detail screen remembers: whether it was just created (the capture screen says so in the route's
 * state), whether it is being edited or deleted, and whether a change was saved, so the screen can say so.
 */
export function useEstadoDetalle() {
  const recienCreado = Boolean((useLocation().state as { recienCreado?: boolean } | null)?.recienCreado);
  const [editando, setEditando] = useState(false);
  const [guardado, setGuardado] = useState(false);
  const [eliminando, setEliminando] = useState(false);
  const { errores, guardar } = useErrores();
  return {
    recienCreado,
    editando,
    setEditando,
    guardado,
    setGuardado,
    eliminando,
    setEliminando,
    /** Why the last status step failed, shown above the data. */
    errores,
    /** What the record's form is given to edit it here; its `guardar` goes through `guardarEdicion`. */
    edicion: { editando: true, textoGuardar: 'Guardar cambios', onCancelar: () => setEditando(false) },
    /** An edit saved from the form: back to the detail, which says the changes were saved. */
    async guardarEdicion(accion: () => Promise<unknown>): Promise<void> {
      await accion();
      setEditando(false);
      setGuardado(true);
    },
    /** A status step taken from the toolbar; a failure lands in `errores` instead of being thrown. */
    async cambiar(accion: () => Promise<unknown>): Promise<void> {
      if (await guardar(accion)) setGuardado(true);
    },
  };
}

export type EstadoDetalle = ReturnType<typeof useEstadoDetalle>;
