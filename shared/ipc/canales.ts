/**
 * Channel names and the small constants both processes agree on. Kept apart from the zod schemas so the
 * sandboxed preload can import them without bundling zod.
 */
export const CANALES = {
  guardarArchivo: 'archivo:guardar',
  imprimir: 'impresion:imprimir',
  iniciarRespaldo: 'respaldos:iniciar',
  trozoRespaldo: 'respaldos:trozo',
  terminarRespaldo: 'respaldos:terminar',
  cancelarRespaldo: 'respaldos:cancelar',
  listarRespaldos: 'respaldos:listar',
  leerTrozoRespaldo: 'respaldos:leerTrozo',
  infoApp: 'app:info',
  abrirEnlaceExterno: 'enlace:abrirExterno',
  guardarEvidencia: 'evidencias:guardar',
  leerEvidencia: 'evidencias:leer',
  estadoActualizaciones: 'actualizaciones:estado',
  configurarActualizaciones: 'actualizaciones:configurar',
  buscarActualizaciones: 'actualizaciones:buscar',
} as const;

/** The bridge method that serves each channel (one method per channel). */
export type MetodoPuente = keyof typeof CANALES;

export type Canal = (typeof CANALES)[MetodoPuente];

/** Routes that may be printed start with this prefix; the hash router serves them. */
export const PREFIJO_RUTA_IMPRESION = '/imprimir/';

/**
 * A print route tells that it finished rendering (data loaded, charts drawn without animation) by setting
 * `document.body.dataset.listoParaImprimir = 'true'`. Both bridges wait for it before printing.
 */
export const ATRIBUTO_LISTO_PARA_IMPRIMIR = 'listoParaImprimir';

/** Link schemes that may leave the app for the operating system's browser or mail client. */
export const PROTOCOLOS_EXTERNOS: readonly string[] = ['https:', 'http:', 'mailto:'];

/**
 * The only hosts (exact names; for mailto, the address's domain) whose links may leave the app. The app links to no
 * site today, so none is listed and nothing ever reaches the operating system's browser; a link the app adds must
 * add its host here.
 */
export const HOSTS_EXTERNOS: readonly string[] = [];
