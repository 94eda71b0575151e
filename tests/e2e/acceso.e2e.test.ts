import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { abrirApp, CARPETA_EVIDENCIAS, completarConfiguracionInicial, INSTALACION_PRUEBAS, type Entorno } from './navegador';
import { capturarSolicitud, imprimirEnPdf, menu } from './pasos';

/**
 * The first start of the app on a new PC and the sign-in after it, in Chromium on the built renderer: the first-run
 * setup instead of the POA, the acuse and the monthly sheet complete right after it, the Spanish messages of a wrong
 * password and of too many, signing out and in again, and a print route that shows nothing without a sign-in.
 */

describe('Primer arranque e inicio de sesión', () => {
  let app: Entorno;
  let idSolicitud = '';

  beforeAll(async () => {
    app = await abrirApp({ configurar: false });
  });
  afterAll(async () => {
    await app?.cerrar();
  });

  it('el primer arranque abre la configuración inicial, no el POA, y cada paso revisa lo suyo', async () => {
    const { pagina } = app;
    await pagina.getByRole('heading', { name: 'Configuración inicial', level: 1 }).waitFor();
    expect(await menu(pagina).count()).toBe(0);
    expect(await pagina.getByRole('heading', { name: /^POA \(Plan Operativo Anual\)/ }).count()).toBe(0);
    const form = pagina.getByRole('form', { name: 'Configuración inicial' });
    await form.getByRole('heading', { name: 'Paso 1 de 5: Municipio' }).waitFor();
    await pagina.screenshot({ path: `${CARPETA_EVIDENCIAS}/primer-arranque-municipio.png` });
    await form.getByRole('button', { name: 'Siguiente' }).click();
    await form.getByText('Municipio es obligatorio').waitFor();
    await form.getByRole('heading', { name: 'Paso 1 de 5: Municipio' }).waitFor();
  });

  it('el aviso de privacidad sale de la plantilla con el nombre del municipio, y la contraseña se confirma', async () => {
    const { pagina } = app;
    const form = pagina.getByRole('form', { name: 'Configuración inicial' });
    await form.getByRole('textbox', { name: 'Municipio' }).fill(INSTALACION_PRUEBAS.municipio);
    await form.getByRole('button', { name: 'Siguiente' }).click();
    await form.getByRole('heading', { name: 'Paso 2 de 5: Esta PC' }).waitFor();
    await form.getByRole('button', { name: 'Siguiente' }).click();
    await form.getByRole('heading', { name: 'Paso 3 de 5: Firmantes' }).waitFor();
    await form.getByRole('button', { name: 'Siguiente' }).click();
    await form.getByText('Nombre (Elaboró) es obligatorio').waitFor();
    await form.getByRole('button', { name: 'Atrás' }).click();
    await form.getByRole('button', { name: 'Atrás' }).click();
    await form.getByRole('heading', { name: 'Paso 1 de 5: Municipio' }).waitFor();
    // From the start again, as the shared steps do; the municipality typed is still there.
    expect(await form.getByRole('textbox', { name: 'Municipio' }).inputValue()).toBe(INSTALACION_PRUEBAS.municipio);
    await completarConfiguracionInicialHastaElAviso(app);
    const aviso = form.getByLabel('Aviso de privacidad simplificado');
    expect(await aviso.inputValue()).toContain(`El H. Ayuntamiento de ${INSTALACION_PRUEBAS.municipio}, a través del Departamento de Gestión Social`);
    await form.getByLabel('Sitio web del Ayuntamiento').fill('www.sanpedro.gob.mx');
    expect(await aviso.inputValue()).toContain('en www.sanpedro.gob.mx');
    expect(await form.getByLabel('Aviso de privacidad integral').inputValue()).toContain('AVISO DE PRIVACIDAD INTEGRAL');
    await pagina.screenshot({ path: `${CARPETA_EVIDENCIAS}/primer-arranque-aviso.png`, fullPage: true });
    await form.getByRole('button', { name: 'Siguiente' }).click();
    await form.getByLabel('Nombre completo').fill(INSTALACION_PRUEBAS.administrador.nombre);
    await form.getByLabel(/^Cargo/).fill(INSTALACION_PRUEBAS.administrador.cargo);
    await form.getByLabel('Usuario').fill(INSTALACION_PRUEBAS.administrador.usuario);
    await form.getByLabel(/^Contraseña/).fill(INSTALACION_PRUEBAS.administrador.contrasena);
    await form.getByLabel('Confirmar contraseña').fill('otra cosa');
    await form.getByRole('button', { name: 'Terminar y entrar' }).click();
    await form.getByText('La confirmación no coincide con la contraseña').waitFor();
    await pagina.screenshot({ path: `${CARPETA_EVIDENCIAS}/primer-arranque-administrador.png` });
  });

  it('al terminar entra el administrador al POA; el acuse lleva el municipio y la hoja mensual los firmantes', async () => {
    const { pagina, url } = app;
    await pagina.reload();
    // A reload before the end saved nothing: the setup starts again.
    await completarConfiguracionInicial(pagina);
    await pagina.getByRole('heading', { name: 'Hoy', level: 1 }).waitFor();
    await pagina.getByLabel('Cuenta en uso').getByText('Ventanilla 1 · Administrador · Estación V1').waitFor();
    await capturarSolicitud(pagina, { apellido: 'López', nombre: 'María', sexo: 'Mujer', colonia: 'Centro', recepcion: '2026-11-20T10:30', tipo: 'Despensa' });
    idSolicitud = new URL(pagina.url()).hash.replace('#/atencion/', '');
    const acuse = await imprimirEnPdf(pagina, url, `/imprimir/acuse/${idSolicitud}`, `${CARPETA_EVIDENCIAS}/acuse-primer-arranque.pdf`);
    expect(acuse).toContain('H. AYUNTAMIENTO DE SAN PEDRO DE LAS FLORES');
    expect(acuse).toContain('El H. Ayuntamiento de San Pedro de las Flores');
    const hoja = await imprimirEnPdf(pagina, url, '/imprimir/hoja/mes/2026/11', `${CARPETA_EVIDENCIAS}/hoja-primer-arranque.pdf`, { horizontal: true });
    expect(hoja).toContain('H. AYUNTAMIENTO DE SAN PEDRO DE LAS FLORES');
    for (const f of Object.values(INSTALACION_PRUEBAS.firmantes)) {
      expect(hoja).toContain(f.nombre);
      expect(hoja).toContain(f.cargo);
    }
  });

  it('cerrar sesión lleva al inicio de sesión; una contraseña equivocada se dice en español y la correcta entra', async () => {
    const { pagina, url } = app;
    await pagina.goto(url);
    await pagina.getByRole('button', { name: 'Cerrar sesión' }).click();
    const form = pagina.getByRole('form', { name: 'Inicio de sesión' });
    await pagina.getByRole('heading', { name: 'Iniciar sesión', level: 1 }).waitFor();
    expect(await menu(pagina).count()).toBe(0);
    await form.getByRole('button', { name: 'Entrar' }).click();
    await form.getByText('Escriba el nombre de usuario').waitFor();
    await form.getByText('Escriba la contraseña').waitFor();
    await form.getByLabel('Usuario').fill('Admin');
    await form.getByLabel('Contraseña').fill('no es la contraseña');
    await form.getByRole('button', { name: 'Entrar' }).click();
    await form.getByText('Usuario o contraseña incorrectos.').waitFor();
    expect(await form.getByLabel('Contraseña').getAttribute('aria-invalid')).toBe('true');
    await pagina.screenshot({ path: `${CARPETA_EVIDENCIAS}/inicio-sesion-error.png` });
    await form.getByLabel('Contraseña').fill(INSTALACION_PRUEBAS.administrador.contrasena);
    await form.getByRole('button', { name: 'Entrar' }).click();
    await menu(pagina).waitFor({ timeout: 30_000 });
    await menu(pagina).getByRole('link', { name: 'Bitácora' }).click();
    await pagina.getByText('Ventanilla 1 (admin) inició sesión como administrador').first().waitFor();
    await pagina.getByText('Inicio de sesión fallido de Ventanilla 1 (admin): contraseña incorrecta (1 seguida)').waitFor();
  });

  it('sin sesión, una ruta de impresión no muestra nada', async () => {
    const { pagina, url } = app;
    await pagina.getByRole('button', { name: 'Cerrar sesión' }).click();
    await pagina.getByRole('heading', { name: 'Iniciar sesión', level: 1 }).waitFor();
    await pagina.goto(`${url}#/imprimir/acuse/${idSolicitud}`);
    await pagina.waitForTimeout(500);
    expect((await pagina.locator('body').innerText()).trim()).toBe('');
    expect(await pagina.locator('body[data-listo-para-imprimir="true"]').count()).toBe(0);
  });

  it('tras cinco contraseñas equivocadas los intentos esperan, con el mensaje en español', async () => {
    const { pagina, url } = app;
    await pagina.goto(url);
    const form = pagina.getByRole('form', { name: 'Inicio de sesión' });
    await form.getByLabel('Usuario').fill('admin');
    // The right password above cleared the count: five wrong ones in a row from here.
    for (let i = 1; i <= 5; i++) {
      await form.getByLabel('Contraseña').fill(`equivocada ${i}`);
      await form.getByRole('button', { name: 'Entrar' }).click();
      // A refused password is cleared from its field.
      await expect.poll(() => form.getByLabel('Contraseña').inputValue(), { timeout: 15_000 }).toBe('');
    }
    await form.getByText('Demasiados intentos. Espere 30 segundos y vuelva a intentarlo.').waitFor();
    await pagina.screenshot({ path: `${CARPETA_EVIDENCIAS}/inicio-sesion-espera.png` });
  });
});

/** The first three steps, filled again from the municipality on. */
async function completarConfiguracionInicialHastaElAviso(app: Entorno): Promise<void> {
  const form = app.pagina.getByRole('form', { name: 'Configuración inicial' });
  await form.getByRole('button', { name: 'Siguiente' }).click();
  await form.getByRole('heading', { name: 'Paso 2 de 5: Esta PC' }).waitFor();
  await form.getByRole('button', { name: 'Siguiente' }).click();
  await form.getByRole('heading', { name: 'Paso 3 de 5: Firmantes' }).waitFor();
  for (const [quien, rol] of [['elaboro', 'Elaboró'], ['reviso', 'Revisó'], ['autorizo', 'Autorizó']] as const) {
    await form.getByLabel(`Nombre (${rol})`).fill(INSTALACION_PRUEBAS.firmantes[quien].nombre);
    await form.getByLabel(`Cargo (${rol})`).fill(INSTALACION_PRUEBAS.firmantes[quien].cargo);
  }
  await form.getByRole('button', { name: 'Siguiente' }).click();
  await form.getByRole('heading', { name: 'Paso 4 de 5: Aviso de privacidad' }).waitFor();
}
