import type { ActividadLibro, LibroPoaEntrada } from '../workbook/tipos';
import { anexosDelLibro } from './anexos';
import { textoEstadoPoa } from './estadoPoa';
import { justificacionesPorTrimestre } from './justificaciones';
import { logoDeDataUrl } from './logo';
import { padronPublico } from './padron';
import { anexoReconducciones, metaInicial } from './reconducciones';
import type { DatosLibroPoa } from './tipos';

/**
 * The POA workbook's input from what the app already computed: every programmed and achieved number is the
 * cronograma's own (records plus manual adjustments), never counted again here; the annexes and the public padrón
 * list the records behind those numbers.
 */
export function entradaLibroPoa(datos: DatosLibroPoa): LibroPoaEntrada {
  const { poa, cronograma, registros, referencias, configuracion } = datos;
  const anio = cronograma.anio;
  if (poa.anio !== anio) throw new RangeError(`El cronograma es de ${anio} y el POA de ${poa.anio}`);
  const actividades: ActividadLibro[] = cronograma.filas.map((f) => ({
    numero: f.actividad.numero,
    nombre: f.actividad.nombre,
    eje: f.actividad.eje,
    linea: f.actividad.linea,
    acciones: [...f.actividad.acciones],
    actividadEspecifica: f.actividad.actividadEspecifica,
    responsable: f.actividad.responsable,
    unidadMedida: f.actividad.unidadMedida,
    metaAnual: f.actividad.metaAnual,
    meses: [...f.actividad.meses],
    frecuencia: f.actividad.frecuencia,
    fechaInicio: f.actividad.fechaInicio,
    fechaFin: f.actividad.fechaFin,
    programado: [...f.programado],
    inicial: metaInicial(f.actividad),
    logrado: [...f.logrado],
    justificaciones: justificacionesPorTrimestre(datos.justificaciones, f.actividad.id, anio),
  }));
  const logo = logoDeDataUrl(configuracion.logoDataUrl);
  return {
    anio,
    municipio: configuracion.municipio.trim(),
    ...(logo ? { logo } : {}),
    encabezado: {
      direccion: poa.direccion,
      area: poa.area,
      objetivoGeneral: poa.objetivoGeneral,
      objetivosEspecificos: poa.objetivosEspecificos,
    },
    estado: { clave: poa.estado, texto: textoEstadoPoa(poa) },
    actividades,
    umbrales: { verde: datos.umbrales.verde, ambar: datos.umbrales.ambar },
    anexos: anexosDelLibro(registros, referencias, anio),
    reconducciones: anexoReconducciones(
      datos.reconducciones,
      new Map(cronograma.filas.map((f) => [f.actividad.id, f.actividad.nombre])),
      anio,
      poa.estado,
    ),
    padronPublico: padronPublico(registros, referencias, anio),
    generado: datos.generado,
  };
}
