import { z } from 'zod';
import { fechaIsoLocal } from '../domain/formato';
import { baseRegistro, entero, fecha, texto, textoOpcional, VARIAS_LINEAS } from './comunes';

/** A list of names (dependencias, servicios, instituciones, firmantes): each one written, none repeated blank. */
const lista = (campo: string, max = 50) =>
  z
    .array(z.string().trim().min(1, `${campo}: hay un renglón vacío`).max(200, `${campo}: cada nombre admite a lo más 200 caracteres`))
    .max(max, `${campo}: a lo más ${max}`);

/** 'AAAA-MM-DD' strings compare as dates. */
const despuesDe = (inicio: string | null, fin: string | null) => inicio === null || fin === null || fin >= inicio;

/**
 * Attendance by age group, as the POA's evidence reports it for talleres, capacitaciones and jornadas. Records
 * captured before it read with every group null (not captured), so they still read, restore and travel.
 */
export const GRUPOS_EDAD = ['edad0a11', 'edad12a17', 'edad18a29', 'edad30a59', 'edad60'] as const;
export type GrupoEdad = (typeof GRUPOS_EDAD)[number];
export const ETIQUETA_GRUPO_EDAD: Record<GrupoEdad, string> = {
  edad0a11: '0 a 11 años',
  edad12a17: '12 a 17 años',
  edad18a29: '18 a 29 años',
  edad30a59: '30 a 59 años',
  edad60: '60 años y más',
};
const grupoEdad = (g: GrupoEdad) => entero(`Asistencia de ${ETIQUETA_GRUPO_EDAD[g]}`).nullable();
/** What a capture gives: each group's number, or null for a record captured before them. */
const camposGruposEdad = Object.fromEntries(GRUPOS_EDAD.map((g) => [g, grupoEdad(g)])) as Record<GrupoEdad, ReturnType<typeof grupoEdad>>;
/** As stored: a record from an older version, or from a backup or package it wrote, lacks them and reads as null. */
const gruposEdadGuardados = Object.fromEntries(GRUPOS_EDAD.map((g) => [g, grupoEdad(g).default(null)])) as Record<
  GrupoEdad,
  z.ZodDefault<ReturnType<typeof grupoEdad>>
>;
export type GruposEdad = Record<GrupoEdad, number | null>;
/** What a record captured before the age groups reads as. */
export const SIN_GRUPOS_EDAD: Readonly<GruposEdad> = { edad0a11: null, edad12a17: null, edad18a29: null, edad30a59: null, edad60: null };

/** The age groups' sum, or null when none was captured. */
export function sumaGruposEdad(g: Partial<GruposEdad>): number | null {
  const valores = GRUPOS_EDAD.map((k) => g[k] ?? null);
  return valores.every((v) => v === null) ? null : valores.reduce<number>((s, v) => s + (v ?? 0), 0);
}

/**
 * The age groups add up to the attendance by sex (mujeres, hombres and otro). A new capture with attendance must
 * give them (`exigir`); a correction of a record captured before them may leave all five empty. Said at the first
 * group's box, where the clerk starts correcting.
 */
function revisarGruposEdad(g: GruposEdad, sexos: readonly number[], exigir: boolean, quienes: string, ctx: z.RefinementCtx): void {
  // A box already refused (negative, fractional, not a number) says so itself: no sum to compare yet.
  const cifra = (n: number | null) => n === null || (Number.isInteger(n) && n >= 0);
  if (![...sexos, ...GRUPOS_EDAD.map((k) => g[k])].every(cifra)) return;
  const porSexo = sexos.reduce((a, b) => a + b, 0);
  const suma = sumaGruposEdad(g);
  if (suma === null) {
    if (exigir && porSexo > 0) {
      ctx.addIssue({ code: 'custom', path: [GRUPOS_EDAD[0]], message: `Capture la asistencia por grupo de edad: ${quienes} ${porSexo}` });
    }
    return;
  }
  if (suma !== porSexo) {
    ctx.addIssue({ code: 'custom', path: [GRUPOS_EDAD[0]], message: `Los grupos de edad suman ${suma} y ${quienes} ${porSexo}` });
  }
}

// Módulo 2: apoyos y jornadas
export const FUENTES_APOYO = ['municipal', 'estatal', 'federal', 'osc'] as const;
export const ETIQUETA_FUENTE: Record<(typeof FUENTES_APOYO)[number], string> = {
  municipal: 'Municipal',
  estatal: 'Estatal',
  federal: 'Federal',
  osc: 'Organización de la sociedad civil',
};
export const ESTATUS_APOYO = ['gestionado', 'autorizado', 'entregado', 'rechazado'] as const;
export const ETIQUETA_ESTATUS_APOYO: Record<(typeof ESTATUS_APOYO)[number], string> = {
  gestionado: 'Gestionado',
  autorizado: 'Autorizado',
  entregado: 'Entregado',
  rechazado: 'Rechazado',
};
export type EstatusApoyo = (typeof ESTATUS_APOYO)[number];

/**
 * The quick steps of an apoyo: Gestionado → Autorizado → Entregado, Rechazado from either open step, and a rejected
 * one reconsidered goes back to Gestionado. Any other correction is made by editing the record.
 */
export const PASOS_APOYO: Readonly<Record<EstatusApoyo, readonly EstatusApoyo[]>> = {
  gestionado: ['autorizado', 'entregado', 'rechazado'],
  autorizado: ['entregado', 'rechazado'],
  entregado: [],
  rechazado: ['gestionado'],
};

export const datosApoyoSchema = z.object({
  personaId: z.uuid('Elija al beneficiario'),
  solicitudId: z.uuid().nullable(),
  tipoApoyoId: z.uuid('Elija el tipo de apoyo'),
  cantidad: z
    .number({ error: 'La cantidad debe ser un número' })
    .positive('La cantidad debe ser mayor que 0')
    .max(1_000_000, 'La cantidad no puede ser mayor que 1,000,000'),
  unidad: texto('Unidad', 40),
  valorEstimado: z
    .number({ error: 'El valor estimado debe ser un número' })
    .min(0, 'El valor estimado no puede ser negativo')
    .max(100_000_000, 'El valor estimado no puede ser mayor que $ 100,000,000.00'),
  fuente: z.enum(FUENTES_APOYO, { error: 'Elija la fuente' }),
  dependenciaId: z.uuid().nullable(),
  estatus: z.enum(ESTATUS_APOYO),
  fechaGestion: fecha('Fecha de gestión'),
  fechaEntrega: fecha('Fecha de entrega').nullable(),
  evidencia: textoOpcional('Evidencia', 1000, VARIAS_LINEAS),
  /**
   * The programa social (an evento of tipo «programa») whose beneficiary this apoyo makes the person; null for a
   * direct apoyo. It is null by default: an apoyo stored before programas listed their beneficiaries, or from a
   * backup or package written then, lacks it and reads as a direct apoyo, and so does a capture that does not name one.
   */
  programaId: z.uuid('Elija un programa social de la lista').nullable().default(null),
});
export const apoyoSchema = z.object({
  ...baseRegistro,
  ...datosApoyoSchema.shape,
  /** The fingerprint of the spreadsheet row it was imported from (shared/importar): the same row adds nothing twice. */
  huellaImportacion: z.string({ error: 'Fila importada: debe ser texto' }).max(128, 'Fila importada: el dato no es válido').optional(),
});

/**
 * What a capture must say beyond each field: a delivered apoyo has its fecha de entrega (the date it counts by),
 * only a delivered one has it, and it is not before the fecha de gestión.
 */
export const capturaApoyoSchema = datosApoyoSchema.superRefine((a, ctx) => {
  if (a.estatus === 'entregado' && a.fechaEntrega === null) {
    ctx.addIssue({ code: 'custom', path: ['fechaEntrega'], message: 'Un apoyo entregado necesita su fecha de entrega' });
  }
  if (a.estatus !== 'entregado' && a.fechaEntrega !== null) {
    ctx.addIssue({ code: 'custom', path: ['fechaEntrega'], message: 'La fecha de entrega se registra sólo cuando el apoyo está Entregado' });
  }
  if (!despuesDe(a.fechaGestion, a.fechaEntrega)) {
    ctx.addIssue({ code: 'custom', path: ['fechaEntrega'], message: 'La fecha de entrega no puede ser anterior a la de gestión' });
  }
});
export type DatosApoyo = z.infer<typeof datosApoyoSchema>;
export type Apoyo = z.infer<typeof apoyoSchema>;

export const datosJornadaSchema = z.object({
  fecha: fecha('Fecha'),
  nombre: texto('Nombre de la jornada', 200),
  colonia: textoOpcional('Colonia', 150),
  localidad: textoOpcional('Localidad', 150),
  dependencias: lista('Dependencias participantes'),
  servicios: lista('Servicios ofrecidos'),
  atendidasMujeres: entero('Mujeres atendidas'),
  atendidasHombres: entero('Hombres atendidos'),
  atendidasOtro: entero('Otras personas atendidas'),
  ...camposGruposEdad,
  realizada: z.boolean(),
});
export const jornadaSchema = z.object({ ...baseRegistro, ...datosJornadaSchema.shape, ...gruposEdadGuardados });
const capturaJornada = (exigir: boolean) =>
  datosJornadaSchema.superRefine((j, ctx) => {
    revisarGruposEdad(j, [j.atendidasMujeres, j.atendidasHombres, j.atendidasOtro], exigir, 'las personas atendidas por sexo suman', ctx);
  });
/** A new jornada: the people served by age group add up to those by sex. */
export const capturaJornadaSchema = capturaJornada(true);
/** A correction: a jornada captured before the age groups may stay without them. */
export const correccionJornadaSchema = capturaJornada(false);
export type DatosJornada = z.infer<typeof datosJornadaSchema>;
export type Jornada = z.infer<typeof jornadaSchema>;

// Módulo 3: talleres, capacitaciones y programas sociales
export const TIPOS_EVENTO = ['taller', 'capacitacion', 'programa'] as const;
export const ETIQUETA_TIPO_EVENTO: Record<(typeof TIPOS_EVENTO)[number], string> = {
  taller: 'Taller',
  capacitacion: 'Capacitación',
  programa: 'Programa social',
};
export const ESTATUS_EVENTO = ['programado', 'realizado', 'cancelado'] as const;
export const ETIQUETA_ESTATUS_EVENTO: Record<(typeof ESTATUS_EVENTO)[number], string> = {
  programado: 'Programado',
  realizado: 'Realizado',
  cancelado: 'Cancelado',
};

export const datosEventoSchema = z.object({
  tipo: z.enum(TIPOS_EVENTO, { error: 'Elija el tipo' }),
  nombre: texto('Nombre', 200),
  tema: textoOpcional('Tema', 300),
  dependenciaId: z.uuid().nullable(),
  facilitador: textoOpcional('Facilitador', 200),
  fecha: fecha('Fecha'),
  fechaFin: fecha('Fecha de término').nullable(),
  horas: z
    .number({ error: 'Las horas deben ser un número' })
    .min(0, 'Las horas no pueden ser negativas')
    .max(2000, 'Las horas no pueden ser más de 2000'),
  sede: textoOpcional('Sede', 200),
  localidad: textoOpcional('Localidad', 150),
  poblacionObjetivo: textoOpcional('Población objetivo', 300),
  asistentesMujeres: entero('Mujeres'),
  asistentesHombres: entero('Hombres'),
  asistentesOtro: entero('Otro'),
  ...camposGruposEdad,
  beneficiarios: entero('Beneficiarios'),
  estatus: z.enum(ESTATUS_EVENTO),
  evidencia: textoOpcional('Evidencia', 1000, VARIAS_LINEAS),
});
export const eventoSchema = z.object({ ...baseRegistro, ...datosEventoSchema.shape, ...gruposEdadGuardados });
/** Talleres and capacitaciones report their attendance by age group; a programa reports beneficiarios. */
export const conGruposEdad = (e: Pick<Evento, 'tipo'>) => e.tipo !== 'programa';
const capturaEvento = (exigir: boolean) =>
  datosEventoSchema.superRefine((e, ctx) => {
    if (!despuesDe(e.fecha, e.fechaFin)) {
      ctx.addIssue({ code: 'custom', path: ['fechaFin'], message: 'La fecha de término no puede ser anterior a la de inicio' });
    }
    if (conGruposEdad(e)) revisarGruposEdad(e, [e.asistentesMujeres, e.asistentesHombres, e.asistentesOtro], exigir, 'la asistencia por sexo suma', ctx);
  });
/** A new taller, capacitación or programa: a taller's or capacitación's age groups add up to its attendance by sex. */
export const capturaEventoSchema = capturaEvento(true);
/** A correction: one captured before the age groups may stay without them. */
export const correccionEventoSchema = capturaEvento(false);
export type DatosEvento = z.infer<typeof datosEventoSchema>;
export type Evento = z.infer<typeof eventoSchema>;

// Módulo 4: vinculación institucional
export const ESTATUS_MESA = ['programada', 'asistida', 'cancelada'] as const;
export const ETIQUETA_ESTATUS_MESA: Record<(typeof ESTATUS_MESA)[number], string> = {
  programada: 'Programada',
  asistida: 'Asistida',
  cancelada: 'Cancelada',
};
export const datosMesaSchema = z.object({
  fecha: fecha('Fecha'),
  tema: texto('Tema', 300),
  convoca: texto('Convoca', 200),
  sede: textoOpcional('Sede', 200),
  instituciones: lista('Instituciones participantes', 100),
  asistentes: entero('Asistentes'),
  estatus: z.enum(ESTATUS_MESA),
});
export const mesaSchema = z.object({ ...baseRegistro, ...datosMesaSchema.shape });
export type DatosMesa = z.infer<typeof datosMesaSchema>;
export type Mesa = z.infer<typeof mesaSchema>;

export const ESTATUS_ACUERDO = ['pendiente', 'en-proceso', 'cumplido'] as const;
export const ETIQUETA_ESTATUS_ACUERDO: Record<(typeof ESTATUS_ACUERDO)[number], string> = {
  pendiente: 'Pendiente',
  'en-proceso': 'En proceso',
  cumplido: 'Cumplido',
};
/**
 * How a cumplido acuerdo was fulfilled: the day and what proves it («Oficio DIF/123/2026»). Acuerdos captured before
 * these fields read with none (no date, no evidence), so they still read, restore and travel.
 */
const fechaCumplimiento = fecha('Fecha de cumplimiento').nullable();
const evidenciaCumplimiento = textoOpcional('Evidencia del cumplimiento', 1000, VARIAS_LINEAS);
export type Cumplimiento = { fechaCumplimiento: string | null; evidenciaCumplimiento: string };
/** What an acuerdo not cumplido (or captured before the fields existed) holds of its fulfilment. */
export const SIN_CUMPLIMIENTO: Readonly<Cumplimiento> = { fechaCumplimiento: null, evidenciaCumplimiento: '' };

export const datosAcuerdoSchema = z.object({
  mesaId: z.uuid(),
  texto: texto('Acuerdo', 1000, VARIAS_LINEAS),
  responsable: texto('Responsable', 200),
  fechaCompromiso: fecha('Fecha compromiso').nullable(),
  estatus: z.enum(ESTATUS_ACUERDO),
  fechaCumplimiento,
  evidenciaCumplimiento,
});
/** As stored: a record from an older version, or from a backup or package it wrote, lacks the fulfilment and has none. */
export const acuerdoSchema = z.object({
  ...baseRegistro,
  ...datosAcuerdoSchema.shape,
  fechaCumplimiento: fechaCumplimiento.default(SIN_CUMPLIMIENTO.fechaCumplimiento),
  evidenciaCumplimiento: evidenciaCumplimiento.default(SIN_CUMPLIMIENTO.evidenciaCumplimiento),
});
export type DatosAcuerdo = z.infer<typeof datosAcuerdoSchema>;
export type Acuerdo = z.infer<typeof acuerdoSchema>;

/** Only a cumplido acuerdo has a fulfilment: marking it pendiente or en proceso again clears its date and evidence. */
function soloSiCumplido<T>(a: T): T {
  if (typeof a !== 'object' || a === null || (a as { estatus?: unknown }).estatus === 'cumplido') return a;
  return { ...a, ...SIN_CUMPLIMIENTO };
}

/**
 * What a capture or update must say beyond each field: a cumplido acuerdo has the day it was fulfilled, and that day
 * has already come (by this PC's calendar). Its mesa's date bounds it too; the repository, which reads the mesa, checks it.
 */
export const capturaAcuerdoSchema = z.preprocess(
  (a: DatosAcuerdo) => soloSiCumplido(a),
  datosAcuerdoSchema.superRefine((a, ctx) => {
    if (a.estatus !== 'cumplido') return;
    if (a.fechaCumplimiento === null) {
      ctx.addIssue({ code: 'custom', path: ['fechaCumplimiento'], message: 'Un acuerdo cumplido necesita su fecha de cumplimiento' });
    } else if (a.fechaCumplimiento > fechaIsoLocal(new Date())) {
      ctx.addIssue({ code: 'custom', path: ['fechaCumplimiento'], message: 'La fecha de cumplimiento no puede ser posterior a hoy' });
    }
  }),
);

export const TIPOS_CONVENIO = ['colaboracion', 'coordinacion', 'concertacion'] as const;
export const SECTORES_CONVENIO = ['civil', 'publico'] as const;
export const ETIQUETA_TIPO_CONVENIO: Record<(typeof TIPOS_CONVENIO)[number], string> = {
  colaboracion: 'Colaboración',
  coordinacion: 'Coordinación',
  concertacion: 'Concertación',
};
export const ETIQUETA_SECTOR_CONVENIO: Record<(typeof SECTORES_CONVENIO)[number], string> = {
  civil: 'Organización civil',
  publico: 'Pública',
};
export const ESTATUS_CONVENIO = ['en-tramite', 'vigente', 'renovado', 'vencido', 'cancelado'] as const;
export const ETIQUETA_ESTATUS_CONVENIO: Record<(typeof ESTATUS_CONVENIO)[number], string> = {
  'en-tramite': 'En trámite',
  vigente: 'Vigente',
  renovado: 'Renovado',
  vencido: 'Vencido',
  cancelado: 'Cancelado',
};
/** Statuses that say the convenio was signed: they need the fecha de firma, by which it counts. */
export const ESTATUS_CONVENIO_FIRMADO: readonly (typeof ESTATUS_CONVENIO)[number][] = ['vigente', 'renovado', 'vencido'];
export const datosConvenioSchema = z.object({
  numero: texto('Número de convenio', 60),
  tipo: z.enum(TIPOS_CONVENIO, { error: 'Elija el tipo de convenio' }),
  contraparte: texto('Contraparte', 300),
  sector: z.enum(SECTORES_CONVENIO, { error: 'Elija el sector' }),
  objeto: texto('Objeto', 2000, VARIAS_LINEAS),
  fechaFirma: fecha('Fecha de firma').nullable(),
  vigenciaInicio: fecha('Inicio de vigencia').nullable(),
  vigenciaFin: fecha('Fin de vigencia').nullable(),
  firmantes: lista('Firmantes'),
  responsable: texto('Responsable', 200),
  estatus: z.enum(ESTATUS_CONVENIO),
});
export const convenioSchema = z.object({ ...baseRegistro, ...datosConvenioSchema.shape });
export const capturaConvenioSchema = datosConvenioSchema.superRefine((c, ctx) => {
  if (ESTATUS_CONVENIO_FIRMADO.includes(c.estatus) && c.fechaFirma === null) {
    ctx.addIssue({ code: 'custom', path: ['fechaFirma'], message: `Un convenio ${ETIQUETA_ESTATUS_CONVENIO[c.estatus].toLowerCase()} necesita su fecha de firma` });
  }
  if (!despuesDe(c.vigenciaInicio, c.vigenciaFin)) {
    ctx.addIssue({ code: 'custom', path: ['vigenciaFin'], message: 'El fin de la vigencia no puede ser anterior a su inicio' });
  }
});
export type DatosConvenio = z.infer<typeof datosConvenioSchema>;
export type Convenio = z.infer<typeof convenioSchema>;
