import { Alert, Paper, Stack, Typography } from '@mui/material';
import { useEffect, useState } from 'react';
import { textoValor } from '../../../../shared/domain/cambiosBitacora';
import { formatearFechaHora } from '../../../../shared/domain/formato';
import { db } from '../../db';
import { textoDeError, ErrorValidacion } from '../../db/errores';
import { listarConflictos, resolverConflicto, type ConflictoParaElegir, type EleccionConflicto } from '../../db/repositorios/conflictos';
import { BotonConPermiso } from '../../componentes/ConPermiso';
import { Tabla } from '../../componentes/Tabla';

function mensajeDe(e: unknown): string {
  if (e instanceof ErrorValidacion) return Object.values(e.errores)[0] ?? e.message;
  return textoDeError(e);
}

const valor = (v: unknown, campo: string) => (v === undefined || v === null || v === '' ? '—' : campo === 'updatedAt' ? formatearFechaHora(String(v)) : textoValor(v, campo));

/** «Conflictos»: each record changed at this PC and at another, both versions field by field, and the jefe's choice. */
export function ConfiguracionConflictos({ version }: { version: number }) {
  const [conflictos, setConflictos] = useState<ConflictoParaElegir[]>([]);
  const [aviso, setAviso] = useState<{ tipo: 'success' | 'error'; texto: string } | null>(null);
  const [recargas, setRecargas] = useState(0);

  useEffect(() => {
    listarConflictos(db).then(setConflictos, (e: unknown) => setAviso({ tipo: 'error', texto: mensajeDe(e) }));
  }, [version, recargas]);

  async function elegir(c: ConflictoParaElegir, eleccion: EleccionConflicto) {
    try {
      await resolverConflicto(db, c.id, eleccion);
      setAviso({ tipo: 'success', texto: `Conflicto resuelto: se quedó la versión ${eleccion === 'local' ? 'de esta PC' : `de la estación ${c.estacion}`}.` });
    } catch (e) {
      setAviso({ tipo: 'error', texto: `No se resolvió el conflicto: ${mensajeDe(e)}` });
    }
    setRecargas((n) => n + 1);
  }

  return (
    <Paper sx={{ p: 2 }} component="section" aria-labelledby="titulo-conflictos">
      <Typography variant="h6" component="h2" id="titulo-conflictos" gutterBottom>
        Conflictos
      </Typography>
      {aviso && (
        <Alert severity={aviso.tipo} sx={{ mb: 2 }} onClose={() => setAviso(null)}>
          {aviso.texto}
        </Alert>
      )}
      {conflictos.length === 0 && <Typography variant="body2">No hay conflictos entre PCs por resolver.</Typography>}
      <Stack spacing={3}>
        {conflictos.map((c) => (
          <section key={c.id} aria-label={`Conflicto en ${c.etiquetaTabla}`}>
            <Typography variant="subtitle1" component="h3">
              {c.etiquetaTabla}: {String(c.local?.folio ?? c.entrante.folio ?? c.registroId)} — cambiado aquí y en la estación {c.estacion}
            </Typography>
            <Tabla
              filas={c.campos.filter((x) => x.distinto)}
              clave={(x) => x.campo}
              etiqueta={`Versiones de ${c.etiquetaTabla}`}
              columnas={[
                { titulo: 'Campo', celda: (x) => x.etiqueta },
                { titulo: 'Esta PC', celda: (x) => valor(x.local, x.campo) },
                { titulo: `Estación ${c.estacion}`, celda: (x) => valor(x.entrante, x.campo) },
              ]}
            />
            <Stack direction="row" spacing={1} sx={{ mt: 1 }}>
              <BotonConPermiso accion="resolver-conflictos" variant="outlined" onClick={() => elegir(c, 'local')}>
                Quedarse con la de esta PC
              </BotonConPermiso>
              <BotonConPermiso accion="resolver-conflictos" variant="outlined" onClick={() => elegir(c, 'entrante')}>
                Quedarse con la de la estación {c.estacion}
              </BotonConPermiso>
            </Stack>
          </section>
        ))}
      </Stack>
    </Paper>
  );
}
