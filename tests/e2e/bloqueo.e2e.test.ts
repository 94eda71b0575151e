import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { abrirApp, CARPETA_EVIDENCIAS, INSTALACION_PRUEBAS, type Entorno } from './navegador';
import { abrirCuentas, crearCuenta, imprimirEnPdf, ir, menu } from './pasos';

/**
 * The lock of a sign-in in Chromium on the built renderer, with the page's clock moved forward: ten minutes without
 * activity lock the screen over a half-typed solicitud, which is neither visible nor reachable; a wrong password is
 * refused in Spanish and the right one returns to the same form, intact, which then saves. «Bloquear» and its shortcut
 * lock on demand, a locked sign-in prints nothing, the minutes are a setting, and «Cambiar de usuario» lets another
 * account in. The bitácora keeps every step.
 */

const ADMIN = INSTALACION_PRUEBAS.administrador;
const JEFE = { nombre: 'Jorge Medina Salas', cargo: 'Jefe del Departamento de Gestión Social', usuario: 'jorge.medina', contrasena: 'Jefatura Gestión 2026' };

const pantallaBloqueo = (pagina: Page) => pagina.getByRole('dialog', { name: 'Sesión bloqueada' });
const captura = (pagina: Page) => pagina.getByRole('form', { name: 'Captura de solicitud' });

/** Opens «Nueva solicitud» and types part of a solicitud: the citizen, the reception, the kind and the description. */
async function mediaCaptura(pagina: Page, apellido: string, nombre: string): Promise<void> {
  await ir(pagina, '1. Atención Ciudadana');
  await pagina.getByRole('link', { name: 'Nueva solicitud' }).click();
  const form = captura(pagina);
  await form.getByLabel('Buscar ciudadano por CURP o nombre').fill(`${nombre} ${apellido}`);
  await pagina.getByRole('option', { name: `Registrar ciudadano nuevo «${nombre} ${apellido}»` }).click();
  await form.getByLabel('Apellido paterno').fill(apellido);
  await form.getByLabel('Nombre(s)').fill(nombre);
  await form.getByRole('radio', { name: 'Mujer' }).check();
  await form.getByLabel('Colonia').fill('Centro');
  await form.getByLabel('Fecha y hora de recepción').fill('2026-11-23T09:15');
  await form.getByLabel('Tipo de apoyo solicitado').fill('Despensa');
  await pagina.getByRole('option', { name: 'Despensa', exact: true }).click();
  await form.getByLabel('Descripción de la solicitud').fill('Solicita despensa para sus tres hijos');
}

/** Nothing of the app under the lock screen is visible, in the accessibility tree, or reachable by keyboard. */
async function nadaDetras(pagina: Page, textos: string[], debajo = 'nav[aria-label="Navegación principal"]'): Promise<void> {
  expect(await captura(pagina).count()).toBe(0);
  expect(await menu(pagina).count()).toBe(0);
  expect(await pagina.getByRole('textbox', { name: 'Apellido paterno' }).count()).toBe(0);
  expect(await pagina.locator('form[aria-label="Captura de solicitud"]').isVisible()).toBe(false);
  const visible = await pagina.locator('body').innerText();
  const accesible = await pagina.locator('body').ariaSnapshot();
  for (const t of textos) {
    expect(visible).not.toContain(t);
    expect(accesible).not.toContain(t);
  }
  // The screens are still there (so nothing typed is lost), inert; Tab after Tab, the focus stays out of them (on the
  // lock screen, or for an instant on the page itself while the lock screen's focus trap takes it back).
  expect(await pagina.locator(`#raiz [inert][aria-hidden="true"] ${debajo}`).count()).toBe(1);
  for (let i = 0; i < 6; i++) {
    await pagina.keyboard.press('Tab');
    expect(await pagina.evaluate(() => document.getElementById('raiz')!.contains(document.activeElement))).toBe(false);
  }
}

async function desbloquear(pagina: Page, contrasena = ADMIN.contrasena): Promise<void> {
  const bloqueo = pantallaBloqueo(pagina);
  await bloqueo.getByLabel('Contraseña').fill(contrasena);
  await bloqueo.getByRole('button', { name: 'Desbloquear' }).click();
  await bloqueo.waitFor({ state: 'detached', timeout: 30_000 });
}

describe('Bloqueo de la sesión', () => {
  let app: Entorno;
  let idSolicitud = '';

  beforeAll(async () => {
    app = await abrirApp();
    // The head's account, made by the administrator on the accounts screen as in the office.
    await abrirCuentas(app.pagina);
    await crearCuenta(app.pagina, JEFE, 'Jefe');
  });
  afterAll(async () => {
    await app?.cerrar();
  });

  it('tras 10 minutos sin actividad se bloquea sobre la solicitud a medio capturar, que no se ve ni se alcanza', async () => {
    const { pagina } = app;
    await mediaCaptura(pagina, 'Domínguez', 'Rosaura');
    // Nine minutes, a movement of the mouse, nine more: still open, the movement counted.
    await pagina.clock.fastForward('09:00');
    await pagina.mouse.move(400, 300);
    await pagina.clock.fastForward('09:00');
    await pagina.waitForTimeout(300);
    expect(await pantallaBloqueo(pagina).count()).toBe(0);
    await captura(pagina).waitFor();
    await pagina.clock.fastForward('01:05');
    const bloqueo = pantallaBloqueo(pagina);
    await bloqueo.waitFor();
    await bloqueo.getByText(`${ADMIN.nombre} (${ADMIN.usuario}) · Administrador`).waitFor();
    await nadaDetras(
      pagina,
      ['Domínguez', 'Rosaura', 'Solicita despensa', 'Nueva solicitud', 'Apellido paterno', 'Descripción de la solicitud'],
      'form[aria-label="Captura de solicitud"]',
    );
    await pagina.screenshot({ path: `${CARPETA_EVIDENCIAS}/bloqueo-inactividad.png` });
  });

  it('una contraseña equivocada se rechaza en español; la correcta vuelve a la misma captura, intacta, y se guarda', async () => {
    const { pagina } = app;
    const bloqueo = pantallaBloqueo(pagina);
    await bloqueo.getByRole('button', { name: 'Desbloquear' }).click();
    await bloqueo.getByText('Escriba la contraseña').waitFor();
    await bloqueo.getByLabel('Contraseña').fill('no es la contraseña');
    await bloqueo.getByRole('button', { name: 'Desbloquear' }).click();
    await bloqueo.getByText('Usuario o contraseña incorrectos.').waitFor();
    expect(await bloqueo.getByLabel('Contraseña').inputValue()).toBe('');
    await expect.poll(() => bloqueo.getByLabel('Contraseña').evaluate((e) => e === document.activeElement)).toBe(true);
    await pagina.screenshot({ path: `${CARPETA_EVIDENCIAS}/bloqueo-contrasena-equivocada.png`, animations: 'disabled' });
    await desbloquear(pagina);
    const form = captura(pagina);
    expect(await form.getByLabel('Apellido paterno').inputValue()).toBe('Domínguez');
    expect(await form.getByLabel('Nombre(s)').inputValue()).toBe('Rosaura');
    expect(await form.getByRole('radio', { name: 'Mujer' }).isChecked()).toBe(true);
    expect(await form.getByLabel('Tipo de apoyo solicitado').inputValue()).toBe('Despensa');
    expect(await form.getByLabel('Descripción de la solicitud').inputValue()).toBe('Solicita despensa para sus tres hijos');
    await form.getByRole('checkbox', { name: /Se informó el aviso de privacidad/ }).check();
    await form.getByRole('button', { name: 'Guardar solicitud' }).click();
    await pagina.getByRole('heading', { name: /^Solicitud AC-2026-V1-\d{4}/ }).waitFor();
    idSolicitud = new URL(pagina.url()).hash.replace('#/atencion/', '');
    expect(idSolicitud).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('«Bloquear» y Ctrl+Mayús+B bloquean al momento; bloqueada no imprime nada, ni tras recargar, y desbloqueada imprime', async () => {
    const { pagina, contexto, url } = app;
    const boton = pagina.getByRole('button', { name: 'Bloquear', exact: true });
    expect(await boton.getAttribute('aria-keyshortcuts')).toBe('Control+Shift+B');
    await boton.hover();
    await pagina.getByRole('tooltip').getByText(/Ctrl\+Mayús\+B/).waitFor();
    await pagina.screenshot({ path: `${CARPETA_EVIDENCIAS}/bloqueo-boton.png` });
    await boton.click();
    await pantallaBloqueo(pagina).waitFor();
    await nadaDetras(pagina, ['Domínguez', 'Rosaura']);
    await pagina.screenshot({ path: `${CARPETA_EVIDENCIAS}/bloqueo-a-peticion.png` });

    // The hidden window that prints asks this one for its sign-in: a locked one does not answer.
    const impresion = await contexto.newPage();
    await impresion.goto(`${url}#/imprimir/acuse/${idSolicitud}`);
    await impresion.waitForTimeout(3_500);
    expect((await impresion.locator('body').innerText()).trim()).toBe('');
    expect(await impresion.locator('body[data-listo-para-imprimir="true"]').count()).toBe(0);
    await impresion.close();
    // In this same window a print route shows nothing either, and a reload keeps the lock.
    await pagina.goto(`${url}#/imprimir/acuse/${idSolicitud}`);
    await pagina.waitForTimeout(500);
    expect((await pagina.locator('body').innerText()).trim()).toBe('');
    await pagina.goto(url);
    await pagina.reload();
    await pantallaBloqueo(pagina).waitFor();
    await desbloquear(pagina);

    const otra = await contexto.newPage();
    await otra.goto(`${url}#/imprimir/acuse/${idSolicitud}`);
    await otra.locator('body[data-listo-para-imprimir="true"]').waitFor();
    expect(await otra.locator('body').innerText()).toContain('Domínguez');
    await otra.close();
    const acuse = await imprimirEnPdf(pagina, url, `/imprimir/acuse/${idSolicitud}`, `${CARPETA_EVIDENCIAS}/acuse-tras-desbloqueo.pdf`);
    expect(acuse).toContain('Rosaura');

    await pagina.goto(url);
    await menu(pagina).waitFor();
    await pagina.keyboard.press('Control+Shift+B');
    await pantallaBloqueo(pagina).waitFor();
    await desbloquear(pagina);
    await menu(pagina).waitFor();
  });

  it('los minutos se configuran en Configuración → General, de 1 a 120', async () => {
    const { pagina } = app;
    await ir(pagina, 'Configuración');
    await pagina.getByRole('tab', { name: 'General' }).click();
    const form = pagina.getByRole('form', { name: 'Configuración general' });
    const minutos = form.getByLabel('Minutos sin actividad para bloquear la sesión');
    expect(await minutos.inputValue()).toBe('10');
    await minutos.fill('0');
    await form.getByRole('button', { name: 'Guardar configuración' }).click();
    await form.getByText('Minutos sin actividad para bloquear no puede ser menor que 1').waitFor();
    await minutos.fill('2');
    await form.getByRole('button', { name: 'Guardar configuración' }).click();
    await form.getByText('Configuración guardada.').waitFor();
    await pagina.clock.fastForward('01:50');
    await pagina.waitForTimeout(300);
    expect(await pantallaBloqueo(pagina).count()).toBe(0);
    await pagina.clock.fastForward('00:15');
    await pantallaBloqueo(pagina).waitFor();
    await desbloquear(pagina);
  });

  it('«Cambiar de usuario» avisa que se descarta lo no guardado; la misma cuenta vuelve a su captura, otra entra desde cero', async () => {
    const { pagina } = app;
    await mediaCaptura(pagina, 'Villalobos', 'Eustolia');
    await pagina.getByRole('button', { name: 'Bloquear', exact: true }).click();
    const bloqueo = pantallaBloqueo(pagina);
    await bloqueo.getByRole('button', { name: 'Cambiar de usuario' }).click();
    const confirmar = bloqueo.getByRole('alertdialog', { name: 'Confirmar cambio de usuario' });
    await confirmar.getByText(/no se guardará a nombre de otra cuenta/).waitFor();
    await pagina.screenshot({ path: `${CARPETA_EVIDENCIAS}/bloqueo-cambiar-usuario.png` });
    await confirmar.getByRole('button', { name: 'Sí, cambiar de usuario' }).click();

    // The sign-in, its user field empty and with the focus.
    const inicio = pagina.getByRole('dialog', { name: 'Iniciar sesión' }).getByRole('form', { name: 'Inicio de sesión' });
    const usuario = inicio.getByLabel('Usuario');
    expect(await usuario.inputValue()).toBe('');
    await expect.poll(() => usuario.evaluate((e) => e === document.activeElement)).toBe(true);
    await pagina.screenshot({ path: `${CARPETA_EVIDENCIAS}/bloqueo-otra-cuenta.png` });
    // The same account signing in there unlocks: the half-typed solicitud is there.
    await usuario.fill(ADMIN.usuario);
    await inicio.getByLabel('Contraseña').fill(ADMIN.contrasena);
    await inicio.getByRole('button', { name: 'Entrar' }).click();
    await captura(pagina).waitFor({ timeout: 30_000 });
    expect(await captura(pagina).getByLabel('Apellido paterno').inputValue()).toBe('Villalobos');

    // Another account: a wrong password is refused, the right one enters on «Hoy» with nothing of the previous capture.
    await pagina.getByRole('button', { name: 'Bloquear', exact: true }).click();
    await bloqueo.getByRole('button', { name: 'Cambiar de usuario' }).click();
    await bloqueo.getByRole('button', { name: 'Sí, cambiar de usuario' }).click();
    await inicio.getByLabel('Usuario').fill(JEFE.usuario);
    await inicio.getByLabel('Contraseña').fill('otra cosa');
    await inicio.getByRole('button', { name: 'Entrar' }).click();
    await inicio.getByText('Usuario o contraseña incorrectos.').waitFor();
    await inicio.getByLabel('Contraseña').fill(JEFE.contrasena);
    await inicio.getByRole('button', { name: 'Entrar' }).click();
    await pagina.getByRole('heading', { name: 'Hoy', level: 1 }).waitFor({ timeout: 30_000 });
    await pagina.getByLabel('Cuenta en uso').getByText(`${JEFE.nombre} · Jefe · Estación V1`).waitFor();
    await ir(pagina, '1. Atención Ciudadana');
    await pagina.getByRole('link', { name: 'Nueva solicitud' }).click();
    expect(await captura(pagina).getByLabel('Buscar ciudadano por CURP o nombre').inputValue()).toBe('');
    expect(await captura(pagina).getByLabel('Apellido paterno').count()).toBe(0);
    expect(await pagina.locator('body').innerText()).not.toContain('Villalobos');
  });

  it('la bitácora guarda cada bloqueo, desbloqueo, intento fallido y cambio de usuario', async () => {
    const { pagina } = app;
    await pagina.setViewportSize({ width: 1366, height: 1400 });
    await ir(pagina, 'Bitácora');
    for (const texto of [
      'La sesión de Ventanilla 1 (admin) se bloqueó tras 10 minutos sin actividad',
      'La sesión de Ventanilla 1 (admin) se bloqueó tras 2 minutos sin actividad',
      'Ventanilla 1 (admin) bloqueó la sesión',
      'Ventanilla 1 (admin) desbloqueó la sesión',
      'Desbloqueo fallido de Ventanilla 1 (admin): contraseña incorrecta (1 seguida)',
      'Inicio de sesión fallido de Jorge Medina Salas (jorge.medina): contraseña incorrecta (1 seguida)',
      'Ventanilla 1 (admin) cerró sesión: cambio de usuario, entró Jorge Medina Salas (jorge.medina)',
      'Jorge Medina Salas (jorge.medina) inició sesión como jefe',
    ]) {
      await pagina.getByText(texto).first().waitFor();
    }
    expect(await pagina.getByRole('gridcell', { name: 'Bloqueo de sesión' }).count()).toBeGreaterThanOrEqual(4);
    expect(await pagina.getByRole('gridcell', { name: 'Desbloqueo de sesión' }).count()).toBeGreaterThanOrEqual(4);
    await pagina.setViewportSize({ width: 1366, height: 768 });
  });
});
