import { formatearIndice } from '../../../../../shared/domain/eficiencia';
import type { FilaHoja } from '../../../../../shared/reportes/hoja';
import { mayuscula } from '../../../../../shared/reportes/justificaciones';
import { APARIENCIA } from '../../../componentes/semaforo';

/**
 * The texts the head signs for activities off target in the period, as stored for the month, bimester or quarter.
 * An off-target activity without one says so, so the missing text is seen before signing.
 */
export function JustificacionesHoja({ filas }: { filas: FilaHoja[] }) {
  const conTexto = filas.filter((f) => f.fueraDeMeta || f.justificaciones.length > 0);
  const enCurso = filas.some((f) => f.estado === 'en-curso');
  return (
    <div className="hp-justificaciones">
      <h3>Justificaciones</h3>
      {conTexto.length === 0 ? (
        <p>
          {enCurso
            ? 'El periodo está en curso: las justificaciones se piden cuando termine, para las actividades que queden fuera de meta.'
            : 'Todas las actividades con meta programada en el periodo están en meta; no se requieren justificaciones.'}
        </p>
      ) : (
        conTexto.map((f) => (
          <p key={f.actividadId ?? 'total'}>
            <strong>
              {f.actividadId === null ? 'Total POA' : `${f.numero}. ${f.nombre}`} ({formatearIndice(f.indice)},{' '}
              {APARIENCIA[f.estado].etiqueta.toLowerCase()}):
            </strong>{' '}
            {f.justificaciones.length === 0 ? (
              <span className="sin">Sin justificación registrada.</span>
            ) : (
              f.justificaciones.map((j, i) => (
                <span key={i} className="texto">
                  <em>{mayuscula(j.periodo)}:</em> {j.texto}
                </span>
              ))
            )}
          </p>
        ))
      )}
    </div>
  );
}
