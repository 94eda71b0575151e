import { describe, expect, it } from 'vitest';
import { CARPETA_EVIDENCIAS, INSTALACION_PRUEBAS, abrirApp, appDelBloque } from './navegador';
import { elegirDelCatalogo, elegirOpcion, ir, llenarGruposEdad } from './pasos';
import { exeMinimo } from '../archivosDePrueba';

describe('Evidencias: los archivos que prueban un registro', () => {
  const app = appDelBloque();

  it('un taller con 12 mujeres y 8 hombres guarda su lista de asistencia (PDF) y una foto (JPG), que siguen tras recargar y tras respaldar y restaurar en una PC vacía; un .exe renombrado a .pdf se rechaza', async () => {
    const { pagina } = app;
    await ir(pagina, '3. Programas Sociales');
    await pagina.getByRole('link', { name: 'Nuevo registro' }).click();
    const form = pagina.getByRole('form', { name: 'Captura de taller, capacitación o programa' });
    await form.getByRole('textbox', { name: 'Nombre' }).fill('Taller de huertos familiares');
    await form.getByRole('textbox', { name: 'Tema' }).fill('Autoconsumo');
    await elegirDelCatalogo(pagina, form.getByRole('combobox', { name: 'Dependencia externa' }), 'DIF', 'DIF Municipal');
    await form.getByRole('textbox', { name: 'Fecha', exact: true }).fill('2026-11-10');
    await form.getByRole('textbox', { name: 'Horas' }).fill('4');
    await form.getByRole('textbox', { name: 'Sede' }).fill('Casa de la Cultura');
    await form.getByLabel('Asistentes: mujeres').fill('12');
    await form.getByLabel('Asistentes: hombres').fill('8');
    const edades = form.getByRole('group', { name: 'Asistencia por grupo de edad' });
    await llenarGruposEdad(edades, [0, 3, 5, 9, 3]);
    await expect.poll(() => edades.getByRole('status', { name: 'Asistencia por grupo de edad: suma' }).textContent(), { timeout: 15_000 }).toBe('Suma: 20 de 20');
    await elegirOpcion(pagina, form.getByRole('combobox', { name: 'Estatus' }), 'Realizado');
    await form.getByRole('button', { name: 'Guardar registro' }).click();
    await pagina.getByRole('heading', { name: 'Taller: Taller de huertos familiares' }).waitFor();

    const seccion = pagina.getByRole('region', { name: 'Evidencias' });
    await seccion.getByText('Aún no hay archivos adjuntos.', { exact: false }).waitFor();
    const entrada = seccion.getByLabel('Archivo de evidencia');

    // A program renamed to look like the attendance list: refused at the field, nothing attached.
    await entrada.setInputFiles({ name: 'lista de asistencia.pdf', mimeType: 'application/pdf', buffer: Buffer.from(exeMinimo()) });
    await seccion
      .getByText('El archivo «lista de asistencia.pdf» es un programa, no un documento ni una imagen: solo se pueden adjuntar archivos PDF, JPG o PNG.')
      .waitFor();
    expect(await entrada.getAttribute('aria-invalid')).toBe('true');
    expect(await seccion.getByRole('listitem').count()).toBe(0);

    await seccion.getByLabel('Descripción del archivo (opcional)').fill('Lista firmada por las 20 personas');
    // A real lista de asistencia: a letter page printed to PDF by the browser, as a scanner or a word processor would.
    const hojaLista = await pagina.context().newPage();
    await hojaLista.setContent(
      '<h1>Lista de asistencia</h1><p>Taller de huertos familiares</p><table border="1">' +
        Array.from({ length: 20 }, (_, i) => `<tr><td>${i + 1}</td><td>Participante ${i + 1}</td><td>Firma</td></tr>`).join('') +
        '</table>',
    );
    const listaPdf = await hojaLista.pdf({ format: 'Letter' });
    await hojaLista.close();
    await entrada.setInputFiles({ name: 'lista de asistencia.pdf', mimeType: 'application/pdf', buffer: listaPdf });
    await seccion.getByText('Archivo «lista de asistencia.pdf» adjuntado.').waitFor();

    // A real photo: a JPG the page's own canvas encodes, as a phone camera would hand it over.
    const jpg = await pagina.evaluate(async () => {
      const lienzo = document.createElement('canvas');
      lienzo.width = 64;
      lienzo.height = 48;
      const ctx = lienzo.getContext('2d')!;
      ctx.fillStyle = '#2e7d32';
      ctx.fillRect(0, 0, 64, 48);
      ctx.fillStyle = '#fdd835';
      ctx.fillRect(16, 12, 32, 24);
      const blob = await new Promise<Blob>((listo) => lienzo.toBlob((b) => listo(b!), 'image/jpeg', 0.9));
      return [...new Uint8Array(await blob.arrayBuffer())];
    });
    await entrada.setInputFiles({ name: 'foto del taller.jpg', mimeType: 'image/jpeg', buffer: Buffer.from(jpg) });
    await seccion.getByText('Archivo «foto del taller.jpg» adjuntado.').waitFor();

    const revisar = async (en = pagina) => {
      const s = en.getByRole('region', { name: 'Evidencias' });
      await s.getByText('2 archivos adjuntos.', { exact: false }).waitFor();
      const foto = s.getByRole('img', { name: 'Miniatura de foto del taller.jpg' });
      await foto.waitFor();
      await expect.poll(() => foto.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth), { timeout: 15_000 }).toBe(64);
      expect(await foto.getAttribute('src')).toMatch(/^blob:/);
      await s.getByRole('listitem', { name: 'lista de asistencia.pdf' }).getByText('Lista firmada por las 20 personas').waitFor();
    };
    await revisar();
    await seccion.scrollIntoViewIfNeeded();
    await pagina.screenshot({ path: `${CARPETA_EVIDENCIAS}/evidencias-taller.png` });

    await pagina.reload();
    await pagina.getByRole('heading', { name: 'Taller: Taller de huertos familiares' }).waitFor();
    await revisar();

    // Opened larger in the app, and the viewing is in the bitácora.
    await pagina.getByRole('region', { name: 'Evidencias' }).getByRole('button', { name: 'Ver foto del taller.jpg' }).click();
    const visor = pagina.getByRole('dialog', { name: 'foto del taller.jpg' });
    await expect.poll(() => visor.getByRole('img', { name: 'foto del taller.jpg' }).evaluate((img: HTMLImageElement) => img.naturalWidth), { timeout: 15_000 }).toBe(64);
    await pagina.screenshot({ path: `${CARPETA_EVIDENCIAS}/evidencias-visor.png` });
    await visor.getByRole('button', { name: 'Cerrar' }).click();
    await pagina.getByRole('region', { name: 'Evidencias' }).getByRole('button', { name: 'Ver lista de asistencia.pdf' }).click();
    const visorPdf = pagina.getByRole('dialog', { name: 'lista de asistencia.pdf' });
    await visorPdf.getByText('verificado con su huella SHA-256', { exact: false }).waitFor();
    // Its page drawn by the viewer as an image, with the list's ink on it, and nothing of the document run.
    const paginaPdf = visorPdf.getByRole('img', { name: 'lista de asistencia.pdf: página 1 de 1' });
    await paginaPdf.waitFor({ timeout: 15_000 });
    expect(await visorPdf.getByRole('status').textContent()).toBe('1 página.');
    const tinta = await paginaPdf.evaluate((lienzo: HTMLCanvasElement) => {
      const { data } = lienzo.getContext('2d')!.getImageData(0, 0, lienzo.width, lienzo.height);
      let oscuros = 0;
      for (let i = 0; i < data.length; i += 4) if (data[i]! < 128 && data[i + 3]! > 0) oscuros++;
      return { ancho: lienzo.width, alto: lienzo.height, oscuros };
    });
    expect(tinta.alto / tinta.ancho).toBeCloseTo(11 / 8.5, 1);
    expect(tinta.oscuros).toBeGreaterThan(1000);
    await pagina.screenshot({ path: `${CARPETA_EVIDENCIAS}/evidencias-visor-pdf.png` });
    await visorPdf.getByRole('button', { name: 'Cerrar' }).click();

    // Backup → a PC with nothing (a wiped one, or a new one) → restore: the records and their files come back.
    const detalle = new URL(pagina.url()).hash;
    await ir(pagina, 'Configuración');
    await pagina.getByRole('tab', { name: 'Respaldos' }).click();
    const [descarga] = await Promise.all([pagina.waitForEvent('download'), pagina.getByRole('button', { name: 'Respaldar ahora' }).click()]);
    const archivo = `${CARPETA_EVIDENCIAS}/respaldo-con-evidencias.poa.gz`;
    await descarga.saveAs(archivo);

    const nueva = await abrirApp();
    try {
      const p2 = nueva.pagina;
      await ir(p2, 'Configuración');
      await p2.getByRole('tab', { name: 'Respaldos' }).click();
      await p2.getByLabel('Archivo de respaldo para restaurar').setInputFiles(archivo);
      await p2.getByRole('button', { name: 'Restaurar', exact: true }).click();
      // The accounts are the file's: the administrator signs in again with the office's account.
      const acceso = p2.getByRole('form', { name: 'Inicio de sesión' });
      await acceso.waitFor({ timeout: 60_000 });
      await acceso.getByLabel('Usuario').fill(INSTALACION_PRUEBAS.administrador.usuario);
      await acceso.getByLabel('Contraseña').fill(INSTALACION_PRUEBAS.administrador.contrasena);
      await acceso.getByRole('button', { name: 'Entrar' }).click();
      await p2.getByRole('navigation', { name: 'Navegación principal' }).waitFor();
      await p2.goto(nueva.url + detalle);
      await p2.getByRole('heading', { name: 'Taller: Taller de huertos familiares' }).waitFor();
      await revisar(p2);
      await p2.getByRole('region', { name: 'Evidencias' }).scrollIntoViewIfNeeded();
      await p2.screenshot({ path: `${CARPETA_EVIDENCIAS}/evidencias-restauradas.png` });
    } finally {
      await nueva.cerrar();
    }
  });
});
