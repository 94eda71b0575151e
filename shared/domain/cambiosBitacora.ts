import type { FiltrosBitacora } from '../schemas/filtrosBitacora';
import { etiquetaAccionBitacora, etiquetaEntidadBitacora, type EntradaBitacora } from '../schemas/sistema';
import { formatearFecha, formatearFechaHora, formatearNumero } from './formato';
import { NOMBRES_MES_CORTO } from './periodos';

/**
 * How the bitácora tells a change field by field in Spanish: "Estatus: Gestionado → Autorizado". The field names are
 * those of the stored records (shared/schemas); each label is the one its capture form and its zod messages use.
 */
export const ETIQUETA_CAMPO: Readonly<Record<string, string>> = {
  // Solicitudes and their follow-up
  folio: 'Folio',
  fechaRecepcion: 'Fecha de recepción',
  canal: 'Canal',
  personaId: 'Persona',
  tipoApoyoId: 'Tipo de apoyo',
  descripcion: 'Descripción',
  prioridad: 'Prioridad',
  dependenciaId: 'Dependencia',
  responsable: 'Responsable',
  fechaCompromiso: 'Fecha compromiso',
  estatus: 'Estatus',
  numeroOficio: 'Número de oficio',
  fechaCanalizacion: 'Fecha de canalización',
  resultado: 'Resultado',
  duplicadaDeId: 'Duplicada de',
  recibio: 'Recibió',
  nota: 'Nota',
  consentimientoPrivacidad: 'Consentimiento del aviso de privacidad',
  // Personas
  apellidoPaterno: 'Apellido paterno',
  apellidoMaterno: 'Apellido materno',
  nombres: 'Nombre(s)',
  curp: 'CURP',
  sexo: 'Sexo',
  fechaNacimiento: 'Fecha de nacimiento',
  edad: 'Edad',
  telefono: 'Teléfono',
  correo: 'Correo electrónico',
  calle: 'Calle',
  numero: 'Número',
  colonia: 'Colonia',
  localidad: 'Localidad',
  codigoPostal: 'Código postal',
  unidaCon: 'Unida con',
  distintaDe: 'Personas distintas',
  // Apoyos, jornadas, talleres, mesas, acuerdos, convenios
  solicitudId: 'Solicitud',
  unidad: 'Unidad',
  cantidad: 'Cantidad',
  monto: 'Monto',
  fuente: 'Fuente',
  fechaGestion: 'Fecha de gestión',
  fechaEntrega: 'Fecha de entrega',
  evidencia: 'Evidencia',
  fecha: 'Fecha',
  nombre: 'Nombre',
  dependencias: 'Dependencias participantes',
  servicios: 'Servicios ofrecidos',
  atendidasMujeres: 'Mujeres atendidas',
  atendidasHombres: 'Hombres atendidos',
  atendidasOtro: 'Otras personas atendidas',
  realizada: 'Realizada',
  tipo: 'Tipo',
  tema: 'Tema',
  facilitador: 'Facilitador',
  fechaFin: 'Fecha de fin',
  sede: 'Sede',
  poblacionObjetivo: 'Población objetivo',
  asistentesMujeres: 'Mujeres asistentes',
  asistentesHombres: 'Hombres asistentes',
  asistentesOtro: 'Otros asistentes',
  beneficiarios: 'Beneficiarios',
  convoca: 'Convoca',
  instituciones: 'Instituciones participantes',
  asistentes: 'Asistentes',
  mesaId: 'Mesa',
  texto: 'Texto',
  contraparte: 'Contraparte',
  sector: 'Sector',
  objeto: 'Objeto',
  fechaFirma: 'Fecha de firma',
  vigenciaInicio: 'Inicio de vigencia',
  vigenciaFin: 'Fin de vigencia',
  firmantes: 'Firmantes',
  // POA, activities, goals
  anio: 'Año',
  direccion: 'Dirección',
  area: 'Área',
  objetivoGeneral: 'Objetivo general',
  objetivosEspecificos: 'Objetivos específicos',
  estado: 'Estado',
  autorizacion: 'Autorización',
  cierre: 'Cierre',
  eje: 'Eje estratégico',
  linea: 'Línea estratégica',
  acciones: 'Acciones',
  actividadEspecifica: 'Actividad específica',
  unidadMedida: 'Unidad de medida',
  metaAnual: 'Meta anual',
  meses: 'Meses',
  frecuencia: 'Frecuencia',
  fechaInicio: 'Fecha de inicio',
  medioVerificacion: 'Medio de verificación',
  reglaConteo: 'Regla de conteo',
  inicial: 'Programación inicial',
  actividadId: 'Actividad',
  mes: 'Mes',
  motivo: 'Motivo',
  solicito: 'Quién lo solicitó',
  autorizo: 'Autorizó',
  tipoPeriodo: 'Tipo de periodo',
  cerrado: 'Cerrado',
  // Catalogues, settings, accounts
  activo: 'Activo',
  municipio: 'Municipio',
  estacion: 'Estación',
  umbralVerde: 'Umbral verde',
  umbralAmbar: 'Umbral ámbar',
  diasCompromiso: 'Días para la fecha compromiso',
  avisoPrivacidad: 'Aviso de privacidad',
  avisoIntegral: 'Aviso de privacidad integral',
  elaboro: 'Elaboró',
  reviso: 'Revisó',
  logoDataUrl: 'Logotipo',
  cargo: 'Cargo',
  usuario: 'Usuario',
  rol: 'Rol',
  activa: 'Activa',
  eliminado: 'Eliminado',
};

/** Fields whose value is a code word ('en-proceso'), shown as words ("En proceso"). */
const CAMPOS_DE_CLAVE = new Set(['estatus', 'estado', 'prioridad', 'canal', 'fuente', 'tipo', 'sector', 'frecuencia', 'reglaConteo', 'sexo', 'tipoPeriodo', 'rol']);

const RE_FECHA = /^\d{4}-\d{2}-\d{2}$/;
const RE_FECHA_HORA = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/;

/** A field's label, or its name split into words ("fechaAlta" → "Fecha alta") when no label is declared. */
export function etiquetaCampo(clave: string): string {
  const etiqueta = ETIQUETA_CAMPO[clave];
  if (etiqueta) return etiqueta;
  const palabras = clave.replace(/([a-z0-9])([A-Z])/g, '$1 $2').toLowerCase();
  return palabras.charAt(0).toUpperCase() + palabras.slice(1);
}

function palabraDeClave(v: string): string {
  const t = v.replace(/[-_]+/g, ' ');
  return t.charAt(0).toUpperCase() + t.slice(1);
}

const VACIO = '(vacío)';

/** A stored value as a person reads it: dates as dd/mm/aaaa, yes/no, numbers with separators, lists by commas. */
export function textoValor(valor: unknown, clave = ''): string {
  if (valor === null || valor === undefined || valor === '') return VACIO;
  if (typeof valor === 'boolean') return valor ? 'Sí' : 'No';
  if (typeof valor === 'number') return formatearNumero(valor, 2);
  if (typeof valor === 'string') {
    if (RE_FECHA.test(valor)) return formatearFecha(valor);
    if (RE_FECHA_HORA.test(valor)) return formatearFechaHora(valor);
    if (valor.startsWith('data:')) return '(imagen)';
    return CAMPOS_DE_CLAVE.has(clave) ? palabraDeClave(valor) : valor;
  }
  if (Array.isArray(valor)) {
    if (valor.length === 0) return VACIO;
    // Twelve months of a goal or a programming: the months by name.
    if (valor.length === 12 && valor.every((v) => typeof v === 'boolean')) {
      const marcados = NOMBRES_MES_CORTO.filter((_m, i) => valor[i] === true);
      return marcados.length ? marcados.join(', ') : 'ningún mes';
    }
    if (valor.length === 12 && valor.every((v) => typeof v === 'number')) {
      return NOMBRES_MES_CORTO.map((m, i) => `${m} ${formatearNumero(valor[i] as number, 2)}`).join(', ');
    }
    return valor.map((v) => textoValor(v)).join(', ');
  }
  if (typeof valor === 'object') {
    const partes = Object.entries(valor as Record<string, unknown>).map(([k, v]) => `${etiquetaCampo(k)}: ${textoValor(v, k)}`);
    return partes.length ? partes.join(', ') : VACIO;
  }
  return String(valor);
}

export interface CambioLegible {
  campo: string;
  antes: string;
  despues: string;
}

/** An entry's changes, one per field, labelled and readable. */
export function cambiosLegibles(cambios: EntradaBitacora['cambios']): CambioLegible[] {
  if (!cambios) return [];
  return Object.entries(cambios).map(([clave, c]) => ({
    campo: etiquetaCampo(clave),
    antes: textoValor(c.antes, clave),
    despues: textoValor(c.despues, clave),
  }));
}

/** "Estatus: Gestionado → Autorizado; Fecha de entrega: (vacío) → 12/05/2026", or '' without changes. */
export function textoCambios(cambios: EntradaBitacora['cambios']): string {
  return cambiosLegibles(cambios)
    .map((c) => `${c.campo}: ${c.antes} → ${c.despues}`)
    .join('; ');
}

/**
 * The filters of a bitácora view in words, one per line, for the exported sheet and the export's own entry:
 * "Cuenta: Ana López", "Desde: 01/12/2026", "Acción: Alta", "Texto: «AC-2026»".
 */
export function describirFiltrosBitacora(f: FiltrosBitacora, nombreCuenta: string | null): string[] {
  const lineas: string[] = [];
  if (f.cuentaId) lineas.push(`Cuenta: ${nombreCuenta ?? f.cuentaId}`);
  if (f.desde) lineas.push(`Desde: ${formatearFecha(f.desde)}`);
  if (f.hasta) lineas.push(`Hasta: ${formatearFecha(f.hasta)}`);
  if (f.accion) lineas.push(`Acción: ${etiquetaAccionBitacora(f.accion)}`);
  if (f.entidad) lineas.push(`Tipo de registro: ${etiquetaEntidadBitacora(f.entidad)}`);
  if (f.texto.trim()) lineas.push(`Texto: «${f.texto.trim()}»`);
  return lineas.length ? lineas : ['Sin filtros: todas las entradas'];
}
