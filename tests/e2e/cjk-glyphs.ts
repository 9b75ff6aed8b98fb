// Without a font for Chinese, Chromium draws every character as the same empty box, and
// a layout, wrap or print check would pass on boxes. Two different characters drawn
// alike means boxes: the browser set-up refuses to go on.
import type { Browser } from 'playwright-core';

/** Characters of the site's copy that share no strokes, drawn in both generic families. */
const SAMPLES = ['镇', '江'];

/** Throws, naming the fix, when this Chromium draws Chinese characters as boxes. */
export async function assertChineseGlyphs(browser: Browser): Promise<void> {
  const page = await browser.newPage();
  try {
    const boxes = await page.evaluate((samples) => {
      const draw = (family: string, ch: string) => {
        const canvas = document.createElement('canvas');
        canvas.width = canvas.height = 64;
        const ctx = canvas.getContext('2d')!;
        ctx.font = `48px ${family}`;
        ctx.fillText(ch, 8, 52);
        return canvas.toDataURL();
      };
      return ['sans-serif', 'serif'].filter((family) => {
        const [a, b] = samples.map((ch) => draw(family, ch));
        return a === b;
      });
    }, SAMPLES);
    if (boxes.length > 0)
      throw new Error(
        `Chromium has no font for Chinese (${boxes.join(', ')} draws ${SAMPLES.join(' and ')} as the same box): ` +
          'install one (sudo apt-get install -y fonts-noto-cjk) before running the browser tests.',
      );
  } finally {
    await page.close();
  }
}
