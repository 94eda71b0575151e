import type { DatosConvenio } from '../../../../../shared/schemas/modulos';
import { EncabezadoPagina } from '../../../componentes/Encabezado';
import { db } from '../../../db';
import { crearConvenio } from '../../../db/repositorios/vinculacion';
import { useCaptura } from '../comun/useCaptura';
import { FormularioConvenio } from './FormularioConvenio';

const convenioNuevo: DatosConvenio = {
  numero: '',
  tipo: 'colaboracion',
  contraparte: '',
  sector: 'civil',
  objeto: '',
  fechaFirma: null,
  vigenciaInicio: null,
  vigenciaFin: null,
  firmantes: [],
  responsable: '',
  estatus: 'en-tramite',
};

export function CapturaConvenio() {
  const captura = useCaptura('/vinculacion/convenios', (datos) => crearConvenio(db, datos));
  return (
    <>
      <EncabezadoPagina titulo="Nuevo convenio" subtitulo="Vinculación Institucional · un convenio firmado cuenta en el mes de su firma" />
      <FormularioConvenio inicial={convenioNuevo} textoGuardar="Guardar convenio" {...captura} />
    </>
  );
}
