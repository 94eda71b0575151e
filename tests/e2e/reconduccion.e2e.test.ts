import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Locator, Page } from 'playwright-core';
import { abrirApp, CARPETA_EVIDENCIAS, type Entorno } from './navegador';
import { capturarSolicitud, celda, gridCronograma, ir } from './pasos';

const POA_2026 = '504f4100-2026-8000-8000-000000000000';
const MOTIVO = 'Campaña de invierno: se esperan más solicitudes en diciembre';

/**
 * Writes the app's IndexedDB from the page in one readwrite transaction, then reloads the app (Dexie only sees its
 * own connection's changes live). `autorizar-2026` does what the POA screen's «Autorizar POA» does: the state, who
 * authorized it, and each activity's goals kept as its Meta inicial. `crear-2027` adds the 2027 POA as a borrador
 * copied from 2026, with the ids a year's POA and its activities take. `cerrar-2026` closes the 2026 POA.
 */
async function escribirEnLaBase(pagina: Page, cambio: 'autorizar-2026' | 'cerrar-2026' | 'crear-2027'): Promise<void> {
  await pagina.evaluate(
    async ({ cambio, poa2026 }) => {
      const base = await new Promise<IDBDatabase>((ok, mal) => {
        const r = indexedDB.open('poa-gestion-social');
        r.onsuccess = () => ok(r.result);
        r.onerror = () => mal(r.error);
      });
      await new Promise<void>((ok, mal) => {
        const tx = base.transaction(['poas', 'actividades'], 'readwrite');
        const poas = tx.objectStore('poas');
        const actividades = tx.objectStore('actividades');
        const poa2027 = '504f4100-2027-8000-8000-000000000000';
        const a2027 = (a: { fechaInicio: string | null; fechaFin: string | null }) => ({
          fechaInicio: a.fechaInicio?.replace('2026', '2027') ?? null,
          fechaFin: a.fechaFin?.replace('2026', '2027') ?? null,
        });
        const leerPoa = poas.get(poa2026);
        leerPoa.onsuccess = () => {
          const poa = leerPoa.result;
          if (cambio === 'autorizar-2026') {
            poas.put({ ...poa, estado: 'autorizado', autorizacion: { nombre: 'Lic. Autoriza', usuario: 'Sistema', fecha: new Date().toISOString() } });
          } else if (cambio === 'cerrar-2026') {
            poas.put({ ...poa, estado: 'cerrado', cierre: { usuario: 'Sistema', fecha: new Date().toISOString() } });
          } else {
            poas.put({ ...poa, id: poa2027, anio: 2027, estado: 'borrador', autorizacion: null, cierre: null });
          }
        };
        const leerActividades = actividades.index('poaId').getAll(poa2026);
        leerActividades.onsuccess = () => {
          for (const a of cambio === 'cerrar-2026' ? [] : leerActividades.result) {
            if (cambio === 'autorizar-2026') {
              actividades.put({ ...a, inicial: { metaAnual: a.metaAnual, programado: [...a.programado] } });
            } else {
              const id = `504f4100-2027-8000-8001-${String(a.numero).padStart(12, '0')}`;
              actividades.put({ ...a, ...a2027(a), id, poaId: poa2027, inicial: null });
            }
          }
        };
        tx.oncomplete = () => ok();
        tx.onerror = () => mal(tx.error);
      });
      base.close();
    },
    { cambio, poa2026: POA_2026 },
  );
  await pagina.reload();
}

/** The text under a form field (its helper text), as a screen reader announces it with the field. */
function descripcion(campo: Locator): Promise<string> {
  return campo.evaluate((el) => document.getElementById(el.getAttribute('aria-describedby') ?? '')?.textContent ?? '');
}

/** A fresh app, as on a new PC, on the cronograma once the seed's 2026 POA is loaded. */
async function abrirEnElCronograma(): Promise<Entorno> {
  const app = await abrirApp();
  await ir(app.pagina, 'Cronograma');
  await app.pagina.getByRole('heading', { name: 'Cronograma 2026' }).waitFor();
  return app;
}

async function abrirReconduccion(pagina: Page, mes: string): Promise<Locator> {
  await celda(pagina, new RegExp(`^Actividad 1, ${mes}: `)).click();
  const dialogo = pagina.getByRole('dialog', { name: new RegExp(`^Actividad 1 · ${mes} 2026`) });
  await dialogo.getByRole('tab', { name: /^Reconducción/ }).click();
  return dialogo;
}

describe('Reconducción de las metas de un POA autorizado', () => {
  let app: Entorno;
  beforeAll(async () => {
    app = await abrirEnElCronograma();
  });
  afterAll(async () => {
    await app?.cerrar();
  });

  it('el firmante «Autorizó» de Configuración → General', async () => {
    const { pagina } = app;
    await ir(pagina, 'Configuración');
    await pagina.getByRole('tab', { name: 'General' }).click();
    const form = pagina.getByRole('form', { name: 'Configuración general' });
    await form.getByLabel('Nombre (Autorizó)').fill('Mtra. Laura Méndez Ortiz');
    await form.getByRole('button', { name: 'Guardar configuración' }).click();
    await form.getByText('Configuración guardada.').waitFor();
  });

  it('autorizado el POA, la pestaña de la meta es «Reconducción»: los meses con el plazo vencido no se pueden cambiar y dicen por qué', async () => {
    const { pagina } = app;
    await escribirEnLaBase(pagina, 'autorizar-2026');
    await ir(pagina, 'Cronograma');
    await gridCronograma(pagina).waitFor();
    const dialogo = await abrirReconduccion(pagina, 'diciembre');
    await expect.poll(() => dialogo.getByRole('tab', { name: 'Meta programada' }).count(), { timeout: 15_000 }).toBe(0);
    await dialogo.getByText(/^El POA 2026 está autorizado: sus metas programadas sólo cambian con una reconducción/).waitFor();
    await dialogo
      .getByText(
        'Ya no se puede reconducir la meta de enero, febrero y marzo (plazo vencido el 31/03/2026); abril, mayo y junio (plazo vencido el 30/06/2026); ' +
          'julio, agosto y septiembre (plazo vencido el 30/09/2026). Un mes terminado se reconduce sólo hasta el último día hábil de su trimestre.',
      )
      .waitFor();
    const marzo = dialogo.getByLabel('Meta de marzo');
    await expect.poll(() => marzo.isDisabled(), { timeout: 15_000 }).toBe(true);
    expect(await descripcion(marzo)).toBe('Venció el 31/03/2026');
    expect(await descripcion(dialogo.getByLabel('Meta de septiembre'))).toBe('Venció el 30/09/2026');
    // October has ended but its quarter is the one in progress; November is running; December has not started.
    for (const mes of ['octubre', 'noviembre', 'diciembre']) {
      await expect.poll(() => dialogo.getByLabel(`Meta de ${mes}`).isEnabled(), { timeout: 15_000 }).toBe(true);
    }
    await expect.poll(() => dialogo.getByLabel('Autorizó').inputValue(), { timeout: 15_000 }).toBe('Mtra. Laura Méndez Ortiz');
    await expect.poll(() => dialogo.getByLabel('Meta anual modificada').inputValue(), { timeout: 15_000 }).toBe('90');
    await dialogo.getByText('Reconducciones de esta actividad (0)').waitFor();
    await pagina.screenshot({ path: `${CARPETA_EVIDENCIAS}/reconduccion-plazos.png` });
  });

  it('una reconducción cuyos meses no suman la meta anual modificada se rechaza con la diferencia, y el motivo es obligatorio', async () => {
    const { pagina } = app;
    const dialogo = pagina.getByRole('dialog', { name: /^Actividad 1 · diciembre 2026/ });
    await dialogo.getByLabel('Meta de diciembre').fill('9');
    await expect.poll(() => dialogo.getByRole('status').filter({ hasText: 'Suma mensual' }).textContent(), { timeout: 15_000 }).toBe(
      'Suma mensual: 92 de 90 (diferencia +2)',
    );
    expect(await descripcion(dialogo.getByLabel('Meta de diciembre'))).toBe('Antes 7');
    await dialogo.getByLabel('Solicitó').fill('Jefatura de Gestión Social');
    await dialogo.getByRole('button', { name: 'Registrar reconducción' }).click();
    await dialogo.getByText('Motivo es obligatorio').waitFor();
    await dialogo.getByLabel('Motivo de la reconducción').fill('Invierno');
    await dialogo.getByRole('button', { name: 'Registrar reconducción' }).click();
    await dialogo.getByText('Explique el motivo (al menos 10 caracteres)').waitFor();
    await dialogo.getByLabel('Motivo de la reconducción').fill(MOTIVO);
    await dialogo.getByRole('button', { name: 'Registrar reconducción' }).click();
    await dialogo.getByText('La suma mensual (92) no coincide con la meta anual modificada (90); diferencia +2').waitFor();
    await dialogo.getByText('Reconducciones de esta actividad (0)').waitFor();
  });

  it('diciembre 7 → 9 con la meta anual 90 → 92: queda en el historial, la celda lleva la marca y las cifras cambian', async () => {
    const { pagina } = app;
    const dialogo = pagina.getByRole('dialog', { name: /^Actividad 1 · diciembre 2026/ });
    await dialogo.getByLabel('Meta anual modificada').fill('92');
    await expect.poll(() => dialogo.getByRole('status').filter({ hasText: 'Suma mensual' }).textContent(), { timeout: 15_000 }).toBe(
      'Suma mensual: 92 de 92',
    );
    await dialogo.getByRole('button', { name: 'Registrar reconducción' }).click();
    await dialogo.getByText('Reconducción registrada: diciembre 7 → 9; meta anual 90 → 92.').waitFor();
    const historial = dialogo.getByRole('table', { name: 'Reconducciones de esta actividad (1)' });
    const fila = historial.getByRole('row').nth(1);
    await expect.poll(() => fila.textContent(), { timeout: 15_000 }).toMatch(
      new RegExp(`^24/11/2026 \\d{2}:\\d{2}Ventanilla 1diciembre 7 → 9; meta anual 90 → 92${MOTIVO}Jefatura de Gestión SocialMtra\\. Laura Méndez Ortiz$`),
    );
    await dialogo.getByRole('tab', { name: 'Reconducción (1)' }).waitFor();
    await dialogo.getByText(/^Programado9mes con X · reconducida, inicial 7$/).waitFor();
    await dialogo.getByLabel('Meta de diciembre').scrollIntoViewIfNeeded();
    await pagina.screenshot({ path: `${CARPETA_EVIDENCIAS}/reconduccion-dialogo.png` });
    await historial.scrollIntoViewIfNeeded();
    await pagina.screenshot({ path: `${CARPETA_EVIDENCIAS}/reconduccion-historial.png` });
    await dialogo.getByRole('button', { name: 'Cerrar' }).click();
    await dialogo.waitFor({ state: 'detached' });

    await celda(pagina, 'Actividad 1, diciembre: programado 9, logrado 0, índice 0 %, Por venir, meta reconducida: inicial 7, modificada 9').waitFor();
    await celda(pagina, 'Actividad 1, noviembre: programado 7, logrado 0, índice 0 %, En curso, meta a la fecha 5').waitFor();
    const renglon = gridCronograma(pagina).getByRole('row', { name: 'Actividad 1' });
    await renglon.getByRole('gridcell', { name: 'Meta anual: modificada 92, inicial 90' }).waitFor();
    await expect.poll(() => renglon.getByRole('gridcell', { name: 'Meta Programada N°' }).textContent(), { timeout: 15_000 }).toBe('92');
    const total = gridCronograma(pagina).getByRole('row', { name: 'Total POA' });
    await expect.poll(() => total.getByRole('gridcell', { name: 'Meta anual' }).textContent(), { timeout: 15_000 }).toBe('362');
    await pagina.getByRole('list', { name: 'Cómo leer el cronograma' }).getByText('meta reconducida (cambiada tras autorizarse el POA)').waitFor();
    await pagina.screenshot({ path: `${CARPETA_EVIDENCIAS}/reconduccion-cronograma.png` });
    await renglon.screenshot({ path: `${CARPETA_EVIDENCIAS}/reconduccion-renglon.png` });
  });

  it('en la vista trimestral el 4to trimestre lleva la marca y dice qué mes cambió', async () => {
    const { pagina } = app;
    await pagina.getByRole('group', { name: 'Periodos de las columnas' }).getByRole('button', { name: 'Trimestral' }).click();
    await celda(pagina, /^Actividad 1, 4to trimestre \(oct–dic\): programado 23, .*, meta reconducida en diciembre: inicial 21, modificada 23$/).waitFor();
    await celda(pagina, /^Actividad 1, 3er trimestre \(jul–sep\): programado 21, [^]*Fuera de meta$/).waitFor();
    await pagina.screenshot({ path: `${CARPETA_EVIDENCIAS}/reconduccion-trimestral.png` });
    await pagina.getByRole('group', { name: 'Periodos de las columnas' }).getByRole('button', { name: 'Mensual' }).click();
  });

  it('la bitácora guarda la reconducción con quién la solicitó y quién la autorizó', async () => {
    const { pagina } = app;
    await ir(pagina, 'Bitácora');
    await pagina
      .getByText(
        `Reconducción de la actividad 1 del POA 2026: diciembre 7 → 9; meta anual 90 → 92. Solicitó Jefatura de Gestión Social; autorizó Mtra. Laura Méndez Ortiz. Motivo: ${MOTIVO}`,
      )
      .waitFor();
  });

  it('cerrado el POA, la pestaña muestra sus metas sin poder cambiarlas, con el motivo y el historial', async () => {
    const { pagina } = app;
    await escribirEnLaBase(pagina, 'cerrar-2026');
    await ir(pagina, 'Cronograma');
    await celda(pagina, /^Actividad 1, diciembre: /).click();
    const dialogo = pagina.getByRole('dialog', { name: /^Actividad 1 · diciembre 2026/ });
    await dialogo.getByRole('tab', { name: 'Meta programada' }).click();
    await dialogo.getByText('El POA 2026 está cerrado: reábralo para hacer cambios.').waitFor();
    await expect.poll(() => dialogo.getByLabel('Meta de diciembre').isDisabled(), { timeout: 15_000 }).toBe(true);
    await expect.poll(() => dialogo.getByLabel('Meta de diciembre').inputValue(), { timeout: 15_000 }).toBe('9');
    await expect.poll(() => dialogo.getByRole('button', { name: 'Registrar reconducción' }).count(), { timeout: 15_000 }).toBe(0);
    await dialogo.getByRole('table', { name: 'Reconducciones de esta actividad (1)' }).getByText(MOTIVO).waitFor();
  });
});

describe('Dos POA a la vez: 2026 y 2027', () => {
  let app: Entorno;
  let folio2026 = '';
  let folio2027 = '';
  beforeAll(async () => {
    app = await abrirEnElCronograma();
  });
  afterAll(async () => {
    await app?.cerrar();
  });

  it('una solicitud de 2027 sin POA 2027 se guarda y dice que contará para enero 2027 en cuanto se cree', async () => {
    const { pagina } = app;
    folio2026 = await capturarSolicitud(pagina, { apellido: 'Ramos', nombre: 'Elena', sexo: 'Mujer', colonia: 'Centro', recepcion: '2026-11-20T10:00', tipo: 'Despensa' });
    folio2027 = await capturarSolicitud(pagina, { apellido: 'Luna', nombre: 'Pedro', sexo: 'Hombre', colonia: 'San José', recepcion: '2027-01-12T09:30', tipo: 'Medicamento' });
    expect(folio2027).toMatch(/^AC-2027-V1-\d{4}$/);
    await pagina.getByText('Esta solicitud es de 2027 y aún no existe el POA 2027: contará para la meta de enero 2027 en cuanto se cree.').waitFor();
    await pagina.screenshot({ path: `${CARPETA_EVIDENCIAS}/solicitud-anio-sin-poa.png` });
  });

  it('una jornada realizada en 2027 no dice que ya cuenta: dice cuándo contará', async () => {
    const { pagina } = app;
    await ir(pagina, '2. Apoyos y Jornadas');
    await pagina.getByRole('tab', { name: 'Jornadas' }).click();
    await pagina.getByRole('link', { name: 'Nueva jornada' }).click();
    const form = pagina.getByRole('form', { name: 'Captura de jornada' });
    await form.getByRole('textbox', { name: 'Fecha', exact: true }).fill('2027-02-20');
    await form.getByRole('textbox', { name: 'Nombre de la jornada' }).fill('Jornada de salud en El Mirador');
    await form.getByRole('combobox', { name: 'Localidad' }).fill('El Mirador');
    await form.getByRole('switch', { name: 'La jornada se realizó' }).check();
    await form.getByRole('button', { name: 'Guardar jornada' }).click();
    await pagina.getByRole('heading', { name: 'Jornada de salud en El Mirador' }).waitFor();
    await pagina.getByText('Jornada registrada.', { exact: true }).waitFor();
    await pagina.getByText('Esta jornada es de 2027 y aún no existe el POA 2027: contará para la meta de febrero 2027 en cuanto se cree.').waitFor();
    await expect.poll(() => pagina.getByText(/cuenta para la meta/).count(), { timeout: 15_000 }).toBe(0);
  });

  it('creado el POA 2027, el aviso desaparece y la solicitud y la jornada cuentan en su cronograma', async () => {
    const { pagina } = app;
    await escribirEnLaBase(pagina, 'crear-2027');
    await pagina.getByRole('heading', { name: 'Jornada de salud en El Mirador' }).waitFor();
    await expect.poll(() => pagina.getByText(/aún no existe el POA 2027/).count(), { timeout: 15_000 }).toBe(0);

    await ir(pagina, 'Cronograma');
    // This year's POA first; the other one a choice away.
    await pagina.getByRole('heading', { name: 'Cronograma 2026' }).waitFor();
    await celda(pagina, /^Actividad 1, noviembre: programado 7, logrado 1,/).waitFor();
    await pagina.getByRole('combobox', { name: 'Año del POA' }).click();
    await pagina.getByRole('option', { name: '2027' }).click();
    await pagina.getByRole('heading', { name: 'Cronograma 2027' }).waitFor();
    const g2027 = pagina.getByRole('grid', { name: /^Cronograma 2027/ });
    await g2027.getByRole('button', { name: /^Actividad 1, enero: programado 8, logrado 1, índice 12.5 %, Por venir$/ }).waitFor();
    await g2027.getByRole('button', { name: /^Actividad 2, febrero: programado 8, logrado 1, índice 12.5 %, Por venir$/ }).waitFor();
    await g2027.getByRole('button', { name: /^Actividad 1, noviembre: programado 7, logrado 0,/ }).waitFor();
    // The panel of indices below the grid opens a year that has not started on January.
    await expect.poll(() => pagina.getByRole('combobox', { name: 'Mes de referencia' }).textContent(), { timeout: 15_000 }).toBe('enero');
    // A borrador's goals are still edited freely from the cell.
    await g2027.getByRole('button', { name: /^Actividad 1, enero: / }).click();
    const dialogo = pagina.getByRole('dialog', { name: /^Actividad 1 · enero 2027/ });
    await dialogo.getByRole('tab', { name: 'Meta programada' }).click();
    await dialogo.getByRole('button', { name: 'Guardar metas' }).waitFor();
    await dialogo.getByRole('button', { name: 'Cerrar' }).click();
    await pagina.screenshot({ path: `${CARPETA_EVIDENCIAS}/cronograma-2027.png` });

    await pagina.getByRole('combobox', { name: 'Año del POA' }).click();
    await pagina.getByRole('option', { name: '2026' }).click();
    await pagina.getByRole('heading', { name: 'Cronograma 2026' }).waitFor();
    await celda(pagina, /^Actividad 1, enero: programado 8, logrado 0,/).waitFor();
  });

  it('el tablero cambia de año con su selector', async () => {
    const { pagina } = app;
    await ir(pagina, 'Tablero');
    await pagina.getByRole('heading', { name: 'Tablero del POA 2026' }).waitFor();
    await pagina.getByRole('combobox', { name: 'Año del POA' }).click();
    await pagina.getByRole('option', { name: '2027' }).click();
    await pagina.getByRole('heading', { name: 'Tablero del POA 2027' }).waitFor();
    await pagina.getByRole('region', { name: 'Solicitudes 2027: 1' }).getByText('1 abiertas · 0 cerradas').waitFor();
    // No month of 2027 has been reached on 24/11/2026 (its cut-off month is 0): its year to date is empty, and nothing
    // is judged.
    await pagina.getByRole('region', { name: 'Índice de Eficiencia acumulado: No aplica' }).getByText('2027 aún no empieza: sin meses transcurridos').waitFor();
    await pagina.getByRole('img', { name: /^Gráfica: índice acumulado por actividad\. 1\. Atención Ciudadana y recepción de solicitudes: No aplica, Por venir;/ }).waitFor();
    await pagina.screenshot({ path: `${CARPETA_EVIDENCIAS}/tablero-2027.png` });
    await pagina.getByRole('combobox', { name: 'Año del POA' }).click();
    await pagina.getByRole('option', { name: '2026' }).click();
    await pagina.getByRole('heading', { name: 'Tablero del POA 2026' }).waitFor();
    await pagina.getByRole('region', { name: 'Solicitudes 2026: 1' }).waitFor();
    await pagina.getByRole('region', { name: 'Índice de Eficiencia acumulado: 0.3 %' }).getByText('1 de 332 actividades a noviembre · Fuera de meta').waitFor();
  });

  it('los filtros de fecha de las listas separan los dos años', async () => {
    const { pagina } = app;
    await ir(pagina, '1. Atención Ciudadana');
    const lista = pagina.getByRole('grid', { name: 'Solicitudes' });
    const folios = () => lista.getByRole('link', { name: /^AC-\d{4}-/ }).allTextContents();
    await expect.poll(async () => (await folios()).sort(), { timeout: 15_000 }).toEqual([folio2026, folio2027].sort());
    await pagina.getByLabel('Recibidas desde').fill('01012027');
    await expect.poll(folios, { timeout: 15_000 }).toEqual([folio2027]);
    await pagina.getByLabel('Recibidas desde').fill('01012026');
    await pagina.getByLabel('Recibidas hasta').fill('31122026');
    await expect.poll(folios, { timeout: 15_000 }).toEqual([folio2026]);

    await ir(pagina, '2. Apoyos y Jornadas');
    await pagina.getByRole('tab', { name: 'Jornadas' }).click();
    const jornadas = pagina.getByRole('grid', { name: 'Jornadas comunitarias' });
    await jornadas.getByRole('link', { name: 'Jornada de salud en El Mirador' }).waitFor();
    await pagina.getByLabel('Año').click();
    await pagina.getByRole('option', { name: '2027' }).click();
    await jornadas.getByRole('link', { name: 'Jornada de salud en El Mirador' }).waitFor();
  });
});
