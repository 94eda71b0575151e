import { Button } from '@mui/material';
import { useState } from 'react';
import { get, useFormState, useWatch, type Control, type FieldValues, type Path } from 'react-hook-form';
import { nombreEnCatalogo } from '../../../../shared/domain/sugerencias';
import type { TipoCatalogo } from '../../../../shared/schemas/sistema';
import { db } from '../../db';
import { agregarAlCatalogo } from '../../db/repositorios/catalogos';
import { useNombresCatalogo } from '../../hooks/useCatalogo';
import { ConPermiso } from '../ConPermiso';
import { CampoSugerido } from '../formulario/campos';
import { textoDeError } from '../../db/errores';

/**
 * A colonia or localidad typed at the window: the catalogue's names are suggested, and one typed that is not in the
 * catalogue, once the box is left, is offered to join it, so the next capture finds it spelled the same.
 */
export function CampoLugar<T extends FieldValues>({ control, name, label, tipo }: { control: Control<T>; name: Path<T>; label: string; tipo: TipoCatalogo }) {
  const nombres = useNombresCatalogo(tipo);
  const valor = String(useWatch({ control, name }) ?? '').trim();
  const { touchedFields } = useFormState({ control, name });
  const tocado = Boolean(get(touchedFields, name));
  const [error, setError] = useState('');
  const nuevo = tocado && valor !== '' && nombreEnCatalogo(nombres, valor) === null;

  async function agregar() {
    try {
      await agregarAlCatalogo(db, { tipo, nombre: valor });
      setError('');
    } catch (e) {
      setError(textoDeError(e));
    }
  }

  const ayuda = error ? (
    error
  ) : nuevo ? (
    <>
      No está en el catálogo.{' '}
      <ConPermiso
        accion="agregar-colonias"
        dibujar={(bloqueo) => (
          <Button size="small" sx={{ p: 0, minWidth: 0, verticalAlign: 'baseline', fontSize: 'inherit' }} onClick={() => void agregar()} {...bloqueo}>
            Agregar «{valor}» al catálogo
          </Button>
        )}
      />
    </>
  ) : undefined;
  return <CampoSugerido control={control} name={name} label={label} sugerencias={nombres} ayuda={ayuda} />;
}
