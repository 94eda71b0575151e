import { Button, Link } from '@mui/material';
import AddIcon from '@mui/icons-material/Add';
import type { ReactNode } from 'react';
import { Link as RouterLink } from 'react-router-dom';

/** The button above a list that opens the capture of a new record. */
export function BotonNuevo({ a, children }: { a: string; children: ReactNode }) {
  return (
    <Button variant="contained" startIcon={<AddIcon />} component={RouterLink} to={a}>
      {children}
    </Button>
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
