import { datosCatalogoSchema, type ElementoCatalogo, type TipoCatalogo } from '../../../../shared/schemas/sistema';
import { normalizarTexto } from '../../../../shared/domain/texto';
import type { BaseDatosPoa } from '../db';
import { ErrorValidacion, validar } from '../errores';
import { camposNuevos, registrarBitacora, autorizar, ahoraIso } from './base';

export async function listarCatalogo(db: BaseDatosPoa, tipo: TipoCatalogo, incluirInactivos = false): Promise<ElementoCatalogo[]> {
  const elementos = await db.catalogos.where('tipo').equals(tipo).toArray();
  return elementos
    .filter((e) => e.eliminado === 0 && (incluirInactivos || e.activo))
    .sort((a, b) => a.nombre.localeCompare(b.nombre, 'es-MX'));
}

export async function agregarAlCatalogo(db: BaseDatosPoa, datos: { tipo: TipoCatalogo; nombre: string }): Promise<ElementoCatalogo> {
  const sesion = await autorizar(db, 'catalogos');
  const valido = validar(datosCatalogoSchema, { ...datos, activo: true });
  return db.transaction('rw', db.catalogos, db.configuracion, db.bitacora, async () => {
    const existentes = await db.catalogos.where('tipo').equals(valido.tipo).toArray();
    const clave = normalizarTexto(valido.nombre);
    if (existentes.some((e) => e.eliminado === 0 && normalizarTexto(e.nombre) === clave)) {
      throw new ErrorValidacion({ nombre: `«${valido.nombre}» ya está en el catálogo` });
    }
    const elemento: ElementoCatalogo = { ...camposNuevos(sesion.estacion), ...valido };
    await db.catalogos.add(elemento);
    await registrarBitacora(db, sesion, {
      accion: 'crear',
      entidad: 'catalogo',
      entidadId: elemento.id,
      resumen: `Catálogo ${valido.tipo}: se agregó «${valido.nombre}»`,
    });
    return elemento;
  });
}

export async function cambiarActivoCatalogo(db: BaseDatosPoa, id: string, activo: boolean): Promise<void> {
  const sesion = await autorizar(db, 'catalogos');
  await db.transaction('rw', db.catalogos, db.configuracion, db.bitacora, async () => {
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
