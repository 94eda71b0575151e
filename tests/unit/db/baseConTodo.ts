import type Dexie from 'dexie';
import { BaseDatosPoa } from '../../../renderer/src/db/db';
import { sembrarSiHaceFalta } from '../../../renderer/src/db/semilla';
import { agregarAjuste, guardarJustificacion } from '../../../renderer/src/db/repositorios/ajustes';
import { crearApoyo } from '../../../renderer/src/db/repositorios/apoyos';
import { cerrarPeriodo } from '../../../renderer/src/db/repositorios/cierres';
import { crearEvento } from '../../../renderer/src/db/repositorios/eventos';
import { crearJornada } from '../../../renderer/src/db/repositorios/jornadas';
import { guardarPersona } from '../../../renderer/src/db/repositorios/personas';
import { listarActividades } from '../../../renderer/src/db/repositorios/poa';
import { crearAcuerdo, crearConvenio, crearMesa } from '../../../renderer/src/db/repositorios/vinculacion';
import { idPoa } from '../../../shared/domain/identidad';
import { TABLAS_RESPALDO } from '../../../shared/schemas/respaldo';
import { catalogo, personaMaria, solicitudDeDespensa } from './ayudasSolicitudes';
import { conSesion } from './sesionPrueba';

export type Fila = Record<string, unknown>;

/** A database with records of every kind, written through the repositories as the app writes them. */
export async function baseConTodo(nombre: string): Promise<BaseDatosPoa> {
  const db = new BaseDatosPoa(nombre);
  await sembrarSiHaceFalta(db);
  await conSesion(db);
  const c = await catalogo(db);
  const maria = await guardarPersona(db, null, personaMaria());
  await solicitudDeDespensa(db, maria.id, '2026-03-10T10:00');
  await crearApoyo(db, {
    personaId: maria.id, solicitudId: null, tipoApoyoId: c.despensa, cantidad: 1, unidad: 'paquete', valorEstimado: 450,
    fuente: 'municipal', dependenciaId: c.dif, estatus: 'entregado', fechaGestion: '2026-03-02', fechaEntrega: '2026-03-20', evidencia: '',
  });
  await crearJornada(db, {
    fecha: '2026-04-18', nombre: 'Jornada de salud en San José', colonia: '', localidad: 'San José', dependencias: ['DIF Municipal'],
    servicios: ['Consulta médica'], atendidasMujeres: 40, atendidasHombres: 25, atendidasOtro: 1,
    edad0a11: 6, edad12a17: 10, edad18a29: 20, edad30a59: 22, edad60: 8, realizada: true,
  });
  await crearEvento(db, {
    tipo: 'taller', nombre: 'Taller de autoestima', tema: 'Desarrollo humano', dependenciaId: c.dif, facilitador: 'Psic. Laura Méndez',
    fecha: '2026-05-12', fechaFin: null, horas: 3, sede: 'Casa de la Cultura', localidad: 'Cabecera municipal',
    poblacionObjetivo: 'Mujeres jefas de familia', asistentesMujeres: 18, asistentesHombres: 2, asistentesOtro: 0, beneficiarios: 0,
    edad0a11: 0, edad12a17: 2, edad18a29: 5, edad30a59: 10, edad60: 3,
    estatus: 'realizado', evidencia: '',
  });
  const mesa = await crearMesa(db, {
    fecha: '2026-06-09', tema: 'Seguridad alimentaria regional', convoca: 'Secretaría de Bienestar', sede: 'Palacio Municipal',
    instituciones: ['DIF Municipal'], asistentes: 14, estatus: 'asistida',
  });
  await crearAcuerdo(db, mesa.id, { texto: 'Censo de familias', responsable: 'DIF Municipal', fechaCompromiso: '2026-07-15', estatus: 'pendiente' });
  await crearConvenio(db, {
    numero: 'CONV-001/2026', tipo: 'colaboracion', contraparte: 'Cruz Roja Mexicana', sector: 'civil', objeto: 'Jornadas de salud',
    fechaFirma: '2026-07-03', vigenciaInicio: '2026-07-03', vigenciaFin: '2027-07-02', firmantes: ['Presidente Municipal'],
    responsable: 'Secretaría de Gobierno', estatus: 'vigente',
  });
  const [a1] = await listarActividades(db, idPoa(2026));
  await agregarAjuste(db, { actividadId: a1.id, anio: 2026, mes: 2, cantidad: 3, motivo: 'Atención en la feria del pueblo' });
  await guardarJustificacion(db, { actividadId: a1.id, anio: 2026, tipoPeriodo: 'trimestre', numero: 1, texto: 'Veda electoral en marzo' });
  await cerrarPeriodo(db, { anio: 2026, tipo: 'mes', numero: 1 }, new Date(2026, 1, 3, 10, 0));
  return db;
}

export async function tablasDe(db: Dexie): Promise<Record<string, Fila[]>> {
  const todas: Record<string, Fila[]> = {};
  for (const t of TABLAS_RESPALDO) {
    const filas = (await db.table(t).toArray()) as Fila[];
    todas[t] = filas.sort((a, b) => String(a.id ?? a.serie ?? a.clave).localeCompare(String(b.id ?? b.serie ?? b.clave)));
  }
  return todas;
}

