import type { Acuerdo, Convenio, Mesa } from '../../../../../shared/schemas/modulos';
import { enteroDeTexto } from '../comun/numeros';

export interface ValoresMesa {
  fecha: string;
  tema: string;
  convoca: string;
  sede: string;
  instituciones: string[];
  asistentes: string;
  estatus: Mesa['estatus'];
}

export const mesaNueva = (hoy: string): ValoresMesa => ({ fecha: hoy, tema: '', convoca: '', sede: '', instituciones: [], asistentes: '0', estatus: 'programada' });

export const aDatosMesa = (v: ValoresMesa) => ({ ...v, asistentes: enteroDeTexto(v.asistentes) });

export const mesaAValores = (m: Mesa): ValoresMesa => ({
  fecha: m.fecha,
  tema: m.tema,
  convoca: m.convoca,
  sede: m.sede,
  instituciones: [...m.instituciones],
  asistentes: String(m.asistentes),
  estatus: m.estatus,
});

export interface ValoresAcuerdo {
  texto: string;
  responsable: string;
  fechaCompromiso: string;
  estatus: Acuerdo['estatus'];
}

export const acuerdoNuevo: ValoresAcuerdo = { texto: '', responsable: '', fechaCompromiso: '', estatus: 'pendiente' };

export const aDatosAcuerdo = (v: ValoresAcuerdo) => ({ ...v, fechaCompromiso: v.fechaCompromiso === '' ? null : v.fechaCompromiso });

export const acuerdoAValores = (a: Acuerdo): ValoresAcuerdo => ({
  texto: a.texto,
  responsable: a.responsable,
  fechaCompromiso: a.fechaCompromiso ?? '',
  estatus: a.estatus,
});

export interface ValoresConvenio {
  numero: string;
  tipo: Convenio['tipo'];
  contraparte: string;
  sector: Convenio['sector'];
  objeto: string;
  fechaFirma: string;
  vigenciaInicio: string;
  vigenciaFin: string;
  firmantes: string[];
  responsable: string;
  estatus: Convenio['estatus'];
}

export const convenioNuevo: ValoresConvenio = {
  numero: '',
  tipo: 'colaboracion',
  contraparte: '',
  sector: 'civil',
  objeto: '',
  fechaFirma: '',
  vigenciaInicio: '',
  vigenciaFin: '',
  firmantes: [],
  responsable: '',
  estatus: 'en-tramite',
};

const nula = (f: string) => (f === '' ? null : f);

export const aDatosConvenio = (v: ValoresConvenio) => ({
  ...v,
  fechaFirma: nula(v.fechaFirma),
  vigenciaInicio: nula(v.vigenciaInicio),
  vigenciaFin: nula(v.vigenciaFin),
});

export const convenioAValores = (c: Convenio): ValoresConvenio => ({
  numero: c.numero,
  tipo: c.tipo,
  contraparte: c.contraparte,
  sector: c.sector,
  objeto: c.objeto,
  fechaFirma: c.fechaFirma ?? '',
  vigenciaInicio: c.vigenciaInicio ?? '',
  vigenciaFin: c.vigenciaFin ?? '',
  firmantes: [...c.firmantes],
  responsable: c.responsable,
  estatus: c.estatus,
});
