import { Alert, Box, Button, LinearProgress, Paper, Stack, Table, TableBody, TableCell, TableHead, TableRow, TextField, Typography } from '@mui/material';
import UploadFileIcon from '@mui/icons-material/UploadFile';
import { useEffect, useMemo, useRef, useState, type ChangeEvent } from 'react';
import { CAMPOS_IMPORTACION, conPersona, ETIQUETA_TIPO_IMPORTACION, NOMBRE_REGISTROS_IMPORTACION, faltantesDelMapeo, proponerMapeo, TIPOS_IMPORTACION, type Mapeo, type TipoImportacion } from '../../../../shared/importar/campos';
import { AGREGAR, IndiceCatalogos, valoresDesconocidos, type EntradaCatalogo, type Resoluciones } from '../../../../shared/importar/catalogos';
import { ETIQUETA_ORDEN_NOMBRE, ORDENES_NOMBRE, type OrdenNombre } from '../../../../shared/importar/nombres';
import { resumenPlan, type PlanImportacion } from '../../../../shared/importar/plan';
import type { ArchivoLeido } from '../../../../shared/importar/tabla';
import { leerTexto } from '../../../../shared/importar/valores';
import { ETIQUETA_CATALOGO, type TipoCatalogo } from '../../../../shared/schemas/sistema';
import { puede, quienPuede } from '../../../../shared/seguridad/permisos';
import { EncabezadoPagina } from '../../componentes/Encabezado';
import { db } from '../../db';
import {
  catalogosParaImportar,
  confirmarImportacion,
  mapeoRecordado,
  registrarExportacionReporte,
  resumenResultado,
  simularImportacion,
  type ResultadoImportacion,
} from '../../db/repositorios/importacion';
import { sesionActual } from '../../db/sesion';
import { EXPORTACION_CANCELADA, guardarLibroExcel } from '../../hooks/guardarExcel';
import { textoDeError } from '../../db/errores';

const PERMISO_AGREGAR: Record<TipoCatalogo, 'catalogos' | 'agregar-colonias'> = {
  tipoApoyo: 'catalogos',
  dependencia: 'catalogos',
  colonia: 'agregar-colonias',
  localidad: 'agregar-colonias',
};

const mensajeDe = (e: unknown) => (textoDeError(e));
const cifra = (n: number) => n.toLocaleString('es-MX');

/**
 * «Importar desde Excel o CSV» (jefe and administrador): the file, its sheet and the kind of records; the mapping of
 * its columns (proposed from their names, or the one used last time for the same columns); the values no catalogue
 * entry matches; the dry run; and, once confirmed, the writing with its progress and the report.
 */
export function PaginaImportar() {
  const [archivo, setArchivo] = useState<ArchivoLeido | null>(null);
  const [hojaElegida, setHojaElegida] = useState(0);
  const [tipo, setTipo] = useState<TipoImportacion>('solicitud');
  const [mapeo, setMapeo] = useState<Mapeo>([]);
  const [ordenNombre, setOrdenNombre] = useState<OrdenNombre>('nombres-primero');
  const [resoluciones, setResoluciones] = useState<Resoluciones>({});
  const [catalogos, setCatalogos] = useState<EntradaCatalogo[]>([]);
  const [plan, setPlan] = useState<PlanImportacion | null>(null);
  const [avance, setAvance] = useState<{ que: string; hechas: number; total: number } | null>(null);
  const [resultado, setResultado] = useState<ResultadoImportacion | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [aviso, setAviso] = useState<string | null>(null);
  const hoja = archivo?.hojas[hojaElegida] ?? null;
  const rol = sesionActual(db)?.rol ?? 'capturista';

  useEffect(() => {
    void catalogosParaImportar(db).then(setCatalogos);
  }, [resultado]);

  // A new sheet or kind: the mapping remembered for these columns, or the one proposed from their names.
  useEffect(() => {
    if (!hoja) return;
    let vigente = true;
    void mapeoRecordado(db, tipo, hoja.encabezados).then((recordado) => {
      if (!vigente) return;
      setMapeo(recordado?.mapeo ?? proponerMapeo(tipo, hoja.encabezados));
      setOrdenNombre(recordado?.ordenNombre ?? 'nombres-primero');
    });
    setPlan(null);
    setResultado(null);
    return () => {
      vigente = false;
    };
  }, [hoja, tipo]);

  const indice = useMemo(() => new IndiceCatalogos(catalogos), [catalogos]);
  const desconocidos = useMemo(() => (hoja ? valoresDesconocidos(tipo, hoja, mapeo, indice) : []), [hoja, tipo, mapeo, indice]);
  const faltantes = faltantesDelMapeo(tipo, mapeo);

  async function elegirArchivo(e: ChangeEvent<HTMLInputElement>) {
    const elegido = e.target.files?.[0];
    e.target.value = '';
    if (!elegido) return;
    setError(null);
    setAviso(null);
    setPlan(null);
    setResultado(null);
    try {
      const { leerArchivo } = await import('../../../../shared/importar/archivo');
      const leido = await leerArchivo(new Uint8Array(await elegido.arrayBuffer()), elegido.name);
      setArchivo(leido);
      setHojaElegida(0);
      setResoluciones({});
    } catch (err) {
      setArchivo(null);
      setError(mensajeDe(err));
    }
  }

  function cambiarColumna(i: number, campo: string) {
    setMapeo((m) => m.map((c, j) => (j === i ? (campo === '' ? null : campo) : c === campo ? null : c)));
    setPlan(null);
  }

  function resolver(tipoCatalogo: TipoCatalogo, clave: string, decision: string) {
    setResoluciones((r) => ({ ...r, [tipoCatalogo]: { ...r[tipoCatalogo], [clave]: decision } }));
    setPlan(null);
  }

  async function simular() {
    if (!archivo || !hoja) return;
    setError(null);
    setResultado(null);
    try {
      setAvance({ que: 'Revisando filas', hechas: 0, total: hoja.filas.length });
      const nuevo = await simularImportacion(db, { archivo: archivo.nombre, hoja, tipo, mapeo, ordenNombre, resoluciones }, (hechas, total) =>
        setAvance({ que: 'Revisando filas', hechas, total }),
      );
      setPlan(nuevo);
    } catch (err) {
      setError(mensajeDe(err));
    } finally {
      setAvance(null);
    }
  }

  async function confirmar() {
    if (!archivo || !hoja || !plan) return;
    setError(null);
    try {
      setAvance({ que: 'Guardando registros', hechas: 0, total: plan.crear.length });
      const r = await confirmarImportacion(db, { archivo: archivo.nombre, hoja: hoja.nombre, tipo, plan }, (hechas, total) =>
        setAvance({ que: 'Guardando registros', hechas, total }),
      );
      setResultado(r);
    } catch (err) {
      setError(`No se importó nada: ${mensajeDe(err)}`);
    } finally {
      setAvance(null);
    }
  }

  async function guardarReporte() {
    if (!archivo || !plan || !resultado) return;
    setAviso(null);
    try {
      const { construirReporteImportacion } = await import('../../../../shared/importar/reporte');
      const bytes = await construirReporteImportacion({ archivo: archivo.nombre, plan, folios: resultado.folios, resumen: resumenResultado(tipo, resultado), generado: new Date() });
      const nombre = `Importacion-${archivo.nombre.replace(/\.[^.]+$/, '')}.xlsx`;
      const guardado = await guardarLibroExcel(nombre, bytes);
      if (!guardado) {
        setAviso(EXPORTACION_CANCELADA);
        return;
      }
      await registrarExportacionReporte(db, archivo.nombre, guardado.destino);
      setAviso(`Informe guardado: ${guardado.destino}`);
    } catch (err) {
      setError(`No se pudo guardar el informe: ${mensajeDe(err)}`);
    }
  }

  const [singular, plural] = NOMBRE_REGISTROS_IMPORTACION[tipo];

  return (
    <>
      <EncabezadoPagina
        titulo="Importar desde Excel o CSV"
        subtitulo="Solicitudes, apoyos, jornadas, talleres, mesas y convenios que la oficina ya tiene en hojas de cálculo: primero se revisan, nada se guarda hasta confirmar"
      />
      {error && (
        <Alert severity="error" sx={{ mb: 2 }}>
          {error}
        </Alert>
      )}
      <Paper sx={{ p: 2, mb: 2 }}>
        <Stack direction="row" sx={{ gap: 2, flexWrap: 'wrap', alignItems: 'center' }}>
          <Button component="label" variant="contained" startIcon={<UploadFileIcon />}>
            Elegir archivo…
            <input hidden type="file" accept=".xlsx,.csv,.xls,.txt" aria-label="Archivo de Excel o CSV" onChange={(e) => void elegirArchivo(e)} />
          </Button>
          <Typography color="text.secondary">{archivo ? `${archivo.nombre}: ${cifra(hoja?.filas.length ?? 0)} filas con datos` : 'Libro de Excel (.xlsx) o CSV separado por comas o punto y coma'}</Typography>
          {archivo && archivo.hojas.length > 1 && (
            <TextField select label="Hoja" value={hojaElegida} onChange={(e) => setHojaElegida(Number(e.target.value))} slotProps={{ select: { native: true }, inputLabel: { shrink: true } }} sx={{ minWidth: 200 }}>
              {archivo.hojas.map((h, i) => (
                <option key={h.nombre} value={i}>
                  {h.nombre}
                </option>
              ))}
            </TextField>
          )}
          <TextField select label="Tipo de registros" value={tipo} onChange={(e) => setTipo(e.target.value as TipoImportacion)} slotProps={{ select: { native: true }, inputLabel: { shrink: true } }} sx={{ minWidth: 280 }}>
            {TIPOS_IMPORTACION.map((t) => (
              <option key={t} value={t}>
                {ETIQUETA_TIPO_IMPORTACION[t]}
              </option>
            ))}
          </TextField>
        </Stack>
      </Paper>

      {hoja && (
        <Paper sx={{ p: 2, mb: 2 }}>
          <Typography variant="h6" component="h2" gutterBottom>
            Columnas del archivo
          </Typography>
          <Table size="small" aria-label="Columnas del archivo">
            <TableHead>
              <TableRow>
                <TableCell>Columna</TableCell>
                <TableCell>Ejemplo (fila 2)</TableCell>
                <TableCell>Campo de la aplicación</TableCell>
              </TableRow>
            </TableHead>
            <TableBody>
              {hoja.encabezados.map((encabezado, i) => (
                <TableRow key={i}>
                  <TableCell>{encabezado || `(columna ${i + 1} sin nombre)`}</TableCell>
                  <TableCell>{leerTexto(hoja.filas[0]?.celdas[i] ?? null)}</TableCell>
                  <TableCell>
                    <TextField
                      select
                      size="small"
                      label={`Campo para «${encabezado || `columna ${i + 1}`}»`}
                      value={mapeo[i] ?? ''}
                      onChange={(e) => cambiarColumna(i, e.target.value)}
                      slotProps={{ select: { native: true }, inputLabel: { shrink: true } }}
                      sx={{ minWidth: 240 }}
                    >
                      <option value="">(no importar)</option>
                      {CAMPOS_IMPORTACION[tipo].map((c) => (
                        <option key={c.clave} value={c.clave}>
                          {c.etiqueta}
                        </option>
                      ))}
                    </TextField>
                  </TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
          {mapeo.includes('nombreCompleto') && (
            <TextField
              select
              label="Orden del nombre completo"
              value={ordenNombre}
              onChange={(e) => setOrdenNombre(e.target.value as OrdenNombre)}
              slotProps={{ select: { native: true }, inputLabel: { shrink: true } }}
              sx={{ mt: 2, minWidth: 420 }}
            >
              {ORDENES_NOMBRE.map((o) => (
                <option key={o} value={o}>
                  {ETIQUETA_ORDEN_NOMBRE[o]}
                </option>
              ))}
            </TextField>
          )}
          {faltantes.length > 0 && (
            <Alert severity="warning" sx={{ mt: 2 }}>
              Falta indicar la columna de: {faltantes.join('; ')}.
            </Alert>
          )}
        </Paper>
      )}

      {hoja && desconocidos.length > 0 && (
        <Paper sx={{ p: 2, mb: 2 }}>
          <Typography variant="h6" component="h2" gutterBottom>
            Valores que no están en los catálogos
          </Typography>
          <Typography color="text.secondary" sx={{ mb: 1 }}>
            Elija a qué entrada corresponde cada uno o agréguelo al catálogo; las filas de un valor sin decidir no se importan.
          </Typography>
          <Stack sx={{ gap: 1.5 }}>
            {desconocidos.map((d) => {
              const puedeAgregar = puede(rol, PERMISO_AGREGAR[d.tipo]);
              return (
                <TextField
                  key={`${d.tipo}:${d.clave}`}
                  select
                  size="small"
                  label={`«${d.valor}» (${ETIQUETA_CATALOGO[d.tipo]}, ${d.filas === 1 ? '1 fila' : `${cifra(d.filas)} filas`})`}
                  value={resoluciones[d.tipo]?.[d.clave] ?? ''}
                  onChange={(e) => resolver(d.tipo, d.clave, e.target.value)}
                  slotProps={{ select: { native: true }, inputLabel: { shrink: true } }}
                  helperText={puedeAgregar ? undefined : quienPuede(PERMISO_AGREGAR[d.tipo])}
                  sx={{ maxWidth: 520 }}
                >
                  <option value="">(sin decidir: no importar esas filas)</option>
                  <option value={AGREGAR} disabled={!puedeAgregar}>
                    Agregar «{d.valor}» al catálogo
                  </option>
                  {catalogos
                    .filter((c) => c.tipo === d.tipo)
                    .sort((a, b) => a.nombre.localeCompare(b.nombre, 'es-MX'))
                    .map((c) => (
                      <option key={c.id} value={c.id}>
                        {c.nombre}
                      </option>
                    ))}
                </TextField>
              );
            })}
          </Stack>
        </Paper>
      )}

      {hoja && (
        <Stack direction="row" sx={{ gap: 2, mb: 2 }}>
          <Button variant="outlined" disabled={faltantes.length > 0 || avance !== null} onClick={() => void simular()}>
            Revisar antes de importar
          </Button>
          {plan && !resultado && (
            <Button variant="contained" disabled={plan.crear.length === 0 || avance !== null} onClick={() => void confirmar()}>
              Confirmar importación de {cifra(plan.crear.length)} {plan.crear.length === 1 ? singular : plural}
            </Button>
          )}
        </Stack>
      )}

      {avance && (
        <Box sx={{ mb: 2 }}>
          <Typography id="avance-importacion">
            {avance.que}: {cifra(avance.hechas)} de {cifra(avance.total)}
          </Typography>
          <LinearProgress variant="determinate" aria-labelledby="avance-importacion" value={avance.total === 0 ? 100 : (avance.hechas / avance.total) * 100} />
        </Box>
      )}

      {resultado && (
        <Alert
          severity="success"
          sx={{ mb: 2 }}
          action={
            <Button color="inherit" onClick={() => void guardarReporte()}>
              Guardar informe (Excel)
            </Button>
          }
        >
          Importación terminada: {resumenResultado(tipo, resultado)}.
        </Alert>
      )}
      {aviso && (
        <Alert severity="info" sx={{ mb: 2 }}>
          {aviso}
        </Alert>
      )}

      {plan && <ResultadoSimulacion plan={plan} singular={singular} plural={plural} conPersonas={conPersona(tipo)} />}
    </>
  );
}

function ResultadoSimulacion({ plan, singular, plural, conPersonas }: { plan: PlanImportacion; singular: string; plural: string; conPersonas: boolean }) {
  const seccion = useRef<HTMLElement>(null);
  // The result appears below the mapping: it is brought into view, with the confirm button just above it.
  useEffect(() => {
    seccion.current?.scrollIntoView?.({ block: 'center' });
  }, [plan]);
  return (
    <Paper sx={{ p: 2 }} component="section" aria-label="Resultado de la revisión" ref={seccion}>
      <Typography variant="h6" component="h2" gutterBottom>
        Resultado de la revisión
      </Typography>
      <Typography sx={{ mb: 2 }}>{resumenPlan(plan, singular, plural, conPersonas)}.</Typography>
      {plan.rechazadas.length > 0 && (
        <TablaFilas
          titulo="Filas que no se pueden importar"
          columnas={['Fila', 'Motivo']}
          filas={plan.rechazadas.map((r) => [r.fila, r.motivo])}
        />
      )}
      {plan.reutilizadas.length > 0 && (
        <TablaFilas
          titulo="Personas reutilizadas"
          encabezado="Personas que ya existen y se reutilizan"
          columnas={['Fila', 'Persona', 'Por qué']}
          filas={plan.reutilizadas.map((r) => [r.fila, r.nombre, r.motivo])}
        />
      )}
      {plan.rechazadas.length > 500 || plan.reutilizadas.length > 500 ? (
        <Typography color="text.secondary" sx={{ mt: 1 }}>
          Se muestran las primeras 500 de cada lista; el informe en Excel las tiene todas.
        </Typography>
      ) : null}
    </Paper>
  );
}

/** One list of the dry run, its first 500 rows (the report in Excel has them all). */
function TablaFilas({ titulo, encabezado = titulo, columnas, filas }: { titulo: string; encabezado?: string; columnas: string[]; filas: (string | number)[][] }) {
  return (
    <>
      <Typography variant="subtitle1" component="h3">
        {encabezado}
      </Typography>
      <Table size="small" aria-label={titulo} sx={{ mb: 2 }}>
        <TableHead>
          <TableRow>
            {columnas.map((c) => (
              <TableCell key={c}>{c}</TableCell>
            ))}
          </TableRow>
        </TableHead>
        <TableBody>
          {filas.slice(0, 500).map((f) => (
            <TableRow key={f[0]}>
              {f.map((v, i) => (
                <TableCell key={i}>{v}</TableCell>
              ))}
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </>
  );
}
