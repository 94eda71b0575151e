import { Alert, Link } from '@mui/material';
import { Fragment } from 'react';
import { ETIQUETA_CAMPO } from '../../../../shared/schemas/etiquetas';
import { enOrdenDePantalla } from './validacion';

/** A field's name as the summary says it: the form's own label, else the one of the records' fields table. */
const etiquetaDe = (campo: string, propias: Readonly<Record<string, string>>) => propias[campo] ?? ETIQUETA_CAMPO[campo.split('.').at(-1)!] ?? campo;

/**
 * What a failed save left to fix, beside «Guardar»: «Revise 2 campos: CURP, Fecha de nacimiento», each name a link
 * that takes the focus to its field. Read out as soon as it appears.
 */
export function ResumenErrores({ campos, etiquetas = {}, irA }: { campos: readonly string[]; etiquetas?: Readonly<Record<string, string>>; irA: (campo: string) => void }) {
  if (campos.length === 0) return null;
  const ordenados = enOrdenDePantalla(campos);
  return (
    <Alert severity="error" role="alert" sx={{ py: 0, flexGrow: 1, minWidth: 0 }}>
      Revise {ordenados.length === 1 ? '1 campo' : `${ordenados.length} campos`}:{' '}
      {ordenados.map((campo, i) => (
        <Fragment key={campo}>
          {i > 0 && ', '}
          <Link component="button" type="button" onClick={() => irA(campo)} sx={{ verticalAlign: 'baseline', fontWeight: 600 }}>
            {etiquetaDe(campo, etiquetas)}
          </Link>
        </Fragment>
      ))}
    </Alert>
  );
}
