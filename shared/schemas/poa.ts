import { z } from 'zod';
import { baseRegistro, doceMeses, entero, fecha, texto, textoOpcional, VARIAS_LINEAS } from './comunes';

export const FRECUENCIAS = ['mensual', 'bimestral', 'trimestral'] as const;
export const ETIQUETA_FRECUENCIA: Record<(typeof FRECUENCIAS)[number], string> = {
  mensual: 'Mensual',
  bimestral: 'Bimestral',
  trimestral: 'Trimestral',
};

/** Which module's records make an activity's achieved count (domain.md, counting rules). */
export const REGLAS_CONTEO = ['solicitudes', 'apoyos', 'programas', 'gestion', 'ninguna'] as const;
export type ReglaConteo = (typeof REGLAS_CONTEO)[number];
export const ETIQUETA_REGLA: Record<ReglaConteo, string> = {
  solicitudes: 'Solicitudes recibidas (sin canceladas ni duplicadas)',
  apoyos: 'Apoyos entregados + jornadas realizadas',
  programas: 'Talleres, capacitaciones y programas realizados',
  gestion: 'Mesas asistidas + convenios firmados',
  ninguna: 'Sólo ajustes manuales',
};

export const encabezadoPoaSchema = z.object({
  anio: entero('Año', 2000, 2100),
  direccion: texto('Dirección', 200),
  area: texto('Área', 200),
  objetivoGeneral: texto('Objetivo General', 2000, VARIAS_LINEAS),
  objetivosEspecificos: texto('Objetivos Específicos', 4000, VARIAS_LINEAS),
});

/**
 * A POA's life: a borrador is edited freely; once autorizado its programmed goals change only through a
 * reconducción; it is cerrado at the end of its year (December and the fourth quarter closed), and reopening it asks
 * for a reason.
 */
export const ESTADOS_POA = ['borrador', 'autorizado', 'cerrado'] as const;
export type EstadoPoa = (typeof ESTADOS_POA)[number];
export const ETIQUETA_ESTADO_POA: Record<EstadoPoa, string> = {
  borrador: 'Borrador',
  autorizado: 'Autorizado',
  cerrado: 'Cerrado',
};

const fechaIso = (campo: string) => z.iso.datetime({ offset: true, message: `${campo} inválida` });

/** Who authorized the POA (the name the head gives), who recorded it at this PC, and when. */
export const autorizacionPoaSchema = z.object({
  nombre: texto('Nombre de quien autoriza', 150),
  usuario: z.string({ error: 'Falta el usuario que registró la autorización' }),
  fecha: fechaIso('Fecha de autorización'),
});
export type AutorizacionPoa = z.infer<typeof autorizacionPoaSchema>;

export const poaSchema = z.object({
  ...baseRegistro,
  ...encabezadoPoaSchema.shape,
  /** POAs saved before states existed read as borradores. */
  estado: z.enum(ESTADOS_POA, { error: 'Estado del POA inválido' }).default('borrador'),
  autorizacion: autorizacionPoaSchema.nullable().default(null),
  cierre: z
    .object({ usuario: z.string({ error: 'Falta el usuario que cerró el POA' }), fecha: fechaIso('Fecha de cierre') })
    .nullable()
    .default(null),
});
export type Poa = z.infer<typeof poaSchema>;
export type EncabezadoPoa = z.infer<typeof encabezadoPoaSchema>;

const programadoMensual = doceMeses(entero('Meta programada del mes', 0, 100_000), 'Meta programada');

/** An activity as edited in the POA settings: the annual sum check lives here so every boundary applies it. */
export const datosActividadSchema = z
  .object({
    numero: entero('Número', 1, 99),
    nombre: texto('Nombre de la actividad', 300),
    eje: textoOpcional('Eje Estratégico', 300),
    linea: textoOpcional('Línea Estratégica', 300),
    acciones: z.array(texto('Acción', 500)).max(10, 'A lo más 10 acciones'),
    actividadEspecifica: texto('Actividad Específica', 1000, VARIAS_LINEAS),
    responsable: texto('Responsable', 300),
    unidadMedida: texto('Unidad de medida', 60),
    metaAnual: entero('Meta anual', 0, 100_000),
    meses: doceMeses(z.boolean(), 'Meses programados'),
    frecuencia: z.enum(FRECUENCIAS, { error: 'Elija la frecuencia de reporte' }),
    fechaInicio: fecha('Fecha de inicio').nullable(),
    fechaFin: fecha('Fecha de fin').nullable(),
    medioVerificacion: textoOpcional('Medio de verificación', 500),
    programado: programadoMensual,
    reglaConteo: z.enum(REGLAS_CONTEO, { error: 'Elija la regla de conteo: cómo se cuentan los logros' }),
  })
  .superRefine((a, ctx) => {
    a.programado.forEach((valor, i) => {
      if (valor > 0 && !a.meses[i]) {
        ctx.addIssue({
          code: 'custom',
          path: ['programado', i],
          message: 'Este mes no está marcado en el cronograma; su meta debe ser 0',
        });
      }
    });
    const suma = a.programado.reduce((s, v) => s + v, 0);
    if (suma !== a.metaAnual) {
      ctx.addIssue({
        code: 'custom',
        path: ['programado'],
        message: `La suma mensual (${suma}) no coincide con la meta anual (${a.metaAnual}); diferencia ${suma - a.metaAnual > 0 ? '+' : ''}${suma - a.metaAnual}`,
      });
    }
    if (a.fechaInicio && a.fechaFin && a.fechaFin < a.fechaInicio) {
      ctx.addIssue({ code: 'custom', path: ['fechaFin'], message: 'La fecha de fin es anterior a la de inicio' });
    }
  });
export type DatosActividad = z.infer<typeof datosActividadSchema>;

/** An activity's annual goal and its twelve monthly goals, as a whole. */
export const metasActividadSchema = z.object({
  metaAnual: entero('Meta anual', 0, 100_000),
  programado: programadoMensual,
});
export type MetasActividad = z.infer<typeof metasActividadSchema>;

export const actividadSchema = z
  .object({
    ...baseRegistro,
    poaId: z.uuid(),
    /** The goals as authorized (Meta inicial); null while the POA is a borrador. Reconducciones never touch it. */
    inicial: metasActividadSchema.nullable().default(null),
  })
  .and(datosActividadSchema);
export type Actividad = DatosActividad & { poaId: string; inicial: MetasActividad | null } & Pick<
    Poa,
    'id' | 'createdAt' | 'updatedAt' | 'estacion' | 'eliminado'
  >;

/**
 * A signed change of an authorized POA's programmed goals: the new twelve monthly goals (and the annual goal they
 * must add up to), why, who asked for it and who authorized it. Which months may still change is decided by
 * `shared/domain/reconduccion.ts`.
 */
export const datosReconduccionSchema = z.object({
  actividadId: z.uuid('Elija la actividad'),
  metaAnual: entero('Meta anual modificada', 0, 100_000),
  programado: programadoMensual,
  motivo: texto('Motivo', 2000, VARIAS_LINEAS).refine((m) => m.length >= 10, 'Explique el motivo (al menos 10 caracteres)'),
  solicito: texto('Quién la solicitó', 150),
  autorizo: texto('Quién la autorizó', 150),
});
export type DatosReconduccion = z.infer<typeof datosReconduccionSchema>;

/** The stored reconducción: kept as history, never edited. */
export const reconduccionSchema = z.object({
  ...baseRegistro,
  poaId: z.uuid(),
  anio: entero('Año', 2000, 2100),
  actividadId: z.uuid(),
  numeroActividad: entero('Número', 1, 99),
  /** The months whose goal changed, 1..12. */
  meses: z.array(entero('Mes', 1, 12)).min(1, 'La reconducción no cambia ningún mes'),
  antes: metasActividadSchema,
  despues: metasActividadSchema,
  motivo: texto('Motivo', 2000, VARIAS_LINEAS),
  solicito: texto('Quién la solicitó', 150),
  autorizo: texto('Quién la autorizó', 150),
  usuario: z.string({ error: 'Falta el usuario que registró la reconducción' }),
  fecha: fechaIso('Fecha de la reconducción'),
});
export type Reconduccion = z.infer<typeof reconduccionSchema>;

/** Work done outside the modules, added by hand to a month's achieved count, always with its reason. */
export const datosAjusteSchema = z.object({
  actividadId: z.uuid('Elija la actividad'),
  anio: entero('Año', 2000, 2100),
  mes: entero('Mes', 1, 12),
  cantidad: entero('Cantidad', -10_000, 10_000).refine((n) => n !== 0, 'La cantidad no puede ser 0'),
  motivo: texto('Motivo', 1000, VARIAS_LINEAS).refine((m) => m.length >= 10, 'Explique el motivo (al menos 10 caracteres)'),
  usuario: texto('Usuario', 120),
});
export const ajusteSchema = z.object({ ...baseRegistro, ...datosAjusteSchema.shape });
export type Ajuste = z.infer<typeof ajusteSchema>;

/** The text the head signs when a period ends off target. `actividadId` null = the POA as a whole. */
export const datosJustificacionSchema = z.object({
  actividadId: z.uuid().nullable(),
  anio: entero('Año', 2000, 2100),
  tipoPeriodo: z.enum(['mes', 'bimestre', 'trimestre', 'anual']),
  numero: entero('Periodo', 1, 12),
  texto: texto('Justificación', 2000, VARIAS_LINEAS).refine((t) => t.length >= 10, 'La justificación debe tener al menos 10 caracteres'),
});
export const justificacionSchema = z.object({ ...baseRegistro, ...datosJustificacionSchema.shape });
export type Justificacion = z.infer<typeof justificacionSchema>;

/**
 * What «Nuevo POA» sends: the year, the year of the POA it starts from (null = empty, with its own header) and the
 * annual goal of each activity by número (a missing one keeps the previous year's).
 */
export const datosNuevoPoaSchema = z
  .object({
    anio: entero('Año', 2000, 2100),
    desde: entero('Año del POA de origen', 2000, 2100).nullable(),
    metas: z.record(z.string(), entero('Meta anual', 0, 100_000), { error: 'Escriba la meta anual de cada actividad' }),
    encabezado: encabezadoPoaSchema.omit({ anio: true }).nullable(),
  })
  .superRefine((d, ctx) => {
    if (d.desde === null && d.encabezado === null) {
      ctx.addIssue({ code: 'custom', path: ['encabezado'], message: 'Escriba el encabezado del POA nuevo' });
    }
    if (d.desde !== null && d.desde >= d.anio) {
      ctx.addIssue({ code: 'custom', path: ['desde'], message: 'El POA de origen debe ser de un año anterior' });
    }
  });
export type DatosNuevoPoa = z.infer<typeof datosNuevoPoaSchema>;

export const motivoReaperturaPoaSchema = texto('Motivo', 1000, VARIAS_LINEAS).refine(
  (m) => m.length >= 10,
  'Explique por qué se reabre (al menos 10 caracteres)',
);
