import { describe, expect, it } from 'vitest';
import {
  avisoIntegral,
  avisoSimplificado,
  camposPendientesAviso,
  ETIQUETA_CAMPO_AVISO,
  llenarAviso,
  PLANTILLA_AVISO_INTEGRAL,
  PLANTILLA_AVISO_SIMPLIFICADO,
  type DatosAviso,
} from '../../../../shared/domain/avisoPrivacidad';
import { configuracionSchema } from '../../../../shared/schemas/sistema';
import { solicitudSchema } from '../../../../shared/schemas/solicitudes';

const DATOS: DatosAviso = {
  municipio: 'San Andrés Tuxtla',
  domicilio: 'Palacio Municipal, Av. Juárez 1, Centro, C.P. 95700',
  normativaMunicipal: 'la Ley Orgánica del Municipio Libre del Estado de Veracruz y el Reglamento Interior del H. Ayuntamiento',
  domicilioTransparencia: 'Palacio Municipal, planta baja, Av. Juárez 1, Centro, C.P. 95700',
  contactoTransparencia: '294 942 0000, transparencia@sanandres.gob.mx, de lunes a viernes de 9:00 a 15:00',
  autoridadGarante: 'el organismo garante de protección de datos personales del Estado de Veracruz',
  sitioWeb: 'www.sanandres.gob.mx/privacidad',
  fechaActualizacion: '2026-01-15',
};

describe('el aviso de privacidad integral', () => {
  const aviso = avisoIntegral(DATOS);

  it('lleva el nombre del municipio y sus datos donde van, sin marcas sin llenar', () => {
    expect(aviso).toContain('Departamento de Gestión Social y Atención Ciudadana del H. Ayuntamiento de San Andrés Tuxtla');
    expect(aviso).toContain('con domicilio en Palacio Municipal, Av. Juárez 1, Centro, C.P. 95700, es el responsable');
    expect(aviso).toContain('Domicilio: Palacio Municipal, planta baja, Av. Juárez 1, Centro, C.P. 95700.');
    expect(aviso).toContain('Última actualización: 15/01/2026.');
    expect(aviso).not.toMatch(/\{\{|\}\}|\[/);
    expect(camposPendientesAviso(PLANTILLA_AVISO_INTEGRAL, DATOS)).toEqual([]);
  });

  it('tiene los apartados que pide la Ley General', () => {
    const apartados = aviso.split('\n').filter((l) => /^\d+\. /.test(l));
    expect(apartados).toEqual([
      '1. Responsable del tratamiento',
      '2. Datos personales que se recaban',
      '3. Datos personales sensibles',
      '4. Finalidades del tratamiento',
      '5. Fundamento legal',
      '6. Transferencias de datos personales',
      '7. Derechos de acceso, rectificación, cancelación y oposición (ARCO)',
      '8. Unidad de Transparencia',
      '9. Cambios al aviso de privacidad',
    ]);
    expect(aviso).toContain('Ley General de Protección de Datos Personales en Posesión de Sujetos Obligados');
  });

  it('enumera los datos que la aplicación captura', () => {
    for (const dato of ['nombre(s) y apellidos', 'CURP', 'sexo', 'fecha de nacimiento o edad', 'teléfono', 'correo electrónico', 'calle, número, colonia, localidad y código postal']) {
      expect(aviso, dato).toContain(dato);
    }
    expect(aviso).toContain('estado de salud o alguna discapacidad');
  });

  it('dice cómo ejercer los derechos ARCO, ante quién y qué pasa con los datos al cancelarlos', () => {
    expect(aviso).toContain('presente su solicitud ante la Unidad de Transparencia del H. Ayuntamiento de San Andrés Tuxtla');
    expect(aviso).toContain('Plataforma Nacional de Transparencia');
    expect(aviso).toContain('los documentos que acrediten su identidad');
    expect(aviso).toContain('recurso de revisión ante el organismo garante de protección de datos personales del Estado de Veracruz');
    expect(aviso).toContain('las solicitudes y apoyos que recibió se conservan sin datos que le identifiquen');
  });

  it('dice cómo se comunican los cambios', () => {
    expect(aviso).toContain('Cualquier cambio se dará a conocer en la oficina del Departamento de Gestión Social y Atención Ciudadana, en los estrados del H. Ayuntamiento y en www.sanandres.gob.mx/privacidad');
  });

  it('lo que aún no se sabe queda a la vista entre corchetes, y se puede listar', () => {
    const borrador = avisoIntegral({ municipio: 'Tlaxco' });
    expect(borrador).toContain('H. Ayuntamiento de Tlaxco, a través del Departamento de Gestión Social y Atención Ciudadana, con domicilio en [domicilio del Departamento de Gestión Social y Atención Ciudadana]');
    expect(borrador).toContain('Domicilio: [domicilio de la Unidad de Transparencia].');
    expect(borrador).toContain('Última actualización: [fecha de la última actualización].');
    expect(camposPendientesAviso(PLANTILLA_AVISO_INTEGRAL, { municipio: 'Tlaxco', sitioWeb: '  ' })).toEqual([
      'domicilio',
      'normativaMunicipal',
      'autoridadGarante',
      'domicilioTransparencia',
      'contactoTransparencia',
      'sitioWeb',
      'fechaActualizacion',
    ]);
    expect(avisoIntegral({})).toContain('H. Ayuntamiento de [Nombre del municipio]');
  });

  it('las marcas que no son campos se dejan como están', () => {
    expect(llenarAviso('{{municipio}} y {{otro}}', { municipio: 'Tlaxco' })).toBe('Tlaxco y {{otro}}');
    expect(Object.keys(ETIQUETA_CAMPO_AVISO).sort()).toEqual(Object.keys(DATOS).sort());
  });
});

describe('el aviso simplificado que se muestra al capturar y va en el acuse', () => {
  const corto = avisoSimplificado({ municipio: 'San Andrés Tuxtla', sitioWeb: 'www.sanandres.gob.mx/privacidad' });

  it('nombra al responsable, las finalidades, las transferencias, los derechos ARCO y dónde está el integral', () => {
    expect(corto).toMatch(/^El H\. Ayuntamiento de San Andrés Tuxtla, a través del Departamento de Gestión Social y Atención Ciudadana, es responsable/);
    expect(corto).toContain('registrar, atender y dar seguimiento a su solicitud o apoyo');
    expect(corto).toContain('no se realizan transferencias que requieran su consentimiento');
    expect(corto).toContain('acceso, rectificación, cancelación y oposición (ARCO) ante la Unidad de Transparencia');
    expect(corto).toContain('El aviso de privacidad integral está disponible en la oficina de Gestión Social y Atención Ciudadana y en www.sanandres.gob.mx/privacidad.');
    expect(camposPendientesAviso(PLANTILLA_AVISO_SIMPLIFICADO, { municipio: 'X', sitioWeb: 'y' })).toEqual([]);
  });

  it('cabe donde se guarda: la configuración y la solicitud que lo registra tal como se aceptó', () => {
    expect(configuracionSchema.shape.avisoPrivacidad.safeParse(corto).success).toBe(true);
    expect(solicitudSchema.shape.avisoPrivacidad.safeParse(corto).success).toBe(true);
  });
});
