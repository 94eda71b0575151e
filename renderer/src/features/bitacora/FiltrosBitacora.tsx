import { Grid } from '@mui/material';
import { ACCIONES_BITACORA, ENTIDADES_BITACORA, ETIQUETA_ACCION_BITACORA, ETIQUETA_ENTIDAD_BITACORA } from '../../../../shared/schemas/sistema';
import { EntradaFecha } from '../../componentes/EntradaFecha';
import { BarraFiltros, FiltroSelect } from '../../componentes/lista/BarraFiltros';
import { opcionesDe } from '../../componentes/lista/filtros';
import type { CuentaEnBitacora } from '../../db/repositorios/bitacora';

/** The filters as the boxes hold them: '' is "any"; dates as typed until they are real dates. */
export interface ValoresFiltros {
  cuentaId: string;
  desde: string;
  hasta: string;
  accion: string;
  entidad: string;
  texto: string;
}

export const FILTROS_VACIOS: ValoresFiltros = { cuentaId: '', desde: '', hasta: '', accion: '', entidad: '', texto: '' };

const OPCIONES_ACCION = opcionesDe(ACCIONES_BITACORA, ETIQUETA_ACCION_BITACORA).sort((a, b) => a.texto.localeCompare(b.texto, 'es-MX'));
const OPCIONES_ENTIDAD = opcionesDe(ENTIDADES_BITACORA, ETIQUETA_ENTIDAD_BITACORA).sort((a, b) => a.texto.localeCompare(b.texto, 'es-MX'));

export function FiltrosBitacora({
  valores,
  cambiar,
  errores,
  cuentas,
  total,
}: {
  valores: ValoresFiltros;
  cambiar: (cambios: Partial<ValoresFiltros>) => void;
  errores: Partial<Record<keyof ValoresFiltros, string>>;
  cuentas: readonly CuentaEnBitacora[];
  total: number;
}) {
  return (
    <BarraFiltros
      etiqueta="Filtros de la bitácora"
      busqueda={valores.texto}
      alBuscar={(texto) => cambiar({ texto })}
      textoBusqueda="Buscar en la descripción y los cambios"
      mostradas={total}
      total={total}
      nombres={['entrada', 'entradas']}
      anchoBusqueda={4}
      limpiar={() => cambiar(FILTROS_VACIOS)}
    >
      <FiltroSelect
        etiqueta="Cuenta"
        valor={valores.cuentaId}
        alCambiar={(cuentaId) => cambiar({ cuentaId })}
        opciones={cuentas.map((c) => ({ valor: c.cuentaId, texto: c.nombre }))}
        todos="Todas"
        ancho={3}
      />
      <FiltroSelect etiqueta="Acción" valor={valores.accion} alCambiar={(accion) => cambiar({ accion })} opciones={OPCIONES_ACCION} todos="Todas" ancho={3} />
      <FiltroSelect etiqueta="Tipo de registro" valor={valores.entidad} alCambiar={(entidad) => cambiar({ entidad })} opciones={OPCIONES_ENTIDAD} />
      <Grid size={2}>
        <EntradaFecha label="Desde" value={valores.desde} onChange={(desde) => cambiar({ desde })} error={!!errores.desde} helperText={errores.desde} />
      </Grid>
      <Grid size={2}>
        <EntradaFecha label="Hasta" value={valores.hasta} onChange={(hasta) => cambiar({ hasta })} error={!!errores.hasta} helperText={errores.hasta} />
      </Grid>
    </BarraFiltros>
  );
}
