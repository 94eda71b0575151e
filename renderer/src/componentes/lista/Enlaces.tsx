import { Box, Button, Link } from '@mui/material';
import AddIcon from '@mui/icons-material/Add';
import type { ReactNode } from 'react';
import { Link as RouterLink } from 'react-router-dom';

/** The button above a list that opens the capture of a new record, with its keyboard shortcut, if it has one, shown in it. */
export function BotonNuevo({ a, atajo, children }: { a: string; atajo?: { texto: string; aria: string }; children: ReactNode }) {
  return (
    <Button variant="contained" startIcon={<AddIcon />} component={RouterLink} to={a} aria-keyshortcuts={atajo?.aria} endIcon={atajo && <Tecla>{atajo.texto}</Tecla>}>
      {children}
    </Button>
  );
}

/** A key as a button shows it: «F2». */
export function Tecla({ children }: { children: ReactNode }) {
  return (
    <Box component="kbd" sx={{ fontFamily: 'inherit', fontSize: 12, lineHeight: 1.4, px: 0.6, border: 1, borderColor: 'currentColor', borderRadius: 0.5, opacity: 0.85 }}>
      {children}
    </Box>
  );
}

/**
 * A list row's name as a link to its detail. The click stays on the link, so the grid's own row click does not
 * navigate a second time.
 */
export function EnlaceRegistro({ a, children }: { a: string; children: ReactNode }) {
  return (
    <Link component={RouterLink} to={a} onClick={(e) => e.stopPropagation()} sx={{ fontWeight: 600 }}>
      {children}
    </Link>
  );
}
