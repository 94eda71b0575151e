/** The tablero's palette: the municipality's guinda for what was achieved, a slate for what was programmed. */
export const COLOR_LOGRADO = '#7B1E3A';
export const COLOR_PROGRAMADO = '#9fb3c8';
export const COLOR_INDICE = '#1F5F7A';

/** One color per status, in workflow order (Recibida … Duplicada), so a status keeps its color everywhere. */
export const COLORES_ESTATUS = ['#5c6bc0', '#29b6f6', '#ffb300', '#43a047', '#8d6e63', '#9e9e9e', '#bdbdbd'];

export const COLORES_SEXO = ['#ad1457', '#1565c0', '#6a1b9a'];

export const COLOR_BARRA = '#1F5F7A';
