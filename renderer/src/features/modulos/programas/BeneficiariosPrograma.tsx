import { Button, Paper, Stack, Table, TableBody, TableCell, TableFooter, TableHead, TableRow, Typography } from '@mui/material';
import AddIcon from '@mui/icons-material/Add';
import { useLiveQuery } from 'dexie-react-hooks';
import { Link as RouterLink } from 'react-router-dom';
import { formatearFecha, formatearMoneda, formatearNumero } from '../../../../../shared/domain/formato';
import { EnlaceRegistro } from '../../../componentes/lista/Enlaces';
import { db } from '../../../db';
import { beneficiariosDelPrograma, type FilaApoyo } from '../../../db/repositorios/apoyos';
import { EtiquetaApoyo } from '../comun/Etiquetas';

const personas = (n: number) => (n === 1 ? '1 beneficiario' : `${formatearNumero(n)} beneficiarios`);

/** Registered, delivered and the amount delivered: what the section's title line says. */
function resumenBeneficiarios(filas: readonly FilaApoyo[]): string {
  const entregados = filas.filter((f) => f.estatus === 'entregado');
  const monto = entregados.reduce((s, f) => s + f.valorEstimado, 0);
  return `${personas(filas.length)} registrados por nombre · ${formatearNumero(entregados.length)} ${entregados.length === 1 ? 'entregado' : 'entregados'} · Monto entregado: ${formatearMoneda(monto)}`;
}

/**
 * «Beneficiarios del programa»: the apoyos that name this programa (each one a person and what they received), the
 * most recent first, with their count and the amount delivered. «Agregar beneficiario» opens the apoyo capture with
 * the programa already chosen; each beneficiary enters the padrón when their apoyo is delivered.
 */
export function BeneficiariosPrograma({ programaId, eliminado }: { programaId: string; eliminado: boolean }) {
  const filas = useLiveQuery(() => beneficiariosDelPrograma(db, programaId), [programaId]);
  const total = (filas ?? []).reduce((s, f) => s + f.valorEstimado, 0);
  return (
    <Paper sx={{ p: 2 }} component="section" aria-label="Beneficiarios del programa">
      <Stack direction="row" spacing={2} sx={{ justifyContent: 'space-between', alignItems: 'center', mb: 1 }}>
        <div>
          <Typography variant="subtitle1" component="h2" sx={{ fontWeight: 600 }}>
            Beneficiarios del programa
          </Typography>
          {filas && (
            <Typography variant="body2" color="text.secondary">
              {resumenBeneficiarios(filas)}
            </Typography>
          )}
        </div>
        {!eliminado && (
          <Button component={RouterLink} to={`/apoyos/nuevo?programa=${programaId}`} startIcon={<AddIcon />} variant="outlined" sx={{ flexShrink: 0 }}>
            Agregar beneficiario
          </Button>
        )}
      </Stack>
      {filas === undefined ? null : filas.length === 0 ? (
        <Typography variant="body2" color="text.secondary">
          Aún no hay beneficiarios registrados por nombre. Cada uno es un apoyo que nombra este programa y entra al padrón al entregarse.
        </Typography>
      ) : (
        <Table size="small" aria-label="Beneficiarios del programa">
          <TableHead>
            <TableRow>
              <TableCell>Beneficiario</TableCell>
              <TableCell>Tipo de apoyo</TableCell>
              <TableCell align="right">Cantidad</TableCell>
              <TableCell align="right">Valor estimado</TableCell>
              <TableCell>Estatus</TableCell>
              <TableCell>Entrega</TableCell>
            </TableRow>
          </TableHead>
          <TableBody>
            {filas.map((f) => (
              <TableRow key={f.id} hover>
                <TableCell>
                  <EnlaceRegistro a={`/apoyos/${f.id}`}>{f.beneficiario}</EnlaceRegistro>
                </TableCell>
                <TableCell>{f.tipoApoyo}</TableCell>
                <TableCell align="right" sx={{ whiteSpace: 'nowrap' }}>
                  {formatearNumero(f.cantidad, 2)} {f.unidad}
                </TableCell>
                <TableCell align="right" sx={{ whiteSpace: 'nowrap' }}>
                  {formatearMoneda(f.valorEstimado)}
                </TableCell>
                <TableCell>
                  <EtiquetaApoyo estatus={f.estatus} />
                </TableCell>
                <TableCell sx={{ whiteSpace: 'nowrap' }}>{formatearFecha(f.fechaEntrega) || '—'}</TableCell>
              </TableRow>
            ))}
          </TableBody>
          <TableFooter>
            <TableRow>
              <TableCell colSpan={3} sx={{ fontWeight: 600, color: 'text.primary' }}>
                Total ({personas(filas.length)})
              </TableCell>
              <TableCell align="right" sx={{ fontWeight: 600, color: 'text.primary', whiteSpace: 'nowrap' }}>
                {formatearMoneda(total)}
              </TableCell>
              <TableCell colSpan={2} />
            </TableRow>
          </TableFooter>
        </Table>
      )}
    </Paper>
  );
}
