import { Alert, Box, Typography } from '@mui/material';
import LockIcon from '@mui/icons-material/Lock';
import { useState } from 'react';
import { MESES, NOMBRES_MES } from '../../../../shared/domain/periodos';
import { listaDeMeses } from '../../../../shared/domain/reconduccion';
import type { Actividad } from '../../../../shared/schemas/poa';
import { db } from '../../db';
import { guardarMetasProgramadas } from '../../db/repositorios/ajustes';
import { useErrores } from '../../hooks/useErrores';
import { numeroDeTexto } from '../../componentes/formulario/numeros';
import { MetasPorMes } from '../../componentes/poa/MetasPorMes';
import { SumaMensual } from '../../componentes/poa/SumaMensual';
import { BotonConPermiso } from '../../componentes/ConPermiso';

/**
 * The activity's twelve monthly goals with the month clicked in focus: changing one month means moving its units
 * from or to another month, because the months must keep adding up to the annual goal. Closed months are read-only.
 */
export function PestanaMeta({
  actividad,
  mes,
  mesesCerrados,
}: {
  actividad: Actividad;
  mes: number;
  /** Index 0 = January. A closed month's goal and X were reported with it: they stay as they are. */
  mesesCerrados: readonly boolean[];
}) {
  const [meses, setMeses] = useState<boolean[]>(() => [...actividad.meses]);
  const [programado, setProgramado] = useState<string[]>(() => actividad.programado.map(String));
  const [guardado, setGuardado] = useState(false);
  const { errores, guardar, campo } = useErrores();
  const cerrados = MESES.filter((m) => mesesCerrados[m - 1]);

  function cambiar(i: number, valor: string) {
    const nuevo = [...programado];
    nuevo[i] = valor;
    setProgramado(nuevo);
    setGuardado(false);
  }
  function marcar(i: number, marcado: boolean) {
    const nuevos = [...meses];
    nuevos[i] = marcado;
    setMeses(nuevos);
    if (!marcado) cambiar(i, '0');
    setGuardado(false);
  }
  async function alGuardar(e: React.FormEvent) {
    e.preventDefault();
    const ok = await guardar(() => guardarMetasProgramadas(db, actividad.id, { meses, programado: programado.map(numeroDeTexto) }));
    setGuardado(Boolean(ok));
  }

  return (
    <Box component="form" onSubmit={alGuardar} noValidate>
      <Typography variant="body2" color="text.secondary" sx={{ mb: 1.5 }}>
        Meta anual <strong>{actividad.metaAnual}</strong> {actividad.unidadMedida.toLowerCase()}. Si cambia la meta de un mes, reparta
        la diferencia en otro: la suma de los doce meses debe seguir siendo la meta anual.
      </Typography>
      {cerrados.length > 0 && (
        <Alert severity={mesesCerrados[mes - 1] ? 'warning' : 'info'} icon={<LockIcon />} sx={{ mb: 1.5 }}>
          {mesesCerrados[mes - 1] ? `El periodo de ${NOMBRES_MES[mes - 1]} está cerrado: su meta programada no se puede cambiar hasta reabrirlo. ` : ''}
          {cerrados.length === 1 ? 'Mes cerrado' : 'Meses cerrados'}: {listaDeMeses(cerrados)}. Su meta y su X quedan como se reportaron; reparta
          cualquier cambio entre los meses abiertos.
        </Alert>
      )}
      <MetasPorMes
        programado={programado}
        onCambiar={cambiar}
        marcas={{ meses, onMarcar: marcar }}
        bloqueado={(i) => mesesCerrados[i]}
        ayuda={(i) => campo(`programado.${i}`)}
        mes={mes}
      />
      <SumaMensual programado={programado} metaAnual={actividad.metaAnual} />
      {errores.programado && (
        <Alert severity="error" sx={{ mt: 1 }}>
          {errores.programado}
        </Alert>
      )}
      {errores._ && (
        <Alert severity="error" sx={{ mt: 1 }}>
          {errores._}
        </Alert>
      )}
      {guardado && (
        <Alert severity="success" sx={{ mt: 1 }}>
          Metas programadas guardadas.
        </Alert>
      )}
      <Box sx={{ display: 'flex', justifyContent: 'flex-end', mt: 1.5 }}>
        <BotonConPermiso accion="editar-poa" type="submit" variant="contained">
          Guardar metas
        </BotonConPermiso>
      </Box>
    </Box>
  );
}
