import type { z } from 'zod';
import { fechaNacimientoDeCurp, sexoDeCurp, validarCurp } from '../domain/curp';
import { sumarDias } from '../domain/formato';
import { nombreNormalizadoPersona } from '../domain/personas';
import { sha256Hex } from '../demo/sha256';
import {
  capturaApoyoSchema,
  capturaConvenioSchema,
  correccionEventoSchema,
  correccionJornadaSchema,
  datosMesaSchema,
  ESTATUS_CONVENIO_FIRMADO,
  ETIQUETA_ESTATUS_APOYO,
  ETIQUETA_ESTATUS_CONVENIO,
  ETIQUETA_ESTATUS_EVENTO,
  ETIQUETA_ESTATUS_MESA,
  ETIQUETA_FUENTE,
  ETIQUETA_SECTOR_CONVENIO,
  ETIQUETA_TIPO_CONVENIO,
  ETIQUETA_TIPO_EVENTO,
  GRUPOS_EDAD,
  type DatosApoyo,
  type DatosConvenio,
  type DatosEvento,
  type DatosJornada,
  type DatosMesa,
} from '../schemas/modulos';
import { datosPersonaSchema, ETIQUETA_SEXO, type DatosPersona } from '../schemas/personas';
import {
  datosSolicitudSchema,
  ETIQUETA_CANAL,
  ETIQUETA_ESTATUS_SOLICITUD,
  ETIQUETA_PRIORIDAD,
  revisarFechaCompromiso,
  type DatosSolicitud,
  type EstatusSolicitud,
} from '../schemas/solicitudes';
import type { TipoCatalogo } from '../schemas/sistema';
import { CAMPOS_IMPORTACION, conPersona, type Mapeo, type TipoImportacion } from './campos';
import { emparejarCatalogo, emparejarOpcion, type EntradaCatalogo, type IndiceCatalogos, type Resoluciones } from './catalogos';
import { separarNombre, type OrdenNombre } from './nombres';
import type { Celda, FilaLeida } from './tabla';
import { leerFecha, leerHora, leerNumero, leerTexto } from './valores';
import { normalizarTexto } from '../domain/texto';

/**
 * One spreadsheet row made into the data a capture would give, checked by the same schemas the capture forms use
 * (shared/schemas), so an imported record is exactly what a capture stores. A row that cannot be read says why, in
 * the user's words, with the field it comes from.
 */

export interface ContextoConversion {
  tipo: TipoImportacion;
  mapeo: Mapeo;
  ordenNombre: OrdenNombre;
  catalogos: IndiceCatalogos;
  resoluciones: Resoluciones;
  /** Days to the fecha compromiso when the file has none (Configuración → General). */
  diasCompromiso: number;
  /** Who handles a solicitud the file does not say: the account importing. */
  responsable: string;
}

/** The solicitud's data without its citizen, who is matched or created when the import is planned. */
export type DatosSolicitudImportada = Omit<DatosSolicitud, 'personaId'> & { estatus: EstatusSolicitud };
export type DatosApoyoImportado = Omit<DatosApoyo, 'personaId'>;
/** A record of a kind that names no citizen, as its capture form would give it. */
export type DatosActividadImportada = DatosJornada | DatosEvento | DatosMesa | DatosConvenio;

export interface FilaConvertida {
  fila: number;
  /** The row's citizen; null for the kinds that name none (jornadas, talleres, mesas, convenios). */
  persona: DatosPersona | null;
  /** «PATERNO MATERNO NOMBRES» normalized, for the likely-same-person match ('' without a citizen). */
  nombreNormalizado: string;
  registro: DatosSolicitudImportada | DatosApoyoImportado | DatosActividadImportada;
  /** The folio the spreadsheet gave the solicitud, kept as «folio anterior». */
  folioAnterior: string;
  /** The row's content as the app reads it: the same row imported again has the same fingerprint. */
  huella: string;
  /** The date the record counts by (cronograma), 'AAAA-MM-DD', or null when it does not count. */
  fechaConteo: string | null;
  /** Catalogue entries the user chose to add, which this row uses. */
  catalogosNuevos: EntradaCatalogo[];
}

export type ResultadoFila = { ok: true; fila: FilaConvertida } | { ok: false; fila: number; motivo: string };

class FilaInvalida extends Error {}

const SINONIMOS_SEXO: Record<string, 'H' | 'M' | 'X'> = {
  MASCULINO: 'H', HOMBRE: 'H', VARON: 'H', F: 'M', FEMENINO: 'M', MUJER: 'M', OTRO: 'X', 'NO BINARIO': 'X',
};
const SINONIMOS_ESTATUS: Record<string, EstatusSolicitud> = {
  PENDIENTE: 'recibida', NUEVA: 'recibida', RECIBIDO: 'recibida', CANALIZADO: 'canalizada', 'EN PROCESO': 'en-seguimiento',
  'EN TRAMITE': 'en-seguimiento', SEGUIMIENTO: 'en-seguimiento', ATENDIDO: 'atendida', CONCLUIDA: 'atendida', RESUELTA: 'atendida',
  CERRADA: 'atendida', IMPROCEDENTE: 'improcedente', NEGADA: 'improcedente', CANCELADO: 'cancelada',
};
const SINONIMOS_ESTATUS_APOYO: Record<string, DatosApoyo['estatus']> = {
  ENTREGADA: 'entregado', ENTREGA: 'entregado', AUTORIZADA: 'autorizado', GESTIONADA: 'gestionado', 'EN GESTION': 'gestionado',
  PENDIENTE: 'gestionado', RECHAZADA: 'rechazado', NEGADO: 'rechazado',
};
const SINONIMOS_CANAL: Record<string, DatosSolicitud['canal']> = { TEL: 'telefono', LLAMADA: 'telefono', JORNADA: 'jornada', FACEBOOK: 'redes', REDES: 'redes', PRESENCIAL: 'ventanilla' };

/** The cells of a row by field, as the mapping sends them. */
function celdasPorCampo(mapeo: Mapeo, celdas: readonly Celda[]): Map<string, Celda> {
  const porCampo = new Map<string, Celda>();
  mapeo.forEach((clave, i) => {
    if (clave !== null) porCampo.set(clave, celdas[i] ?? null);
  });
  return porCampo;
}

function etiquetaDe(tipo: TipoImportacion, clave: string): string {
  return CAMPOS_IMPORTACION[tipo].find((c) => c.clave === clave)?.etiqueta ?? clave;
}

/** The first problem zod finds, as its message says it (every schema writes its own in Spanish). */
function validado<S extends z.ZodType>(schema: S, datos: unknown): z.infer<S> {
  const r = schema.safeParse(datos);
  if (!r.success) throw new FilaInvalida(r.error.issues.map((i) => i.message).join('; '));
  return r.data;
}

class LectorFila {
  readonly nuevos: EntradaCatalogo[] = [];
  constructor(
    private readonly ctx: ContextoConversion,
    private readonly celdas: Map<string, Celda>,
  ) {}

  texto(clave: string): string {
    return leerTexto(this.celdas.get(clave) ?? null);
  }

  fecha(clave: string, obligatoria: boolean): { fecha: string; hora: string | null } | null {
    const celda = this.celdas.get(clave) ?? null;
    const leida = leerFecha(celda);
    const etiqueta = etiquetaDe(this.ctx.tipo, clave);
    if (leida === null && leerTexto(celda) !== '') throw new FilaInvalida(`${etiqueta}: «${leerTexto(celda)}» no es una fecha (escríbala como dd/mm/aaaa)`);
    if (leida === null && obligatoria) throw new FilaInvalida(`Falta la ${etiqueta.toLowerCase()}`);
    return leida;
  }

  numero(clave: string): number | null {
    const celda = this.celdas.get(clave) ?? null;
    const n = leerNumero(celda);
    if (n === null && leerTexto(celda) !== '') throw new FilaInvalida(`${etiquetaDe(this.ctx.tipo, clave)}: «${leerTexto(celda)}» no es un número`);
    return n;
  }

  opcion<K extends string>(clave: string, etiquetas: Readonly<Record<K, string>>, sinonimos: Readonly<Record<string, NoInfer<K>>>, porOmision: NoInfer<K> | null): K | null {
    const valor = this.texto(clave);
    if (valor === '') return porOmision;
    const k = emparejarOpcion(valor, etiquetas, sinonimos);
    if (k === undefined) {
      throw new FilaInvalida(`${etiquetaDe(this.ctx.tipo, clave)}: «${valor}» no es una de las opciones (${Object.values<string>(etiquetas).join(', ')})`);
    }
    return k;
  }

  /** Names in one cell, separated by commas, semicolons or line breaks. */
  lista(clave: string): string[] {
    return this.texto(clave)
      .split(/[;,\n]+/)
      .map((t) => t.trim())
      .filter(Boolean);
  }

  /** «Sí», «X», «Realizada»… or «No», «Cancelada»…; empty is `porOmision`. */
  siNo(clave: string, porOmision: boolean): boolean {
    const valor = normalizarTexto(this.texto(clave));
    if (valor === '') return porOmision;
    if (['SI', 'S', 'X', '1', 'VERDADERO', 'TRUE', 'REALIZADA', 'REALIZADO', 'HECHA', 'HECHO'].includes(valor)) return true;
    if (['NO', 'N', '0', 'FALSO', 'FALSE', 'CANCELADA', 'CANCELADO', 'PENDIENTE', 'PROGRAMADA', 'PROGRAMADO'].includes(valor)) return false;
    throw new FilaInvalida(`${etiquetaDe(this.ctx.tipo, clave)}: «${this.texto(clave)}» no es «Sí» ni «No»`);
  }

  gruposEdad(): Record<(typeof GRUPOS_EDAD)[number], number | null> {
    return Object.fromEntries(GRUPOS_EDAD.map((g) => [g, this.numero(g)])) as Record<(typeof GRUPOS_EDAD)[number], number | null>;
  }

  catalogo(clave: string, tipo: TipoCatalogo): EntradaCatalogo | null {
    const r = emparejarCatalogo(this.ctx.catalogos, this.ctx.resoluciones, tipo, this.texto(clave));
    if (r === null) return null;
    if ('error' in r) throw new FilaInvalida(`${etiquetaDe(this.ctx.tipo, clave)}: ${r.error}`);
    if (r.nueva && !this.nuevos.some((n) => n.id === r.entrada.id)) this.nuevos.push(r.entrada);
    return r.entrada;
  }

  persona(): DatosPersona {
    const separado = separarNombre(this.texto('nombreCompleto'), this.ctx.ordenNombre);
    const propio = { nombres: this.texto('nombres'), apellidoPaterno: this.texto('apellidoPaterno'), apellidoMaterno: this.texto('apellidoMaterno') };
    const nombre = propio.nombres !== '' || propio.apellidoPaterno !== '' ? propio : separado;
    const curp = this.texto('curp').toUpperCase().replace(/\s+/g, '');
    const curpValida = curp !== '' && validarCurp(curp).valida;
    const nacimiento = this.fecha('fechaNacimiento', false)?.fecha ?? (curpValida ? fechaNacimientoDeCurp(curp) : null);
    const sexoEscrito = this.texto('sexo');
    const sexo = sexoEscrito === '' && curpValida ? sexoDeCurp(curp) : this.opcion('sexo', ETIQUETA_SEXO, SINONIMOS_SEXO, null);
    const cp = this.texto('codigoPostal');
    return validado(datosPersonaSchema, {
      ...nombre,
      curp,
      sexo: sexo ?? undefined,
      fechaNacimiento: nacimiento,
      edad: this.numero('edad'),
      telefono: this.texto('telefono'),
      correo: this.texto('correo'),
      calle: this.texto('calle'),
      numero: this.texto('numero'),
      colonia: this.catalogo('colonia', 'colonia')?.nombre ?? '',
      localidad: this.catalogo('localidad', 'localidad')?.nombre ?? '',
      codigoPostal: /^\d{4}$/.test(cp) ? `0${cp}` : cp,
    });
  }
}

const esquemaSolicitud = datosSolicitudSchema.omit({ personaId: true }).superRefine(revisarFechaCompromiso);
/** The beneficiary is matched or created later; the capture's schema (with its refinements) checks the rest. */
const SIN_PERSONA_AUN = '00000000-0000-4000-8000-000000000000';

function solicitudDeFila(l: LectorFila, ctx: ContextoConversion): { registro: DatosSolicitudImportada; fechaConteo: string | null } {
  const recepcion = l.fecha('fechaRecepcion', true)!;
  const hora = leerHora(l.texto('horaRecepcion') || null) ?? recepcion.hora ?? '00:00';
  const tipo = l.catalogo('tipoApoyo', 'tipoApoyo');
  if (tipo === null) throw new FilaInvalida('Falta el tipo de apoyo');
  const estatus = l.opcion('estatus', ETIQUETA_ESTATUS_SOLICITUD, SINONIMOS_ESTATUS, 'recibida') ?? 'recibida';
  if (estatus === 'duplicada') {
    throw new FilaInvalida('Estatus: una solicitud «Duplicada» necesita su original; impórtela con otro estatus y márquela como duplicada en la aplicación');
  }
  const datos = validado(esquemaSolicitud, {
    fechaRecepcion: `${recepcion.fecha}T${hora}`,
    canal: l.opcion('canal', ETIQUETA_CANAL, SINONIMOS_CANAL, 'ventanilla') ?? 'ventanilla',
    tipoApoyoId: tipo.id,
    descripcion: l.texto('descripcion') || tipo.nombre,
    prioridad: l.opcion('prioridad', ETIQUETA_PRIORIDAD, {}, 'media') ?? 'media',
    dependenciaId: l.catalogo('dependencia', 'dependencia')?.id ?? null,
    responsable: l.texto('responsable') || ctx.responsable,
    fechaCompromiso: l.fecha('fechaCompromiso', false)?.fecha ?? sumarDias(recepcion.fecha, ctx.diasCompromiso),
    // The office gave the aviso de privacidad when it received the request; the import records it as given then.
    consentimientoPrivacidad: true,
  });
  const cuenta = estatus !== 'cancelada';
  return { registro: { ...datos, estatus }, fechaConteo: cuenta ? recepcion.fecha : null };
}

function apoyoDeFila(l: LectorFila): { registro: DatosApoyoImportado; fechaConteo: string | null } {
  const tipo = l.catalogo('tipoApoyo', 'tipoApoyo');
  if (tipo === null) throw new FilaInvalida('Falta el tipo de apoyo');
  const entrega = l.fecha('fechaEntrega', false)?.fecha ?? null;
  const gestion = l.fecha('fechaGestion', entrega === null)?.fecha ?? entrega!;
  const estatus = l.opcion('estatus', ETIQUETA_ESTATUS_APOYO, SINONIMOS_ESTATUS_APOYO, entrega === null ? 'gestionado' : 'entregado') ?? 'gestionado';
  const { personaId: _, ...datos } = validado(capturaApoyoSchema, {
    personaId: SIN_PERSONA_AUN,
    solicitudId: null,
    tipoApoyoId: tipo.id,
    cantidad: l.numero('cantidad') ?? 1,
    unidad: l.texto('unidad') || 'pieza',
    valorEstimado: l.numero('valorEstimado') ?? 0,
    fuente: l.opcion('fuente', ETIQUETA_FUENTE, { MUNICIPIO: 'municipal', ESTADO: 'estatal', FEDERACION: 'federal', OSC: 'osc' }, 'municipal') ?? 'municipal',
    dependenciaId: l.catalogo('dependencia', 'dependencia')?.id ?? null,
    estatus,
    fechaGestion: gestion,
    fechaEntrega: estatus === 'entregado' ? entrega : null,
    evidencia: l.texto('evidencia'),
    programaId: null,
  });
  return { registro: datos, fechaConteo: datos.estatus === 'entregado' ? datos.fechaEntrega : null };
}

type Conversion<T> = { registro: T; fechaConteo: string | null };

function jornadaDeFila(l: LectorFila): Conversion<DatosJornada> {
  const fecha = l.fecha('fecha', true)!.fecha;
  const datos = validado(correccionJornadaSchema, {
    fecha,
    nombre: l.texto('nombre'),
    colonia: l.catalogo('colonia', 'colonia')?.nombre ?? '',
    localidad: l.catalogo('localidad', 'localidad')?.nombre ?? '',
    dependencias: l.lista('dependencias'),
    servicios: l.lista('servicios'),
    atendidasMujeres: l.numero('mujeres') ?? 0,
    atendidasHombres: l.numero('hombres') ?? 0,
    atendidasOtro: l.numero('otro') ?? 0,
    ...l.gruposEdad(),
    realizada: l.siNo('realizada', true),
  });
  return { registro: datos, fechaConteo: datos.realizada ? datos.fecha : null };
}

const SINONIMOS_TIPO_EVENTO: Record<string, DatosEvento['tipo']> = { CURSO: 'capacitacion', PLATICA: 'taller', PROGRAMA: 'programa', 'PROGRAMA GESTIONADO': 'programa' };
const SINONIMOS_ESTATUS_EVENTO: Record<string, DatosEvento['estatus']> = { REALIZADA: 'realizado', IMPARTIDO: 'realizado', CONCLUIDO: 'realizado', PENDIENTE: 'programado', CANCELADA: 'cancelado' };

function eventoDeFila(l: LectorFila): Conversion<DatosEvento> {
  const tipo = l.opcion('tipo', ETIQUETA_TIPO_EVENTO, SINONIMOS_TIPO_EVENTO, null);
  if (tipo === null) throw new FilaInvalida('Falta el tipo (taller, capacitación o programa social)');
  const datos = validado(correccionEventoSchema, {
    tipo,
    nombre: l.texto('nombre'),
    tema: l.texto('tema'),
    dependenciaId: l.catalogo('dependencia', 'dependencia')?.id ?? null,
    facilitador: l.texto('facilitador'),
    fecha: l.fecha('fecha', true)!.fecha,
    fechaFin: l.fecha('fechaFin', false)?.fecha ?? null,
    horas: l.numero('horas') ?? 0,
    sede: l.texto('sede'),
    localidad: l.texto('localidad'),
    poblacionObjetivo: l.texto('poblacionObjetivo'),
    asistentesMujeres: l.numero('mujeres') ?? 0,
    asistentesHombres: l.numero('hombres') ?? 0,
    asistentesOtro: l.numero('otro') ?? 0,
    ...l.gruposEdad(),
    beneficiarios: l.numero('beneficiarios') ?? 0,
    estatus: l.opcion('estatus', ETIQUETA_ESTATUS_EVENTO, SINONIMOS_ESTATUS_EVENTO, 'realizado') ?? 'realizado',
    evidencia: l.texto('evidencia'),
  });
  return { registro: datos, fechaConteo: datos.estatus === 'realizado' ? datos.fecha : null };
}

const SINONIMOS_ESTATUS_MESA: Record<string, DatosMesa['estatus']> = { ASISTIDO: 'asistida', REALIZADA: 'asistida', CELEBRADA: 'asistida', PENDIENTE: 'programada', CANCELADO: 'cancelada' };

function mesaDeFila(l: LectorFila): Conversion<DatosMesa> {
  const datos = validado(datosMesaSchema, {
    fecha: l.fecha('fecha', true)!.fecha,
    tema: l.texto('tema'),
    convoca: l.texto('convoca'),
    sede: l.texto('sede'),
    instituciones: l.lista('instituciones'),
    asistentes: l.numero('asistentes') ?? 0,
    estatus: l.opcion('estatus', ETIQUETA_ESTATUS_MESA, SINONIMOS_ESTATUS_MESA, 'asistida') ?? 'asistida',
  });
  return { registro: datos, fechaConteo: datos.estatus === 'asistida' ? datos.fecha : null };
}

const SINONIMOS_SECTOR: Record<string, DatosConvenio['sector']> = {
  CIVIL: 'civil', OSC: 'civil', 'SOCIEDAD CIVIL': 'civil', PRIVADO: 'civil', SOCIAL: 'civil', PUBLICA: 'publico', GOBIERNO: 'publico', GUBERNAMENTAL: 'publico',
};
const SINONIMOS_ESTATUS_CONVENIO: Record<string, DatosConvenio['estatus']> = { FIRMADO: 'vigente', ACTIVO: 'vigente', TRAMITE: 'en-tramite', PENDIENTE: 'en-tramite', VENCIDA: 'vencido', CANCELADA: 'cancelado' };

function convenioDeFila(l: LectorFila): Conversion<DatosConvenio> {
  const tipo = l.opcion('tipo', ETIQUETA_TIPO_CONVENIO, {}, null);
  if (tipo === null) throw new FilaInvalida('Falta el tipo de convenio (colaboración, coordinación o concertación)');
  const sector = l.opcion('sector', ETIQUETA_SECTOR_CONVENIO, SINONIMOS_SECTOR, null);
  if (sector === null) throw new FilaInvalida('Falta el sector (organización civil o pública)');
  const fechaFirma = l.fecha('fechaFirma', false)?.fecha ?? null;
  const datos = validado(capturaConvenioSchema, {
    numero: l.texto('numero'),
    tipo,
    contraparte: l.texto('contraparte'),
    sector,
    objeto: l.texto('objeto'),
    fechaFirma,
    vigenciaInicio: l.fecha('vigenciaInicio', false)?.fecha ?? null,
    vigenciaFin: l.fecha('vigenciaFin', false)?.fecha ?? null,
    firmantes: l.lista('firmantes'),
    responsable: l.texto('responsable'),
    estatus: l.opcion('estatus', ETIQUETA_ESTATUS_CONVENIO, SINONIMOS_ESTATUS_CONVENIO, fechaFirma ? 'vigente' : 'en-tramite') ?? 'en-tramite',
  });
  return { registro: datos, fechaConteo: ESTATUS_CONVENIO_FIRMADO.includes(datos.estatus) ? datos.fechaFirma : null };
}

function actividadDeFila(l: LectorFila, tipo: TipoImportacion): Conversion<DatosActividadImportada> {
  switch (tipo) {
    case 'jornada':
      return jornadaDeFila(l);
    case 'evento':
      return eventoDeFila(l);
    case 'mesa':
      return mesaDeFila(l);
    default:
      return convenioDeFila(l);
  }
}

/** The fingerprint of what a row says, as the app reads it (so the same row saved as .csv or .xlsx is the same). */
export function huellaDe(tipo: TipoImportacion, persona: DatosPersona | null, registro: object, folioAnterior: string): string {
  return sha256Hex(JSON.stringify([tipo, folioAnterior, persona, registro]));
}

export function convertirFila(fila: FilaLeida, ctx: ContextoConversion): ResultadoFila {
  const lector = new LectorFila(ctx, celdasPorCampo(ctx.mapeo, fila.celdas));
  try {
    const persona = conPersona(ctx.tipo) ? lector.persona() : null;
    const { registro, fechaConteo } =
      ctx.tipo === 'solicitud' ? solicitudDeFila(lector, ctx) : ctx.tipo === 'apoyo' ? apoyoDeFila(lector) : actividadDeFila(lector, ctx.tipo);
    const folioAnterior = ctx.tipo === 'solicitud' ? lector.texto('folio').slice(0, 60) : '';
    return {
      ok: true,
      fila: {
        fila: fila.numero,
        persona,
        nombreNormalizado: persona ? nombreNormalizadoPersona(persona) : '',
        registro,
        folioAnterior,
        huella: huellaDe(ctx.tipo, persona, registro, folioAnterior),
        fechaConteo,
        catalogosNuevos: lector.nuevos,
      },
    };
  } catch (e) {
    if (e instanceof FilaInvalida) return { ok: false, fila: fila.numero, motivo: e.message };
    throw e;
  }
}
