import { Grid, Stack } from '@mui/material';
import { useState, type ComponentType, type ReactNode } from 'react';
import type { FieldValues } from 'react-hook-form';
import { AvisoRegistroSinPoa } from '../../../componentes/detalle/AvisoRegistroSinPoa';
import { CargaRegistro } from '../../../componentes/detalle/CargaRegistro';
import { Dato, DatosCaptura, ListaDatos } from '../../../componentes/detalle/Dato';
import { FormularioVista, type VistaFormulario } from './FormularioVista';
import { AvisoGuardado, BotonesPaso, MarcoDetalle } from './MarcoDetalle';
import { SeccionDetalle } from '../../../componentes/formulario/Seccion';
import { useEstadoDetalle } from './useEstadoDetalle';
import { SeccionEvidencias } from '../../../componentes/evidencias/SeccionEvidencias';
import type { TipoRegistroEvidencia } from '../../../../../shared/schemas/evidencias';

/** What every module record has: the detail shows when and where it was captured, and whether it was deleted. */
interface RegistroModulo {
  id: string;
  eliminado: number;
  createdAt: string;
  updatedAt: string;
  estacion: string;
}

/** One labelled value of the record's data. */
export interface FilaDato<D> {
  etiqueta: string | ((detalle: D) => string);
  ancho?: number;
  valor: (detalle: D) => ReactNode;
}

/**
 * The status steps the toolbar offers from the record's current status, with the text of each button. A step is
 * taken at once (`dar`) or asks for its confirmation in a dialog (`Dialogo`).
 */
export type PasosVista<D, E extends string> = {
  de: (detalle: D) => E;
  siguientes: Readonly<Record<E, readonly E[]>>;
  textos: Readonly<Record<E, string>>;
  /** The step that drops the record (cancelar, rechazar), outlined in red. */
  negativo?: E;
} & ({ dar: (detalle: D, estatus: E) => Promise<unknown> } | { Dialogo: ComponentType<{ detalle: D; estatus: E; onCerrar: () => void }> });

/**
 * How a kind's detail looks: `D` is what its repository gives for one address (the record, or the record with what
 * it points at), `R` the record itself, `F` what its form captures (the record's own data), `E` its statuses.
 */
export interface VistaDetalle<D, R extends RegistroModulo & F, F extends FieldValues, E extends string = never> {
  obtener: (id: string) => Promise<D | undefined>;
  registro: (detalle: D) => R;
  avisos: { eliminado: string; noExiste: string };
  volverA: string;
  volverTexto: string;
  titulo: (detalle: D) => string;
  tituloEdicion?: (detalle: D) => string;
  etiquetas: (detalle: D) => ReactNode;
  nombreAcciones: string;
  pasos?: PasosVista<D, E>;
  /** The kind's form, which edits the record here, and the repository's call that saves the edit. */
  formulario: VistaFormulario<F>;
  editar: (id: string, datos: F) => Promise<unknown>;
  /** The kind's counting rule (its descriptor's `cuentaEn`): whether and when the record counts. */
  cuentaEn: (registro: R) => string | null;
  /** The saved notice: "Apoyo registrado", what a record that does not count yet lacks, and how the record is named. */
  guardado: { registrado: string; sinCuenta?: string; registro: string | ((detalle: D) => string) };
  eliminacion: (detalle: D) => { titulo: string; consecuencia: string; textoBoton: string; eliminar: (motivo: string) => Promise<unknown> };
  /** The data section, ending with when and where the record was captured. */
  datos: { titulo: string; filas: FilaDato<D>[]; captura?: { etiqueta?: string; ancho?: number } };
  /** The record's files: its kind, and what its «Evidencias» section asks for («La lista de asistencia y las fotos:»). */
  evidencias: { tipo: TipoRegistroEvidencia; queAdjuntar: string };
  /** Slots for what is particular to a kind: a notice above the data, a block under it, a side column. */
  antes?: (detalle: D) => ReactNode;
  despues?: (detalle: D) => ReactNode;
  lateral?: (detalle: D) => ReactNode;
}

/** A kind's detail from its view; a detail of another kind is a screen of its own, with its own state. */
export function DetalleRegistro<D, R extends RegistroModulo & F, F extends FieldValues, E extends string = never>({ vista }: { vista: VistaDetalle<D, R, F, E> }) {
  return (
    <CargaRegistro
      key={vista.volverA}
      obtener={vista.obtener}
      eliminado={(d) => vista.registro(d).eliminado === 1}
      avisos={vista.avisos}
      volverA={vista.volverA}
    >
      {(detalle) => <Vista vista={vista} detalle={detalle} />}
    </CargaRegistro>
  );
}

function Vista<D, R extends RegistroModulo & F, F extends FieldValues, E extends string>({ vista, detalle }: { vista: VistaDetalle<D, R, F, E>; detalle: D }) {
  const estado = useEstadoDetalle();
  const [paso, setPaso] = useState<E | null>(null);
  const registro = vista.registro(detalle);
  const cuentaEn = vista.cuentaEn(registro);
  const { pasos } = vista;
  const datos = (
    <SeccionDetalle titulo={vista.datos.titulo} mb={vista.lateral ? 2 : undefined}>
      <ListaDatos>
        {vista.datos.filas.map((f) => {
          const etiqueta = typeof f.etiqueta === 'string' ? f.etiqueta : f.etiqueta(detalle);
          return (
            <Dato key={etiqueta} etiqueta={etiqueta} ancho={f.ancho}>
              {f.valor(detalle)}
            </Dato>
          );
        })}
        <DatosCaptura registro={registro} {...vista.datos.captura} />
      </ListaDatos>
    </SeccionDetalle>
  );
  const nombre = vista.guardado.registro;
  const evidencias = <SeccionEvidencias tipo={vista.evidencias.tipo} registroId={registro.id} eliminado={registro.eliminado === 1} queAdjuntar={vista.evidencias.queAdjuntar} />;
  const Dialogo = pasos && 'Dialogo' in pasos ? pasos.Dialogo : null;

  return (
    <MarcoDetalle
      estado={estado}
      volverA={vista.volverA}
      volverTexto={vista.volverTexto}
      titulo={vista.titulo(detalle)}
      tituloEdicion={vista.tituloEdicion?.(detalle)}
      etiquetas={vista.etiquetas(detalle)}
      nombreAcciones={vista.nombreAcciones}
      pasos={
        pasos && (
          <BotonesPaso
            pasos={pasos.siguientes[pasos.de(detalle)].map((e) => ({ estatus: e, texto: pasos.textos[e] }))}
            negativo={pasos.negativo}
            alElegir={(e) => ('dar' in pasos ? void estado.cambiar(() => pasos.dar(detalle, e)) : setPaso(e))}
          />
        )
      }
      editor={() => (
        <FormularioVista
          vista={vista.formulario}
          inicial={registro}
          id={registro.id}
          {...estado.edicion}
          guardar={(datos) => estado.guardarEdicion(() => vista.editar(registro.id, datos))}
        />
      )}
      aviso={
        <>
          <AvisoGuardado estado={estado} registrado={vista.guardado.registrado} cuentaEn={cuentaEn} sinCuenta={vista.guardado.sinCuenta} />
          <AvisoRegistroSinPoa registro={typeof nombre === 'string' ? nombre : nombre(detalle)} cuentaEn={cuentaEn} />
        </>
      }
      eliminacion={vista.eliminacion(detalle)}
    >
      {vista.antes?.(detalle)}
      {vista.lateral ? (
        <Grid container spacing={2}>
          <Grid size={{ xs: 12, md: 7 }}>
            <Stack spacing={2}>
              {datos}
              {vista.despues?.(detalle)}
              {evidencias}
            </Stack>
          </Grid>
          <Grid size={{ xs: 12, md: 5 }}>{vista.lateral(detalle)}</Grid>
        </Grid>
      ) : (
        <Stack spacing={2}>
          {datos}
          {vista.despues?.(detalle)}
          {evidencias}
        </Stack>
      )}
      {paso && Dialogo && <Dialogo detalle={detalle} estatus={paso} onCerrar={() => setPaso(null)} />}
    </MarcoDetalle>
  );
}
