import type { z } from 'zod';
import { fechaNacimientoDeCurp, sexoDeCurp, validarCurp } from '../domain/curp';
import { sumarDias } from '../domain/formato';
import { nombreNormalizadoPersona } from '../domain/personas';
import { sha256Hex } from '../demo/sha256';
import { capturaApoyoSchema, ETIQUETA_ESTATUS_APOYO, ETIQUETA_FUENTE, type DatosApoyo } from '../schemas/modulos';
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
import { CAMPOS_IMPORTACION, type Mapeo, type TipoImportacion } from './campos';
import { emparejarCatalogo, emparejarOpcion, type EntradaCatalogo, type IndiceCatalogos, type Resoluciones } from './catalogos';
import { separarNombre, type OrdenNombre } from './nombres';
import type { Celda, FilaLeida } from './tabla';
import { leerFecha, leerHora, leerNumero, leerTexto } from './valores';

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

export interface FilaConvertida {
  fila: number;
  persona: DatosPersona;
  /** «PATERNO MATERNO NOMBRES» normalized, for the likely-same-person match. */
  nombreNormalizado: string;
  registro: DatosSolicitudImportada | DatosApoyoImportado;
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

/** The fingerprint of what a row says, as the app reads it (so the same row saved as .csv or .xlsx is the same). */
function huellaDe(tipo: TipoImportacion, persona: DatosPersona, registro: object, folioAnterior: string): string {
  return sha256Hex(JSON.stringify([tipo, folioAnterior, persona, registro]));
}

export function convertirFila(fila: FilaLeida, ctx: ContextoConversion): ResultadoFila {
  const lector = new LectorFila(ctx, celdasPorCampo(ctx.mapeo, fila.celdas));
  try {
    const persona = lector.persona();
    const { registro, fechaConteo } = ctx.tipo === 'solicitud' ? solicitudDeFila(lector, ctx) : apoyoDeFila(lector);
    const folioAnterior = ctx.tipo === 'solicitud' ? lector.texto('folio').slice(0, 60) : '';
    return {
      ok: true,
      fila: {
        fila: fila.numero,
        persona,
        nombreNormalizado: nombreNormalizadoPersona(persona),
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
