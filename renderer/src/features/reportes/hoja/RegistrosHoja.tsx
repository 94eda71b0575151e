import { formatearFecha, formatearNumero } from '../../../../../shared/domain/formato';
import { NOMBRES_MES } from '../../../../../shared/domain/periodos';
import type { AjusteHoja, RegistroHoja } from '../../../../../shared/reportes/hoja';
import { ETIQUETA_TIPO_REGISTRO } from '../../../componentes/rutasRegistro';

const firmado = (n: number) => (n > 0 ? `+${formatearNumero(n)}` : `−${formatearNumero(-n)}`);

/**
 * The records behind the achieved figures, one row each (folio or name, date), and the manual adjustments with
 * their reasons. Long lists continue over pages with the header repeated and no row cut in two.
 */
export function RegistrosHoja({ registros, ajustes, periodo }: { registros: RegistroHoja[]; ajustes: AjusteHoja[]; periodo: string }) {
  return (
    <section className="hp-anexo" aria-label="Registros que sustentan las cifras">
      <h2>Anexo. Registros que sustentan las cifras — {periodo}</h2>
      <p className="hp-nota">
        {formatearNumero(registros.length)} {registros.length === 1 ? 'registro cuenta' : 'registros cuentan'} para el logrado del
        periodo, por la fecha que los hace contar. Un registro que cuenta para dos actividades aparece con cada una.
      </p>
      {registros.length > 0 && (
        <table className="hp-tabla" aria-label="Registros del periodo">
          <colgroup>
            <col style={{ width: '12mm' }} />
            <col style={{ width: '20mm' }} />
            <col style={{ width: '52mm' }} />
            <col />
            <col style={{ width: '24mm' }} />
          </colgroup>
          <thead>
            <tr>
              <th>N°</th>
              <th>Actividad</th>
              <th>Tipo de registro</th>
              <th>Folio / nombre</th>
              <th>Fecha</th>
            </tr>
          </thead>
          <tbody>
            {registros.map((r, i) => (
              <tr key={`${r.actividad}-${r.tipo}-${r.id}`}>
                <td className="num">{i + 1}</td>
                <td className="centro">{r.actividad}</td>
                <td>{ETIQUETA_TIPO_REGISTRO[r.tipo]}</td>
                <td>{r.descripcion}</td>
                <td className="centro">{formatearFecha(r.fecha)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <h2>Ajustes manuales del periodo</h2>
      {ajustes.length === 0 ? (
        <p className="hp-nota">No hay ajustes manuales en el periodo.</p>
      ) : (
        <table className="hp-tabla" aria-label="Ajustes manuales del periodo">
          <colgroup>
            <col style={{ width: '20mm' }} />
            <col style={{ width: '24mm' }} />
            <col style={{ width: '18mm' }} />
            <col />
            <col style={{ width: '40mm' }} />
          </colgroup>
          <thead>
            <tr>
              <th>Actividad</th>
              <th>Mes</th>
              <th>Cantidad</th>
              <th>Motivo</th>
              <th>Registró</th>
            </tr>
          </thead>
          <tbody>
            {ajustes.map((a, i) => (
              <tr key={i}>
                <td className="centro">{a.actividad}</td>
                <td>{NOMBRES_MES[a.mes - 1]}</td>
                <td className="num">{firmado(a.cantidad)}</td>
                <td>{a.motivo}</td>
                <td>{a.usuario}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
