import { describe, expect, it } from 'vitest';
import { CARPETA_EVIDENCIAS, appDelBloque } from './navegador';
import { imprimirEnPdf, ir } from './pasos';

/** What a citizen's words may hold: markup, a formula, emoji, a right-to-left override that is refused. */
const DESCRIPCION = '<img src=x onerror="document.title=\'hackeado\'"> <script>document.title=\'hackeado\'</script> =HYPERLINK("http://evil.example","Clic") 👨‍👩‍👧 Familia 🇲🇽';
const CALLE = '<b>Hidalgo</b> & "5 de Mayo" #12';

describe('Entrada hostil en lo que se imprime', () => {
  const app = appDelBloque();

  it('una solicitud con marcado, fórmulas y emoji se imprime tal como se escribió, sin ejecutar nada', async () => {
    const { pagina, url } = app;
    const dialogos: string[] = [];
    pagina.on('dialog', (d) => {
      dialogos.push(d.message());
      void d.dismiss();
    });
    await ir(pagina, '1. Atención Ciudadana');
    await pagina.getByRole('link', { name: 'Nueva solicitud' }).click();
    const form = pagina.getByRole('form', { name: 'Captura de solicitud' });
    await form.getByLabel('Buscar ciudadano por CURP o nombre').fill('Rosa Méndez');
    await pagina.getByRole('option', { name: 'Registrar ciudadano nuevo «Rosa Méndez»' }).click();
    await form.getByLabel('Apellido paterno').fill('Méndez');
    await form.getByLabel('Nombre(s)').fill('Rosa');
    await form.getByRole('radio', { name: 'Mujer' }).check();
    await form.getByLabel('Colonia').fill('Centro');
    await form.getByLabel('Calle').fill(CALLE);
    await form.getByLabel('Fecha y hora de recepción').fill('2026-11-20T10:30');
    await form.getByLabel('Tipo de apoyo solicitado').fill('Despensa');
    await pagina.getByRole('option', { name: 'Despensa', exact: true }).click();

    // A bidirectional override is refused at the field, in Spanish, and nothing is saved.
    await form.getByLabel('Descripción de la solicitud').fill(`Solicita despensa \u202Egnp.exe`);
    await form.getByRole('checkbox', { name: /Se informó el aviso de privacidad/ }).check();
    await form.getByRole('button', { name: 'Guardar solicitud' }).click();
    await form.getByText('contiene caracteres no permitidos', { exact: false }).first().waitFor();
    expect(await pagina.getByRole('heading', { name: /^Solicitud AC-\d{4}-/ }).count()).toBe(0);

    await form.getByLabel('Descripción de la solicitud').fill(DESCRIPCION);
    await form.getByRole('button', { name: 'Guardar solicitud' }).click();
    await pagina.getByRole('heading', { name: /^Solicitud AC-\d{4}-/ }).waitFor();
    const id = new URL(pagina.url()).hash.replace('#/atencion/', '');
    const titulo = await pagina.title();

    const texto = await imprimirEnPdf(pagina, url, `/imprimir/acuse/${id}`, `${CARPETA_EVIDENCIAS}/acuse-entrada-hostil.pdf`);
    // The words are on paper as typed (pdftotext may break a long line), and nothing of them became markup.
    const plano = texto.replace(/\s+/g, ' ');
    expect(plano).toContain('=HYPERLINK("http://evil.example","Clic")');
    expect(plano).toContain('<script>document.title=\'hackeado\'</script>');
    expect(plano).toContain('👨‍👩‍👧 Familia 🇲🇽');
    expect(await pagina.locator('img[src="x"]').count()).toBe(0);
    expect(await pagina.locator('script:not([src])').count()).toBe(0);
    expect(await pagina.title()).toBe(titulo);
    expect(dialogos).toEqual([]);
  });
});
