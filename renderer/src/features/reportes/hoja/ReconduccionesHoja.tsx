import { formatearFecha, formatearNumero } from '../../../../../shared/domain/formato';
import type { ReconduccionHoja } from '../../../../../shared/reportes/hoja';

const metaAnual = ({ antes, despues }: ReconduccionHoja['metaAnual']) =>
  antes === despues ? `meta anual ${formatearNumero(despues)}, sin cambio` : `meta anual ${formatearNumero(antes)} → ${formatearNumero(despues)}`;

/** The sentence supplies its own full stop. */
const sinPuntoFinal = (texto: string) => texto.trim().replace(/\.+$/, '');

/**
 * The reconducciones that changed a goal of the period, signed with the sheet: what changed, why, who asked for it
 * and who authorized it. They sit beside the chart, under the justifications, so the signatures stay on the first
 * page; with none, one line says the goals on the sheet are the authorized ones.
 */
export function ReconduccionesHoja({ reconducciones }: { reconducciones: ReconduccionHoja[] }) {
  return (
    <section className="hp-reconducciones" aria-label="Reconducciones del periodo">
      <h3>Reconducciones del periodo</h3>
      {reconducciones.length === 0 ? (
        <p>Sin reconducciones en el periodo: las metas programadas son las autorizadas.</p>
      ) : (
        reconducciones.map((r) => (
          <p key={`${r.actividad}-${r.fecha}`}>
            <strong>
              Actividad {r.actividad}, {formatearFecha(r.fecha)}:
            </strong>{' '}
            {r.cambios} ({metaAnual(r.metaAnual)}). <em>Motivo:</em> {sinPuntoFinal(r.motivo)}. <em>Solicitó:</em> {r.solicito}.{' '}
            <em>Autorizó:</em> {r.autorizo}.
          </p>
        ))
      )}
    </section>
  );
}
