import { describe, expect, it } from 'vitest';
import type { Locator } from 'playwright-core';
import { digitoVerificadorCurp } from '../../shared/domain/curp';
import { CARPETA_EVIDENCIAS, HOY_PRUEBAS, appDelBloque } from './navegador';
import { celda, elegirDelCatalogo, elegirOpcion, gridCronograma, ir, llenarGruposEdad } from './pasos';

const CURP_ROSA = 'HERR740510MVZRZS0' + digitoVerificadorCurp('HERR740510MVZRZS0');

/** A day relative to today in the municipality's time zone (the browser's), 'AAAA-MM-DD'. */
function diaRelativo(dias: number): string {
  const hoy = new Intl.DateTimeFormat('en-CA', { timeZone: 'America/Mexico_City' }).format(HOY_PRUEBAS);
  const f = new Date(`${hoy}T12:00:00Z`);
  f.setUTCDate(f.getUTCDate() + dias);
  return f.toISOString().slice(0, 10);
}

async function agregarALista(campo: Locator, valores: string[]): Promise<void> {
  for (const v of valores) {
    await campo.fill(v);
    await campo.press('Enter');
  }
}

function filasDe(grid: Locator): Locator {
  return grid.locator('.MuiDataGrid-row');
}

describe('Módulos 2, 3 y 4: captura en la interfaz y su conteo en el cronograma', () => {
  const app = appDelBloque();

  it('Apoyos: los errores salen en su campo; registra un apoyo entregado en marzo con un beneficiario nuevo', async () => {
    const { pagina } = app;
    await ir(pagina, '2. Apoyos y Jornadas');
    await pagina.getByRole('heading', { name: 'Gestión de Apoyos y Jornadas Comunitarias' }).waitFor();
    await pagina.getByRole('link', { name: 'Nuevo apoyo' }).click();
    const form = pagina.getByRole('form', { name: 'Captura de apoyo' });
    // The beneficiary search has the focus.
    await expect.poll(() => pagina.evaluate(() => document.activeElement?.getAttribute('role'))).toBe('combobox');
    await form.getByRole('textbox', { name: 'Unidad' }).fill('');
    await form.getByRole('button', { name: 'Guardar apoyo' }).click();
    await form.getByText('Elija al beneficiario').waitFor();
    await form.getByText('Elija el tipo de apoyo').waitFor();
    await form.getByText('Unidad es obligatorio').waitFor();

    await form.getByRole('combobox', { name: 'Buscar ciudadano por CURP o nombre' }).fill('Rosa Hernández');
    await pagina.getByRole('option', { name: 'Registrar ciudadano nuevo «Rosa Hernández»' }).click();
    const dialogo = pagina.getByRole('dialog', { name: 'Registrar beneficiario nuevo' });
    await dialogo.getByRole('textbox', { name: 'Apellido paterno' }).fill('Hernández');
    await dialogo.getByRole('textbox', { name: 'Apellido materno' }).fill('Ruiz');
    await dialogo.getByRole('textbox', { name: 'Nombre(s)' }).fill('Rosa');
    await dialogo.getByRole('textbox', { name: 'CURP' }).fill(CURP_ROSA);
    await dialogo.getByRole('textbox', { name: 'CURP' }).blur();
    await dialogo.getByRole('textbox', { name: 'Teléfono' }).fill('2289876543');
    await dialogo.getByRole('textbox', { name: 'Calle' }).fill('Hidalgo');
    await dialogo.getByRole('textbox', { name: 'Número' }).fill('45');
    await dialogo.getByRole('combobox', { name: 'Colonia' }).fill('Barrio de San Miguel');
    await dialogo.getByRole('button', { name: 'Registrar beneficiario' }).click();
    await dialogo.getByText('El beneficiario debe aceptar el aviso de privacidad').waitFor();
    await dialogo.getByRole('checkbox', { name: /Se informó el aviso de privacidad al beneficiario/ }).check();
    await dialogo.getByRole('button', { name: 'Registrar beneficiario' }).click();
    await dialogo.waitFor({ state: 'detached' });
    await form.getByRole('region', { name: 'Ciudadano: Rosa Hernández Ruiz' }).waitFor();

    await elegirDelCatalogo(pagina, form.getByRole('combobox', { name: 'Tipo de apoyo' }), 'desp', 'Despensa');
    await form.getByRole('textbox', { name: 'Cantidad' }).fill('2');
    await form.getByRole('textbox', { name: 'Unidad' }).fill('paquetes');
    await form.getByRole('textbox', { name: 'Valor estimado' }).fill('1234.5');
    await form.getByRole('textbox', { name: 'Valor estimado' }).blur();
    await expect.poll(() => form.getByRole('textbox', { name: 'Valor estimado' }).inputValue(), { timeout: 15_000 }).toBe('1,234.50');
    await elegirDelCatalogo(pagina, form.getByRole('combobox', { name: 'Dependencia que lo otorga' }), 'DIF', 'DIF Municipal');
    await elegirOpcion(pagina, form.getByRole('combobox', { name: 'Estatus' }), 'Entregado');
    // Marking it delivered proposes today as its delivery date; the clerk writes the real one.
    await expect.poll(() => form.getByLabel('Fecha de entrega').inputValue()).toBe('24/11/2026');
    await form.getByLabel('Fecha de gestión').fill('2026-03-02');
    await form.getByLabel('Fecha de entrega').fill('2026-03-16');
    await form.getByRole('textbox', { name: 'Evidencia' }).fill('Acta de entrega firmada');
    await pagina.evaluate(() => window.scrollTo(0, 0));
    await pagina.screenshot({ path: `${CARPETA_EVIDENCIAS}/apoyos-captura.png`, fullPage: true });
    await form.getByRole('button', { name: 'Guardar apoyo' }).click();

    await pagina.getByRole('heading', { name: 'Apoyo de Despensa' }).waitFor();
    await pagina.getByText('Apoyo registrado; cuenta para la meta de marzo 2026.').waitFor();
    const datos = pagina.getByRole('region', { name: 'Datos del apoyo' });
    await datos.getByText('$ 1,234.50').waitFor();
    await datos.getByText('16/03/2026').waitFor();
    await pagina.getByRole('region', { name: 'Ciudadano: Rosa Hernández Ruiz' }).waitFor();
    await pagina.screenshot({ path: `${CARPETA_EVIDENCIAS}/apoyos-detalle.png` });
  });

  it('el mismo tipo de apoyo a la misma persona en el año avisa sin impedir guardarlo; el apoyo avanza de estatus', async () => {
    const { pagina } = app;
    await ir(pagina, '2. Apoyos y Jornadas');
    await pagina.getByRole('link', { name: 'Nuevo apoyo' }).click();
    const form = pagina.getByRole('form', { name: 'Captura de apoyo' });
    const buscar = form.getByRole('combobox', { name: 'Buscar ciudadano por CURP o nombre' });
    await expect.poll(async () => (await buscar.getAttribute('id')) === (await pagina.evaluate(() => document.activeElement?.id))).toBe(true);
    await pagina.keyboard.type('rosa hern');
    await pagina.getByRole('option', { name: /Rosa Hernández Ruiz/ }).waitFor();
    await pagina.keyboard.press('Enter');
    await form.getByRole('region', { name: 'Ciudadano: Rosa Hernández Ruiz' }).waitFor();
    await elegirDelCatalogo(pagina, form.getByRole('combobox', { name: 'Tipo de apoyo' }), 'Desp', 'Despensa');
    await form.getByLabel('Fecha de gestión').fill('2026-09-01');
    const aviso = form.getByRole('status', { name: 'Apoyo repetido en el año' });
    await aviso.getByText('Esta persona ya tiene un apoyo de Despensa en 2026').waitFor();
    await aviso.getByText('2 paquetes · Entregado el 16/03/2026').waitFor();
    await form.getByRole('textbox', { name: 'Unidad' }).fill('paquete');
    // Enter in a one-line box saves, as at the front desk.
    await form.getByRole('textbox', { name: 'Unidad' }).press('Enter');

    await pagina.getByRole('heading', { name: 'Apoyo de Despensa' }).waitFor();
    const acciones = pagina.getByRole('toolbar', { name: 'Acciones del apoyo' });
    await acciones.getByRole('button', { name: 'Autorizar' }).click();
    const paso = pagina.getByRole('dialog', { name: /^Autorizar: Gestionado → Autorizado/ });
    await paso.getByRole('button', { name: 'Autorizar' }).click();
    await paso.waitFor({ state: 'detached' });
    await acciones.getByRole('button', { name: 'Registrar entrega' }).waitFor();
    await expect.poll(() => acciones.getByRole('button', { name: 'Autorizar' }).count(), { timeout: 15_000 }).toBe(0);
  });

  it('la lista de apoyos se busca sin acentos y se filtra por estatus', async () => {
    const { pagina } = app;
    await ir(pagina, '2. Apoyos y Jornadas');
    const grid = pagina.getByRole('grid', { name: 'Apoyos' });
    await expect.poll(() => filasDe(grid).count()).toBe(2);
    await pagina.getByLabel('Buscar por beneficiario, CURP, tipo o folio').fill('hernandez desp');
    await expect.poll(() => filasDe(grid).count()).toBe(2);
    await elegirOpcion(pagina, pagina.getByRole('combobox', { name: 'Estatus' }), 'Entregado');
    await expect.poll(() => filasDe(grid).count()).toBe(1);
    await pagina.getByRole('status').filter({ hasText: '1 de 2 apoyos' }).waitFor();
    await pagina.getByRole('button', { name: 'Limpiar filtros' }).click();
    await expect.poll(() => filasDe(grid).count()).toBe(2);
    await expect.poll(() => grid.textContent(), { timeout: 15_000 }).toContain('$ 1,234.50');
    await pagina.screenshot({ path: `${CARPETA_EVIDENCIAS}/apoyos-lista.png` });
    // A row opens its detail with the keyboard too.
    await grid.getByRole('gridcell', { name: '1 paquete' }).click();
    await pagina.getByRole('heading', { name: 'Apoyo de Despensa' }).waitFor();
    await pagina.getByRole('region', { name: 'Datos del apoyo' }).getByText('01/09/2026').waitFor();
    await pagina.goBack();
    await grid.getByRole('gridcell', { name: '2 paquetes' }).focus();
    await pagina.keyboard.press('Enter');
    await pagina.getByRole('region', { name: 'Datos del apoyo' }).getByText('16/03/2026').waitFor();
    await ir(pagina, '2. Apoyos y Jornadas');
  });

  it('Jornadas: registra una jornada realizada en abril con dependencias, servicios y personas por sexo', async () => {
    const { pagina } = app;
    await pagina.getByRole('tab', { name: 'Jornadas' }).click();
    await pagina.getByRole('link', { name: 'Nueva jornada' }).click();
    const form = pagina.getByRole('form', { name: 'Captura de jornada' });
    await form.getByRole('button', { name: 'Guardar jornada' }).click();
    await form.getByText('Nombre de la jornada es obligatorio').waitFor();
    await form.getByRole('textbox', { name: 'Fecha', exact: true }).fill('2026-04-18');
    await form.getByRole('textbox', { name: 'Nombre de la jornada' }).fill('Jornada de salud en San José');
    await form.getByRole('combobox', { name: 'Localidad' }).fill('San José');
    await agregarALista(form.getByRole('combobox', { name: 'Dependencias participantes' }), ['DIF Municipal', 'Instituto de Salud del Estado']);
    await agregarALista(form.getByRole('combobox', { name: 'Servicios ofrecidos' }), ['Consulta médica', 'Corte de cabello']);
    await form.getByLabel('Personas atendidas: mujeres').fill('40');
    await form.getByLabel('Personas atendidas: hombres').fill('25');
    await form.getByLabel('Personas atendidas: otro').fill('1');
    await expect.poll(() => form.getByRole('status', { name: 'Personas atendidas: total' }).textContent(), { timeout: 15_000 }).toBe('Total: 66');
    const edades = form.getByRole('group', { name: 'Personas atendidas por grupo de edad' });
    await llenarGruposEdad(edades, [12, 6, 14, 24, 10]);
    await expect.poll(() => edades.getByRole('status', { name: 'Personas atendidas por grupo de edad: suma' }).textContent(), { timeout: 15_000 }).toBe('Suma: 66 de 66');
    // Checked once already (the empty name): the first box said the sum while it was 12, and no longer does.
    await expect.poll(() => edades.getByRole('spinbutton', { name: '0 a 11 años' }).getAttribute('aria-invalid'), { timeout: 15_000 }).toBe('false');
    await pagina.screenshot({ path: `${CARPETA_EVIDENCIAS}/jornadas-captura-edades.png` });
    await form.getByRole('switch', { name: 'La jornada se realizó' }).check();
    await form.getByRole('button', { name: 'Guardar jornada' }).click();

    await pagina.getByRole('heading', { name: 'Jornada de salud en San José' }).waitFor();
    await pagina.getByText('Jornada registrada; cuenta para la meta de abril 2026.').waitFor();
    const datos = pagina.getByRole('region', { name: 'Datos de la jornada' });
    await datos.getByText('66: 40 mujeres, 25 hombres, 1 otro').waitFor();
    await datos.getByText('66: 12 de 0 a 11 años, 6 de 12 a 17 años, 14 de 18 a 29 años, 24 de 30 a 59 años, 10 de 60 años y más').waitFor();
    await datos.getByText(/Instituto de Salud del Estado/).waitFor();

    await pagina.getByRole('link', { name: 'Jornadas', exact: true }).click();
    const grid = pagina.getByRole('grid', { name: 'Jornadas comunitarias' });
    await grid.getByRole('link', { name: 'Jornada de salud en San José' }).waitFor();
    await expect.poll(() => grid.textContent(), { timeout: 15_000 }).toContain('66 (40 / 25 / 1)');
    await pagina.screenshot({ path: `${CARPETA_EVIDENCIAS}/jornadas-lista.png` });
  });

  it('Padrón: quien recibió apoyo, y la versión pública sin CURP, domicilio ni teléfono', async () => {
    const { pagina } = app;
    await pagina.getByRole('tab', { name: 'Padrón de beneficiarios' }).click();
    const completo = pagina.getByRole('grid', { name: 'Padrón de beneficiarios' });
    await completo.getByRole('link', { name: 'Hernández Ruiz Rosa' }).waitFor();
    await expect.poll(() => filasDe(completo).count()).toBe(1);
    const texto = await completo.textContent();
    expect(texto).toContain('Despensa: 2 paquetes');
    expect(texto).toContain(CURP_ROSA);
    expect(texto).toContain('Hidalgo 45');
    expect(texto).toContain('2289876543');
    // Born 10/05/1974: 51 on the day of delivery.
    expect(texto).toContain('51');
    await pagina.screenshot({ path: `${CARPETA_EVIDENCIAS}/padron.png` });

    await pagina.getByRole('switch', { name: 'Versión pública' }).check();
    const publico = pagina.getByRole('grid', { name: 'Padrón de beneficiarios (versión pública)' });
    await publico.getByText('Hernández Ruiz Rosa').waitFor();
    const textoPublico = (await publico.textContent()) ?? '';
    expect(textoPublico).toContain('Barrio de San Miguel');
    expect(textoPublico).toContain('Mujer');
    expect(textoPublico).not.toContain(CURP_ROSA);
    expect(textoPublico).not.toContain('Hidalgo');
    expect(textoPublico).not.toContain('2289876543');
    await expect.poll(() => publico.getByRole('columnheader', { name: 'CURP' }).count(), { timeout: 15_000 }).toBe(0);
    await pagina.screenshot({ path: `${CARPETA_EVIDENCIAS}/padron-publico.png` });
  });

  it('Programas: un taller realizado en mayo, con su asistencia por sexo y por grupo de edad', async () => {
    const { pagina } = app;
    await ir(pagina, '3. Programas Sociales');
    await pagina.getByRole('heading', { name: 'Programas Sociales y gestión ante dependencias externas' }).waitFor();
    await pagina.getByRole('link', { name: 'Nuevo registro' }).click();
    const form = pagina.getByRole('form', { name: 'Captura de taller, capacitación o programa' });
    await form.getByRole('textbox', { name: 'Nombre' }).fill('Taller de autoestima para jefas de familia');
    await form.getByRole('textbox', { name: 'Tema' }).fill('Desarrollo humano');
    await elegirDelCatalogo(pagina, form.getByRole('combobox', { name: 'Dependencia externa' }), 'DIF', 'DIF Municipal');
    await form.getByRole('textbox', { name: 'Facilitador' }).fill('Psic. Laura Méndez');
    await form.getByRole('textbox', { name: 'Fecha', exact: true }).fill('2026-05-12');
    await form.getByLabel('Fecha de término').fill('2026-05-11');
    await form.getByRole('textbox', { name: 'Horas' }).fill('6');
    await form.getByRole('textbox', { name: 'Sede' }).fill('Casa de la Cultura');
    await form.getByLabel('Asistentes: mujeres').fill('12');
    await form.getByLabel('Asistentes: hombres').fill('8');
    // One person short in the age groups: 19 against 20 by sex.
    const edades = form.getByRole('group', { name: 'Asistencia por grupo de edad' });
    await llenarGruposEdad(edades, [0, 4, 6, 7, 2]);
    await expect.poll(() => edades.getByRole('status', { name: 'Asistencia por grupo de edad: suma' }).textContent(), { timeout: 15_000 }).toBe('Suma: 19 de 20');
    await elegirOpcion(pagina, form.getByRole('combobox', { name: 'Estatus' }), 'Realizado');
    await form.getByRole('button', { name: 'Guardar registro' }).click();
    await form.getByText('La fecha de término no puede ser anterior a la de inicio').waitFor();
    const primerGrupo = edades.getByRole('spinbutton', { name: '0 a 11 años' });
    await expect.poll(() => primerGrupo.getAttribute('aria-invalid'), { timeout: 15_000 }).toBe('true');
    const ayuda = await primerGrupo.getAttribute('aria-describedby');
    expect(await pagina.locator(`[id="${ayuda}"]`).textContent()).toBe('Los grupos de edad suman 19 y la asistencia por sexo suma 20');
    await pagina.screenshot({ path: `${CARPETA_EVIDENCIAS}/programas-captura-edades.png` });
    await form.getByLabel('Fecha de término').fill('2026-05-13');
    await edades.getByRole('spinbutton', { name: '60 años y más' }).fill('3');
    await expect.poll(() => edades.getByRole('status', { name: 'Asistencia por grupo de edad: suma' }).textContent(), { timeout: 15_000 }).toBe('Suma: 20 de 20');
    await expect.poll(() => primerGrupo.getAttribute('aria-invalid'), { timeout: 15_000 }).toBe('false');
    await form.getByRole('button', { name: 'Guardar registro' }).click();

    await pagina.getByRole('heading', { name: 'Taller: Taller de autoestima para jefas de familia' }).waitFor();
    await pagina.getByText('Registro guardado; cuenta para la meta de mayo 2026.').waitFor();
    const datos = pagina.getByRole('region', { name: 'Datos del registro' });
    await datos.getByText('20: 12 mujeres, 8 hombres, 0 otro').waitFor();
    await datos.getByText('20: 0 de 0 a 11 años, 4 de 12 a 17 años, 6 de 18 a 29 años, 7 de 30 a 59 años, 3 de 60 años y más').waitFor();
    await pagina.screenshot({ path: `${CARPETA_EVIDENCIAS}/programas-detalle-edades.png` });

    await ir(pagina, '3. Programas Sociales');
    const grid = pagina.getByRole('grid', { name: 'Talleres, capacitaciones y programas' });
    await grid.getByRole('link', { name: 'Taller de autoestima para jefas de familia' }).waitFor();
    await pagina.screenshot({ path: `${CARPETA_EVIDENCIAS}/programas-lista.png` });
  });

  it('Vinculación: una mesa asistida en junio con su acuerdo', async () => {
    const { pagina } = app;
    await ir(pagina, '4. Vinculación Institucional');
    await pagina.getByRole('tab', { name: 'Mesas', selected: true }).waitFor();
    await pagina.getByRole('link', { name: 'Nueva mesa' }).click();
    const form = pagina.getByRole('form', { name: 'Captura de mesa interinstitucional' });
    await form.getByRole('textbox', { name: 'Fecha', exact: true }).fill('2026-06-09');
    await form.getByRole('textbox', { name: 'Tema' }).fill('Seguridad alimentaria regional');
    await form.getByRole('textbox', { name: 'Convoca' }).fill('Secretaría de Bienestar');
    await form.getByRole('textbox', { name: 'Sede' }).fill('Palacio Municipal');
    await agregarALista(form.getByRole('combobox', { name: 'Instituciones participantes' }), ['DIF Municipal', 'Secretaría de Bienestar (federal)']);
    await form.getByRole('spinbutton', { name: 'Asistentes' }).fill('14');
    await elegirOpcion(pagina, form.getByRole('combobox', { name: 'Estatus' }), 'Asistida');
    await form.getByRole('button', { name: 'Guardar mesa' }).click();

    await pagina.getByRole('heading', { name: 'Mesa: Seguridad alimentaria regional' }).waitFor();
    await pagina.getByText('Mesa registrada; cuenta para la meta de junio 2026.').waitFor();
    await pagina.getByRole('button', { name: 'Agregar acuerdo' }).click();
    const dialogo = pagina.getByRole('dialog', { name: 'Nuevo acuerdo' });
    await dialogo.getByRole('button', { name: 'Agregar acuerdo' }).click();
    await dialogo.getByText('Acuerdo es obligatorio').waitFor();
    await dialogo.getByRole('textbox', { name: 'Acuerdo' }).fill('Censo de familias en pobreza alimentaria');
    await dialogo.getByRole('textbox', { name: 'Responsable' }).fill('DIF Municipal');
    await dialogo.getByLabel('Fecha compromiso').fill('2026-07-15');
    await dialogo.getByRole('button', { name: 'Agregar acuerdo' }).click();
    await dialogo.waitFor({ state: 'detached' });
    const acuerdos = pagina.getByRole('table', { name: 'Acuerdos de la mesa' });
    await acuerdos.getByText('Censo de familias en pobreza alimentaria').waitFor();
    await acuerdos.getByText('15/07/2026 (vencido)').waitFor();
    await pagina.screenshot({ path: `${CARPETA_EVIDENCIAS}/mesas-detalle.png` });

    await pagina.getByRole('link', { name: 'Mesas', exact: true }).click();
    const grid = pagina.getByRole('grid', { name: 'Mesas interinstitucionales' });
    await grid.getByRole('link', { name: 'Seguridad alimentaria regional' }).waitFor();
    await expect.poll(() => grid.textContent(), { timeout: 15_000 }).toContain('1 (1 sin cumplir)');
    await pagina.screenshot({ path: `${CARPETA_EVIDENCIAS}/mesas-lista.png` });
  });

  it('Vinculación: un convenio firmado en julio; los que vencen en 30 días y los vencidos resaltan', async () => {
    const { pagina } = app;
    const capturar = async (c: { numero: string; contraparte: string; sector?: string; firma: string; inicio: string; fin: string; estatus: string }) => {
      await ir(pagina, '4. Vinculación Institucional');
      await pagina.getByRole('tab', { name: 'Convenios' }).click();
      await pagina.getByRole('link', { name: 'Nuevo convenio' }).click();
      const form = pagina.getByRole('form', { name: 'Captura de convenio' });
      await form.getByRole('textbox', { name: 'Número de convenio' }).fill(c.numero);
      await form.getByRole('textbox', { name: 'Contraparte' }).fill(c.contraparte);
      if (c.sector) await elegirOpcion(pagina, form.getByRole('combobox', { name: 'Sector' }), c.sector);
      await form.getByRole('textbox', { name: 'Objeto' }).fill(`Colaboración con ${c.contraparte} en programas sociales`);
      await form.getByLabel('Fecha de firma').fill(c.firma);
      await form.getByLabel('Inicio de vigencia').fill(c.inicio);
      await form.getByLabel('Fin de vigencia').fill(c.fin);
      await agregarALista(form.getByRole('combobox', { name: 'Firmantes' }), ['Presidente Municipal', `Representante de ${c.contraparte}`]);
      await form.getByRole('textbox', { name: 'Responsable del seguimiento' }).fill('Secretaría de Gobierno');
      await elegirOpcion(pagina, form.getByRole('combobox', { name: 'Estatus' }), c.estatus);
      await form.getByRole('button', { name: 'Guardar convenio' }).click();
      await pagina.getByRole('heading', { name: `Convenio ${c.numero}` }).waitFor();
    };
    await capturar({ numero: 'CONV-001/2026', contraparte: 'Cruz Roja Mexicana', firma: '2026-07-03', inicio: '2026-07-03', fin: '2027-07-02', estatus: 'Vigente' });
    await pagina.getByText('Convenio registrado; cuenta para la meta de julio 2026.').waitFor();
    // Signed in 2025: it does not count in 2026, but it ends in 16 days.
    await capturar({ numero: 'CONV-014/2025', contraparte: 'Banco de Alimentos', firma: '2025-12-01', inicio: '2025-12-01', fin: diaRelativo(16), estatus: 'Vigente' });
    await pagina.getByText('Vence en 16 días').waitFor();
    await capturar({ numero: 'CONV-007/2025', contraparte: 'Universidad Veracruzana', sector: 'Pública', firma: '2025-06-01', inicio: '2025-06-01', fin: diaRelativo(-5), estatus: 'Vigente' });
    await pagina.getByText('Venció hace 5 días').waitFor();
    await pagina.screenshot({ path: `${CARPETA_EVIDENCIAS}/convenios-detalle.png` });

    await pagina.getByRole('link', { name: 'Convenios', exact: true }).click();
    const grid = pagina.getByRole('grid', { name: 'Convenios' });
    await expect.poll(() => filasDe(grid).count()).toBe(3);
    await pagina.getByRole('status', { name: 'Convenios que requieren atención' }).getByText(/1 convenio vence en los próximos 30 días\. 1 convenio vigente ya venció/).waitFor();
    // Those needing attention come first: the expired, then the one about to expire.
    await expect.poll(() => grid.getByRole('link').allTextContents(), { timeout: 15_000 }).toEqual(['CONV-007/2025', 'CONV-014/2025', 'CONV-001/2026']);
    await grid.getByRole('button', { name: 'Vencido: venció hace 5 días' }).or(grid.getByLabel('Vencido: venció hace 5 días')).waitFor();
    await grid.getByLabel('Por vencer: vence en 16 días').waitFor();
    await expect.poll(() => grid.locator('.fila-por-vencer').textContent(), { timeout: 15_000 }).toContain('Banco de Alimentos');
    await expect.poll(() => grid.locator('.fila-vencido').textContent(), { timeout: 15_000 }).toContain('Universidad Veracruzana');
    await pagina.screenshot({ path: `${CARPETA_EVIDENCIAS}/convenios-lista.png` });
  });

  it('el cronograma cuenta cada registro en su mes en las actividades 2, 3 y 4, y se baja a ellos', async () => {
    const { pagina } = app;
    await ir(pagina, 'Cronograma');
    await pagina.getByRole('heading', { name: 'Cronograma 2026' }).waitFor();
    const logrado = (actividad: number, mes: string, n: number) => celda(pagina, new RegExp(`^Actividad ${actividad}, ${mes}: programado \\d+, logrado ${n},`));
    await logrado(2, 'marzo', 1).waitFor();
    await logrado(2, 'abril', 1).waitFor();
    await logrado(3, 'mayo', 1).waitFor();
    await logrado(4, 'junio', 1).waitFor();
    await logrado(4, 'julio', 1).waitFor();
    // What does not count: the apoyo only authorized (September) and the convenios signed in 2025.
    await logrado(2, 'septiembre', 0).waitFor();
    await logrado(4, 'diciembre', 0).waitFor();
    await logrado(2, 'mayo', 0).waitFor();
    await logrado(3, 'junio', 0).waitFor();
    const fila = (n: number) => gridCronograma(pagina).getByRole('row', { name: `Actividad ${n}` });
    await expect.poll(() => fila(2).getByRole('gridcell', { name: 'Meta Alcanzada N°' }).textContent(), { timeout: 15_000 }).toBe('2');
    await expect.poll(() => fila(3).getByRole('gridcell', { name: 'Meta Alcanzada N°' }).textContent(), { timeout: 15_000 }).toBe('1');
    await expect.poll(() => fila(4).getByRole('gridcell', { name: 'Meta Alcanzada N°' }).textContent(), { timeout: 15_000 }).toBe('2');
    await pagina.screenshot({ path: `${CARPETA_EVIDENCIAS}/modulos-cronograma.png` });

    await logrado(4, 'junio', 1).click();
    const dialogo = pagina.getByRole('dialog', { name: /^Actividad 4 · junio 2026/ });
    await dialogo.getByRole('list', { name: 'Registros que cuentan en junio' }).getByRole('link', { name: /^Mesa: Seguridad alimentaria regional/ }).click();
    await pagina.getByRole('heading', { name: 'Mesa: Seguridad alimentaria regional' }).waitFor();

    await ir(pagina, 'Cronograma');
    await logrado(2, 'marzo', 1).click();
    const marzo = pagina.getByRole('dialog', { name: /^Actividad 2 · marzo 2026/ });
    await marzo.getByRole('list', { name: 'Registros que cuentan en marzo' }).getByRole('link', { name: /^Apoyo Despensa a Rosa Hernández Ruiz · 2 paquetes/ }).click();
    await pagina.getByRole('heading', { name: 'Apoyo de Despensa' }).waitFor();
    await pagina.getByText('16/03/2026').first().waitFor();
  });
  it('corrige y elimina con motivo, y la bitácora guarda cada paso', async () => {
    const { pagina } = app;
    await ir(pagina, '2. Apoyos y Jornadas');
    const grid = pagina.getByRole('grid', { name: 'Apoyos' });
    await grid.getByRole('gridcell', { name: '1 paquete' }).click();
    await pagina.getByRole('toolbar', { name: 'Acciones del apoyo' }).getByRole('button', { name: 'Editar' }).click();
    const form = pagina.getByRole('form', { name: 'Edición del apoyo' });
    await form.getByRole('region', { name: 'Ciudadano: Rosa Hernández Ruiz' }).waitFor();
    await form.getByRole('textbox', { name: 'Valor estimado' }).fill('350');
    await form.getByRole('button', { name: 'Guardar cambios' }).click();
    await pagina.getByText('Cambios guardados.').waitFor();
    await pagina.getByRole('region', { name: 'Datos del apoyo' }).getByText('$ 350.00').waitFor();

    await pagina.getByRole('toolbar', { name: 'Acciones del apoyo' }).getByRole('button', { name: 'Eliminar' }).click();
    const dialogo = pagina.getByRole('dialog', { name: '¿Eliminar el apoyo de despensa?' });
    await dialogo.getByRole('button', { name: 'Eliminar apoyo' }).click();
    await dialogo.getByText('Motivo de la eliminación es obligatorio').waitFor();
    await dialogo.getByRole('textbox', { name: 'Motivo de la eliminación' }).fill('Capturado dos veces');
    await dialogo.getByRole('button', { name: 'Eliminar apoyo' }).click();
    await pagina.getByRole('heading', { name: 'Gestión de Apoyos y Jornadas Comunitarias' }).waitFor();
    await expect.poll(() => filasDe(grid).count()).toBe(1);

    await ir(pagina, 'Bitácora');
    for (const texto of [
      'Apoyo Despensa a Rosa Hernández Ruiz · 1 paquete: eliminado. Motivo: Capturado dos veces',
      'Apoyo Despensa a Rosa Hernández Ruiz · 1 paquete: modificado',
      'Apoyo Despensa a Rosa Hernández Ruiz · 1 paquete: Gestionado → Autorizado',
      'Apoyo Despensa a Rosa Hernández Ruiz · 1 paquete: registrado, gestionado. Aviso: ya tenía 1 apoyo(s) de Despensa en 2026',
      'Aviso de privacidad informado a Rosa Hernández Ruiz al registrarlo como beneficiario; aceptó el tratamiento de sus datos',
      'Jornada: Jornada de salud en San José del 18/04/2026: registrada como realizada',
      'Mesa: Seguridad alimentaria regional del 09/06/2026: acuerdo «Censo de familias en pobreza alimentaria» a cargo de DIF Municipal',
    ]) {
      await pagina.getByRole('gridcell', { name: texto, exact: true }).waitFor();
    }
  });

  it('un taller que pasa a programa social guarda aunque sus horas tenían un texto que no es número', async () => {
    const { pagina } = app;
    await ir(pagina, '3. Programas Sociales');
    await pagina.getByRole('link', { name: 'Nuevo registro' }).click();
    const form = pagina.getByRole('form', { name: 'Captura de taller, capacitación o programa' });
    await form.getByRole('textbox', { name: 'Horas' }).fill('seis');
    await form.getByRole('button', { name: 'Guardar registro' }).click();
    await form.getByText('Las horas deben ser un número').waitFor();
    await elegirOpcion(pagina, form.getByRole('combobox', { name: 'Tipo' }), 'Programa social');
    expect(await form.getByRole('textbox', { name: 'Horas' }).count()).toBe(0);
    await form.getByRole('textbox', { name: 'Programa' }).fill('Pensión para el Bienestar de las Personas Adultas Mayores');
    await form.getByRole('button', { name: 'Guardar registro' }).click();
    await pagina.getByRole('heading', { name: 'Programa social: Pensión para el Bienestar de las Personas Adultas Mayores' }).waitFor();
  });
});
