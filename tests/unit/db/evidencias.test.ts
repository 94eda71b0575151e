import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it } from 'vitest';
import { BaseDatosPoa } from '../../../renderer/src/db/db';
import { sembrarSiHaceFalta } from '../../../renderer/src/db/semilla';
import { almacenEnBase, sha256De } from '../../../renderer/src/db/archivosEvidencia';
import { abrirEvidencia, adjuntarEvidencia, listarEvidencias, quitarEvidencia } from '../../../renderer/src/db/repositorios/evidencias';
import { eliminarSolicitud } from '../../../renderer/src/db/repositorios/solicitudes';
import { guardarPersona } from '../../../renderer/src/db/repositorios/personas';
import { PermisoDenegado } from '../../../shared/seguridad/permisos';
import { conSesion } from './sesionPrueba';
import { errorDe, personaMaria, solicitudDeDespensa } from './ayudasSolicitudes';
import { exeMinimo, jpgMinimo, pdfMinimo } from '../../archivosDePrueba';

let db: BaseDatosPoa;
let n = 0;

beforeEach(async () => {
  db = new BaseDatosPoa(`prueba-evidencias-${++n}`);
  await sembrarSiHaceFalta(db);
  await conSesion(db);
});

async function solicitud() {
  const maria = await guardarPersona(db, null, personaMaria());
  return solicitudDeDespensa(db, maria.id, '2026-11-03T09:10');
}

describe('evidencias de un registro', () => {
  it('adjunta el INE y el comprobante a una solicitud: una vez por contenido, con su huella, su alta y su consulta en la bitácora', async () => {
    const s = await solicitud();
    const almacen = almacenEnBase(db);
    const de = { registroTipo: 'solicitud' as const, registroId: s.id };
    const ine = await adjuntarEvidencia(db, almacen, { ...de, descripcion: 'INE por ambos lados' }, { nombre: 'ine.jpg', bytes: jpgMinimo() });
    await adjuntarEvidencia(db, almacen, de, { nombre: 'comprobante.pdf', bytes: pdfMinimo() });
    expect(ine).toMatchObject({ tipo: 'image/jpeg', tamano: jpgMinimo().length, sha256: await sha256De(jpgMinimo()), descripcion: 'INE por ambos lados', eliminado: 0 });
    expect((await listarEvidencias(db, 'solicitud', s.id)).map((e) => e.nombreOriginal)).toEqual(['ine.jpg', 'comprobante.pdf']);
    expect(await db.archivosEvidencia.count()).toBe(2);

    // The same photo again on this solicitud is refused at the field; nothing more is stored.
    const repetida = await errorDe(adjuntarEvidencia(db, almacen, de, { nombre: 'ine (1).jpg', bytes: jpgMinimo() }));
    expect(repetida.errores.archivo).toBe('Ese archivo ya está adjunto a este registro (como «ine.jpg»).');
    expect(await db.archivosEvidencia.count()).toBe(2);

    const { blob } = await abrirEvidencia(db, almacen, ine.id);
    expect(new Uint8Array(await blob.arrayBuffer())).toEqual(jpgMinimo());
    const entradas = (await db.bitacora.where('entidad').equals('evidencia').sortBy('fecha')).map((e) => [e.accion, e.resumen]);
    expect(entradas).toEqual([
      ['crear', `Archivo «ine.jpg» (1 KB) adjuntado a la solicitud ${s.folio}`],
      ['crear', `Archivo «comprobante.pdf» (1 KB) adjuntado a la solicitud ${s.folio}`],
      ['consultar', `Archivo «ine.jpg» de la solicitud ${s.folio} abierto para verlo`],
    ]);
  });

  it('un programa renombrado de .exe a .pdf se rechaza en el campo y no se guarda nada', async () => {
    const s = await solicitud();
    const e = await errorDe(adjuntarEvidencia(db, almacenEnBase(db), { registroTipo: 'solicitud', registroId: s.id }, { nombre: 'acta.pdf', bytes: exeMinimo() }));
    expect(e.errores.archivo).toMatch(/^El archivo «acta\.pdf» es un programa/);
    expect(await db.evidencias.count()).toBe(0);
    expect(await db.archivosEvidencia.count()).toBe(0);
  });

  it('eliminar la solicitud quita sus archivos con ella; quitar uno pide la jefatura y su motivo', async () => {
    const s = await solicitud();
    const almacen = almacenEnBase(db);
    const de = { registroTipo: 'solicitud' as const, registroId: s.id };
    const ine = await adjuntarEvidencia(db, almacen, de, { nombre: 'ine.jpg', bytes: jpgMinimo() });
    await adjuntarEvidencia(db, almacen, de, { nombre: 'comprobante.pdf', bytes: pdfMinimo() });

    await conSesion(db, { rol: 'capturista' });
    await expect(quitarEvidencia(db, ine.id, 'Foto equivocada')).rejects.toBeInstanceOf(PermisoDenegado);
    await conSesion(db, { rol: 'jefe' });
    expect((await errorDe(quitarEvidencia(db, ine.id, ''))).errores.motivo).toBeTruthy();

    await eliminarSolicitud(db, s.id, 'Capturada dos veces');
    expect((await db.evidencias.toArray()).map((e) => e.eliminado)).toEqual([1, 1]);
    expect(await listarEvidencias(db, 'solicitud', s.id)).toEqual([]);
    const entrada = (await db.bitacora.where('entidadId').equals(s.id).toArray()).find((e) => e.accion === 'eliminar')!;
    expect(entrada.resumen).toContain('eliminada, con sus 2 archivos de evidencia. Motivo: Capturada dos veces');
    const adjuntar = adjuntarEvidencia(db, almacen, de, { nombre: 'otro.png', bytes: jpgMinimo() });
    expect((await errorDe(adjuntar)).errores.archivo).toBe('El registro ya no existe o fue eliminado: no se le pueden adjuntar archivos.');
  });
});
