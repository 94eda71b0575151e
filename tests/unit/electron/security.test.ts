import { describe, expect, it } from 'vitest';
import {
  decidirNavegacion,
  esOrigenPermitido,
  origenDe,
  origenesPermitidos,
  permisoPermitido,
  urlExternaPermitida,
} from '../../../electron/main/security';

const ORIGENES = origenesPermitidos(undefined);

describe('origins', () => {
  it('knows app://poa even though Node calls custom-scheme origins "null"', () => {
    expect(origenDe('app://poa/index.html#/poa')).toBe('app://poa');
    expect(ORIGENES).toEqual(['app://poa']);
    expect(esOrigenPermitido('app://poa/index.html#/imprimir/poa', ORIGENES)).toBe(true);
  });

  it('refuses look-alikes', () => {
    for (const url of ['app://poa.evil/index.html', 'app://evil@otro/', 'https://poa/', 'file:///C:/poa/index.html', 'about:blank', '']) {
      expect(esOrigenPermitido(url, ORIGENES), url).toBe(false);
    }
  });

  it('adds the dev server only when one is given', () => {
    const dev = origenesPermitidos('http://localhost:5173/');
    expect(dev).toEqual(['app://poa', 'http://localhost:5173']);
    expect(esOrigenPermitido('http://localhost:5173/#/poa', dev)).toBe(true);
    expect(esOrigenPermitido('http://localhost:5174/', dev)).toBe(false);
  });
});

const HOSTS = ['www.gob.mx', 'municipio.gob.mx', 'www.inegi.org.mx'];

describe('urlExternaPermitida', () => {
  it('lets http, https and mailto to an allowed host through, normalized', () => {
    expect(urlExternaPermitida('https://www.gob.mx/curp', HOSTS)).toBe('https://www.gob.mx/curp');
    expect(urlExternaPermitida('HTTP://Municipio.gob.mx', HOSTS)).toBe('http://municipio.gob.mx/');
    expect(urlExternaPermitida('mailto:gestion.social@municipio.gob.mx', HOSTS)).toBe('mailto:gestion.social@municipio.gob.mx');
  });

  it('refuses every host off the list, and with the list of the app (empty) every link', () => {
    for (const url of ['https://www.gob.mx.evil.example/', 'https://sub.www.gob.mx/', 'https://xn--gob-mx.example/', 'mailto:x@evil.example']) {
      expect(urlExternaPermitida(url, HOSTS), url).toBeNull();
    }
    expect(urlExternaPermitida('https://www.gob.mx/curp')).toBeNull();
    expect(urlExternaPermitida('mailto:gestion.social@municipio.gob.mx')).toBeNull();
  });

  it('refuses javascript:, file: and everything else', () => {
    const rechazadas = [
      'javascript:alert(1)',
      'JaVaScRiPt:alert(1)',
      'file:///C:/Windows/System32/calc.exe',
      'file://servidor/compartida/x.exe',
      'data:text/html,<script>alert(1)</script>',
      'app://poa/index.html',
      'ms-settings:privacy',
      'https://usuario:clave@ejemplo.mx/',
      'no es una url',
      '',
    ];
    for (const url of rechazadas) expect(urlExternaPermitida(url, HOSTS), url).toBeNull();
  });
});

describe('decidirNavegacion', () => {
  it('allows our origin and sends valid external links outside', () => {
    expect(decidirNavegacion('app://poa/index.html#/reportes', ORIGENES)).toEqual({ permitir: true });
    expect(decidirNavegacion('https://www.inegi.org.mx/', ORIGENES, HOSTS)).toEqual({
      permitir: false,
      abrirFuera: 'https://www.inegi.org.mx/',
    });
    expect(decidirNavegacion('file:///etc/passwd', ORIGENES)).toEqual({ permitir: false, abrirFuera: null });
  });
});

describe('permisoPermitido', () => {
  it('grants only the permissions the app uses, only to our origin', () => {
    expect(permisoPermitido('clipboard-sanitized-write', 'app://poa/index.html', ORIGENES)).toBe(true);
    expect(permisoPermitido('persistent-storage', 'app://poa', ORIGENES)).toBe(true);
    expect(permisoPermitido('persistent-storage', 'https://otro.mx', ORIGENES)).toBe(false);
    for (const permiso of ['media', 'geolocation', 'notifications', 'clipboard-read', 'openExternal', 'hid', 'unknown']) {
      expect(permisoPermitido(permiso, 'app://poa/index.html', ORIGENES), permiso).toBe(false);
    }
  });
});
