import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const eslint = new ESLint({ cwd: process.cwd() });

async function erroresDeCapa(codigo: string, archivo: string): Promise<string[]> {
  const [resultado] = await eslint.lintText(codigo, { filePath: archivo });
  return resultado.messages
    .filter((m) => m.ruleId === 'no-restricted-imports')
    .map((m) => m.message.replace(/^.* by a pattern\. /, ''));
}

describe('las capas van en un solo sentido y el lint lo hace cumplir', () => {
  it('shared/ no puede importar React, Dexie, Electron ni fs de Node', async () => {
    const codigo = [
      "import { useState } from 'react';",
      "import Dexie from 'dexie';",
      "import { app } from 'electron';",
      "import { readFileSync } from 'node:fs';",
      'export const x = [useState, Dexie, app, readFileSync];',
    ].join('\n');
    const errores = await erroresDeCapa(codigo, 'shared/domain/prueba-capas.ts');
    expect(errores).toEqual([
      'shared/ es dominio puro: no importa React ni MUI.',
      'shared/ es dominio puro: no importa Dexie (sólo los repositorios del renderer).',
      'shared/ es dominio puro: no importa Electron.',
      'shared/ es dominio puro: no importa módulos de Node.',
    ]);
  });

  it('renderer/ no puede importar Electron ni módulos de Node', async () => {
    const codigo = "import { ipcRenderer } from 'electron';\nimport { join } from 'path';\nexport const x = [ipcRenderer, join];";
    const errores = await erroresDeCapa(codigo, 'renderer/src/prueba-capas.ts');
    expect(errores).toEqual([
      'El renderer llega al sistema sólo por el puente (renderer/src/bridge).',
      'El renderer no importa módulos de Node.',
    ]);
  });

  it('electron/ no puede importar pantallas ni la base de datos', async () => {
    const errores = await erroresDeCapa("import Dexie from 'dexie';\nexport const x = Dexie;", 'electron/main/prueba-capas.ts');
    expect(errores).toEqual(['El proceso principal no contiene pantallas ni base de datos.']);
  });

  it('un import permitido no da error', async () => {
    const errores = await erroresDeCapa("import { z } from 'zod';\nexport const x = z;", 'shared/domain/prueba-capas.ts');
    expect(errores).toEqual([]);
  });

  it('fuera de renderer/src/db/ ninguna pantalla lee una tabla de Dexie; los repositorios sí', async () => {
    const codigo = "import { db } from '../db';\nexport const leer = () => db.solicitudes.toArray();";
    const [fuera] = await eslint.lintText(codigo, { filePath: 'renderer/src/features/prueba-capas.ts' });
    expect(fuera.messages.filter((m) => m.ruleId === 'no-restricted-syntax').map((m) => m.message)).toEqual([
      'Sólo renderer/src/db/ lee y escribe las tablas: use (o agregue) una función de renderer/src/db/repositorios/.',
    ]);
    const [dentro] = await eslint.lintText(codigo, { filePath: 'renderer/src/db/repositorios/prueba-capas.ts' });
    expect(dentro.messages.filter((m) => m.ruleId === 'no-restricted-syntax')).toEqual([]);
  });
});
