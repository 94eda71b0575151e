import { formatearFecha, formatearNumero } from '../../../../../shared/domain/formato';
import type { ReconduccionHoja } from '../../../../../shared/reportes/hoja';

const metaAnual = ({ antes, despues }: ReconduccionHoja['metaAnual']) =>
  antes === despues ? formatearNumero(despues) : `${formatearNumero(antes)} → ${formatearNumero(despues)}`;

/**
 * The reconducciones that changed a goal of the period, signed with the sheet: what changed, why, who asked for it
 * and who authorized it. With none, one line says the goals on the sheet are the authorized ones.
 */
export function ReconduccionesHoja({ reconducciones }: { reconducciones: ReconduccionHoja[] }) {
  if (reconducciones.length === 0) {
    return <p className="hp-nota hp-reconducciones">Sin reconducciones en el periodo: las metas programadas son las autorizadas.</p>;
  }
  return (
    <section className="hp-reconducciones" aria-label="Reconducciones del periodo">
      <h3>Reconducciones que cambiaron metas del periodo</h3>
      <table className="hp-tabla" aria-label="Reconducciones">
        <colgroup>
          <col style={{ width: '7mm' }} />
          <col style={{ width: '50mm' }} />
          <col style={{ width: '18mm' }} />
          <col />
          <col style={{ width: '34mm' }} />
          <col style={{ width: '34mm' }} />
          <col style={{ width: '18mm' }} />
        </colgroup>
        <thead>
          <tr>
            <th>N°</th>
            <th>Meta por mes (antes → después)</th>
            <th>Meta anual</th>
            <th>Motivo</th>
            <th>Solicitó</th>
            <th>Autorizó</th>
            <th>Fecha</th>
          </tr>
        </thead>
        <tbody>
          {reconducciones.map((r) => (
            <tr key={`${r.actividad}-${r.fecha}`}>
              <td className="centro">{r.actividad}</td>
              <td>{r.cambios}</td>
              <td className="centro">{metaAnual(r.metaAnual)}</td>
              <td>{r.motivo}</td>
              <td>{r.solicito}</td>
              <td>{r.autorizo}</td>
              <td className="centro">{formatearFecha(r.fecha)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
