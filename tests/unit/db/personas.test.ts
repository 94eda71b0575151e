import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it } from 'vitest';
import { BaseDatosPoa } from '../../../renderer/src/db/db';
import { sembrarSiHaceFalta } from '../../../renderer/src/db/semilla';
import { conSesion } from './sesionPrueba';
import { buscarPersonas, guardarPersona, historialDePersonas, personaConCurp } from '../../../renderer/src/db/repositorios/personas';
import { crearSolicitud } from '../../../renderer/src/db/repositorios/solicitudes';
import { camposNuevos } from '../../../renderer/src/db/repositorios/base';
import { nombreNormalizadoPersona, ordenarCoincidencias, palabrasPersona } from '../../../shared/domain/personas';
import { coincideBusqueda } from '../../../shared/domain/texto';
import type { Persona } from '../../../shared/schemas/personas';
import { catalogo, CURP_JUAN, CURP_MARIA, curpValida, errorDe, personaJuan, personaMaria } from './ayudasSolicitudes';

let db: BaseDatosPoa;
let n = 0;
beforeEach(async () => {
  db = new BaseDatosPoa(`prueba-personas-${++n}`);
  await sembrarSiHaceFalta(db);
  await conSesion(db);
});

describe('registro del ciudadano', () => {
  it('guarda el nombre normalizado y sus palabras para buscar sin acentos, y lo anota en la bitácora', async () => {
    const p = await guardarPersona(db, null, personaMaria({ curp: CURP_MARIA.toLowerCase() }));
    expect(p.nombreNormalizado).toBe('PEREZ LOPEZ MARIA JOSE');
    expect(p.palabras).toEqual(['PEREZ', 'LOPEZ', 'MARIA', 'JOSE']);
    expect(p.curp).toBe(CURP_MARIA);
    expect(p.estacion).toBe('V1');
    const bitacora = await db.bitacora.where('entidadId').equals(p.id).toArray();
    expect(bitacora.map((b) => [b.accion, b.usuario, b.resumen])).toEqual([['crear', 'Ventanilla 1', 'Ciudadano registrado: María José Pérez López']]);
  });

  it('la CURP es opcional', async () => {
    const p = await guardarPersona(db, null, personaMaria({ curp: '' }));
    expect(p.curp).toBe('');
  });

  it('rechaza una CURP mal formada o con dígito verificador equivocado, con el motivo en su campo', async () => {
    const corta = await errorDe(guardarPersona(db, null, personaMaria({ curp: 'PELM900315' })));
    expect(corta.errores.curp).toBe('La CURP debe tener 18 caracteres (tiene 10)');
    const digito = CURP_MARIA.slice(0, 17) + String((Number(CURP_MARIA[17]) + 1) % 10);
    const mal = await errorDe(guardarPersona(db, null, personaMaria({ curp: digito })));
    expect(mal.errores.curp).toBe(`El dígito verificador de la CURP no corresponde (debería ser ${CURP_MARIA[17]})`);
    const fecha = await errorDe(guardarPersona(db, null, personaMaria({ curp: curpValida('PELM901315MVZRPR0') })));
    expect(fecha.errores.curp).toContain('fecha de nacimiento');
    expect(await db.personas.count()).toBe(0);
  });

  it('rechaza una CURP que ya tiene otra persona y dice quién es', async () => {
    await guardarPersona(db, null, personaMaria());
    const e = await errorDe(guardarPersona(db, null, personaJuan({ curp: CURP_MARIA })));
    expect(e.errores.curp).toBe(`La CURP ${CURP_MARIA} ya está registrada a nombre de María José Pérez López`);
    expect(await db.personas.count()).toBe(1);
  });

  it('corrige los datos de una persona, conserva su CURP y anota qué cambió', async () => {
    const p = await guardarPersona(db, null, personaMaria());
    const corregida = await guardarPersona(db, p.id, personaMaria({ apellidoMaterno: 'Lópes', telefono: '2289999999' }));
    expect(corregida.nombreNormalizado).toBe('PEREZ LOPES MARIA JOSE');
    const editar = (await db.bitacora.where('entidadId').equals(p.id).toArray()).find((b) => b.accion === 'editar')!;
    expect(editar.cambios).toEqual({
      apellidoMaterno: { antes: 'López', despues: 'Lópes' },
      telefono: { antes: '2281234567', despues: '2289999999' },
    });
  });

  it('no deja que una corrección tome la CURP de otra persona', async () => {
    await guardarPersona(db, null, personaMaria());
    const juan = await guardarPersona(db, null, personaJuan());
    const e = await errorDe(guardarPersona(db, juan.id, personaJuan({ curp: CURP_MARIA })));
    expect(e.errores.curp).toContain('María José Pérez López');
    expect((await personaConCurp(db, CURP_JUAN))?.id).toBe(juan.id);
  });

  it('las edades y fechas vacías se guardan como nulas; el sexo es obligatorio', async () => {
    const e = await errorDe(guardarPersona(db, null, personaMaria({ sexo: '', apellidoPaterno: ' ', codigoPostal: '123' })));
    expect(e.errores).toMatchObject({
      sexo: 'Elija el sexo',
      apellidoPaterno: 'Apellido paterno es obligatorio',
      codigoPostal: 'El código postal tiene 5 dígitos',
    });
  });
});

describe('búsqueda de personas para no duplicarlas', () => {
  beforeEach(async () => {
    await guardarPersona(db, null, personaMaria());
    await guardarPersona(db, null, personaJuan());
    await guardarPersona(db, null, personaMaria({ apellidoPaterno: 'Marín', apellidoMaterno: 'Soto', nombres: 'Josefina', curp: '' }));
  });

  it('encuentra "maria" en "MARÍA" sin importar acentos ni mayúsculas', async () => {
    const r = await buscarPersonas(db, 'maria');
    expect(r.personas.map((p) => p.nombreNormalizado)).toEqual(['PEREZ LOPEZ MARIA JOSE']);
  });

  it('acepta las palabras en cualquier orden y por su principio: "jose per" y "maria jose"', async () => {
    expect((await buscarPersonas(db, 'jose per')).personas.map((p) => p.nombres)).toEqual(['María José']);
    expect((await buscarPersonas(db, 'maria jose')).personas.map((p) => p.nombres)).toEqual(['María José']);
  });

  it('pone primero la palabra completa y después los prefijos: "mar" da MARÍA y MARÍN', async () => {
    const r = await buscarPersonas(db, 'jos');
    expect(r.personas.map((p) => p.nombreNormalizado)).toEqual(['MARIN SOTO JOSEFINA', 'PEREZ LOPEZ MARIA JOSE']);
    const exacta = await buscarPersonas(db, 'jose');
    expect(exacta.personas[0].nombreNormalizado).toBe('PEREZ LOPEZ MARIA JOSE');
  });

  it('encuentra por CURP completa o por su principio, en minúsculas', async () => {
    expect((await buscarPersonas(db, CURP_JUAN.toLowerCase())).personas.map((p) => p.nombres)).toEqual(['Juan']);
    expect((await buscarPersonas(db, CURP_JUAN.slice(0, 8))).personas.map((p) => p.nombres)).toEqual(['Juan']);
  });

  it('no busca con una sola letra ni devuelve nada si no hay coincidencia', async () => {
    expect(await buscarPersonas(db, 'm')).toEqual({ personas: [], total: 0 });
    expect((await buscarPersonas(db, 'zapata')).personas).toEqual([]);
  });

  it('da el historial de solicitudes de cada persona encontrada', async () => {
    const c = await catalogo(db);
    const juan = (await buscarPersonas(db, 'juan')).personas[0];
    await crearSolicitud(db, {
      fechaRecepcion: '2026-03-05T10:00',
      canal: 'ventanilla',
      personaId: juan.id,
      tipoApoyoId: c.despensa,
      descripcion: 'Despensa',
      prioridad: 'media',
      dependenciaId: c.dif,
      responsable: 'Ventanilla 1',
      fechaCompromiso: '2026-03-20',
      consentimientoPrivacidad: true,
    });
    const historial = await historialDePersonas(db, [juan.id]);
    expect(historial.get(juan.id)!.solicitudes.map((s) => [s.folio, s.estatus])).toEqual([['AC-2026-V1-0001', 'recibida']]);
    expect(historial.get(juan.id)!.apoyos).toEqual([]);
  });
});

describe('búsqueda con un padrón grande', () => {
  it('busca entre 30,000 personas leyendo sólo índices (imprime los tiempos)', async () => {
    const paternos = ['Hernández', 'García', 'Martínez', 'López', 'González', 'Pérez', 'Rodríguez', 'Sánchez', 'Ramírez', 'Cruz', 'Flores', 'Gómez', 'Morales', 'Vázquez', 'Reyes', 'Jiménez', 'Torres', 'Díaz', 'Gutiérrez', 'Ruiz', 'Mendoza', 'Aguilar', 'Ortiz', 'Moreno', 'Castillo', 'Romero', 'Álvarez', 'Méndez', 'Chávez', 'Rivera', 'Juárez', 'Ramos', 'Domínguez', 'Herrera', 'Medina', 'Castro', 'Vargas', 'Guzmán', 'Velázquez', 'Muñoz'];
    const nombres = ['María', 'José', 'Juan', 'Guadalupe', 'Francisco', 'Ana', 'Luis', 'Carmen', 'Miguel', 'Rosa', 'Jesús', 'Leticia', 'Pedro', 'Alejandra', 'Antonio', 'Patricia', 'Jorge', 'Verónica', 'Ricardo', 'Teresa', 'Fernando', 'Laura', 'Sergio', 'Martha', 'Arturo', 'Elena', 'Roberto', 'Silvia', 'Raúl', 'Josefina'];
    const total = 30_000;
    const lote: Persona[] = [];
    // Three people with a rare surname among the common ones, found with a common given name.
    const raros = new Set([101, 7_777, 29_990]);
    for (let i = 0; i < total; i++) {
      const datos = {
        apellidoPaterno: raros.has(i) ? 'Quetzalcóatl' : paternos[i % paternos.length],
        apellidoMaterno: paternos[Math.floor(i / paternos.length) % paternos.length],
        nombres: `${nombres[i % nombres.length]} ${nombres[Math.floor(i / 7) % nombres.length]}`,
      };
      lote.push({
        ...camposNuevos('V1'),
        ...datos,
        curp: i % 3 === 0 ? `XEXX${String(i).padStart(6, '0')}HVZRRN0${i % 10}` : '',
        sexo: 'X',
        fechaNacimiento: null,
        edad: 40,
        telefono: '',
        correo: '',
        calle: '',
        numero: '',
        colonia: 'Centro',
        localidad: '',
        codigoPostal: '',
        nombreNormalizado: nombreNormalizadoPersona(datos),
        palabras: palabrasPersona(datos),
      });
    }
    const t0 = performance.now();
    await db.personas.bulkAdd(lote);
    const carga = performance.now() - t0;
    const consultas = ['muñoz castro raul', 'martinez', 'ma', 'josefina herrera', 'XEXX000300', 'zapata', 'quetzal', 'quetzalcoatl jose', 'carmen quetz', 'muñoz castro raul jo'];
    const tiempos: string[] = [];
    for (const consulta of consultas) {
      const t = performance.now();
      const r = await buscarPersonas(db, consulta);
      tiempos.push(`«${consulta}»: ${(performance.now() - t).toFixed(1)} ms, ${r.masDe ? 'más de ' : ''}${r.total} coincidencias`);
      const esperadas = lote.filter((p) => coincideBusqueda(p.nombreNormalizado, consulta) || p.curp.startsWith(consulta.toUpperCase()));
      expect(r.personas.every((p) => esperadas.some((e) => e.id === p.id)), consulta).toBe(true);
      if (esperadas.length <= 400) {
        // Few enough to count: the same total and the same best ones as ranking every match.
        expect(r.masDe, consulta).toBeUndefined();
        expect(r.total, consulta).toBe(esperadas.length);
        expect(r.personas.map((p) => p.id), consulta).toEqual(ordenarCoincidencias(esperadas, consulta).slice(0, 20).map((p) => p.id));
      } else if (r.masDe) {
        // A common word typed alone: at least the candidates read, and the clerk is asked to type more.
        expect(r.total, consulta).toBe(400);
        expect(r.personas, consulta).toHaveLength(20);
      } else {
        expect(r.total, consulta).toBe(esperadas.length);
      }
    }
    expect((await buscarPersonas(db, 'XEXX000300')).personas.map((p) => p.curp)).toEqual(['XEXX000300HVZRRN00']);
    // A rare surname with a common given name: found through the rare word, the common one checked on its records.
    expect((await buscarPersonas(db, 'quetzalcoatl jose')).personas.map((p) => p.nombres)).toEqual(['Carmen José']);
    expect((await buscarPersonas(db, 'carmen quetz')).personas.map((p) => p.nombres)).toEqual(['Carmen José']);
    expect((await buscarPersonas(db, 'martinez')).masDe).toBe(true);
    console.log(`Padrón de ${total} personas cargado en ${carga.toFixed(0)} ms (fake-indexeddb)\n  ${tiempos.join('\n  ')}`);
    expect(await db.personas.count()).toBe(total);
  }, 120_000);
});
