import { datosCatalogoSchema, type ElementoCatalogo, type TipoCatalogo } from '../../../../shared/schemas/sistema';
import { normalizarTexto } from '../../../../shared/domain/texto';
import { idCatalogo } from '../../../../shared/domain/identidad';
import type { BaseDatosPoa } from '../db';
import { ErrorValidacion, validar } from '../errores';
import { agregar, ahoraIso, escribir, registrarBitacora } from './base';

export async function listarCatalogo(db: BaseDatosPoa, tipo: TipoCatalogo, incluirInactivos = false): Promise<ElementoCatalogo[]> {
  const elementos = await db.catalogos.where('tipo').equals(tipo).toArray();
  return elementos
    .filter((e) => e.eliminado === 0 && (incluirInactivos || e.activo))
    .sort((a, b) => a.nombre.localeCompare(b.nombre, 'es-MX'));
}

/** The catalogues of places, which the front desk may add to as it meets a new one. */
const LUGARES: readonly TipoCatalogo[] = ['colonia', 'localidad'];

export async function agregarAlCatalogo(db: BaseDatosPoa, datos: { tipo: TipoCatalogo; nombre: string }): Promise<ElementoCatalogo> {
  const valido = validar(datosCatalogoSchema, { ...datos, activo: true });
  return escribir(db, LUGARES.includes(valido.tipo) ? 'agregar-colonias' : 'catalogos', [db.catalogos], async (sesion) => {
    const existentes = await db.catalogos.where('tipo').equals(valido.tipo).toArray();
    const clave = normalizarTexto(valido.nombre);
    if (existentes.some((e) => e.eliminado === 0 && normalizarTexto(e.nombre) === clave)) {
      throw new ErrorValidacion({ nombre: `«${valido.nombre}» ya está en el catálogo` });
    }
    // The id comes from the tipo and the name, as the seed's do, so the same entry added at two PCs is one record.
    const id = idCatalogo(valido.tipo, valido.nombre);
    const propia = (await db.catalogos.get(id)) ? {} : { id };
    return agregar<ElementoCatalogo>(db, sesion, db.catalogos, { ...valido, ...propia }, () => ({
      entidad: 'catalogo',
      resumen: `Catálogo ${valido.tipo}: se agregó «${valido.nombre}»`,
    }));
  });
}

export async function cambiarActivoCatalogo(db: BaseDatosPoa, id: string, activo: boolean): Promise<void> {
  await escribir(db, 'catalogos', [db.catalogos], async (sesion) => {
    const elemento = await db.catalogos.get(id);
    if (!elemento) throw new ErrorValidacion({ _: 'El elemento del catálogo ya no existe' });
    await db.catalogos.update(id, { activo, updatedAt: ahoraIso() });
    await registrarBitacora(db, sesion, {
      accion: 'editar',
      entidad: 'catalogo',
      entidadId: id,
      resumen: `Catálogo ${elemento.tipo}: «${elemento.nombre}» ${activo ? 'activado' : 'desactivado'}`,
      cambios: { activo: { antes: elemento.activo, despues: activo } },
    });
  });
}
