import { Alert, Button, Dialog, DialogActions, DialogContent, DialogTitle, Typography } from '@mui/material';
import { useState } from 'react';
import type { ResumenPeriodo } from '../../../../shared/domain/cronograma';
import { ETIQUETA_SEMAFORO, formatearIndice } from '../../../../shared/domain/eficiencia';
import { db } from '../../db';
import { guardarJustificacion } from '../../db/repositorios/ajustes';
import { useErrores } from '../../hooks/useErrores';
import { etiquetaJustificable, type TipoJustificable } from './justificables';
import { CampoMotivo } from '../../componentes/CampoMotivo';

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
  const [texto, setTexto] = useState(peticion.textoActual);
  const { errores, guardar } = useErrores();
  const periodo = etiquetaJustificable(peticion.tipo, peticion.numero, peticion.anio);
  const r = peticion.resumen;

  async function alGuardar(e: React.FormEvent) {
    e.preventDefault();
    const ok = await guardar(() =>
      guardarJustificacion(db, { actividadId: peticion.actividadId, anio: peticion.anio, tipoPeriodo: peticion.tipo, numero: peticion.numero, texto }),
    );
    if (ok) onCerrar();
  }

  return (
    <Dialog open onClose={onCerrar} maxWidth="sm" fullWidth aria-labelledby="titulo-justificacion">
      <form onSubmit={alGuardar} noValidate>
        <DialogTitle id="titulo-justificacion">
          Justificar {peticion.sujeto.toLowerCase()} · {periodo}
        </DialogTitle>
        <DialogContent dividers>
          <Typography variant="body2" sx={{ mb: 2 }}>
            Logrado <strong>{r.logrado}</strong> de <strong>{r.programado}</strong> programado: índice{' '}
            <strong>{formatearIndice(r.indice)}</strong> ({ETIQUETA_SEMAFORO[r.semaforo].toLowerCase()}). Explique por qué el periodo
            cerró fuera de meta; el texto acompaña al periodo en la hoja mensual y en el libro del POA.
          </Typography>
          <CampoMotivo
            label="Justificación"
            minRows={4}
            autoFocus
            valor={texto}
            alCambiar={setTexto}
            error={errores.texto}
            ayuda="Al menos 10 caracteres"
          />
          {errores._ && (
            <Alert severity="error" sx={{ mt: 1 }}>
              {errores._}
            </Alert>
          )}
        </DialogContent>
        <DialogActions>
          <Button onClick={onCerrar}>Cancelar</Button>
          <Button type="submit" variant="contained">
            Guardar justificación
          </Button>
        </DialogActions>
      </form>
    </Dialog>
  );
}
