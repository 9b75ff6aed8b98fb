// The set-up check must fail where Chromium has no Chinese font: a Chromium that sees
// only the DejaVu fonts (through its own fontconfig file) draws boxes, and is refused.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { CHROMIUM_OPTIONS } from '../../scripts/lib/static-site.ts';
import { assertChineseGlyphs } from './cjk-glyphs.ts';
import { useSite } from './harness.ts';

const site = useSite();

describe('the browser set-up check for Chinese glyphs', () => {
  it('passes on the shared Chromium, which global-setup already checked', async () => {
    await expect(assertChineseGlyphs(site.browser)).resolves.toBeUndefined();
  });

  it('fails, naming the font package, when Chromium has no font for Chinese', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'no-cjk-'));
    const config = join(dir, 'fonts.conf');
    writeFileSync(
      config,
      `<?xml version="1.0"?><!DOCTYPE fontconfig SYSTEM "fonts.dtd"><fontconfig><dir>/usr/share/fonts/truetype/dejavu</dir><cachedir>${dir}/cache</cachedir></fontconfig>`,
    );
    const browser = await chromium.launch({
      ...CHROMIUM_OPTIONS,
      env: { ...process.env, FONTCONFIG_FILE: config },
    });
    try {
      await expect(assertChineseGlyphs(browser)).rejects.toThrow(
        /no font for Chinese.*fonts-noto-cjk/,
      );
    } finally {
      await browser.close();
    }
  });
});
