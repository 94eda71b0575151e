import { formatearFecha } from './formato';

/**
 * The aviso de privacidad of the department, in its two forms, as the Ley General de Protección de Datos Personales
 * en Posesión de Sujetos Obligados asks for them: the integral one (published at the office and online) and the
 * simplified one (shown at capture and printed on the acuse, where the citizen gives consent).
 *
 * The templates hold {{campo}} marks for what only the municipality knows (its name, addresses, its law). Filling
 * them leaves a visible [descripción] for each one not given yet, so whoever reviews the text in the first-run
 * assistant sees what is missing; the filled text is then the municipality's own, editable in the configuration.
 * The data listed are the fields the app captures (personas, solicitudes, apoyos, jornadas, programas).
 */

export interface DatosAviso {
  municipio: string;
  /** The department's (or the Ayuntamiento's) address. */
  domicilio: string;
  /** The state's municipal law and the Ayuntamiento's regulation that give the department its duties. */
  normativaMunicipal: string;
  domicilioTransparencia: string;
  /** Telephone, e-mail and hours of the Unidad de Transparencia. */
  contactoTransparencia: string;
  /** The state's authority for personal data, before which a review can be filed. */
  autoridadGarante: string;
  /** Where the aviso is published and its changes announced. */
  sitioWeb: string;
  /** 'AAAA-MM-DD' of the last update. */
  fechaActualizacion: string;
}

export type CampoAviso = keyof DatosAviso;

/** What stands in the text for a field not given yet. */
export const ETIQUETA_CAMPO_AVISO: Record<CampoAviso, string> = {
  municipio: 'Nombre del municipio',
  domicilio: 'domicilio del Departamento de Gestión Social y Atención Ciudadana',
  normativaMunicipal: 'ley orgánica o código municipal del estado y reglamento interior del Ayuntamiento',
  domicilioTransparencia: 'domicilio de la Unidad de Transparencia',
  contactoTransparencia: 'teléfono, correo electrónico y horario de la Unidad de Transparencia',
  autoridadGarante: 'autoridad garante de protección de datos personales del estado',
  sitioWeb: 'sitio web del Ayuntamiento',
  fechaActualizacion: 'fecha de la última actualización',
};

export const PLANTILLA_AVISO_INTEGRAL = `AVISO DE PRIVACIDAD INTEGRAL
Departamento de Gestión Social y Atención Ciudadana del H. Ayuntamiento de {{municipio}}

1. Responsable del tratamiento
El H. Ayuntamiento de {{municipio}}, a través del Departamento de Gestión Social y Atención Ciudadana, con domicilio en {{domicilio}}, es el responsable del tratamiento de los datos personales que usted proporcione, los cuales serán protegidos conforme a la Ley General de Protección de Datos Personales en Posesión de Sujetos Obligados y demás normativa aplicable.

2. Datos personales que se recaban
Para las finalidades de este aviso se recaban los siguientes datos personales:
- De identificación: nombre(s) y apellidos, Clave Única de Registro de Población (CURP), sexo, y fecha de nacimiento o edad.
- De contacto: número de teléfono y correo electrónico.
- De domicilio: calle, número, colonia, localidad y código postal.
- De su solicitud o apoyo: la descripción de lo que solicita, el tipo de apoyo, su cantidad y valor estimado, la dependencia ante la que se gestiona y el seguimiento que se le da; en su caso, su participación en jornadas comunitarias, talleres, capacitaciones y programas sociales, y su firma en el acuse de recibo.
La CURP, el teléfono, el correo electrónico y el domicilio son opcionales: puede recibir atención sin proporcionarlos, aunque sin ellos no será posible localizarle para informarle el avance de su solicitud.

3. Datos personales sensibles
No se le piden datos personales sensibles. Sin embargo, la descripción de su solicitud o el tipo de apoyo que pide pueden revelar información sobre su estado de salud o alguna discapacidad. Esa información se trata como dato personal sensible: sólo se usa para atender su solicitud, se protege con medidas de seguridad reforzadas y para su tratamiento se recaba su consentimiento expreso y por escrito, mediante su firma en el acuse de recibo.

4. Finalidades del tratamiento
Sus datos personales se usan para las siguientes finalidades, todas necesarias para atender lo que usted solicita:
a) registrar su solicitud, emitir el acuse de recibo y darle seguimiento hasta su conclusión;
b) canalizar su solicitud y gestionar el apoyo ante las áreas del Ayuntamiento y las dependencias que corresponda;
c) comunicarnos con usted para informarle el avance y el resultado de su solicitud;
d) registrar la entrega de apoyos y su participación en jornadas comunitarias, talleres y programas sociales, e integrar el padrón de beneficiarios;
e) elaborar los informes de avance del Plan Operativo Anual y estadísticas, en los que la información se presenta de manera que no permite identificarle;
f) cumplir las obligaciones de transparencia: la versión pública del padrón de beneficiarios incluye únicamente nombre, apoyo recibido, colonia o localidad, edad y sexo, y nunca su CURP, domicilio, teléfono ni correo electrónico.
Sus datos no se usan para ninguna otra finalidad.

5. Fundamento legal
El tratamiento de sus datos personales se realiza con fundamento en la Ley General de Protección de Datos Personales en Posesión de Sujetos Obligados, la Ley General de Transparencia y Acceso a la Información Pública, y {{normativaMunicipal}}.

6. Transferencias de datos personales
Sus datos personales podrán transferirse a las dependencias y entidades de los gobiernos municipal, estatal o federal ante las que se canalice su solicitud o se gestione su apoyo, únicamente para atenderla. Estas transferencias no requieren su consentimiento, porque se realizan entre responsables en el ejercicio de facultades propias, compatibles o análogas con la finalidad que motivó el tratamiento de sus datos. Fuera de estos casos, y de los requerimientos de una autoridad competente que estén debidamente fundados y motivados, sus datos no se transfieren sin su consentimiento.

7. Derechos de acceso, rectificación, cancelación y oposición (ARCO)
Usted tiene derecho a conocer qué datos personales suyos tenemos y para qué los usamos (acceso); a pedir que se corrijan si son inexactos, están incompletos o desactualizados (rectificación); a que se eliminen de nuestros registros (cancelación), y a oponerse a su uso para fines específicos (oposición).
Para ejercerlos, presente su solicitud ante la Unidad de Transparencia del H. Ayuntamiento de {{municipio}}: en su domicilio, por correo electrónico o a través de la Plataforma Nacional de Transparencia. La solicitud debe contener: su nombre y, en su caso, el de su representante; un domicilio o medio para recibir notificaciones; los documentos que acrediten su identidad y, en su caso, la personalidad de su representante; de ser posible, el área que trata sus datos; la descripción clara de los datos y del derecho que desea ejercer, y cualquier otro elemento que facilite localizar sus datos. Si pide una rectificación, indique las correcciones y acompañe los documentos que las sustenten.
El ejercicio de los derechos ARCO es gratuito; sólo podrán cobrarse los costos de reproducción, certificación o envío que correspondan. La respuesta se le dará en los plazos que señala la Ley General. Si pide la cancelación o se opone al tratamiento, sus datos de identificación y de contacto se suprimen de nuestros registros; las solicitudes y apoyos que recibió se conservan sin datos que le identifiquen, porque forman parte del informe de actividades del Ayuntamiento, y las copias de respaldo que aún contengan sus datos se eliminan conforme se renuevan.
Si no está conforme con la respuesta, puede interponer un recurso de revisión ante {{autoridadGarante}} o ante la propia Unidad de Transparencia.

8. Unidad de Transparencia
Domicilio: {{domicilioTransparencia}}.
Contacto: {{contactoTransparencia}}.

9. Cambios al aviso de privacidad
Este aviso puede cambiar por reformas a la normativa o por cambios en los servicios del Departamento. Cualquier cambio se dará a conocer en la oficina del Departamento de Gestión Social y Atención Ciudadana, en los estrados del H. Ayuntamiento y en {{sitioWeb}}, donde también puede consultarse la versión vigente.

Última actualización: {{fechaActualizacion}}.`;

export const PLANTILLA_AVISO_SIMPLIFICADO =
  'El H. Ayuntamiento de {{municipio}}, a través del Departamento de Gestión Social y Atención Ciudadana, es responsable de los datos personales que usted proporciona, que se usan para registrar, atender y dar seguimiento a su solicitud o apoyo, canalizarla ante las dependencias que corresponda, informarle su avance, integrar el padrón de beneficiarios y elaborar informes estadísticos sin datos que le identifiquen. Sólo se transfieren a las dependencias ante las que se gestiona su solicitud, para atenderla, y a las autoridades que los requieran de forma fundada y motivada; no se realizan transferencias que requieran su consentimiento. Puede ejercer sus derechos de acceso, rectificación, cancelación y oposición (ARCO) ante la Unidad de Transparencia del Ayuntamiento. El aviso de privacidad integral está disponible en la oficina de Gestión Social y Atención Ciudadana y en {{sitioWeb}}.';

const RE_MARCA = /\{\{(\w+)\}\}/g;

function valorCampo(datos: Partial<DatosAviso>, campo: CampoAviso): string {
  const valor = (datos[campo] ?? '').trim();
  if (valor === '') return `[${ETIQUETA_CAMPO_AVISO[campo]}]`;
  return campo === 'fechaActualizacion' ? formatearFecha(valor) : valor;
}

function esCampo(nombre: string): nombre is CampoAviso {
  return Object.hasOwn(ETIQUETA_CAMPO_AVISO, nombre);
}

/** Replaces each {{campo}} of a template; a field not given shows as its [descripción]. */
export function llenarAviso(plantilla: string, datos: Partial<DatosAviso>): string {
  return plantilla.replace(RE_MARCA, (marca, nombre: string) => (esCampo(nombre) ? valorCampo(datos, nombre) : marca));
}

export function avisoIntegral(datos: Partial<DatosAviso>): string {
  return llenarAviso(PLANTILLA_AVISO_INTEGRAL, datos);
}

/** The short aviso shown at capture and printed on the acuse. */
export function avisoSimplificado(datos: Partial<DatosAviso>): string {
  return llenarAviso(PLANTILLA_AVISO_SIMPLIFICADO, datos);
}

/** The fields a template uses that are still empty, to remind whoever completes the setup. */
export function camposPendientesAviso(plantilla: string, datos: Partial<DatosAviso>): CampoAviso[] {
  const usados = new Set([...plantilla.matchAll(RE_MARCA)].map((m) => m[1]).filter(esCampo));
  return [...usados].filter((c) => (datos[c] ?? '').trim() === '');
}
