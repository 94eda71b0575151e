import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { abrirApp, CARPETA_EVIDENCIAS, INSTALACION_PRUEBAS, type Entorno } from './navegador';
import { abrirCuentas, capturarSolicitud, crearCuenta, entrar, ir, salir } from './pasos';

/**
 * «Hoy», the first screen after sign-in (the suite's clock is 24/11/2026): «Nueva solicitud», the solicitudes overdue
 * or due this week and those received today, and for the head the periods to close or justify and the month's index.
 */
describe('La pantalla «Hoy»', () => {
  let app: Entorno;
  beforeAll(async () => {
    app = await abrirApp();
  });
  afterAll(async () => {
    await app?.cerrar();
  });

  it('al entrar muestra «Hoy» con lo pendiente, y cada renglón abre su registro', async () => {
    const { pagina } = app;
    await pagina.getByRole('heading', { name: 'Hoy', level: 1 }).waitFor();
    await pagina.getByRole('region', { name: 'Solicitudes vencidas o por vencer esta semana' }).getByText('Ninguna solicitud abierta vence esta semana.').waitFor();
    // Received on the 20th with a compromise on the 21st: overdue; and one received today.
    const vencida = await capturarSolicitud(pagina, {
      apellido: 'López',
      nombre: 'María',
      sexo: 'Mujer',
      colonia: 'Centro',
      recepcion: '2026-11-20T10:00',
      tipo: 'Despensa',
      compromiso: '2026-11-21',
    });
    const deHoy = await capturarSolicitud(pagina, { apellido: 'Pérez', nombre: 'Juan', sexo: 'Hombre', colonia: 'Centro', recepcion: '2026-11-24T09:30', tipo: 'Medicamento' });
    await ir(pagina, 'Hoy');
    const porAtender = pagina.getByRole('list', { name: 'Solicitudes vencidas o por vencer esta semana' });
    await porAtender.getByRole('button', { name: new RegExp(`^${vencida} · María López Venció hace 3 días`) }).waitFor();
    const recibidas = pagina.getByRole('list', { name: 'Recibidas hoy' });
    await recibidas.getByRole('button', { name: new RegExp(`^${deHoy} · Juan Pérez Recibida a las 09:30`) }).waitFor();
    // The head's part: November in progress (both solicitudes count in it) with its goal to date, and the ended months waiting to be closed.
    await pagina.getByRole('region', { name: /^Índice del mes: 2 de 28 actividades programadas en noviembre \(7\.1 %\); meta a la fecha 22\.$/ }).waitFor();
    await pagina.getByRole('list', { name: 'Periodos por cerrar o justificar' }).getByRole('button', { name: /^Cerrar 10 meses terminados/ }).waitFor();
    await pagina.setViewportSize({ width: 1366, height: 768 });
    await pagina.screenshot({ path: `${CARPETA_EVIDENCIAS}/hoy-jefatura.png` });

    await porAtender.getByRole('button', { name: new RegExp(`^${vencida}`) }).click();
    await pagina.getByRole('heading', { name: new RegExp(vencida) }).waitFor();
    // The POA is one click away.
    await ir(pagina, 'Hoy');
    await pagina.getByRole('main').getByRole('link', { name: 'POA 2026' }).click();
    await pagina.getByRole('heading', { name: 'POA (Plan Operativo Anual) 2026' }).waitFor();
  });

  it('para un capturista, «Hoy» es la ventanilla: «Nueva solicitud» y sus solicitudes, sin lo de la jefatura', async () => {
    const { pagina } = app;
    const capturista = { nombre: 'Lucía Ramírez Ortega', cargo: 'Auxiliar de Gestión Social', usuario: 'lucia.ramirez', contrasena: 'Ventanilla segura 1' };
    await abrirCuentas(pagina);
    await crearCuenta(pagina, capturista, 'Capturista');
    await salir(pagina);
    await entrar(pagina, capturista.usuario, capturista.contrasena);
    await pagina.getByRole('heading', { name: 'Hoy', level: 1 }).waitFor();
    await pagina.getByRole('main').getByRole('link', { name: /^Nueva solicitud/ }).waitFor();
    await pagina.getByRole('list', { name: 'Solicitudes vencidas o por vencer esta semana' }).getByRole('button', { name: / · María López Venció hace 3 días/ }).waitFor();
    await pagina.getByRole('list', { name: 'Recibidas hoy' }).getByRole('button', { name: / · Juan Pérez Recibida a las 09:30/ }).waitFor();
    expect(await pagina.getByRole('region', { name: /^Índice del mes/ }).count()).toBe(0);
    expect(await pagina.getByRole('list', { name: 'Periodos por cerrar o justificar' }).count()).toBe(0);
    await pagina.screenshot({ path: `${CARPETA_EVIDENCIAS}/hoy-capturista.png` });
  });

  it('la app abierta en otra pantalla pide la sesión en la dirección de «Hoy» y entra ahí, sin montar la otra en el camino', async () => {
    const { pagina } = app;
    await salir(pagina);
    await pagina.goto(`${app.url}#/tablero`);
    await pagina.getByRole('heading', { name: 'Iniciar sesión', level: 1 }).waitFor();
    // Before «Entrar»: signing in renders the screen at the address, and the tablero read its year on the way to «Hoy».
    await pagina.waitForURL((u) => u.hash === '#/');
    await entrar(pagina, INSTALACION_PRUEBAS.administrador.usuario, INSTALACION_PRUEBAS.administrador.contrasena);
    await pagina.getByRole('heading', { name: 'Hoy', level: 1 }).waitFor();
    expect(new URL(pagina.url()).hash).toBe('#/');
    await ir(pagina, 'Tablero');
    await pagina.getByRole('heading', { name: /^Tablero del POA 2026/ }).waitFor();
  });
});
