import { idCatalogo } from '../domain/identidad';
import { normalizarTexto } from '../domain/texto';
import { ETIQUETA_CATALOGO, type TipoCatalogo } from '../schemas/sistema';
import { CAMPOS_IMPORTACION, type Mapeo, type TipoImportacion } from './campos';
import { leerTexto } from './valores';
import type { HojaLeida } from './tabla';

/**
 * A spreadsheet's tipos de apoyo, dependencias, colonias and localidades matched to the catalogues without regard
 * to accents, case or spaces («DESPENSA», «despensa » are «Despensa»). The values no entry matches are listed for the
 * user, who maps each one to an entry or adds it to the catalogue; a value left undecided refuses its rows.
 */

export interface EntradaCatalogo {
  id: string;
  tipo: TipoCatalogo;
  nombre: string;
}

/** What the user decided for a value not found: the id of an entry, or AGREGAR to add it to the catalogue as written. */
export const AGREGAR = 'agregar';
export type Resoluciones = Partial<Record<TipoCatalogo, Record<string, string>>>;

export interface ValorDesconocido {
  tipo: TipoCatalogo;
  /** As the spreadsheet first writes it. */
  valor: string;
  clave: string;
  /** How many rows carry it. */
  filas: number;
}

export class IndiceCatalogos {
  private readonly porClave = new Map<string, EntradaCatalogo>();
  private readonly porId = new Map<string, EntradaCatalogo>();

  constructor(entradas: readonly EntradaCatalogo[]) {
    for (const e of entradas) {
      this.porId.set(e.id, e);
      const clave = `${e.tipo}:${normalizarTexto(e.nombre)}`;
      if (!this.porClave.has(clave)) this.porClave.set(clave, e);
    }
  }

  buscar(tipo: TipoCatalogo, valor: string): EntradaCatalogo | undefined {
    return this.porClave.get(`${tipo}:${normalizarTexto(valor)}`);
  }

  porIdentificador(id: string): EntradaCatalogo | undefined {
    return this.porId.get(id);
  }
}

export type Emparejado = { entrada: EntradaCatalogo; nueva: boolean } | { error: string } | null;

/** The catalogue entry a value stands for, after the user's decisions; null for an empty value. */
export function emparejarCatalogo(indice: IndiceCatalogos, resoluciones: Resoluciones, tipo: TipoCatalogo, valor: string): Emparejado {
  const limpio = valor.trim().replace(/\s+/g, ' ');
  if (limpio === '') return null;
  const encontrada = indice.buscar(tipo, limpio);
  if (encontrada) return { entrada: encontrada, nueva: false };
  const decision = resoluciones[tipo]?.[normalizarTexto(limpio)];
  if (decision === AGREGAR) return { entrada: { id: idCatalogo(tipo, limpio), tipo, nombre: limpio }, nueva: true };
  const elegida = decision ? indice.porIdentificador(decision) : undefined;
  if (elegida && elegida.tipo === tipo) return { entrada: elegida, nueva: false };
  return { error: `«${limpio}» no está en el catálogo de ${ETIQUETA_CATALOGO[tipo].toLowerCase()}: elija a qué corresponde o agréguelo` };
}

/** The values of the mapped catalogue columns that no entry matches, most frequent first. */
export function valoresDesconocidos(tipo: TipoImportacion, hoja: HojaLeida, mapeo: Mapeo, indice: IndiceCatalogos): ValorDesconocido[] {
  const columnas: { i: number; catalogo: TipoCatalogo }[] = [];
  mapeo.forEach((clave, i) => {
    const catalogo = CAMPOS_IMPORTACION[tipo].find((c) => c.clave === clave)?.catalogo;
    if (catalogo) columnas.push({ i, catalogo });
  });
  const vistos = new Map<string, ValorDesconocido>();
  for (const fila of hoja.filas) {
    for (const { i, catalogo } of columnas) {
      const valor = leerTexto(fila.celdas[i] ?? null).replace(/\s+/g, ' ');
      if (valor === '' || indice.buscar(catalogo, valor)) continue;
      const clave = normalizarTexto(valor);
      const llave = `${catalogo}:${clave}`;
      const previo = vistos.get(llave);
      if (previo) previo.filas += 1;
      else vistos.set(llave, { tipo: catalogo, valor, clave, filas: 1 });
    }
  }
  return [...vistos.values()].sort((a, b) => b.filas - a.filas || a.valor.localeCompare(b.valor, 'es-MX'));
}

/**
 * A closed list of options (estatus, canal, sexo…) matched by its key, its label or a usual synonym, without regard
 * to accents or case; undefined when none fits.
 */
export function emparejarOpcion<K extends string>(valor: string, etiquetas: Readonly<Record<K, string>>, sinonimos: Readonly<Record<string, K>> = {}): K | undefined {
  const clave = normalizarTexto(valor.replace(/[-_.]+/g, ' '));
  if (clave === '') return undefined;
  for (const [k, etiqueta] of Object.entries(etiquetas) as [K, string][]) {
    if (normalizarTexto(k.replace(/-/g, ' ')) === clave || normalizarTexto(etiqueta) === clave) return k;
  }
  return sinonimos[clave];
}
