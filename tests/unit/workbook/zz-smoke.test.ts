import { writeFileSync } from 'node:fs';
import { it } from 'vitest';
import { construirLibroPoa } from '../../../shared/workbook/libro';
import { entradaSemilla } from './datos';
it('smoke', async () => {
  const b = await construirLibroPoa(entradaSemilla());
  writeFileSync('/tmp/wb/poa.xlsx', b);
  console.log(b.byteLength);
});
