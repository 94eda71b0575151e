import { formatearFecha } from '../domain/formato';
import { unidadTerritorial } from '../domain/personas';
import {
  apoyoSchema,
  capturaApoyoSchema,
  ESTATUS_APOYO,
  ETIQUETA_ESTATUS_APOYO,
  ETIQUETA_FUENTE,
  PASOS_APOYO,
  type Apoyo,
  type DatosApoyo,
} from '../schemas/modulos';
import { nombreCompleto } from '../schemas/personas';
import { columna, nombreCatalogo } from './anexo';
import { nombreDe, type DescriptorCaptura, type NombresRegistro } from './tipos';

/** What counting reads, and the beneficiary and tipo that only name the apoyo (lean projections may leave them out). */
export type ApoyoConteo = Pick<Apoyo, 'id' | 'estatus' | 'fechaEntrega' | 'cantidad' | 'unidad' | 'eliminado'> &
  Partial<Pick<Apoyo, 'personaId' | 'tipoApoyoId'>>;

/** "2 paquetes", "1.50 toneladas". */
export function cantidadApoyo(a: Pick<Apoyo, 'cantidad' | 'unidad'>): string {
  return `${Number.isInteger(a.cantidad) ? a.cantidad : a.cantidad.toFixed(2)} ${a.unidad}`.trim();
}

/** Activity 2 counts an apoyo once delivered, in the month of its fecha de entrega. */
function cuentaEn(a: Pick<Apoyo, 'estatus' | 'fechaEntrega' | 'eliminado'>): string | null {
  return a.eliminado === 0 && a.estatus === 'entregado' && a.fechaEntrega ? a.fechaEntrega : null;
}

/** "Apoyo Despensa a Rosalinda Quetzal Ramírez · 1 paquete"; "Apoyo: 1 paquete" when neither name is known. */
function describir(a: ApoyoConteo, nombres: NombresRegistro): string {
  const tipo = nombreDe(nombres.catalogos, a.tipoApoyoId);
  const persona = nombreDe(nombres.personas, a.personaId);
  if (!tipo && !persona) return `Apoyo: ${cantidadApoyo(a)}`;
  return `Apoyo${tipo ? ` ${tipo}` : ''}${persona ? ` a ${persona}` : ''} · ${cantidadApoyo(a)}`;
}

export const apoyo = {
  tipo: 'apoyo',
  tabla: 'apoyos',
  etiqueta: 'Apoyo entregado',
  schema: apoyoSchema,
  estatus: { valores: ESTATUS_APOYO, etiquetas: ETIQUETA_ESTATUS_APOYO, pasos: PASOS_APOYO },
  campoFecha: 'fechaEntrega',
  cuentaEn,
  describir,
  personaDe: (a: ApoyoConteo) => a.personaId,
  ruta: (id: string) => `/apoyos/${id}`,
  anexo: {
    nombre: 'Apoyos',
    titulo: (anio: number) => `Apoyos entregados ${anio}`,
    columnas: [
      columna<Apoyo>('Fecha de entrega', 'fecha', null, (a) => a.fechaEntrega),
      columna<Apoyo>('Folio de solicitud', 'texto', 18, (a, ref) => (a.solicitudId ? (ref.folios.get(a.solicitudId) ?? '') : '')),
      columna<Apoyo>('Beneficiario', 'texto', 32, (a, ref) => {
        const persona = ref.personas.get(a.personaId);
        return persona ? nombreCompleto(persona) : '(beneficiario no encontrado)';
      }),
      columna<Apoyo>('Colonia / localidad', 'texto', 26, (a, ref) => {
        const persona = ref.personas.get(a.personaId);
        return persona ? unidadTerritorial(persona) : '';
      }),
      columna<Apoyo>('Programa social', 'texto', 26, (a, ref) => (a.programaId ? (ref.programas.get(a.programaId) ?? '') : '')),
      columna<Apoyo>('Tipo de apoyo', 'texto', 22, (a, ref) => nombreCatalogo(ref, a.tipoApoyoId)),
      columna<Apoyo>('Cantidad', 'numero', 10, (a) => a.cantidad),
      columna<Apoyo>('Unidad', 'texto', 12, (a) => a.unidad),
      columna<Apoyo>('Valor estimado', 'moneda', null, (a) => a.valorEstimado),
      columna<Apoyo>('Fuente', 'texto', 16, (a) => ETIQUETA_FUENTE[a.fuente]),
      columna<Apoyo>('Dependencia', 'texto', 26, (a, ref) => nombreCatalogo(ref, a.dependenciaId)),
      columna<Apoyo>('Estatus', 'texto', 12, (a) => ETIQUETA_ESTATUS_APOYO[a.estatus]),
    ],
  },
  captura: capturaApoyoSchema,
  catalogos: [
    { campo: 'tipoApoyoId', tipo: 'tipoApoyo', mensaje: 'Elija un tipo de apoyo del catálogo' },
    { campo: 'dependenciaId', tipo: 'dependencia', mensaje: 'Elija una dependencia del catálogo' },
  ],
  campoEstatus: 'estatus',
  ausente: 'El apoyo ya no existe',
  bitacora: {
    femenino: false,
    alta: (a: Apoyo) => `registrado, ${ETIQUETA_ESTATUS_APOYO[a.estatus].toLowerCase()}`,
    cambioEstatus: (antes: Apoyo, a: Apoyo) =>
      `${ETIQUETA_ESTATUS_APOYO[antes.estatus]} → ${ETIQUETA_ESTATUS_APOYO[a.estatus]}${a.fechaEntrega && a.estatus === 'entregado' ? ` el ${formatearFecha(a.fechaEntrega)}` : ''}`,
  },
} as const satisfies DescriptorCaptura<Apoyo, ApoyoConteo, DatosApoyo>;
