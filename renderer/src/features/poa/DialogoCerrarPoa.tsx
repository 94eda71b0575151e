import { Typography } from '@mui/material';
import LockIcon from '@mui/icons-material/Lock';
import { impedimentoParaCerrarPoa } from '../../../../shared/domain/estadoPoa';
import type { Poa } from '../../../../shared/schemas/poa';
import { db } from '../../db';
import { cerrarPoa } from '../../db/repositorios/anioPoa';
import { MarcoDialogo } from '../../componentes/MarcoDialogo';
import { useErrores } from '../../hooks/useErrores';
import { useCierres } from '../../hooks/useCierres';

/** Closing an authorized POA at the end of its year; until December and the 4th quarter are closed it says so. */
export function DialogoCerrarPoa({ poa, onCerrar }: { poa: Poa; onCerrar: () => void }) {
  const cierres = useCierres(poa.anio);
  const { errores, guardar } = useErrores();
  async function alCerrar() {
    if (await guardar(() => cerrarPoa(db, poa.id))) onCerrar();
  }
  return (
    <MarcoDialogo
      titulo={`Cerrar POA ${poa.anio}`}
      idTitulo="titulo-cerrar-poa"
      impedimento={cierres ? impedimentoParaCerrarPoa(poa, cierres) : null}
      ocupado={!cierres}
      error={errores._}
      textoBoton="Cerrar POA"
      icono={<LockIcon />}
      onConfirmar={alCerrar}
      onCerrar={onCerrar}
    >
      <Typography variant="body2">
        Cerrar el POA {poa.anio} da por terminado su año: ya no admite reconducciones ni cambios en su encabezado y actividades hasta
        reabrirlo. Se cierra al terminar el año, con diciembre y el 4to trimestre cerrados en Cronograma → Cierre de periodos.
      </Typography>
    </MarcoDialogo>
  );
}
