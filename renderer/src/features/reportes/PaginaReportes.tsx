import { CircularProgress, MenuItem, Stack, TextField } from '@mui/material';
import { useState } from 'react';
import { mesDeCorte, mesDeReferencia, trimestreDeMes } from '../../../../shared/domain/periodos';
import { EncabezadoPagina } from '../../componentes/Encabezado';
import { anioElegido, useAniosPoa } from '../../hooks/useCronograma';
import { usePoaDelAnio } from '../../hooks/usePoa';
import { AvisoSinPoa } from '../../componentes/poa/AvisoSinPoa';
import { TarjetaHoja } from './TarjetaHoja';
import { TarjetaLibro } from './TarjetaLibro';

/** What leaves the program for others: the workbook Tesorería receives and the sheets the head prints and signs. */
export function PaginaReportes() {
  const anios = useAniosPoa();
  const [pedido, setPedido] = useState<number | null>(null);
  const anio = anioElegido(pedido, anios, new Date().getFullYear());
  const poa = usePoaDelAnio(anio);
  // The month and quarter start at the one in course (December for a past year, January for one to come) and follow a
  // change of year.
  const [elegidos, setElegidos] = useState<{ anio: number | undefined; mes: number; trimestre: number } | null>(null);
  const corte = anio === undefined ? 1 : mesDeReferencia(mesDeCorte(anio));
  const actuales = elegidos && elegidos.anio === anio ? elegidos : { anio, mes: corte, trimestre: trimestreDeMes(corte) };

  if (anios === undefined || poa === undefined) return <CircularProgress aria-label="Cargando los reportes" />;
  if (anio === undefined || poa === null) {
    return (
      <>
        <EncabezadoPagina titulo="Reportes" />
        <AvisoSinPoa />
      </>
    );
  }

  return (
    <>
      <EncabezadoPagina
        titulo="Reportes"
        subtitulo="Libro POA para Tesorería y hojas de avance para firma, con las mismas cifras del cronograma"
        acciones={
          <TextField select size="small" label="Año del POA" value={anio} onChange={(e) => setPedido(Number(e.target.value))} sx={{ width: 140 }}>
            {anios.map((a) => (
              <MenuItem key={a} value={a}>
                {a}
              </MenuItem>
            ))}
          </TextField>
        }
      />
      <Stack spacing={2}>
        <TarjetaLibro anio={anio} />
        <TarjetaHoja tipo="mes" anio={anio} poaId={poa.id} numero={actuales.mes} onCambiarNumero={(mes) => setElegidos({ ...actuales, mes })} />
        <TarjetaHoja
          tipo="trimestre"
          anio={anio}
          poaId={poa.id}
          numero={actuales.trimestre}
          onCambiarNumero={(trimestre) => setElegidos({ ...actuales, trimestre })}
        />
      </Stack>
    </>
  );
}
