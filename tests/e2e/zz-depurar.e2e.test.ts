import { it } from 'vitest';
import { abrirApp } from './navegador';
it('depurar', async () => {
  const app = await abrirApp();
  const p = app.pagina;
  await p.goto(app.url + '#/apoyos/jornadas/nueva');
  await p.getByRole('form').waitFor();
  const snap = await p.getByRole('form').ariaSnapshot();
  console.log(snap);
  await app.cerrar();
});
