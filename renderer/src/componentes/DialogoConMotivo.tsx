import { useState, type ReactNode } from 'react';
import { useErrores } from '../hooks/useErrores';
import { CampoMotivo } from './CampoMotivo';
import { MarcoDialogo } from './MarcoDialogo';

/**
 * A step that is only taken with a written reason (reopening a period or a POA, justifying a period off target):
 * what the step means, the reason with its count of characters, and the repository's refusal at the reason or under
 * it. The dialog closes once the step is saved.
 */
export function DialogoConMotivo({
  titulo,
  idTitulo,
  etiqueta,
  ayuda,
  renglones,
  requerido,
  inicial = '',
  clave = 'motivo',
  otrosErrores = [],
  textoBoton,
  icono,
  guardar,
  onCerrar,
  children,
}: {
  titulo: string;
  idTitulo: string;
  /** The reason's label: "Motivo de la reapertura". */
  etiqueta: string;
  /** What to write, e.g. "Qué hay que corregir y por qué (al menos 10 caracteres)". */
  ayuda: string;
  renglones: number;
  requerido?: boolean;
  /** The text already saved, when the step replaces it. */
  inicial?: string;
  /** The field the repository names in its errors about the reason. */
  clave?: string;
  /** Other fields of the repository's errors (the period's, say), shown with the general one. */
  otrosErrores?: readonly string[];
  textoBoton: string;
  icono?: ReactNode;
  guardar: (motivo: string) => Promise<unknown>;
  onCerrar: () => void;
  /** What the step means, above the reason. */
  children: ReactNode;
}) {
  const [motivo, setMotivo] = useState(inicial);
  const { errores, guardar: intentar } = useErrores();
  const general = [...otrosErrores, '_'].map((c) => errores[c]).find(Boolean);

  async function alConfirmar() {
    if (await intentar(() => guardar(motivo))) onCerrar();
  }

  return (
    <MarcoDialogo titulo={titulo} idTitulo={idTitulo} error={general} textoBoton={textoBoton} icono={icono} onConfirmar={alConfirmar} onCerrar={onCerrar}>
      {children}
      <CampoMotivo
        label={etiqueta}
        required={requerido}
        minRows={renglones}
        autoFocus
        valor={motivo}
        alCambiar={setMotivo}
        error={errores[clave]}
        ayuda={ayuda}
      />
    </MarcoDialogo>
  );
}
