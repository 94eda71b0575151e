import { formatearFecha, formatearNumero } from '../../../../../shared/domain/formato';
import { NOMBRES_MES } from '../../../../../shared/domain/periodos';
import type { AjusteHoja, RegistroHoja } from '../../../../../shared/reportes/hoja';
import { ETIQUETA_TIPO_REGISTRO } from '../../../componentes/rutasRegistro';
import { TablaHoja, type ColumnaHoja } from './TablaHoja';

const firmado = (n: number) => (n > 0 ? `+${formatearNumero(n)}` : `−${formatearNumero(-n)}`);

const COLUMNAS_REGISTROS: ColumnaHoja<RegistroHoja>[] = [
  { titulo: 'N°', ancho: '12mm', clase: 'num', celda: (_r, i) => i + 1 },
  { titulo: 'Actividad', ancho: '20mm', clase: 'centro', celda: (r) => r.actividad },
  { titulo: 'Tipo de registro', ancho: '52mm', celda: (r) => ETIQUETA_TIPO_REGISTRO[r.tipo] },
  { titulo: 'Folio / nombre', celda: (r) => r.descripcion },
  { titulo: 'Fecha', ancho: '24mm', clase: 'centro', celda: (r) => formatearFecha(r.fecha) },
];

const COLUMNAS_AJUSTES: ColumnaHoja<AjusteHoja>[] = [
  { titulo: 'Actividad', ancho: '20mm', clase: 'centro', celda: (a) => a.actividad },
  { titulo: 'Mes', ancho: '24mm', celda: (a) => NOMBRES_MES[a.mes - 1] },
  { titulo: 'Cantidad', ancho: '18mm', clase: 'num', celda: (a) => firmado(a.cantidad) },
  { titulo: 'Motivo', celda: (a) => a.motivo },
  { titulo: 'Registró', ancho: '40mm', celda: (a) => a.usuario },
];

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
        <TablaHoja etiqueta="Registros del periodo" columnas={COLUMNAS_REGISTROS} filas={registros} clave={(r) => `${r.actividad}-${r.tipo}-${r.id}`} />
      )}
      <h2>Ajustes manuales del periodo</h2>
      {ajustes.length === 0 ? (
        <p className="hp-nota">No hay ajustes manuales en el periodo.</p>
      ) : (
        <TablaHoja etiqueta="Ajustes manuales del periodo" columnas={COLUMNAS_AJUSTES} filas={ajustes} clave={(_a, i) => String(i)} />
      )}
    </section>
  );
}
