import { describe, expect, it } from 'vitest';
import { CARPETA_EVIDENCIAS, appDelBloque } from './navegador';
import { ir } from './pasos';

describe('Actualizaciones desde la red de la oficina', () => {
  const app = appDelBloque();

  it('el administrador encuentra la versión y, en el navegador, que ahí no hay instalador que actualizar', async () => {
    const { pagina } = app;
    await ir(pagina, 'Configuración');
    await pagina.getByRole('tab', { name: 'Actualizaciones' }).click();
    const seccion = pagina.getByRole('region', { name: 'Actualizaciones desde la red de la oficina' });
    await seccion.getByText('En el navegador la aplicación es la página que se abre: se actualiza con ella, sin instalador.').waitFor();
    // Nothing to set where nothing can be installed.
    expect(await seccion.getByLabel('Carpeta o dirección de las actualizaciones').count()).toBe(0);
    expect(await seccion.getByRole('button', { name: 'Buscar ahora' }).count()).toBe(0);
    // And no notice of a version above the screens.
    expect(await pagina.getByText('se instala la próxima vez que abra la aplicación', { exact: false }).count()).toBe(0);
    await pagina.evaluate(() => Promise.allSettled(document.getAnimations().map((a) => a.finished)));
    await pagina.screenshot({ path: `${CARPETA_EVIDENCIAS}/actualizaciones-navegador.png` });
  });
});
