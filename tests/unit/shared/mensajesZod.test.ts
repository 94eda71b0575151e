import { describe, expect, it } from 'vitest';
import { datosSolicitudSchema } from '../../../shared/schemas/solicitudes';
import { baseRegistro } from '../../../shared/schemas/comunes';
import { validarRespaldo } from '../../../shared/schemas/respaldo';

describe('los mensajes de validación salen en español', () => {
  it('un campo de texto que falta dice cuál es', () => {
    const r = datosSolicitudSchema.shape.descripcion.safeParse(undefined);
    expect(r.success).toBe(false);
    expect(r.error!.issues[0].message).toBe('Descripción es obligatorio');
  });

  it('un campo que falta, sin mensaje propio, se dice en español', () => {
    const r = baseRegistro.estacion.safeParse(undefined);
    expect(r.success).toBe(false);
    expect(r.error!.issues[0].message).toBe('Entrada inválida: se esperaba texto, recibido indefinido');
  });

  it('un respaldo con un registro sin su estación lo dice en español', () => {
    const archivo = { formato: 'poa-gestion-social/respaldo', version: 1, fecha: '2026-01-01T00:00:00.000Z', estacion: 'V1', tablas: {} as Record<string, unknown[]> };
    for (const t of ['poas', 'actividades', 'ajustes', 'justificaciones', 'personas', 'solicitudes', 'seguimientos', 'apoyos', 'jornadas', 'eventos', 'mesas', 'acuerdos', 'convenios', 'catalogos', 'bitacora', 'folios', 'cierres', 'configuracion']) {
      archivo.tablas[t] = [];
    }
    archivo.tablas.folios = [{ ultimo: 3 }];
    const r = validarRespaldo(JSON.stringify(archivo));
    expect(r).toEqual({ valido: false, mensaje: 'Registro 1 de folios inválido (campo «Serie»): Falta el dato «Serie»' });
  });
});
