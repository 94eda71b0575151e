import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { useWatch } from 'react-hook-form';
import type { DatosApoyo } from '../../../../../shared/schemas/modulos';
import type { Persona } from '../../../../../shared/schemas/personas';
import type { PropsParticular } from '../../../componentes/formulario/CamposDeclarados';
import { CampoPersona } from '../../../componentes/personas/SelectorPersona';
import { PersonaElegida } from '../../../componentes/personas/TarjetaPersona';
import { db } from '../../../db';
import { obtenerPersona } from '../../../db/repositorios/personas';
import { DialogoBeneficiarioNuevo } from './DialogoBeneficiarioNuevo';

/**
 * The apoyo's beneficiary, found by CURP or name (the search has the focus on a new capture) or registered on the
 * spot; once chosen, the focus goes on to the solicitud de origen.
 */
export function BeneficiarioApoyo({ form, editando }: PropsParticular<DatosApoyo>) {
  const { control, setValue, setFocus, formState } = form;
  const [nueva, setNueva] = useState<string | null>(null);
  const personaId = useWatch({ control, name: 'personaId' });
  const persona = useLiveQuery(() => (personaId ? obtenerPersona(db, personaId) : Promise.resolve(undefined)), [personaId]);

  function elegir(p: Persona) {
    setNueva(null);
    setValue('personaId', p.id, { shouldValidate: formState.isSubmitted });
    setTimeout(() => setFocus('solicitudId'), 0);
  }

  function cambiarPersona() {
    setValue('personaId', '');
    setTimeout(() => setFocus('personaId'), 0);
  }

  return (
    <>
      {personaId && persona ? (
        <PersonaElegida persona={persona} textoCambiar="Cambiar beneficiario" onCambiar={cambiarPersona} />
      ) : (
        <CampoPersona control={control} name="personaId" onElegir={elegir} onNueva={setNueva} autoFocus={!editando} />
      )}
      {nueva !== null && <DialogoBeneficiarioNuevo consulta={nueva} onCerrar={() => setNueva(null)} onElegida={elegir} />}
    </>
  );
}
