import { calcularCronograma } from '../../../shared/domain/cronograma';
import { UMBRALES_POR_DEFECTO } from '../../../shared/domain/eficiencia';
import type { Actividad, Justificacion, Reconduccion } from '../../../shared/schemas/poa';
import type { DatosLibroPoa, RegistrosReporte } from '../../../shared/reportes/tipos';
import { ACTIVIDADES_POA_2026, ENCABEZADO_POA_2026 } from '../../../shared/seed/poa2026';
import { actividadDe, ajuste, apoyo, convenio, evento, jornada, mesa, persona, solicitud, TIPO_DESPENSA, TIPO_MEDICAMENTO, uuid } from '../shared/registros';

/**
 * A small 2026 with every case the reports must tell apart: records that count and records that do not (cancelled,
 * duplicate, deleted, not delivered, not held, not signed, another year), a manual adjustment, justifications of
 * every kind of period, and citizens with the personal data a public list must leave out.
 */
export const ACTIVIDADES = ACTIVIDADES_POA_2026.map((a) => actividadDe(a));
export const [A1, A2, A3, A4] = ACTIVIDADES;

export const DIF = uuid(21);
export const OBRAS = uuid(22);
export const CATALOGOS = new Map([
  [TIPO_DESPENSA, 'Despensa'],
  [TIPO_MEDICAMENTO, 'Medicamento'],
  [DIF, 'DIF Municipal'],
  [OBRAS, 'Obras Públicas'],
]);

export const MARIA = persona({
  id: uuid(901),
  sexo: 'M',
  nombres: 'María José',
  apellidoPaterno: 'Pérez',
  apellidoMaterno: 'López',
  curp: 'PELM900315MVZRPR05',
  fechaNacimiento: '1990-03-15',
  edad: null,
  telefono: '2281234567',
  correo: 'maria@example.com',
  calle: 'Av. Juárez',
  numero: '12',
  codigoPostal: '91000',
  colonia: 'Centro',
  localidad: 'Cabecera municipal',
});
export const JUAN = persona({
  id: uuid(902),
  sexo: 'H',
  nombres: 'Juan',
  apellidoPaterno: 'Hernández',
  apellidoMaterno: 'García',
  edad: 67,
  telefono: '2289876543',
  calle: 'Calle Hidalgo',
  colonia: '',
  localidad: 'El Mirador',
});

export const S_NOV_1 = solicitud({ fechaRecepcion: '2026-11-03T09:10', personaId: MARIA.id, dependenciaId: DIF, estatus: 'canalizada', fechaCompromiso: '2026-11-20' });
export const S_NOV_2 = solicitud({ fechaRecepcion: '2026-11-18T16:20', personaId: JUAN.id, tipoApoyoId: TIPO_MEDICAMENTO, fechaCompromiso: '2026-12-03' });
export const S_OCT = solicitud({ fechaRecepcion: '2026-10-08T10:30', personaId: JUAN.id, estatus: 'atendida' });
export const S_CANCELADA = solicitud({
  fechaRecepcion: '2026-11-05T11:00',
  personaId: MARIA.id,
  estatus: 'cancelada',
  descripcion: 'Solicita láminas de fibrocemento para el techo de su vivienda, que se dañó con las lluvias de octubre;\npide además cemento y varilla para reforzar el muro del patio.',
});
export const S_DUPLICADA = solicitud({ fechaRecepcion: '2026-11-06T11:00', personaId: MARIA.id, estatus: 'duplicada' });
export const S_ELIMINADA = solicitud({ fechaRecepcion: '2026-11-07T11:00', personaId: MARIA.id, eliminado: 1 });
export const S_2025 = solicitud({ fechaRecepcion: '2025-12-30T12:00', personaId: MARIA.id });

/** A programa social managed in an earlier year: the annexes name it by the references, not by the year's eventos. */
export const PROGRAMA_BECAS = uuid(790);
export const AP_NOV = apoyo({
  personaId: MARIA.id,
  solicitudId: S_2025.id,
  estatus: 'entregado',
  fechaEntrega: '2026-11-12',
  cantidad: 2,
  unidad: 'paquete',
  valorEstimado: 1234.5,
  dependenciaId: DIF,
  programaId: PROGRAMA_BECAS,
});
export const AP_JUAN = apoyo({ personaId: JUAN.id, solicitudId: S_OCT.id, tipoApoyoId: TIPO_MEDICAMENTO, estatus: 'entregado', fechaEntrega: '2026-10-20', fuente: 'estatal' });
export const AP_GESTIONADO = apoyo({ personaId: JUAN.id, estatus: 'gestionado', fechaEntrega: null });
export const AP_ELIMINADO = apoyo({ personaId: JUAN.id, estatus: 'entregado', fechaEntrega: '2026-11-13', eliminado: 1 });

export const J_REALIZADA = jornada({ fecha: '2026-11-21', nombre: 'Jornada de salud en Las Flores', dependencias: [DIF, 'Cruz Roja'] });
export const J_PENDIENTE = jornada({ fecha: '2026-11-28', realizada: false });
export const E_TALLER = evento({ fecha: '2026-11-10', nombre: 'Taller de autoestima', facilitador: '', dependenciaId: DIF });
export const E_CANCELADO = evento({ fecha: '2026-11-11', estatus: 'cancelado' });
export const M_ASISTIDA = mesa({ fecha: '2026-11-04', tema: 'Mesa de seguridad alimentaria' });
export const M_PROGRAMADA = mesa({ fecha: '2026-11-25', estatus: 'programada' });
export const C_FIRMADO = convenio({ numero: 'CONV-007/2026', estatus: 'vigente', fechaFirma: '2026-11-14', vigenciaInicio: '2026-11-14', vigenciaFin: '2027-11-13' });
export const C_TRAMITE = convenio({ numero: 'CONV-008/2026', estatus: 'en-tramite', fechaFirma: '2026-11-15' });

export const REGISTROS: RegistrosReporte = {
  solicitudes: [S_NOV_1, S_NOV_2, S_OCT, S_CANCELADA, S_DUPLICADA, S_ELIMINADA, S_2025],
  apoyos: [AP_NOV, AP_JUAN, AP_GESTIONADO, AP_ELIMINADO],
  jornadas: [J_REALIZADA, J_PENDIENTE],
  eventos: [E_TALLER, E_CANCELADO],
  mesas: [M_ASISTIDA, M_PROGRAMADA],
  convenios: [C_FIRMADO, C_TRAMITE],
};

export const AJUSTES = [
  ajuste({ actividadId: A2.id, mes: 11, cantidad: 3, motivo: 'Despensas entregadas en la jornada del DIF estatal' }),
  ajuste({ actividadId: A4.id, mes: 11, cantidad: -1, motivo: 'Mesa contada dos veces por error de captura' }),
  ajuste({ actividadId: A1.id, mes: 11, cantidad: 5, motivo: 'Retirado', eliminado: 1 }),
];

function justificacion(j: Pick<Justificacion, 'actividadId' | 'tipoPeriodo' | 'numero' | 'texto'> & Partial<Justificacion>): Justificacion {
  return {
    id: uuid(),
    createdAt: '2026-11-01T10:00:00.000Z',
    updatedAt: '2026-11-01T10:00:00.000Z',
    estacion: 'V1',
    eliminado: 0,
    anio: 2026,
    ...j,
  };
}

export const JUSTIFICACIONES: Justificacion[] = [
  justificacion({ actividadId: A1.id, tipoPeriodo: 'mes', numero: 10, texto: 'Cierre de ventanilla por remodelación' }),
  justificacion({ actividadId: A1.id, tipoPeriodo: 'trimestre', numero: 4, texto: 'Veda electoral en el cuarto trimestre' }),
  justificacion({ actividadId: A1.id, tipoPeriodo: 'mes', numero: 11, texto: 'Texto retirado que no se imprime', eliminado: 1 }),
  justificacion({ actividadId: A4.id, tipoPeriodo: 'bimestre', numero: 2, texto: 'Mesas reprogramadas por la Secretaría' }),
  justificacion({ actividadId: A2.id, tipoPeriodo: 'anual', numero: 1, texto: 'Recorte presupuestal del programa estatal' }),
  justificacion({ actividadId: null, tipoPeriodo: 'mes', numero: 11, texto: 'Noviembre con menos personal en ventanilla' }),
  justificacion({ actividadId: A3.id, tipoPeriodo: 'mes', numero: 11, texto: 'Texto de otro año', anio: 2025 }),
];

export const GENERADO = new Date(2026, 10, 24, 18, 0);

/** The seed's POA as it starts: a borrador, no one has authorized its goals yet. */
export const POA_BORRADOR: DatosLibroPoa['poa'] = { ...ENCABEZADO_POA_2026, estado: 'borrador', autorizacion: null, cierre: null };
export const POA_AUTORIZADO: DatosLibroPoa['poa'] = {
  ...POA_BORRADOR,
  estado: 'autorizado',
  autorizacion: { nombre: 'Ana Torres Vidal', usuario: 'Jefe del Departamento', fecha: '2026-01-15T17:00:00.000Z' },
};

function reconduccion(
  actividad: Actividad,
  r: Pick<Reconduccion, 'fecha' | 'meses' | 'antes' | 'despues' | 'motivo'> & Partial<Reconduccion>,
): Reconduccion {
  return {
    id: uuid(),
    createdAt: r.fecha,
    updatedAt: r.fecha,
    estacion: 'V1',
    eliminado: 0,
    poaId: actividad.poaId,
    anio: 2026,
    actividadId: actividad.id,
    numeroActividad: actividad.numero,
    solicito: 'Personal de Gestión Social',
    autorizo: 'Ana Torres Vidal',
    usuario: 'Jefe del Departamento',
    ...r,
  };
}

const conMeses = (programado: readonly number[], cambios: Record<number, number>) => programado.map((p, i) => cambios[i + 1] ?? p);

/**
 * The same POA authorized on 15/01/2026 and reconducted twice: activity 3 raised July from 7 to 9 and its annual goal
 * to 92 in June; activity 1 moved two solicitudes from December to November in November. A reconducción of another
 * year and a deleted one must not show anywhere.
 */
export const A1_RECONDUCIDA: Actividad = { ...A1, inicial: { metaAnual: 90, programado: [...A1.programado] }, programado: conMeses(A1.programado, { 11: 9, 12: 5 }) };
export const A3_RECONDUCIDA: Actividad = { ...A3, inicial: { metaAnual: 90, programado: [...A3.programado] }, metaAnual: 92, programado: conMeses(A3.programado, { 7: 9 }) };
export const ACTIVIDADES_AUTORIZADAS: Actividad[] = [
  A1_RECONDUCIDA,
  { ...A2, inicial: { metaAnual: A2.metaAnual, programado: [...A2.programado] } },
  A3_RECONDUCIDA,
  { ...A4, inicial: { metaAnual: A4.metaAnual, programado: [...A4.programado] } },
];
export const R_NOVIEMBRE = reconduccion(A1, {
  fecha: '2026-11-10T18:30:00.000Z',
  meses: [11, 12],
  antes: { metaAnual: 90, programado: [...A1.programado] },
  despues: { metaAnual: 90, programado: A1_RECONDUCIDA.programado },
  motivo: 'La jornada de registro civil adelanta a noviembre solicitudes previstas para diciembre',
});
export const R_JULIO = reconduccion(A3, {
  fecha: '2026-06-20T16:00:00.000Z',
  meses: [7],
  antes: { metaAnual: 90, programado: [...A3.programado] },
  despues: { metaAnual: 92, programado: A3_RECONDUCIDA.programado },
  motivo: 'Dos talleres más con el Instituto de la Mujer en julio',
  solicito: 'Jefe del Departamento',
});
export const RECONDUCCIONES: Reconduccion[] = [
  R_NOVIEMBRE,
  R_JULIO,
  reconduccion(A1, { fecha: '2025-11-10T18:30:00.000Z', anio: 2025, meses: [11], antes: R_NOVIEMBRE.antes, despues: R_NOVIEMBRE.despues, motivo: 'Del POA anterior' }),
  reconduccion(A1, { fecha: '2026-11-11T18:30:00.000Z', eliminado: 1, meses: [11], antes: R_NOVIEMBRE.antes, despues: R_NOVIEMBRE.despues, motivo: 'Retirada' }),
];

export function cronograma(mesCorte = 11, actividades: readonly Actividad[] = ACTIVIDADES) {
  return calcularCronograma({ anio: 2026, actividades, registros: REGISTROS, ajustes: AJUSTES, umbrales: UMBRALES_POR_DEFECTO, mesCorte });
}

/** The workbook's data for the authorized, reconducted POA. */
export function datosLibroAutorizado(cambios: Partial<DatosLibroPoa> = {}): DatosLibroPoa {
  return datosLibro({ poa: POA_AUTORIZADO, cronograma: cronograma(11, ACTIVIDADES_AUTORIZADAS), reconducciones: RECONDUCCIONES, ...cambios });
}

/** A 1×1 PNG, as the settings store an uploaded logo. */
export const LOGO_PNG =
  'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==';

export function datosLibro(cambios: Partial<DatosLibroPoa> = {}): DatosLibroPoa {
  return {
    poa: POA_BORRADOR,
    cronograma: cronograma(),
    umbrales: UMBRALES_POR_DEFECTO,
    registros: REGISTROS,
    justificaciones: JUSTIFICACIONES,
    reconducciones: [],
    referencias: {
      personas: new Map([MARIA, JUAN].map((p) => [p.id, p])),
      catalogos: CATALOGOS,
      folios: new Map([...REGISTROS.solicitudes].map((s) => [s.id, s.folio])),
      programas: new Map([[PROGRAMA_BECAS, 'Becas para el bienestar']]),
      // The cancelled solicitud has its two documents; the November one its acuse.
      evidencias: new Map([
        [S_CANCELADA.id, 2],
        [S_NOV_1.id, 1],
      ]),
    },
    configuracion: { municipio: '  San Pedro de las Flores ', logoDataUrl: LOGO_PNG },
    generado: GENERADO,
    ...cambios,
  };
}
