import { describe, expect, it } from 'vitest';
// electron-builder's own loader and schema: the file is read and checked exactly as `npm run dist:win` does.
import { getConfig, validateConfiguration } from 'app-builder-lib/out/util/config/config';
import { DebugLogger } from 'builder-util';

describe('electron-builder.yml', () => {
  it('is valid for electron-builder and writes latest.yml next to the installer, never uploading it', async () => {
    const configuracion = await getConfig(process.cwd(), 'electron-builder.yml', null);
    await expect(validateConfiguration(configuracion, new DebugLogger(false))).resolves.toBeUndefined();
    // A publish provider is what makes electron-builder write latest.yml; the generic one uploads nothing.
    expect(configuracion.publish).toEqual([{ provider: 'generic', url: 'https://localhost/poa-gestion-social/' }]);
    expect(configuracion.nsis).toMatchObject({ perMachine: false, oneClick: false, artifactName: 'POA-Gestion-Social-Instalador-${version}.${ext}' });
  });
});
