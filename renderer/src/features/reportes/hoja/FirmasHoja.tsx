import type { Configuracion } from '../../../../../shared/schemas/sistema';

const ROLES = [
  { clave: 'elaboro', rol: 'Elaboró' },
  { clave: 'reviso', rol: 'Revisó' },
  { clave: 'autorizo', rol: 'Autorizó' },
] as const;

/** Three signature blocks with the names and posts from the settings, a line to sign over each name. */
export function FirmasHoja({ configuracion }: { configuracion: Pick<Configuracion, 'elaboro' | 'reviso' | 'autorizo'> }) {
  return (
    <table className="hp-firmas" aria-label="Firmas">
      <tbody>
        <tr>
          {ROLES.map(({ clave, rol }) => (
            <td key={clave} className="rol">
              {rol}
            </td>
          ))}
        </tr>
        <tr>
          {ROLES.map(({ clave }) => (
            <td key={clave}>
              <div className="linea">{configuracion[clave].nombre || '\u00a0'}</div>
              <div className="cargo">{configuracion[clave].cargo || '\u00a0'}</div>
            </td>
          ))}
        </tr>
      </tbody>
    </table>
  );
}
