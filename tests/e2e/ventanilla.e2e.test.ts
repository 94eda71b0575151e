import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Locator, Page } from 'playwright-core';
import { digitoVerificadorCurp } from '../../shared/domain/curp';
import { abrirApp, CARPETA_EVIDENCIAS, type Entorno } from './navegador';
import { imprimirEnPdf, ir, menu } from './pasos';

const curp = (primeros17: string) => primeros17 + digitoVerificadorCurp(primeros17);
const CURP_MARIA = curp('PELM900315MVZRPR0');
const CURP_JUAN = curp('HEGJ850101HVZRRN0');
const CURP_JUAN_MAL = CURP_JUAN.slice(0, 17) + String((Number(CURP_JUAN[17]) + 1) % 10);

/**
 * The window at full speed, through the keyboard alone: every key pressed that is not a character of the citizen's
 * data is counted, from the solicitudes list to the saved folio.
 */
class Teclado {
  teclas: string[] = [];
  constructor(private readonly pagina: Page) {}
  /** A key that is not data: Tab, Enter, Space, F2… */
  async tecla(tecla: string) {
    this.teclas.push(tecla);
    await this.pagina.keyboard.press(tecla);
  }
  /** The citizen's data, character by character (not counted). */
  async escribir(texto: string) {
    await this.pagina.keyboard.type(texto);
  }
}

/** The name of the box that has the focus. */
const enfocado = (pagina: Page) => pagina.evaluate(() => document.activeElement?.getAttribute('name') ?? null);

/** The box is entirely inside the window and below the app bar, so what it says is seen. */
async function esperarALaVista(pagina: Page, caja: Locator) {
  const barra = await pagina.getByRole('banner').boundingBox();
  await expect
    .poll(async () => {
      const b = await caja.boundingBox();
      return b !== null && barra !== null && b.y >= barra.y + barra.height && b.y + b.height <= 768;
    }, { timeout: 10_000 })
    .toBe(true);
}

describe('Ventanilla: capturar sin fricción', () => {
  let app: Entorno;
  let idSegunda = '';

  beforeAll(async () => {
    app = await abrirApp();
    await app.pagina.getByRole('heading', { name: 'Hoy', level: 1 }).waitFor();
  });
  afterAll(async () => {
    await app?.cerrar();
  });

  it('un ciudadano nuevo y su solicitud, desde «Hoy», sin escribir nada dos veces, una sola Enter y a lo más 15 teclas', async () => {
    const { pagina } = app;
    // Sign-in lands on «Hoy», whose big «Nueva solicitud» says its key.
    await pagina.getByRole('heading', { name: 'Hoy', level: 1 }).waitFor();
    await expect.poll(() => pagina.getByRole('main').getByRole('link', { name: /Nueva solicitud/ }).getAttribute('aria-keyshortcuts')).toBe('F2');
    const t = new Teclado(pagina);
    const form = pagina.getByRole('form', { name: 'Captura de solicitud' });

    await t.tecla('F2');
    await pagina.getByRole('heading', { name: 'Nueva solicitud' }).waitFor();
    await expect.poll(() => enfocado(pagina)).toBe('personaId');
    await t.escribir('María José Pérez López');
    await pagina.getByRole('option', { name: 'Registrar ciudadano nuevo «María José Pérez López»' }).waitFor();
    await t.tecla('Enter');

    // The name typed in the search is already in its boxes; the CURP is next.
    await expect.poll(() => enfocado(pagina)).toBe('persona.curp');
    expect([
      await form.getByLabel('Apellido paterno').inputValue(),
      await form.getByLabel('Apellido materno').inputValue(),
      await form.getByLabel('Nombre(s)').inputValue(),
    ]).toEqual(['Pérez', 'López', 'María José']);
    await t.escribir(CURP_MARIA);
    await t.tecla('Tab');
    // The CURP says sexo and fecha de nacimiento.
    await expect.poll(() => form.getByRole('radio', { name: 'Mujer' }).isChecked()).toBe(true);
    await expect.poll(() => form.getByLabel('Fecha de nacimiento').inputValue()).toBe('15/03/1990');
    await t.tecla('Tab');
    await expect.poll(() => enfocado(pagina)).toBe('persona.telefono');
    await t.escribir('2281234567');
    await t.tecla('Tab');
    // Tab takes the highlighted suggestion, as in «Tipo de apoyo».
    await t.escribir('cent');
    await pagina.getByRole('option', { name: 'Centro', exact: true }).waitFor();
    await t.tecla('Tab');
    await expect.poll(() => form.getByRole('combobox', { name: 'Colonia' }).inputValue()).toBe('Centro');
    // The aviso de privacidad comes before the description, so the one Enter at its end saves.
    await expect.poll(() => enfocado(pagina)).toBe('consentimientoPrivacidad');
    await t.tecla('Space');
    await t.tecla('Tab');
    await t.tecla('Tab');
    await t.escribir('Desp');
    await pagina.getByRole('option', { name: 'Despensa' }).waitFor();
    await t.tecla('Tab');
    await expect.poll(() => form.getByRole('combobox', { name: 'Tipo de apoyo solicitado' }).inputValue()).toBe('Despensa');
    await t.escribir('Solicita una despensa para su familia');
    await expect.poll(() => enfocado(pagina)).toBe('descripcion');
    // «Guardar solicitud» is on screen at 768 px without scrolling.
    await esperarALaVista(pagina, pagina.getByRole('button', { name: 'Guardar solicitud' }));
    await pagina.screenshot({ path: `${CARPETA_EVIDENCIAS}/ventanilla-captura.png` });
    await t.tecla('Enter');

    await pagina.getByRole('heading', { name: 'Solicitud AC-2026-V1-0001' }).waitFor();
    expect(t.teclas.filter((k) => k === 'Enter').length).toBe(2);
    expect(t.teclas.length, t.teclas.join(' ')).toBeLessThanOrEqual(15);
    const ciudadano = pagina.getByRole('region', { name: 'Ciudadano: María José Pérez López' });
    await ciudadano.getByText(CURP_MARIA).waitFor();
    await ciudadano.getByText(/Centro/).first().waitFor();

    // «Capturar otra» shows its key, and the key starts the next capture at once.
    const otra = pagina.getByRole('link', { name: /Capturar otra/ });
    expect(await otra.getAttribute('aria-keyshortcuts')).toBe('F2');
    await pagina.screenshot({ path: `${CARPETA_EVIDENCIAS}/ventanilla-guardada.png` });
    expect(await otra.textContent()).toContain('F2');
    await t.tecla('F2');
    await pagina.getByRole('heading', { name: 'Nueva solicitud' }).waitFor();
    await expect.poll(() => enfocado(pagina)).toBe('personaId');
    expect(await form.getByRole('combobox', { name: 'Buscar ciudadano por CURP o nombre' }).inputValue()).toBe('');
  });

  it('la siguiente, de una persona ya registrada: el aviso se pregunta al guardar y Enter acepta y guarda', async () => {
    const { pagina } = app;
    const t = new Teclado(pagina);
    await t.escribir('maria perez');
    await pagina.getByRole('option', { name: /María José Pérez López/ }).waitFor();
    await t.tecla('Enter');
    await expect.poll(() => enfocado(pagina)).toBe('tipoApoyoId');
    await t.escribir('Medic');
    await pagina.getByRole('option', { name: 'Medicamento' }).waitFor();
    await t.tecla('Tab');
    await t.escribir('Medicamento para la presión');
    await t.tecla('Shift+Enter');
    await t.escribir('Dosis para un mes');
    await t.tecla('Enter');
    const aviso = pagina.getByRole('dialog', { name: 'Aviso de privacidad' });
    await aviso.getByRole('button', { name: 'Acepta: guardar solicitud' }).waitFor();
    await t.tecla('Enter');
    await pagina.getByRole('heading', { name: 'Solicitud AC-2026-V1-0002' }).waitFor();
    expect(t.teclas).toEqual(['Enter', 'Tab', 'Shift+Enter', 'Enter', 'Enter']);
    idSegunda = new URL(pagina.url()).hash.replace('#/atencion/', '');
  });

  it('una CURP mal escrita se avisa al salir de ella; al guardar, el resumen nombra los campos y el primero queda a la vista', async () => {
    const { pagina } = app;
    await pagina.keyboard.press('F2');
    const form = pagina.getByRole('form', { name: 'Captura de solicitud' });
    await expect.poll(() => enfocado(pagina)).toBe('personaId');
    await pagina.keyboard.type('Juan Hernández García');
    await pagina.getByRole('option', { name: /Registrar ciudadano nuevo/ }).waitFor();
    await pagina.keyboard.press('Enter');
    await expect.poll(() => enfocado(pagina)).toBe('persona.curp');
    await pagina.keyboard.type(CURP_JUAN_MAL);
    await pagina.keyboard.press('Tab');
    await form.getByText(`El dígito verificador de la CURP no corresponde (debería ser ${CURP_JUAN[17]})`).waitFor();

    // A colonia that is not in the catalogue is offered to join it, so the next capture finds it spelled the same.
    await form.getByRole('combobox', { name: 'Colonia' }).fill('Las Palmas');
    await pagina.keyboard.press('Tab');
    await form.getByText('No está en el catálogo.').waitFor();
    await form.getByRole('button', { name: 'Agregar «Las Palmas» al catálogo' }).click();
    await expect.poll(() => form.getByText('No está en el catálogo.').count(), { timeout: 10_000 }).toBe(0);
    await form.getByRole('combobox', { name: 'Colonia' }).fill('las palmas');
    await pagina.getByRole('option', { name: 'Las Palmas', exact: true }).waitFor();
    // A wrong CURP says nothing of the sexo: the clerk picks it.
    await form.getByRole('radio', { name: 'Hombre' }).check();
    await form.getByLabel('Fecha de nacimiento').fill('31/02/1985');
    await form.getByLabel('Se informó el aviso de privacidad al ciudadano y acepta el tratamiento de sus datos').check();
    await form.getByRole('combobox', { name: 'Tipo de apoyo solicitado' }).fill('Desp');
    await pagina.getByRole('option', { name: 'Despensa' }).waitFor();
    await pagina.keyboard.press('Tab');
    await pagina.keyboard.type('Láminas para su techo');
    // The clerk is at the bottom of the form when Enter fails.
    await pagina.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
    await pagina.keyboard.press('Enter');

    const resumen = pagina.getByRole('alert').filter({ hasText: 'Revise 2 campos' });
    await resumen.waitFor();
    expect(await resumen.textContent()).toBe('Revise 2 campos: CURP, Fecha de nacimiento');
    await esperarALaVista(pagina, resumen);
    await expect.poll(() => enfocado(pagina)).toBe('persona.curp');
    await esperarALaVista(pagina, form.getByRole('textbox', { name: 'CURP' }));
    await esperarALaVista(pagina, form.getByText(/El dígito verificador de la CURP no corresponde/));
    await pagina.screenshot({ path: `${CARPETA_EVIDENCIAS}/ventanilla-resumen-errores.png` });

    await resumen.getByRole('button', { name: 'Fecha de nacimiento' }).click();
    await expect.poll(() => enfocado(pagina)).toBe('persona.fechaNacimiento');
    await esperarALaVista(pagina, form.getByLabel('Fecha de nacimiento'));

    // Fixing both leaves nothing to review.
    await form.getByLabel('Fecha de nacimiento').fill('01/01/1985');
    await form.getByRole('textbox', { name: 'CURP' }).fill(CURP_JUAN);
    await expect.poll(() => pagina.getByRole('alert').filter({ hasText: 'Revise' }).count()).toBe(0);
  });

  it('salir con datos sin guardar pregunta antes de descartarlos, por el menú o por Cancelar', async () => {
    const { pagina } = app;
    // The guard keeps the form on view, so the click does not wait for the section to change as `ir` does.
    await menu(pagina).getByRole('link', { name: '1. Atención Ciudadana', exact: true }).click();
    const pregunta = pagina.getByRole('dialog', { name: '¿Descartar lo capturado?' });
    await pregunta.waitFor();
    await pregunta.getByRole('button', { name: 'Seguir capturando' }).click();
    await pregunta.waitFor({ state: 'detached' });
    const form = pagina.getByRole('form', { name: 'Captura de solicitud' });
    expect(await form.getByRole('textbox', { name: 'CURP' }).inputValue()).toBe(CURP_JUAN);

    // The browser's Back (Alt+←, the mouse's back button) asks too, and «Seguir capturando» keeps the form as it was.
    await pagina.goBack({ waitUntil: 'commit' });
    await pregunta.waitFor();
    await pregunta.getByRole('button', { name: 'Seguir capturando' }).click();
    await pregunta.waitFor({ state: 'detached' });
    await pagina.getByRole('heading', { name: 'Nueva solicitud' }).waitFor();
    expect(await form.getByRole('textbox', { name: 'CURP' }).inputValue()).toBe(CURP_JUAN);
    // Asked again, it still asks.
    await pagina.goBack({ waitUntil: 'commit' });
    await pregunta.waitFor();
    await pregunta.getByRole('button', { name: 'Seguir capturando' }).click();
    await pregunta.waitFor({ state: 'detached' });
    expect(await form.getByRole('textbox', { name: 'CURP' }).inputValue()).toBe(CURP_JUAN);

    await form.getByRole('button', { name: 'Cancelar' }).click();
    await pregunta.getByRole('button', { name: 'Descartar y salir' }).click();
    await pagina.getByRole('heading', { name: 'Atención Ciudadana' }).waitFor();
    // Nothing was saved: the list still has the two folios.
    await expect.poll(() => pagina.getByRole('grid', { name: 'Solicitudes' }).getByRole('link', { name: /^AC-2026-/ }).count(), { timeout: 15_000 }).toBe(2);

    // Back with a capture started and «Descartar y salir» goes back to where the capture was opened from.
    await pagina.keyboard.press('F2');
    await pagina.getByRole('heading', { name: 'Nueva solicitud' }).waitFor();
    await form.getByRole('textbox', { name: /^Descripción de la solicitud/ }).fill('Láminas para el techo');
    await pagina.goBack({ waitUntil: 'commit' });
    await pregunta.getByRole('button', { name: 'Descartar y salir' }).click();
    await pagina.getByRole('heading', { name: 'Atención Ciudadana' }).waitFor();
    await expect.poll(() => pagina.getByRole('heading', { name: 'Nueva solicitud' }).count(), { timeout: 15_000 }).toBe(0);

    // A form nobody typed in is left without a question.
    await pagina.keyboard.press('F2');
    await pagina.getByRole('heading', { name: 'Nueva solicitud' }).waitFor();
    await ir(pagina, '1. Atención Ciudadana');
    await pagina.getByRole('heading', { name: 'Atención Ciudadana' }).waitFor();
    expect(await pregunta.count()).toBe(0);
  });

  it('la descripción conserva sus renglones en el acuse', async () => {
    const texto = await imprimirEnPdf(app.pagina, app.url, `/imprimir/acuse/${idSegunda}`, `${CARPETA_EVIDENCIAS}/ventanilla-acuse.pdf`);
    expect(texto).toMatch(/Medicamento para la presión\s*\n.*Dosis para un mes/);
  });
});
