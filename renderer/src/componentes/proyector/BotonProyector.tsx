import { Button, Tooltip } from '@mui/material';
import SlideshowIcon from '@mui/icons-material/Slideshow';

/**
 * Turns the projector view on and off: a toggle button (its pressed state is read aloud), with Escape as the way
 * out while it is on.
 */
export function BotonProyector({ activa, onCambiar }: { activa: boolean; onCambiar: (activa: boolean) => void }) {
  return (
    <Tooltip describeChild title={activa ? 'Volver a la vista normal (Esc)' : 'Letra grande y menos marcas, para presentar en una sala'}>
      <Button
        variant={activa ? 'contained' : 'outlined'}
        startIcon={<SlideshowIcon />}
        aria-pressed={activa}
        aria-keyshortcuts={activa ? 'Escape' : undefined}
        onClick={() => onCambiar(!activa)}
        sx={{ whiteSpace: 'nowrap' }}
      >
        Vista para proyector
      </Button>
    </Tooltip>
  );
}
