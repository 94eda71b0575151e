import { Button, Dialog, DialogActions, DialogContent, DialogContentText, DialogTitle } from '@mui/material';
import { useEffect, useId, useState, type ReactElement } from 'react';
import { armarRegreso, protegerSalida, quitarRegreso } from '../../hooks/salidaProtegida';

/** An in-app link that would take the user off the open form (the menu, a folio in a citizen's history). */
function enlaceDeSalida(e: MouseEvent): string | null {
  if (e.defaultPrevented || e.button !== 0 || e.ctrlKey || e.metaKey || e.shiftKey || e.altKey) return null;
  const enlace = e.target instanceof Element ? e.target.closest('a[href]') : null;
  const destino = enlace?.getAttribute('href') ?? '';
  return destino.startsWith('#/') && destino !== location.hash ? destino : null;
}

/**
 * While the form holds unsaved changes (`sucio`), leaving it asks first: by the menu or any other link, by Cancelar or
 * the F2 shortcut (through `pedirSalida`), by the browser's Back (Alt+←), and closing the window. Returns the dialog
 * to render.
 */
export function useSalidaProtegida(sucio: boolean, queSePierde: string): ReactElement | null {
  const [pendiente, setPendiente] = useState<(() => void) | null>(null);

  useEffect(() => {
    if (!sucio) return;
    const soltar = protegerSalida((continuar) => setPendiente(() => () => quitarRegreso(continuar)));
    const desarmar = armarRegreso((volver) => setPendiente(() => volver));
    const alHacerClic = (e: MouseEvent) => {
      const destino = enlaceDeSalida(e);
      if (!destino) return;
      e.preventDefault();
      e.stopPropagation();
      setPendiente(() => () =>
        quitarRegreso(() => {
          location.hash = destino;
        }),
      );
    };
    const alCerrar = (e: BeforeUnloadEvent) => e.preventDefault();
    document.addEventListener('click', alHacerClic, true);
    window.addEventListener('beforeunload', alCerrar);
    return () => {
      soltar();
      desarmar();
      document.removeEventListener('click', alHacerClic, true);
      window.removeEventListener('beforeunload', alCerrar);
    };
  }, [sucio]);

  if (!pendiente) return null;
  return (
    <DialogoDescartar
      queSePierde={queSePierde}
      onSeguir={() => setPendiente(null)}
      onDescartar={() => {
        setPendiente(null);
        pendiente();
      }}
    />
  );
}

function DialogoDescartar({ queSePierde, onSeguir, onDescartar }: { queSePierde: string; onSeguir: () => void; onDescartar: () => void }) {
  const id = useId();
  return (
    <Dialog open onClose={onSeguir} aria-labelledby={id} maxWidth="xs" fullWidth>
      <DialogTitle id={id}>¿Descartar lo capturado?</DialogTitle>
      <DialogContent>
        <DialogContentText>{queSePierde} tiene datos sin guardar. Si sale ahora, se pierden.</DialogContentText>
      </DialogContent>
      <DialogActions>
        <Button color="error" onClick={onDescartar}>
          Descartar y salir
        </Button>
        <Button variant="contained" onClick={onSeguir} autoFocus>
          Seguir capturando
        </Button>
      </DialogActions>
    </Dialog>
  );
}
