/**
 * The sheet's paper layout: Carta horizontal with 10 mm margins, block layout only (tables, never flex or grid
 * across a page break), table headers repeated on every page, rows never cut, colors printed as they are.
 * The content box is 259.4 mm × 195.9 mm.
 */
export const ANCHO_CONTENIDO_MM = 259.4;

const css = (s: string) => JSON.stringify(s);

export function estilosHoja(pie: string): string {
  return `
@page {
  size: letter landscape;
  margin: 10mm;
  @bottom-left { content: ${css(pie)}; font: 7.5pt Roboto, Arial, sans-serif; color: #555; }
  @bottom-right { content: "Página " counter(page) " de " counter(pages); font: 7.5pt Roboto, Arial, sans-serif; color: #555; }
}
html, body { background: #fff; }
@media screen {
  html, body { background: #d9d9d9; }
}
.hoja-poa {
  box-sizing: border-box;
  width: ${ANCHO_CONTENIDO_MM}mm;
  margin: 0 auto;
  background: #fff;
  color: #000;
  font-family: Roboto, Arial, sans-serif;
  font-size: 9pt;
  line-height: 1.3;
  -webkit-print-color-adjust: exact;
  print-color-adjust: exact;
}
@media screen {
  .hoja-poa { margin: 0 auto 16px; padding: 10mm; width: calc(${ANCHO_CONTENIDO_MM}mm + 20mm); box-shadow: 0 1px 6px rgba(0,0,0,.3); }
}
.hoja-poa table { width: 100%; border-collapse: collapse; }
.hoja-poa h2 { font-size: 10.5pt; margin: 4mm 0 1.5mm; break-after: avoid; page-break-after: avoid; color: #7B1E3A; }
.hoja-poa h3 { font-size: 9.5pt; margin: 0 0 1.5mm; break-after: avoid; page-break-after: avoid; }

.hp-encabezado { border-bottom: 2px solid #7B1E3A; margin-bottom: 2mm; }
.hp-encabezado td { vertical-align: middle; padding: 0 0 2mm; }
.hp-logo { width: 24mm; }
.hp-logo img { max-height: 18mm; max-width: 22mm; object-fit: contain; display: block; }
.hp-municipio { font-size: 11pt; font-weight: 700; text-transform: uppercase; }
.hp-titulo { text-align: right; }
.hp-titulo strong { display: block; font-size: 12.5pt; }
.hp-objetivo { margin: 0 0 2.5mm; }

.hp-tabla thead { display: table-header-group; }
.hp-tabla tr { break-inside: avoid; page-break-inside: avoid; }
.hp-tabla th, .hp-tabla td { border: 0.75pt solid #666; padding: 1mm 1.4mm; vertical-align: middle; }
.hp-tabla th { background: #f3e7eb; font-weight: 700; text-align: center; font-size: 8.5pt; }
.hp-tabla td.num { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
.hp-tabla td.centro { text-align: center; }
.hp-tabla tr.total td { font-weight: 700; background: #f2f2f2; }
.hp-semaforo { text-align: center; font-weight: 700; white-space: nowrap; }
.hp-semaforo span { display: block; font-size: 7.5pt; font-weight: 600; }
.hp-ajuste { color: #444; }
.hp-tabla td.hp-reconducida { background: #fce4d6; }
.hp-reconducida span { display: block; font-size: 7pt; font-weight: 400; }
.hp-reconducciones { margin-top: 2.5mm; }
.hp-reconducciones p { margin: 0 0 1.2mm; }

.hp-doble { margin-top: 3mm; }
.hp-doble > tbody > tr > td { vertical-align: top; padding: 0; }
.hp-doble > tbody > tr { break-inside: avoid; page-break-inside: avoid; }
.hp-grafica { width: 122mm; padding-right: 5mm !important; }
.hp-grafica canvas { display: block; }
.hp-justificaciones p { margin: 0 0 1.2mm; }
.hp-justificaciones .sin { color: #a31515; font-style: italic; }
.hp-justificaciones .texto + .texto::before { content: " · "; }

.hp-firmas { margin-top: 4mm; break-inside: avoid; page-break-inside: avoid; }
.hp-firmas td { width: 33.3%; text-align: center; vertical-align: bottom; padding: 0 8mm; }
.hp-firmas .rol { font-weight: 700; font-size: 9.5pt; padding-bottom: 11mm; }
.hp-firmas .linea { border-top: 1pt solid #000; padding-top: 1mm; font-weight: 700; min-height: 4mm; }
.hp-firmas .cargo { font-size: 8.5pt; }

.hp-anexo { break-before: page; page-break-before: always; }
.hp-anexo .hp-tabla { font-size: 8.5pt; }
.hp-anexo .hp-tabla td { padding: 0.7mm 1.4mm; }
.hp-nota { font-size: 8pt; color: #333; margin: 0 0 2mm; }

.hp-barra { font-family: Roboto, Arial, sans-serif; width: calc(${ANCHO_CONTENIDO_MM}mm + 20mm); margin: 12px auto; }
@media print { .hp-barra { display: none; } }
`;
}
