/** What the office writes in its records: descriptions, results, names of events, themes of meetings. */

export const DESCRIPCIONES: Readonly<Record<string, readonly string[]>> = {
  Despensa: [
    'Solicita apoyo con despensa para su familia de {n} integrantes; el jefe de familia se quedó sin empleo.',
    'Pide despensa por encontrarse en situación vulnerable; vive sola y es adulta mayor.',
    'Solicita despensa para su hogar; tiene {n} hijos en edad escolar.',
  ],
  'Material de construcción': [
    'Solicita láminas para el techo de su vivienda, dañado por las lluvias.',
    'Pide {n} bultos de cemento para terminar el piso de su casa.',
    'Solicita material de construcción para un cuarto adicional; viven {n} personas en dos cuartos.',
  ],
  Medicamento: [
    'Solicita medicamento para tratamiento de diabetes que no cubre su servicio de salud.',
    'Pide apoyo con medicamento para su hijo con asma.',
    'Solicita medicamento para la presión arterial; presenta receta médica.',
  ],
  'Apoyo económico': [
    'Solicita apoyo económico para gastos funerarios de un familiar.',
    'Pide apoyo económico para traslado a consulta de especialidad en Pachuca.',
    'Solicita apoyo económico para el pago de estudios de laboratorio.',
  ],
  'Aparato ortopédico': [
    'Solicita una silla de ruedas para su madre de {e} años.',
    'Pide andadera para adulto mayor con problemas de movilidad.',
    'Solicita muletas tras una fractura de pierna.',
  ],
  Lentes: ['Solicita lentes graduados; presenta examen de la vista.', 'Pide lentes para su hija que no alcanza a ver el pizarrón.'],
  Cobijas: ['Solicita cobijas para la temporada de frío; en su casa viven {n} personas.', 'Pide cobijas para adultos mayores de su familia.'],
  'Apoyo escolar': [
    'Solicita útiles escolares para sus {n} hijos.',
    'Pide apoyo con uniformes escolares para el inicio de clases.',
    'Solicita apoyo para la inscripción de su hijo en la secundaria.',
  ],
  'Gestión de trámite': [
    'Solicita orientación para tramitar su pensión para adultos mayores.',
    'Pide apoyo para corregir su acta de nacimiento ante el Registro Civil.',
    'Solicita gestión de la reparación de la luminaria frente a su domicilio.',
    'Pide la gestión de la poda de un árbol que pone en riesgo su vivienda.',
  ],
  Otro: ['Solicita audiencia con el presidente municipal para exponer un problema de su colonia.', 'Pide información sobre los programas sociales vigentes.'],
};

export const RESULTADOS_ATENDIDA = [
  'Se entregó el apoyo solicitado; firma de recibido en el expediente.',
  'Atendida por la dependencia; el ciudadano confirma la solución.',
  'Se canalizó y la dependencia resolvió favorablemente.',
  'Se brindó la orientación y se acompañó al ciudadano en su trámite.',
];
export const RESULTADOS_IMPROCEDENTE = [
  'No cumple los requisitos del programa.',
  'El apoyo solicitado no es competencia del municipio; se orientó al ciudadano.',
  'No se cuenta con suficiencia presupuestal para el apoyo.',
];
export const RESULTADOS_CANCELADA = ['El ciudadano desistió de su solicitud.', 'No fue posible localizar al ciudadano.', 'Cancelada a petición del solicitante.'];
export const RESULTADO_DUPLICADA = 'La misma petición ya estaba registrada; se da seguimiento en la solicitud original.';

export const NOTAS_SEGUIMIENTO: Readonly<Record<string, readonly string[]>> = {
  canalizada: ['Se canaliza mediante oficio a la dependencia.', 'Se turna a la dependencia correspondiente.'],
  'en-seguimiento': ['La dependencia informa que la solicitud está en revisión.', 'Se llamó al ciudadano para informarle del avance.'],
  atendida: ['Solicitud atendida.', 'Apoyo entregado al ciudadano.'],
  improcedente: ['Se informa al ciudadano que su solicitud no procede.'],
  cancelada: ['Se cancela la solicitud.'],
  duplicada: ['Se marca como duplicada.'],
};

export const SERVICIOS_JORNADA = [
  'Consulta médica general', 'Corte de cabello', 'Asesoría jurídica', 'Vacunación', 'Toma de presión y glucosa',
  'Trámite de actas', 'Orientación de programas sociales', 'Consulta dental', 'Esterilización de mascotas',
  'Examen de la vista', 'Afiliación a programas federales', 'Pláticas de prevención',
];

export const EVENTOS: Readonly<Record<'taller' | 'capacitacion' | 'programa', readonly (readonly [string, string])[]>> = {
  taller: [
    ['Taller de repostería', 'Autoempleo'], ['Taller de bordado', 'Autoempleo'], ['Taller de huertos familiares', 'Alimentación'],
    ['Taller de prevención de la violencia', 'Desarrollo humano'], ['Taller de crianza positiva', 'Desarrollo humano'],
    ['Taller de elaboración de productos de limpieza', 'Autoempleo'], ['Taller de lectura para niñas y niños', 'Educación'],
  ],
  capacitacion: [
    ['Capacitación en primeros auxilios', 'Salud'], ['Capacitación en computación básica', 'Educación'],
    ['Capacitación para emprendedores', 'Economía familiar'], ['Capacitación en protección civil', 'Prevención'],
    ['Capacitación en finanzas personales', 'Economía familiar'],
  ],
  programa: [
    ['Programa de desayunos escolares', 'Alimentación'], ['Programa de apoyo a adultos mayores', 'Bienestar'],
    ['Programa de mejoramiento de vivienda', 'Vivienda'], ['Programa de becas municipales', 'Educación'],
    ['Programa de estufas ahorradoras', 'Vivienda'],
  ],
};

export const POBLACIONES = ['Mujeres jefas de familia', 'Adultos mayores', 'Jóvenes', 'Niñas y niños', 'Público en general', 'Personas con discapacidad'];
export const SEDES = ['Auditorio municipal', 'Casa de cultura', 'Salón ejidal', 'Escuela primaria Benito Juárez', 'Centro comunitario', 'Presidencia municipal'];

export const TEMAS_MESA = [
  'Seguridad en las colonias', 'Atención a adultos mayores', 'Prevención de adicciones', 'Salud comunitaria',
  'Temporada de lluvias y protección civil', 'Programas federales de bienestar', 'Educación y becas', 'Abasto de agua',
  'Igualdad de género', 'Atención a personas con discapacidad',
];
export const CONVOCANTES = ['Presidencia Municipal', 'Secretaría de Gobierno Municipal', 'DIF Municipal', 'Gobierno del Estado', 'Secretaría de Bienestar (federal)'];
export const INSTITUCIONES = [
  'DIF Municipal', 'Seguridad Pública Municipal', 'Protección Civil', 'Centro de Salud', 'IMSS-Bienestar', 'Secretaría de Bienestar',
  'Instituto Estatal de la Mujer', 'Comisión Estatal del Agua', 'Supervisión escolar', 'Cruz Roja', 'Registro Civil', 'CONAFE',
];
export const ACUERDOS = [
  'Realizar recorridos conjuntos en las colonias señaladas.', 'Elaborar un padrón de beneficiarios en un plazo de 30 días.',
  'Gestionar una jornada de salud en la localidad.', 'Enviar el informe de avance a las instituciones participantes.',
  'Instalar una mesa de seguimiento mensual.', 'Difundir los programas vigentes en redes sociales del municipio.',
];
/** What proves an acuerdo was fulfilled, besides an oficio. */
export const EVIDENCIAS_ACUERDO = [
  'Minuta de la sesión de seguimiento', 'Informe de avance entregado a las instituciones participantes',
  'Lista de asistencia y fotografías de la actividad', 'Padrón entregado por correo institucional',
];

export const CONTRAPARTES: readonly (readonly [string, 'civil' | 'publico'])[] = [
  ['Fundación Hogar Digno, A.C.', 'civil'], ['Cáritas Diocesana, A.C.', 'civil'], ['Club Rotario del municipio', 'civil'],
  ['Banco de Alimentos de Hidalgo, A.C.', 'civil'], ['Fundación Ver Bien, A.C.', 'civil'], ['Cruz Roja Mexicana, delegación municipal', 'civil'],
  ['Universidad Politécnica del Estado', 'publico'], ['Instituto Estatal de la Mujer', 'publico'], ['Sistema DIF Estatal', 'publico'],
  ['Secretaría de Salud del Estado', 'publico'], ['Instituto Nacional para la Educación de los Adultos', 'publico'],
];
export const OBJETOS_CONVENIO = [
  'Colaborar en la entrega de despensas a familias en situación vulnerable.',
  'Coordinar jornadas de salud visual con entrega de lentes a bajo costo.',
  'Establecer las bases para la prestación de servicio social de estudiantes en el municipio.',
  'Concertar acciones de mejoramiento de vivienda en las localidades del municipio.',
  'Coordinar la atención a mujeres en situación de violencia.',
];
