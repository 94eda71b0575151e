/**
 * The municipality's logo as the workbook embeds it. Settings keep it as a data URL; Excel takes PNG and JPEG
 * pictures, so any other format (SVG, GIF, a damaged value) leaves the workbook without a logo rather than broken.
 */
export function logoDeDataUrl(dataUrl: string | null | undefined): { base64: string; extension: 'png' | 'jpeg' } | undefined {
  if (!dataUrl) return undefined;
  const m = /^data:image\/(png|jpe?g);base64,([A-Za-z0-9+/=\s]+)$/i.exec(dataUrl.trim());
  if (!m) return undefined;
  const base64 = m[2].replace(/\s+/g, '');
  if (base64.length === 0) return undefined;
  return { base64, extension: m[1].toLowerCase() === 'png' ? 'png' : 'jpeg' };
}
