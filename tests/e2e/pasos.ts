import { execFileSync } from 'node:child_process';
import ExcelJS from 'exceljs';
import type { Locator, Page } from 'playwright-core';
import { expect } from 'vitest';
import { CARPETA_EVIDENCIAS } from './navegador';

/**
 * Steps the end-to-end tests take through the screens the same way, as a clerk would: moving between sections,
 * working in the cronograma's grid, capturing a solicitud at the front desk and printing a sheet.
 */

/** Opens a select (or an autocomplete's list) and clicks the option named exactly so. */
export async function elegirOpcion(pagina: Page, combo: Locator, opcion: string): Promise<void> {
  await combo.click();
  await pagina.getByRole('option', { name: opcion, exact: true }).click();
}

/** Types into a catalogue box until its option shows, and takes it with Enter, as the clerk does. */
export async function elegirDelCatalogo(pagina: Page, combo: Locator, texto: string, opcion: string): Promise<void> {
  await combo.fill(texto);
  await pagina.getByRole('option', { name: opcion, exact: true }).waitFor();
  await combo.press('Enter');
}

/** The five age-group boxes of a form, 0 a 11 años to 60 años y más, in that order. */
export async function llenarGruposEdad(grupo: Locator, cifras: [number, number, number, number, number]): Promise<void> {
  const etiquetas = ['0 a 11 años', '12 a 17 años', '18 a 29 años', '30 a 59 años', '60 años y más'];
  for (const [i, etiqueta] of etiquetas.entries()) await grupo.getByRole('spinbutton', { name: etiqueta }).fill(String(cifras[i]));
}

export function menu(pagina: Page): Locator {
  return pagina.getByRole('navigation', { name: 'Navegación principal' });
}

/**
 * Opens a section from the main navigation by its exact name, and waits until the section is the one shown: a
 * screen whose code is still loading keeps the previous one on view, and a click meant for the new screen would land
 * on the old one.
 */
export async function ir(pagina: Page, seccion: string): Promise<void> {
  const enlace = menu(pagina).getByRole('link', { name: seccion, exact: true });
  await enlace.click();
  await enlace.and(pagina.locator('[aria-current="page"]')).waitFor();
}

export function gridCronograma(pagina: Page): Locator {
  return pagina.getByRole('grid', { name: /^Cronograma 2026/ });
}

/** A month (or reporting period) of the cronograma, found by its accessible name. */
export function celda(pagina: Page, nombre: string | RegExp): Locator {
  return gridCronograma(pagina).getByRole('button', { name: nombre });
}

/** The accessible name of Atención Ciudadana's cell for `mes`: programmed, achieved and index, as the grid says them. */
export async function etiquetaCeldaAtencion(pagina: Page, mes: string): Promise<string> {
  await ir(pagina, 'Cronograma');
  await pagina.getByRole('heading', { name: 'Cronograma 2026' }).waitFor();
  await expect.poll(() => gridCronograma(pagina).getByRole('row', { name: /^Actividad \d$/ }).count(), { timeout: 15_000 }).toBe(4);
  const boton = celda(pagina, new RegExp(`^Actividad 1, ${mes}: `));
  await boton.waitFor();
  return (await boton.getAttribute('aria-label')) ?? '';
}

/** Opens a month of an activity from the grid and adds a manual adjustment with its reason, then closes the dialog. */
export async function ajustar(pagina: Page, actividad: number, mes: string, cantidad: number, motivo: string): Promise<void> {
  await celda(pagina, new RegExp(`^Actividad ${actividad}, ${mes}: `)).click();
  const dialogo = pagina.getByRole('dialog', { name: new RegExp(`^Actividad ${actividad} · ${mes} 2026`) });
  await dialogo.getByRole('tab', { name: /Ajuste manual/ }).click();
  await dialogo.getByLabel('Cantidad').fill(String(cantidad));
  await dialogo.getByLabel('Motivo del ajuste').fill(motivo);
  await dialogo.getByRole('button', { name: 'Agregar ajuste' }).click();
  await dialogo.getByRole('list', { name: `Ajustes de ${mes}` }).getByText(motivo).waitFor();
  await dialogo.getByRole('button', { name: 'Cerrar' }).click();
  await dialogo.waitFor({ state: 'detached' });
}

export interface Captura {
  apellido: string;
  nombre: string;
  sexo: 'Mujer' | 'Hombre';
  colonia: string;
  calle?: string;
  recepcion: string;
  tipo: string;
  compromiso?: string;
}

/** Captures a solicitud with a new citizen through Atención Ciudadana's form, as the front desk does; returns its folio. */
export async function capturarSolicitud(pagina: Page, c: Captura): Promise<string> {
  await ir(pagina, '1. Atención Ciudadana');
  await pagina.getByRole('link', { name: 'Nueva solicitud' }).click();
  const form = pagina.getByRole('form', { name: 'Captura de solicitud' });
  await form.getByLabel('Buscar ciudadano por CURP o nombre').fill(`${c.nombre} ${c.apellido}`);
  await pagina.getByRole('option', { name: `Registrar ciudadano nuevo «${c.nombre} ${c.apellido}»` }).click();
  await form.getByLabel('Apellido paterno').fill(c.apellido);
  await form.getByLabel('Nombre(s)').fill(c.nombre);
  await form.getByRole('radio', { name: c.sexo }).check();
  await form.getByLabel('Colonia').fill(c.colonia);
  if (c.calle) await form.getByLabel('Calle').fill(c.calle);
  await form.getByLabel('Fecha y hora de recepción').fill(c.recepcion);
  await form.getByLabel('Tipo de apoyo solicitado').fill(c.tipo);
  await pagina.getByRole('option', { name: c.tipo, exact: true }).click();
  await form.getByLabel('Descripción de la solicitud').fill(`Solicita ${c.tipo.toLowerCase()} para su familia`);
  if (c.compromiso) await form.getByLabel('Fecha compromiso').fill(c.compromiso);
  await form.getByRole('checkbox', { name: /Se informó el aviso de privacidad/ }).check();
  await form.getByRole('button', { name: 'Guardar solicitud' }).click();
  const titulo = pagina.getByRole('heading', { name: /^Solicitud AC-\d{4}-/ });
  await titulo.waitFor();
  return ((await titulo.textContent()) ?? '').replace('Solicitud ', '');
}

/**
 * Opens a print route, waits until it says it is ready, prints it to a Carta PDF at `pdf` as Chromium (and Electron's
 * printToPDF) would, and returns the PDF's text as pdftotext lays it out.
 */
export async function imprimirEnPdf(pagina: Page, url: string, ruta: string, pdf: string, { horizontal = false } = {}): Promise<string> {
  await pagina.goto(`${url}#${ruta}`);
  await pagina.locator('body[data-listo-para-imprimir="true"]').waitFor();
  await pagina.emulateMedia({ media: 'print' });
  await pagina.pdf({ path: pdf, format: 'Letter', landscape: horizontal, printBackground: true });
  await pagina.emulateMedia({ media: 'screen' });
  return execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' });
}

/**
 * Exports the year's workbook from Reportes, as the head does, and reads the downloaded file back with exceljs; the
 * file and a screenshot of the finished export stay in the evidence folder under `archivo`.
 */
export async function exportarLibro(pagina: Page, archivo: string, anio = 2026): Promise<ExcelJS.Workbook> {
  const libro = pagina.getByRole('region', { name: `Libro POA ${anio} para Tesorería (Excel)` });
  const descarga = pagina.waitForEvent('download', { timeout: 60_000 });
  await libro.getByRole('button', { name: 'Exportar libro POA (Excel)' }).click();
  await libro.getByRole('status', { name: 'Avance de la exportación' }).waitFor();
  const descargado = await descarga;
  expect(descargado.suggestedFilename()).toBe(`POA-${anio}-Gestion-Social.xlsx`);
  await libro.getByText(`Libro POA ${anio} descargado como POA-${anio}-Gestion-Social.xlsx`).waitFor();
  await pagina.screenshot({ path: `${CARPETA_EVIDENCIAS}/${archivo}.png` });
  const ruta = `${CARPETA_EVIDENCIAS}/${archivo}.xlsx`;
  await descargado.saveAs(ruta);
  const leido = new ExcelJS.Workbook();
  await leido.xlsx.readFile(ruta);
  return leido;
}

/** An account of the staff as the accounts screen asks for it. */
export interface CuentaNueva {
  nombre: string;
  cargo: string;
  usuario: string;
  contrasena: string;
}

/** Configuración → Cuentas, open on the table of the staff's accounts. */
export async function abrirCuentas(pagina: Page): Promise<Locator> {
  await ir(pagina, 'Configuración');
  await pagina.getByRole('tab', { name: 'Cuentas' }).click();
  const tabla = pagina.getByRole('table', { name: 'Cuentas del personal' });
  await tabla.waitFor();
  return tabla;
}

/** Creates an account with «Nueva cuenta» on the accounts screen (already open) and waits for its confirmation. */
export async function crearCuenta(pagina: Page, c: CuentaNueva, rol: 'Capturista' | 'Jefe'): Promise<void> {
  await pagina.getByRole('button', { name: 'Nueva cuenta' }).click();
  const dialogo = pagina.getByRole('dialog', { name: 'Nueva cuenta' });
  await dialogo.getByLabel('Nombre completo').fill(c.nombre);
  await dialogo.getByLabel(/^Cargo/).fill(c.cargo);
  await dialogo.getByLabel(/^Usuario/).fill(c.usuario);
  await dialogo.getByRole('combobox', { name: /^Rol/ }).click();
  await pagina.getByRole('option', { name: rol }).click();
  await dialogo.getByLabel(/^Contraseña/).fill(c.contrasena);
  await dialogo.getByLabel(/^Confirmar contraseña/).fill(c.contrasena);
  await dialogo.getByRole('button', { name: 'Crear cuenta' }).click();
  await dialogo.waitFor({ state: 'detached' });
  await pagina.getByText(`Cuenta de ${c.nombre} (${c.usuario}) creada como ${rol.toLowerCase()}.`).waitFor();
}

/** Signs in with the sign-in form and waits for the app's menu. */
export async function entrar(pagina: Page, usuario: string, contrasena: string): Promise<void> {
  const form = pagina.getByRole('form', { name: 'Inicio de sesión' });
  await form.getByLabel('Usuario').fill(usuario);
  await form.getByLabel('Contraseña').fill(contrasena);
  await form.getByRole('button', { name: 'Entrar' }).click();
  await menu(pagina).waitFor({ timeout: 30_000 });
}

/** «Cerrar sesión», back to the sign-in screen. */
export async function salir(pagina: Page): Promise<void> {
  await pagina.getByRole('button', { name: 'Cerrar sesión' }).click();
  await pagina.getByRole('heading', { name: 'Iniciar sesión', level: 1 }).waitFor();
}
