import { Tab, Tabs } from '@mui/material';
import { Link as RouterLink, useLocation } from 'react-router-dom';
import type { ReactNode } from 'react';
import { EncabezadoPagina } from '../../../componentes/Encabezado';

export interface Pestana {
  ruta: string;
  titulo: string;
}

/**
 * The sections of a module as tabs that are links: each has its own address, so the cronograma's drill-down and the
 * browser's back button land on the right one. The longest route that prefixes the address is the current tab.
 */
export function Pestanas({ etiqueta, pestanas }: { etiqueta: string; pestanas: readonly Pestana[] }) {
  const { pathname } = useLocation();
  const actual = [...pestanas].sort((a, b) => b.ruta.length - a.ruta.length).find((p) => pathname === p.ruta || pathname.startsWith(`${p.ruta}/`));
  return (
    <Tabs value={actual?.ruta ?? false} aria-label={etiqueta} sx={{ mb: 1.5, borderBottom: 1, borderColor: 'divider' }}>
      {pestanas.map((p) => (
        <Tab key={p.ruta} value={p.ruta} label={p.titulo} component={RouterLink} to={p.ruta} />
      ))}
    </Tabs>
  );
}

/** A module's heading, and its sections (when it has several) with the tabs' accessible name. */
export interface Modulo {
  titulo: string;
  subtitulo: string;
  secciones?: { etiqueta: string; pestanas: readonly Pestana[] };
}

/** A module's heading with its sections as tabs under it, and the actions of the section shown. */
export function EncabezadoModulo({ modulo, acciones }: { modulo: Modulo; acciones?: ReactNode }) {
  return (
    <>
      <EncabezadoPagina titulo={modulo.titulo} subtitulo={modulo.subtitulo} acciones={acciones} />
      {modulo.secciones && <Pestanas {...modulo.secciones} />}
    </>
  );
}
