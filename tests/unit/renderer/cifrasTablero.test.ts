import { describe, expect, it } from 'vitest';
import { leerDatos } from '../../../renderer/src/features/tablero/graficas/Grafica';
import { leyendaSexo } from '../../../renderer/src/features/tablero/graficas/GraficaSexo';

const POR_SEXO = [
  { etiqueta: 'Mujeres', valor: 26_480 },
  { etiqueta: 'Hombres', valor: 23_471 },
  { etiqueta: 'No binario / otro', valor: 12 },
];

describe('las cifras de las gráficas del tablero', () => {
  it('lo que dice en voz alta una gráfica de conteos lleva los miles separados', () => {
    expect(leerDatos('Personas atendidas por sexo', POR_SEXO)).toBe('Personas atendidas por sexo: Mujeres 26,480, Hombres 23,471, No binario / otro 12');
    expect(leerDatos('Solicitudes por estatus', [{ etiqueta: 'Recibida', valor: 9_997 }, { etiqueta: 'Canalizada', valor: 1 }])).toBe(
      'Solicitudes por estatus: Recibida 9,997, Canalizada 1',
    );
  });

  it('la leyenda por sexo: cada cifra con separadores y su parte del total', () => {
    expect(leyendaSexo(POR_SEXO)).toEqual(['Mujeres: 26,480 (53 %)', 'Hombres: 23,471 (47 %)', 'No binario / otro: 12 (0 %)']);
  });
});
