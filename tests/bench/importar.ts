/**
 * Time to import 50,000 solicitudes from a CSV file: reading the file, the dry run (conversion with the capture's
 * schemas, matching citizens and catalogues by index) and the all-or-nothing write, on the database the unit tests use
 * (fake-indexeddb in Node; Chromium's IndexedDB is faster). `npm run bench:importar [filas]`.
 */
import 'fake-indexeddb/auto';
import { BaseDatosPoa } from '../../renderer/src/db/db';
import { confirmarImportacion, simularImportacion } from '../../renderer/src/db/repositorios/importacion';
import { sembrarSiHaceFalta } from '../../renderer/src/db/semilla';
import { leerArchivo } from '../../shared/importar/archivo';
import { proponerMapeo } from '../../shared/importar/campos';
import { conSesion } from '../unit/db/sesionPrueba';

const FILAS = Number(process.argv[2] ?? 50_000);
const NOMBRES = ['Ana', 'Luis', 'Carmen', 'Jorge', 'Elena', 'Raúl', 'Sofía', 'Tomás'];
const APELLIDOS = ['García', 'Hernández', 'Martínez', 'López', 'González', 'Pérez', 'Peña', 'Cruz'];

function csv(): Uint8Array {
  const lineas = ['Folio;Fecha;Nombre;Apellido paterno;Apellido materno;Sexo;Colonia;Tipo de apoyo;Petición'];
  for (let i = 0; i < FILAS; i++) {
    const fecha = `${(i % 28) + 1}/${(i % 10) + 1}/2026`;
    lineas.push(`F-${i};${fecha};${NOMBRES[i % 8]};${APELLIDOS[i % 8]};${APELLIDOS[(i >> 3) % 8]}${i};${i % 2 ? 'H' : 'M'};Centro;Despensa;Petición ${i}`);
  }
  return new TextEncoder().encode(lineas.join('\r\n'));
}

async function medir<T>(que: string, trabajo: () => Promise<T>): Promise<T> {
  const inicio = performance.now();
  const r = await trabajo();
  console.log(`${que}: ${((performance.now() - inicio) / 1000).toFixed(1)} s`);
  return r;
}

const db = new BaseDatosPoa('bench-importar');
await sembrarSiHaceFalta(db);
await conSesion(db, { rol: 'jefe' });
const bytes = csv();
const total = performance.now();
const archivo = await medir(`Leer el CSV (${(bytes.byteLength / 1024 / 1024).toFixed(1)} MB)`, () => leerArchivo(bytes, 'bench.csv'));
const hoja = archivo.hojas[0];
const plan = await medir(`Revisión de ${FILAS.toLocaleString('es-MX')} filas`, () =>
  simularImportacion(db, { archivo: 'bench.csv', hoja, tipo: 'solicitud', mapeo: proponerMapeo('solicitud', hoja.encabezados), ordenNombre: 'nombres-primero', resoluciones: {} }),
);
const r = await medir('Escritura (una transacción)', () => confirmarImportacion(db, { archivo: 'bench.csv', hoja: hoja.nombre, tipo: 'solicitud', plan }));
console.log(`Total: ${((performance.now() - total) / 1000).toFixed(1)} s para ${r.creados.toLocaleString('es-MX')} solicitudes y ${r.personasNuevas.toLocaleString('es-MX')} personas`);
