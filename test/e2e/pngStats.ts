import type { Page } from '@playwright/test';

export interface PngStats {
  width: number;
  height: number;
  /** Distinct colours (4 bits a channel) on a 40 px grid over the whole image. */
  colours: number;
  /** The same in the middle fifth of the image, where the map shows and no panel is drawn over it. */
  centreColours: number;
}

/**
 * Decodes a PNG in the page (no image library needed) and says whether it
 * holds a picture: a blank or failed map leaves the centre one flat colour.
 */
export async function pngStats(page: Page, png: Buffer): Promise<PngStats> {
  return page.evaluate(async (b64) => {
    const img = new Image();
    img.src = `data:image/png;base64,${b64}`;
    await img.decode();
    const c = document.createElement('canvas');
    c.width = img.naturalWidth;
    c.height = img.naturalHeight;
    const ctx = c.getContext('2d');
    if (!ctx) throw new Error('no 2D canvas');
    ctx.drawImage(img, 0, 0);
    const count = (x0: number, y0: number, w: number, h: number, step: number) => {
      const d = ctx.getImageData(x0, y0, w, h).data;
      const seen = new Set<number>();
      for (let y = 0; y < h; y += step) {
        for (let x = 0; x < w; x += step) {
          const i = (y * w + x) * 4;
          seen.add(((d[i]! >> 4) << 8) | ((d[i + 1]! >> 4) << 4) | (d[i + 2]! >> 4));
        }
      }
      return seen.size;
    };
    const w = c.width;
    const h = c.height;
    return {
      width: w,
      height: h,
      colours: count(0, 0, w, h, 40),
      centreColours: count(Math.round(w * 0.4), Math.round(h * 0.4), Math.round(w / 5), Math.round(h / 5), 4),
    };
  }, png.toString('base64'));
}
