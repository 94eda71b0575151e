import type { Jornada } from '../../../../../shared/schemas/modulos';
import { enteroDeTexto } from '../comun/numeros';

export interface ValoresJornada {
  fecha: string;
  nombre: string;
  colonia: string;
  localidad: string;
  dependencias: string[];
  servicios: string[];
  atendidasMujeres: string;
  atendidasHombres: string;
  atendidasOtro: string;
  realizada: boolean;
}

export function jornadaNueva(hoy: string): ValoresJornada {
  return {
    fecha: hoy,
    nombre: '',
    colonia: '',
    localidad: '',
    dependencias: [],
    servicios: [],
    atendidasMujeres: '0',
    atendidasHombres: '0',
    atendidasOtro: '0',
    realizada: false,
  };
}

export function aDatosJornada(v: ValoresJornada) {
  return {
    ...v,
    atendidasMujeres: enteroDeTexto(v.atendidasMujeres),
    atendidasHombres: enteroDeTexto(v.atendidasHombres),
    atendidasOtro: enteroDeTexto(v.atendidasOtro),
  };
}

export function jornadaAValores(j: Jornada): ValoresJornada {
  return {
    fecha: j.fecha,
    nombre: j.nombre,
    colonia: j.colonia,
    localidad: j.localidad,
    dependencias: [...j.dependencias],
    servicios: [...j.servicios],
    atendidasMujeres: String(j.atendidasMujeres),
    atendidasHombres: String(j.atendidasHombres),
    atendidasOtro: String(j.atendidasOtro),
    realizada: j.realizada,
  };
}
