import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Locator, Page } from 'playwright-core';
import { abrirApp, CARPETA_EVIDENCIAS, INSTALACION_PRUEBAS, type Entorno } from './navegador';
import { abrirCuentas, capturarSolicitud, celda, crearCuenta, entrar, ir, menu, salir } from './pasos';

/**
 * The staff accounts and what each role sees, in Chromium on the built renderer: the administrator creates a
 * capturista and a jefe in Configuración → Cuentas; each of them, signed in, finds the actions of a higher role off,
 * with a tooltip saying who may (or not there at all: the bitácora in the menu, the settings tabs); disabling an
 * account stops its sign-in, a reset password works, and the last administrator cannot be disabled or demoted.
 */

const ADMIN = INSTALACION_PRUEBAS.administrador;
const CAPTURISTA = { nombre: 'Lucía Ramírez Ortega', cargo: 'Auxiliar de Gestión Social', usuario: 'lucia.ramirez', contrasena: 'Ventanilla segura 1' };
const JEFE = { nombre: 'Jorge Medina Salas', cargo: 'Jefe del Departamento de Gestión Social', usuario: 'jorge.medina', contrasena: 'Jefatura segura 22' };
const NUEVA_CONTRASENA = 'Contraseña nueva 333';

const SOLO_JEFE = (texto: string) => `Solo un jefe o un administrador puede ${texto}.`;
const SOLO_ADMIN = (texto: string) => `Solo un administrador puede ${texto}.`;

/** What a control's accessible description says (the sentences its aria-describedby points to). */
function descripcion(control: Locator): Promise<string> {
  return control.evaluate((el) =>
    (el.getAttribute('aria-describedby') ?? '')
      .split(' ')
      .map((id) => document.getElementById(id)?.textContent ?? '')
      .join(' ')
      .trim(),
  );
}

/** The control is there, off, and says who may use it: in its description and in the tooltip over it. */
async function apagado(pagina: Page, control: Locator, motivo: string, { tooltip = false } = {}): Promise<void> {
  await control.waitFor();
  expect(await control.isDisabled()).toBe(true);
  // The screen may still be settling from the account that signed out: the description is read once it has.
  await expect.poll(() => descripcion(control), { timeout: 5_000 }).toBe(motivo);
  if (tooltip) {
    // A disabled control takes no pointer: the tooltip hangs on the span around it.
    await control.locator('xpath=..').hover();
    await expect.poll(() => pagina.getByRole('tooltip').textContent(), { timeout: 15_000 }).toBe(motivo);
    await pagina.mouse.move(0, 0);
    await pagina.getByRole('tooltip').waitFor({ state: 'detached' });
  }
}

async function encendido(control: Locator): Promise<void> {
  await control.waitFor();
  expect(await control.isDisabled()).toBe(false);
}

describe('Cuentas y lo que cada rol ve en pantalla', () => {
  let app: Entorno;
  let folio = '';

  beforeAll(async () => {
    app = await abrirApp();
    folio = await capturarSolicitud(app.pagina, { apellido: 'López', nombre: 'María', sexo: 'Mujer', colonia: 'Centro', recepcion: '2026-11-20T10:30', tipo: 'Despensa' });
  });
  afterAll(async () => {
    await app?.cerrar();
  });

  it('la última cuenta de administrador activa no se puede desactivar ni dejar de ser administrador, y la pantalla lo dice', async () => {
    const { pagina } = app;
    const tabla = await abrirCuentas(pagina);
    const fila = tabla.getByRole('row', { name: /admin/ });
    await fila.getByText('Activa', { exact: true }).waitFor();
    await apagado(
      pagina,
      fila.getByRole('button', { name: 'Desactivar la cuenta admin' }),
      'No se puede desactivar la última cuenta de administrador activa: antes cree o active otra cuenta de administrador.',
      { tooltip: true },
    );
    await fila.getByRole('button', { name: 'Editar la cuenta admin' }).click();
    const dialogo = pagina.getByRole('dialog', { name: 'Editar la cuenta admin' });
    await dialogo.getByRole('combobox', { name: /^Rol/ }).click();
    await pagina.getByRole('option', { name: 'Jefe' }).click();
    await dialogo.getByRole('button', { name: 'Guardar cuenta' }).click();
    await dialogo
      .getByText('No se puede quitar el rol de administrador a la última cuenta de administrador activa: antes cree o active otra cuenta de administrador.')
      .waitFor();
    await dialogo.getByRole('button', { name: 'Cancelar' }).click();
    await dialogo.waitFor({ state: 'detached' });
    await pagina.getByLabel('Cuenta en uso').getByText('Ventanilla 1 · Administrador · Estación V1').waitFor();
  });

  it('el administrador crea un capturista y un jefe; la contraseña se revisa en su campo, en español', async () => {
    const { pagina } = app;
    await pagina.getByRole('button', { name: 'Nueva cuenta' }).click();
    const dialogo = pagina.getByRole('dialog', { name: 'Nueva cuenta' });
    await dialogo.getByRole('button', { name: 'Crear cuenta' }).click();
    await dialogo.getByText('Nombre es obligatorio').waitFor();
    await dialogo.getByText('Escriba el nombre de usuario').waitFor();
    await dialogo.getByLabel(/^Usuario/).fill('Lucía');
    await dialogo.getByLabel(/^Contraseña/).fill('corta');
    await dialogo.getByLabel(/^Confirmar contraseña/).fill('otra');
    await dialogo.getByRole('button', { name: 'Crear cuenta' }).click();
    await dialogo.getByText('Usuario: use sólo letras sin acentos ni ñ, números y punto (ej. maria.lopez)').waitFor();
    await dialogo.getByText('La contraseña debe tener al menos 8 caracteres').waitFor();
    await dialogo.getByText('La confirmación no coincide con la contraseña').waitFor();
    expect(await dialogo.getByLabel(/^Contraseña/).getAttribute('aria-invalid')).toBe('true');
    await dialogo.getByLabel(/^Usuario/).fill(ADMIN.usuario);
    await dialogo.getByLabel('Nombre completo').fill('Otra persona');
    await dialogo.getByLabel(/^Cargo/).fill('Auxiliar');
    await dialogo.getByLabel(/^Contraseña/).fill('Suficientemente larga');
    await dialogo.getByLabel(/^Confirmar contraseña/).fill('Suficientemente larga');
    await dialogo.getByRole('button', { name: 'Crear cuenta' }).click();
    await dialogo.getByText('El usuario «admin» ya es de otra cuenta').waitFor();
    await dialogo.getByRole('button', { name: 'Cancelar' }).click();
    await dialogo.waitFor({ state: 'detached' });

    await crearCuenta(pagina, CAPTURISTA, 'Capturista');
    await crearCuenta(pagina, JEFE, 'Jefe');
    const tabla = pagina.getByRole('table', { name: 'Cuentas del personal' });
    const capturista = tabla.getByRole('row', { name: new RegExp(CAPTURISTA.usuario) });
    await capturista.getByRole('cell', { name: 'Capturista', exact: true }).waitFor();
    await capturista.getByRole('cell', { name: 'Nunca' }).waitFor();
    await tabla.getByRole('row', { name: new RegExp(JEFE.usuario) }).getByRole('cell', { name: 'Jefe', exact: true }).waitFor();
    await tabla.getByRole('row', { name: /admin/ }).getByText('Ventanilla 1 (usted)').waitFor();
    await pagina.screenshot({ path: `${CARPETA_EVIDENCIAS}/cuentas.png` });
  });

  it('el capturista no ve la bitácora ni la configuración que no le toca, y cada acción de un jefe está apagada diciendo quién puede', async () => {
    const { pagina } = app;
    await salir(pagina);
    await entrar(pagina, CAPTURISTA.usuario, CAPTURISTA.contrasena);
    await pagina.getByLabel('Cuenta en uso').getByText(`${CAPTURISTA.nombre} · Capturista · Estación V1`).waitFor();
    expect(await menu(pagina).getByRole('link', { name: 'Bitácora' }).count()).toBe(0);

    // POA: create, edit and the state's next step belong to the head of the department.
    await ir(pagina, 'POA');
    await apagado(pagina, pagina.getByRole('button', { name: 'Nuevo POA' }), SOLO_JEFE('crear un POA'), { tooltip: true });
    await apagado(pagina, pagina.getByRole('button', { name: 'Editar POA' }), SOLO_JEFE('cambiar el POA o sus metas'));
    expect(await pagina.getByRole('link', { name: 'Editar POA' }).count()).toBe(0);
    const estado = pagina.getByRole('region', { name: 'Estado del POA' });
    const paso = estado.getByRole('button', { name: /^(Autorizar|Cerrar|Reabrir) POA$/ });
    await paso.waitFor();
    expect(await paso.isDisabled()).toBe(true);
    expect(await descripcion(paso)).toMatch(/^Solo un jefe o un administrador puede (autorizar un POA|cerrar periodos|reabrir periodos)\.$/);
    await pagina.screenshot({ path: `${CARPETA_EVIDENCIAS}/roles-capturista-poa.png` });

    // Cronograma: a month's adjustment and closing a period.
    await ir(pagina, 'Cronograma');
    await celda(pagina, /^Actividad 1, noviembre: /).click();
    const mes = pagina.getByRole('dialog', { name: /^Actividad 1 · noviembre 2026/ });
    await mes.getByRole('tab', { name: /Ajuste manual/ }).click();
    await apagado(pagina, mes.getByRole('button', { name: 'Agregar ajuste' }), SOLO_JEFE('agregar ajustes manuales'), { tooltip: true });
    expect(await mes.getByLabel('Motivo del ajuste').isDisabled()).toBe(true);
    await mes.getByRole('tab', { name: /^Reconducción|^Meta programada/ }).click();
    const guardarMeta = mes.getByRole('button', { name: /^(Registrar reconducción|Guardar metas)$/ });
    await guardarMeta.waitFor();
    expect(await guardarMeta.isDisabled()).toBe(true);
    await mes.getByRole('button', { name: 'Cerrar', exact: true }).click();
    await mes.waitFor({ state: 'detached' });
    await pagina.getByRole('button', { name: 'Cierre de periodos' }).click();
    const cierres = pagina.getByRole('dialog', { name: 'Cierre de periodos 2026' });
    await apagado(pagina, cierres.getByRole('button', { name: 'Cerrar octubre 2026' }), SOLO_JEFE('cerrar periodos'), { tooltip: true });
    await cierres.getByRole('button', { name: 'Listo' }).click();
    await cierres.waitFor({ state: 'detached' });

    // A solicitud: she edits and prints the acuse, but does not delete nor merge personas.
    await ir(pagina, '1. Atención Ciudadana');
    await apagado(pagina, pagina.getByRole('button', { name: 'Posibles duplicados' }), SOLO_JEFE('unir personas registradas dos veces'));
    await pagina.getByRole('link', { name: folio }).click();
    await pagina.getByRole('heading', { name: `Solicitud ${folio}` }).waitFor();
    await apagado(pagina, pagina.getByRole('button', { name: 'Eliminar' }), SOLO_JEFE('eliminar registros'), { tooltip: true });
    await encendido(pagina.getByRole('button', { name: 'Editar', exact: true }));
    await encendido(pagina.getByRole('button', { name: 'Imprimir acuse' }));
    await apagado(pagina, pagina.getByRole('button', { name: 'Exportar datos de la persona' }), SOLO_JEFE('exportar los datos de una persona'));
    await apagado(pagina, pagina.getByRole('button', { name: 'Unir con otra persona' }), SOLO_JEFE('unir personas registradas dos veces'));
    await pagina.getByRole('button', { name: 'Eliminar' }).locator('xpath=..').hover();
    await pagina.getByRole('tooltip').waitFor();
    // Once its fade-in has ended, so the picture shows what the clerk reads.
    await pagina.waitForTimeout(500);
    await pagina.screenshot({ path: `${CARPETA_EVIDENCIAS}/roles-capturista-solicitud.png` });
    await pagina.mouse.move(0, 0);

    // Reportes: the workbook and the sheets for signature.
    await ir(pagina, 'Reportes');
    await apagado(pagina, pagina.getByRole('button', { name: 'Exportar libro POA (Excel)' }), SOLO_JEFE('exportar el libro del POA'), { tooltip: true });
    await apagado(pagina, pagina.getByRole('button', { name: 'Imprimir hoja mensual' }), SOLO_JEFE('imprimir y exportar las hojas mensuales'));

    // Configuración: only the backups tab, where she backs up but neither restores nor incorporates.
    await ir(pagina, 'Configuración');
    const pestanas = pagina.getByRole('tablist', { name: 'Secciones de configuración' });
    await pestanas.getByRole('tab', { name: 'Respaldos' }).waitFor();
    expect(await pestanas.getByRole('tab').allTextContents()).toEqual(['Respaldos']);
    await encendido(pagina.getByRole('button', { name: 'Respaldar ahora' }));
    // Her copies for another PC always carry a passphrase: a readable copy of every citizen's data is the head's call.
    await pagina.getByRole('button', { name: 'Copiar respaldo…' }).click();
    const copiar = pagina.getByRole('dialog', { name: 'Copiar respaldo para otra PC o una memoria USB' });
    const proteger = copiar.getByRole('checkbox', { name: 'Proteger la copia con contraseña' });
    await apagado(pagina, proteger, SOLO_JEFE('sacar una copia del respaldo sin contraseña'));
    expect(await proteger.isChecked()).toBe(true);
    await copiar.getByRole('button', { name: 'Cancelar' }).click();
    await copiar.waitFor({ state: 'detached' });
    await apagado(pagina, pagina.getByRole('button', { name: 'Restaurar desde archivo…' }), SOLO_ADMIN('restaurar un respaldo'), { tooltip: true });
    await apagado(pagina, pagina.getByRole('button', { name: 'Incorporar capturas de otra PC…' }), SOLO_JEFE('incorporar capturas de otra PC'));
    expect(await pagina.getByLabel('Archivo de respaldo para restaurar').isDisabled()).toBe(true);
    // An address typed by hand opens what she may use, not the accounts.
    await pagina.goto(`${app.url}#/configuracion/cuentas`);
    await pagina.getByRole('button', { name: 'Respaldar ahora' }).waitFor();
    expect(await pagina.getByRole('table', { name: 'Cuentas del personal' }).count()).toBe(0);
    await pagina.screenshot({ path: `${CARPETA_EVIDENCIAS}/roles-capturista-respaldos.png` });
    // The bitácora and the ARCO requests are not in her menu; their addresses say who may instead of showing them.
    expect(await menu(pagina).getByRole('link', { name: 'Solicitudes ARCO' }).count()).toBe(0);
    await pagina.goto(`${app.url}#/bitacora`);
    await pagina.getByRole('heading', { name: 'Bitácora', level: 1 }).waitFor();
    await pagina.getByRole('alert').getByText(SOLO_JEFE('ver la bitácora')).waitFor();
    expect(await pagina.getByRole('button', { name: 'Verificar integridad' }).count()).toBe(0);
    await pagina.goto(`${app.url}#/arco`);
    await pagina.getByRole('alert').getByText(SOLO_JEFE('atender solicitudes ARCO')).waitFor();
  });

  it('el jefe usa lo de un jefe, pero no las cuentas, la configuración ni la restauración', async () => {
    const { pagina } = app;
    await salir(pagina);
    await entrar(pagina, JEFE.usuario, JEFE.contrasena);
    await menu(pagina).getByRole('link', { name: 'Bitácora' }).waitFor();

    await ir(pagina, 'POA');
    await encendido(pagina.getByRole('button', { name: 'Nuevo POA' }));
    await pagina.getByRole('link', { name: /^(Editar POA|Ver configuración)$/ }).waitFor();

    await ir(pagina, 'Cronograma');
    await pagina.getByRole('button', { name: 'Cierre de periodos' }).click();
    const cierres = pagina.getByRole('dialog', { name: 'Cierre de periodos 2026' });
    await encendido(cierres.getByRole('button', { name: 'Cerrar octubre 2026' }));
    await cierres.getByRole('button', { name: 'Listo' }).click();
    await cierres.waitFor({ state: 'detached' });

    await ir(pagina, '1. Atención Ciudadana');
    await pagina.getByRole('link', { name: folio }).click();
    await encendido(pagina.getByRole('button', { name: 'Eliminar' }));
    await encendido(pagina.getByRole('button', { name: 'Exportar datos de la persona' }));

    await ir(pagina, 'Reportes');
    await encendido(pagina.getByRole('button', { name: 'Exportar libro POA (Excel)' }));
    await encendido(pagina.getByRole('button', { name: 'Imprimir hoja mensual' }));

    await ir(pagina, 'Configuración');
    const pestanas = pagina.getByRole('tablist', { name: 'Secciones de configuración' });
    await pestanas.getByRole('tab', { name: 'POA y actividades' }).waitFor();
    expect(await pestanas.getByRole('tab').allTextContents()).toEqual(['POA y actividades', 'Respaldos']);
    await pestanas.getByRole('tab', { name: 'Respaldos' }).click();
    await encendido(pagina.getByRole('button', { name: 'Incorporar capturas de otra PC…' }));
    await apagado(pagina, pagina.getByRole('button', { name: 'Restaurar desde archivo…' }), SOLO_ADMIN('restaurar un respaldo'), { tooltip: true });
  });

  it('el administrador restablece una contraseña y desactiva una cuenta: ésta ya no entra, y la otra entra con la nueva', async () => {
    const { pagina } = app;
    await salir(pagina);
    await entrar(pagina, ADMIN.usuario, ADMIN.contrasena);
    const tabla = await abrirCuentas(pagina);
    const capturista = tabla.getByRole('row', { name: new RegExp(CAPTURISTA.usuario) });
    // Both have signed in by now: the table says when.
    await expect.poll(() => capturista.getByRole('cell', { name: 'Nunca' }).count(), { timeout: 15_000 }).toBe(0);

    await capturista.getByRole('button', { name: `Restablecer la contraseña de ${CAPTURISTA.usuario}` }).click();
    const restablecer = pagina.getByRole('dialog', { name: `Restablecer la contraseña de ${CAPTURISTA.nombre} (${CAPTURISTA.usuario})` });
    await restablecer.getByLabel(/^Contraseña/).fill(CAPTURISTA.usuario);
    await restablecer.getByLabel(/^Confirmar contraseña/).fill(CAPTURISTA.usuario);
    await restablecer.getByRole('button', { name: 'Restablecer contraseña' }).click();
    await restablecer.getByText('La contraseña no puede ser igual al nombre de usuario').waitFor();
    await restablecer.getByLabel(/^Contraseña/).fill(NUEVA_CONTRASENA);
    await restablecer.getByLabel(/^Confirmar contraseña/).fill(NUEVA_CONTRASENA);
    await restablecer.getByRole('button', { name: 'Restablecer contraseña' }).click();
    await restablecer.waitFor({ state: 'detached' });
    await pagina.getByText(`Contraseña de ${CAPTURISTA.nombre} (${CAPTURISTA.usuario}) restablecida.`).waitFor();

    const jefe = tabla.getByRole('row', { name: new RegExp(JEFE.usuario) });
    await jefe.getByRole('button', { name: `Desactivar la cuenta ${JEFE.usuario}` }).click();
    const desactivar = pagina.getByRole('dialog', { name: `Desactivar la cuenta ${JEFE.usuario}` });
    await desactivar.getByText(`${JEFE.nombre} ya no podrá iniciar sesión.`, { exact: false }).waitFor();
    await desactivar.getByRole('button', { name: 'Desactivar cuenta' }).click();
    await desactivar.waitFor({ state: 'detached' });
    await jefe.getByText('Desactivada', { exact: true }).waitFor();
    await jefe.getByRole('button', { name: `Activar la cuenta ${JEFE.usuario}` }).waitFor();

    // His own account: the bar at the top takes the new name at once.
    await tabla.getByRole('row', { name: /admin/ }).getByRole('button', { name: 'Editar la cuenta admin' }).click();
    const propia = pagina.getByRole('dialog', { name: 'Editar la cuenta admin' });
    await propia.getByLabel('Nombre completo').fill('Ventanilla Uno');
    await propia.getByRole('button', { name: 'Guardar cuenta' }).click();
    await propia.waitFor({ state: 'detached' });
    await pagina.getByLabel('Cuenta en uso').getByText('Ventanilla Uno · Administrador · Estación V1').waitFor();
    await tabla.getByText('Ventanilla Uno (usted)').waitFor();

    await salir(pagina);
    const form = pagina.getByRole('form', { name: 'Inicio de sesión' });
    await form.getByLabel('Usuario').fill(JEFE.usuario);
    await form.getByLabel('Contraseña').fill(JEFE.contrasena);
    await form.getByRole('button', { name: 'Entrar' }).click();
    await form.getByText('Esta cuenta está desactivada: pida a un administrador que la active.').waitFor();
    expect(await menu(pagina).count()).toBe(0);

    await form.getByLabel('Usuario').fill(CAPTURISTA.usuario);
    await form.getByLabel('Contraseña').fill(CAPTURISTA.contrasena);
    await form.getByRole('button', { name: 'Entrar' }).click();
    await form.getByText('Usuario o contraseña incorrectos.').waitFor();
    await entrar(pagina, CAPTURISTA.usuario, NUEVA_CONTRASENA);
    await pagina.getByLabel('Cuenta en uso').getByText(`${CAPTURISTA.nombre} · Capturista · Estación V1`).waitFor();
  });
});
