import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { BaseDatosPoa } from '../../../renderer/src/db/db';
import { sembrarSiHaceFalta } from '../../../renderer/src/db/semilla';
import { cargarHoy } from '../../../renderer/src/db/repositorios/hoy';
import { cambiarEstatus } from '../../../renderer/src/db/repositorios/solicitudes';
import { guardarPersona } from '../../../renderer/src/db/repositorios/personas';
import { personaJuan, personaMaria, solicitudDeDespensa } from './ayudasSolicitudes';
import { conSesion } from './sesionPrueba';

let n = 0;
async function nuevaPc(): Promise<BaseDatosPoa> {
  const db = new BaseDatosPoa(`prueba-hoy-${++n}`);
  await sembrarSiHaceFalta(db);
  await conSesion(db, { nombre: 'Jefatura', estacion: 'V1', rol: 'jefe' });
  return db;
}

const HOY = { anio: 2026, mes: 11, dia: 24 };
const AHORA = new Date(2026, 10, 24, 10, 0);

describe('la pantalla «Hoy»', () => {
  it('lista las solicitudes abiertas vencidas o que vencen esta semana, la más urgente primero, y las recibidas hoy', async () => {
    const db = await nuevaPc();
    const maria = await guardarPersona(db, null, personaMaria());
    const juan = await guardarPersona(db, null, personaJuan());
    // Due on the day it was received (the helper's fecha compromiso).
    const vencida = await solicitudDeDespensa(db, maria.id, '2026-11-20T10:00');
    const deHoy = await solicitudDeDespensa(db, juan.id, '2026-11-24T09:15');
    const enUnaSemana = await solicitudDeDespensa(db, juan.id, '2026-12-01T09:00');
    await solicitudDeDespensa(db, juan.id, '2026-12-02T09:00'); // 8 days ahead: not this week
    const cerrada = await solicitudDeDespensa(db, maria.id, '2026-11-18T10:00');
    await cambiarEstatus(db, cerrada.id, { estatus: 'cancelada', nota: 'La persona ya no la necesita', numeroOficio: '', fechaCanalizacion: null, resultado: 'Cancelada a petición de la persona', duplicadaDeId: null });

    const hoy = await cargarHoy(db, HOY, false, AHORA);
    expect(hoy.solicitudes.items.map((x) => [x.id, x.detalle, x.urgente])).toEqual([
      [vencida.id, 'Venció hace 4 días', true],
      [deHoy.id, 'Vence hoy', false],
      [enUnaSemana.id, 'Vence en 7 días', false],
    ]);
    expect(hoy.solicitudes.items[0]).toMatchObject({ ruta: `/atencion/${vencida.id}`, titulo: `${vencida.folio} · María José Pérez López` });
    expect(hoy.capturadasHoy.items.map((x) => [x.id, x.detalle])).toEqual([[deHoy.id, 'Recibida a las 09:15']]);
    // The clerk does not get the head's part.
    expect(hoy.jefatura).toBeNull();
  });

  it('para la jefatura: los meses terminados por cerrar y el índice del mes en curso con su meta a la fecha', async () => {
    const db = await nuevaPc();
    const hoy = await cargarHoy(db, HOY, true, AHORA);
    const j = hoy.jefatura!;
    expect(j.periodos[0]).toMatchObject({ titulo: 'Cerrar 10 meses terminados', ruta: '/cronograma' });
    expect(j.periodos[0].detalle).toBe('enero, febrero, marzo, abril, mayo, junio, julio, agosto, septiembre, octubre');
    // Every activity with a goal in January and nothing achieved asks for January's justification, by its name.
    const conMetaEnEnero = (await db.actividades.toArray()).filter((a) => a.eliminado === 0 && a.programado[0] > 0).sort((a, b) => a.numero - b.numero);
    expect(conMetaEnEnero.length).toBeGreaterThan(0);
    expect(j.periodos.filter((p) => p.titulo.startsWith('Justificar enero')).map((p) => p.titulo)).toEqual(
      conMetaEnEnero.map((a) => `Justificar enero: ${a.numero}. ${a.nombre}`),
    );
    // The seed programs 7 per activity in November: 28, of which 24/30 are due by the 24th (22.4 → 22).
    expect(j.indice).toMatchObject({ mes: 'noviembre', programado: 28, logrado: 0, metaALaFecha: 22, enCurso: true });
    expect(j.acuerdos).toEqual([]);
    expect(j.convenios).toEqual([]);
  });
});
