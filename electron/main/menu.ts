/** The application menu, in Spanish. Built as a plain template so it is checked without Electron. */
import type { MenuItemConstructorOptions } from 'electron';

export interface OpcionesMenu {
  /** Development adds reload and the developer tools. */
  desarrollo: boolean;
  acercaDe: () => void;
}

export function plantillaMenu(opciones: OpcionesMenu): MenuItemConstructorOptions[] {
  const ver: MenuItemConstructorOptions[] = [
    { role: 'zoomIn', label: 'Acercar' },
    { role: 'zoomOut', label: 'Alejar' },
    { role: 'resetZoom', label: 'Tamaño original' },
    { type: 'separator' },
    { role: 'togglefullscreen', label: 'Pantalla completa' },
  ];
  if (opciones.desarrollo) {
    ver.push(
      { type: 'separator' },
      { role: 'reload', label: 'Recargar' },
      { role: 'toggleDevTools', label: 'Herramientas de desarrollo' },
    );
  }
  return [
    { label: 'Archivo', submenu: [{ role: 'quit', label: 'Salir' }] },
    {
      label: 'Editar',
      submenu: [
        { role: 'undo', label: 'Deshacer' },
        { role: 'redo', label: 'Rehacer' },
        { type: 'separator' },
        { role: 'cut', label: 'Cortar' },
        { role: 'copy', label: 'Copiar' },
        { role: 'paste', label: 'Pegar' },
        { role: 'selectAll', label: 'Seleccionar todo' },
      ],
    },
    { label: 'Ver', submenu: ver },
    { label: 'Ayuda', submenu: [{ label: 'Acerca de POA Gestión Social', click: () => opciones.acercaDe() }] },
  ];
}
