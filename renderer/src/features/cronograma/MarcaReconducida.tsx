import { Box, type SxProps, type Theme } from '@mui/material';

/** The color of the mark: dark enough to be seen on every semáforo background. */
export const COLOR_RECONDUCIDA = '#1548a8';

/**
 * The corner of a cell whose programmed goal a reconducción changed, like a spreadsheet's changed-cell tag; the
 * legend shows the same triangle. Decorative: the cell's accessible name says it in words.
 */
export function MarcaReconducida({ sx }: { sx?: SxProps<Theme> }) {
  return (
    <Box
      component="span"
      aria-hidden
      sx={[
        // A right triangle in the bottom-left corner: the left border, cut by the transparent top one.
        { width: 0, height: 0, borderStyle: 'solid', borderWidth: '10px 0 0 10px', borderColor: `transparent transparent transparent ${COLOR_RECONDUCIDA}` },
        ...(Array.isArray(sx) ? sx : [sx]),
      ]}
    />
  );
}
