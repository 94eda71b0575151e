import { CircularProgress } from '@mui/material';
import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import type { FieldValues } from 'react-hook-form';
import { useNavigate, useSearchParams } from 'react-router-dom';
import { fechaIsoLocal } from '../../../../../shared/domain/formato';
import { EncabezadoPagina } from '../../../componentes/Encabezado';
import { FormularioVista, type VistaFormulario } from './FormularioVista';

/** How a kind's capture screen looks, what a new record starts with, and how saving creates it. */
export interface VistaCaptura<D extends FieldValues> {
  formulario: VistaFormulario<D>;
  titulo: string;
  subtitulo: string;
  textoGuardar: string;
  /** The kind's list: Cancelar goes back to it, and the new record's detail opens at `lista`/<id>. */
  lista: string;
  /** A new record's data, captured on the day `hoy` ('AAAA-MM-DD'). */
  nuevo: (hoy: string) => D;
  /** What the capture's address adds to the new record (?solicitud=<id>: that request's citizen and type). */
  desde?: (parametros: URLSearchParams, nuevo: D) => Promise<D>;
  crear: (datos: D) => Promise<{ id: string }>;
}

/** A kind's capture screen from its view; each kind's is a screen of its own, with its own form. */
export function CapturaRegistro<D extends FieldValues>({ vista }: { vista: VistaCaptura<D> }) {
  return <Captura key={vista.lista} vista={vista} />;
}

/**
 * Saving creates the record and opens its detail, which says it was just registered; cancelling goes back to the
 * list.
 */
function Captura<D extends FieldValues>({ vista }: { vista: VistaCaptura<D> }) {
  const navegar = useNavigate();
  const [nuevo] = useState(() => vista.nuevo(fechaIsoLocal(new Date())));
  const consulta = useSearchParams()[0].toString();
  const { desde } = vista;
  const completado = useLiveQuery(() => (desde ? desde(new URLSearchParams(consulta), nuevo) : null), [consulta]);
  const inicial = desde ? completado : nuevo;
  if (!inicial) return <CircularProgress aria-label="Cargando" />;
  async function guardar(datos: D): Promise<void> {
    const registro = await vista.crear(datos);
    navegar(`${vista.lista}/${registro.id}`, { state: { recienCreado: true } });
  }
  return (
    <>
      <EncabezadoPagina titulo={vista.titulo} subtitulo={vista.subtitulo} />
      <FormularioVista vista={vista.formulario} inicial={inicial} editando={false} textoGuardar={vista.textoGuardar} guardar={guardar} onCancelar={() => navegar(vista.lista)} />
    </>
  );
}
