export const FONT = '"Noto Sans", system-ui, sans-serif';

/** Waits until the canvas can draw these texts in Noto Sans (every subset they need, Vietnamese included). */
export async function loadFonts(texts: readonly string[]): Promise<void> {
  const sample = [...new Set(texts.join(' '))].join('');
  if (!document.fonts) return;
  await Promise.all(['400 20px "Noto Sans"', '700 20px "Noto Sans"', 'italic 400 20px "Noto Sans"'].map((f) => document.fonts.load(f, sample).catch(() => [])));
}
