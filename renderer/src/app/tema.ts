import { createTheme } from '@mui/material/styles';
import { esES } from '@mui/material/locale';
import { esES as esESGrid } from '@mui/x-data-grid/locales';
import { esES as esESFechas } from '@mui/x-date-pickers/locales';
import { filasMostradas } from '../componentes/lista/filtros';

export const tema = createTheme(
  {
    palette: {
      primary: { main: '#7B1E3A' },
      secondary: { main: '#1F5F7A' },
      background: { default: '#f5f5f7' },
      success: { main: '#2e7d32' },
      warning: { main: '#ed6c02' },
      error: { main: '#c62828' },
    },
    shape: { borderRadius: 6 },
    typography: { fontFamily: 'Roboto, "Segoe UI", Arial, sans-serif' },
    components: {
      MuiTextField: { defaultProps: { size: 'small', fullWidth: true } },
      MuiFormControl: { defaultProps: { size: 'small' } },
      MuiButton: { defaultProps: { disableElevation: true } },
    },
  },
  esES,
  esESGrid,
  // A grid of its own overlay says what to do instead (TablaRegistros); these only cover one that does not.
  {
    components: {
      MuiDataGrid: {
        defaultProps: {
          localeText: { noRowsLabel: 'No hay registros que mostrar.', noResultsOverlayLabel: 'Ningún registro coincide con los filtros.', paginationDisplayedRows: filasMostradas },
        },
      },
    },
  },
  esESFechas,
);
