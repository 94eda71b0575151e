import { Typography } from '@mui/material';
import type { ResumenPeriodo } from '../../../../shared/domain/cronograma';
import { ETIQUETA_SEMAFORO, formatearIndice } from '../../../../shared/domain/eficiencia';
import { db } from '../../db';
import { guardarJustificacion } from '../../db/repositorios/ajustes';
import { DialogoConMotivo } from '../../componentes/DialogoConMotivo';
import { etiquetaJustificable, type TipoJustificable } from './justificables';

export interface PeticionJustificacion {
  actividadId: string | null;
  sujeto: string;
  anio: number;
  tipo: TipoJustificable;
  numero: number;
  resumen: ResumenPeriodo;
  textoActual: string;
}

/** The text the head signs for a period that ended off target; it travels with the period into the reports. */
export function DialogoJustificacion({ peticion, onCerrar }: { peticion: PeticionJustificacion; onCerrar: () => void }) {
  const periodo = etiquetaJustificable(peticion.tipo, peticion.numero, peticion.anio);
  const r = peticion.resumen;
  return (
    <DialogoConMotivo
      titulo={`Justificar ${peticion.sujeto} · ${periodo}`}
      idTitulo="titulo-justificacion"
      etiqueta="Justificación"
      renglones={4}
      ayuda="Al menos 10 caracteres"
      inicial={peticion.textoActual}
      clave="texto"
      textoBoton="Guardar justificación"
      guardar={(texto) =>
        guardarJustificacion(db, { actividadId: peticion.actividadId, anio: peticion.anio, tipoPeriodo: peticion.tipo, numero: peticion.numero, texto })
      }
      onCerrar={onCerrar}
    >
      <Typography variant="body2" sx={{ mb: 2 }}>
        Logrado <strong>{r.logrado}</strong> de <strong>{r.programado}</strong> programado: índice{' '}
        <strong>{formatearIndice(r.indice)}</strong> ({ETIQUETA_SEMAFORO[r.semaforo].toLowerCase()}). Explique por qué el periodo
        cerró fuera de meta; el texto acompaña al periodo en la hoja mensual y en el libro del POA.
      </Typography>
    </DialogoConMotivo>
  );
}
