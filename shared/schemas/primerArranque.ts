import { z } from 'zod';
import { texto, textoOpcional, VARIAS_LINEAS } from './comunes';
import { capturaCuentaSchema } from './cuentas';
import { configuracionSchema } from './sistema';

/**
 * What the first start of the app asks for, step by step, before anything else can be done: the municipality, this
 * PC's station code, the signers of the sheets, the aviso de privacidad and the first administrator's account. All of
 * it is written in one transaction.
 */

export const ROLES_FIRMA = { elaboro: 'Elaboró', reviso: 'Revisó', autorizo: 'Autorizó' } as const;
export type RolFirma = keyof typeof ROLES_FIRMA;

/** At setup the signers are complete, so the first monthly sheet comes out with names under its lines. */
const firmante = (rol: string) => z.object({ nombre: texto(`Nombre (${rol})`, 150), cargo: texto(`Cargo (${rol})`, 150) });

export const primerArranqueSchema = z.object({
  municipio: texto('Municipio', 150),
  logoDataUrl: z.string().nullable(),
  estacion: configuracionSchema.shape.estacion,
  elaboro: firmante(ROLES_FIRMA.elaboro),
  reviso: firmante(ROLES_FIRMA.reviso),
  autorizo: firmante(ROLES_FIRMA.autorizo),
  avisoPrivacidad: configuracionSchema.shape.avisoPrivacidad,
  avisoIntegral: textoOpcional('Aviso de privacidad integral', 20000, VARIAS_LINEAS),
  /** The first account is always an administrador: someone must be able to manage the others. */
  administrador: capturaCuentaSchema,
});
export type DatosPrimerArranque = z.input<typeof primerArranqueSchema>;

/** The fields of each step, so the form checks a step before moving on and shows an error on its own step. */
export const CAMPOS_PASO_PRIMER_ARRANQUE = [
  ['municipio', 'logoDataUrl'],
  ['estacion'],
  ['elaboro', 'reviso', 'autorizo'],
  ['avisoPrivacidad', 'avisoIntegral'],
  ['administrador'],
] as const satisfies readonly (readonly (keyof DatosPrimerArranque)[])[];
