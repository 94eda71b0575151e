import { formatearIndice } from '../../../../../shared/domain/eficiencia';
import type { EstadoPeriodo } from '../../../../../shared/domain/enCurso';
import { formatearNumero } from '../../../../../shared/domain/formato';
import type { FilaHoja } from '../../../../../shared/reportes/hoja';
import { APARIENCIA } from '../../../componentes/semaforo';

function Semaforo({ indice, estado, meta = null }: { indice: number | null; estado: EstadoPeriodo; meta?: number | null }) {
  const a = APARIENCIA[estado];
  return (
    <td className="hp-semaforo" style={{ background: a.fondo, color: a.texto, borderLeft: `2.5pt solid ${a.fuerte}` }}>
      {indice === null ? 'No aplica' : formatearIndice(indice)}
      {indice !== null && <span>{meta === null ? a.etiqueta : `${a.etiqueta} · a la fecha ${formatearNumero(meta)}`}</span>}
    </td>
  );
}

/** The goal in force; where a reconducción changed it, the authorized one under it, as on the workbook's Metas sheet. */
function Programado({ modificado, inicial }: { modificado: number; inicial: number }) {
  if (modificado === inicial) return <td className="num">{formatearNumero(modificado)}</td>;
  return (
    <td className="num hp-reconducida">
      {formatearNumero(modificado)}
      <span>(inicial {formatearNumero(inicial)})</span>
    </td>
  );
}

const firmado = (n: number) => (n > 0 ? `+${formatearNumero(n)}` : n < 0 ? `−${formatearNumero(-n)}` : '0');

function Fila({ fila }: { fila: FilaHoja }) {
  const total = fila.actividadId === null;
  return (
    <tr className={total ? 'total' : undefined}>
      {total ? (
        <td colSpan={3}>Total POA</td>
      ) : (
        <>
          <td className="centro">{fila.numero}</td>
          <td>{fila.nombre}</td>
          <td className="centro">{fila.unidad}</td>
        </>
      )}
      <Programado modificado={fila.programado} inicial={fila.programadoInicial} />
      <td className="num">{formatearNumero(fila.logradoRegistros)}</td>
      <td className="num hp-ajuste">{firmado(fila.ajustes)}</td>
      <td className="num">
        <strong>{formatearNumero(fila.logrado)}</strong>
      </td>
      <Semaforo indice={fila.indice} estado={fila.estado} meta={fila.metaALaFecha} />
      <Programado modificado={fila.acumulado.programado} inicial={fila.acumuladoInicial} />
      <td className="num">{formatearNumero(fila.acumulado.logrado)}</td>
      <Semaforo indice={fila.acumulado.indice} estado={fila.acumulado.semaforo} />
    </tr>
  );
}

/** Per activity: the period's programmed and achieved (records and manual adjustments apart), index and semáforo, and the same cumulative. */
export function TablaAvance({ filas, total, periodo, acumulado }: { filas: FilaHoja[]; total: FilaHoja; periodo: string; acumulado: string }) {
  return (
    <table className="hp-tabla" aria-label="Avance por actividad">
      <colgroup>
        <col style={{ width: '7mm' }} />
        <col />
        <col style={{ width: '24mm' }} />
        <col style={{ width: '17mm' }} />
        <col style={{ width: '17mm' }} />
        <col style={{ width: '16mm' }} />
        <col style={{ width: '16mm' }} />
        <col style={{ width: '22mm' }} />
        <col style={{ width: '17mm' }} />
        <col style={{ width: '17mm' }} />
        <col style={{ width: '22mm' }} />
      </colgroup>
      <thead>
        <tr>
          <th rowSpan={2}>N°</th>
          <th rowSpan={2}>Actividad</th>
          <th rowSpan={2}>Unidad de medida</th>
          <th colSpan={5}>Periodo: {periodo}</th>
          <th colSpan={3}>Acumulado {acumulado}</th>
        </tr>
        <tr>
          <th>Programado</th>
          <th>Logrado de registros</th>
          <th>Ajustes manuales</th>
          <th>Logrado total</th>
          <th>Índice y semáforo</th>
          <th>Programado</th>
          <th>Logrado</th>
          <th>Índice y semáforo</th>
        </tr>
      </thead>
      <tbody>
        {filas.map((f) => (
          <Fila key={f.actividadId} fila={f} />
        ))}
        <Fila fila={total} />
      </tbody>
    </table>
  );
}
