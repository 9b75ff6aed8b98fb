// What the browser tests need from the machine: Debian's Chromium (Playwright cannot
// download browsers here) and a font with Chinese glyphs (without one Chromium draws empty
// boxes, and layout and wrap checks would judge boxes). Like `playwright install
// --with-deps`, it installs what is missing when it can, else stops with the command.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

/** The Chromium every browser test and bench launches (CHROMIUM_PATH overrides). */
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** What the preparation can see of the machine and do on it (stubbed in tests). */
export type Machine = typeof thisMachine;

const missingPackages = (m: Machine) => [
  ...(m.hasChromium() ? [] : ['chromium']),
  ...(m.hasCjkFont() ? [] : ['fonts-noto-cjk']),
];

/**
 * Makes sure Chromium and a CJK font are present, installing the missing packages when it
 * can and saying so in one line; returns an error line when it cannot.
 */
export function prepareTestMachine(m: Machine): string | undefined {
  const missing = missingPackages(m);
  if (missing.length === 0) return;
  const why = 'the browser tests need Chromium and a font with Chinese glyphs';
  const command = `sudo apt-get install -y ${missing.join(' ')}`;
  if (!m.canInstall())
    return `✖ ${why}; this machine lacks ${missing.join(', ')}. Run: ${command} (then npm test again).`;
  m.log(`Installing ${missing.join(' and ')} with apt-get: ${why}.`);
  const installed = m.aptGet(['update', '-qq']) && m.aptGet(['install', '-y', '-qq', ...missing]);
  if (!installed || missingPackages(m).length > 0)
    return `✖ apt-get could not install ${missing.join(', ')}. Run: ${command}`;
}

export const thisMachine = {
  hasChromium: () => existsSync(CHROMIUM_PATH),
  // macOS and Windows ship CJK fonts; elsewhere fontconfig is what Chromium asks.
  hasCjkFont: () =>
    process.platform !== 'linux' ||
    (spawnSync('fc-list', [':lang=zh', 'family'], { encoding: 'utf8' }).stdout ?? '').trim() !== '',
  // Root with apt-get: packages can be installed without asking anyone.
  canInstall: () =>
    process.platform === 'linux' &&
    process.getuid?.() === 0 &&
    spawnSync('apt-get', ['--version'], { stdio: 'ignore' }).status === 0,
  aptGet: (args: string[]) =>
    spawnSync('apt-get', args, {
      stdio: ['ignore', 'ignore', 'inherit'],
      env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
    }).status === 0,
  log: (line: string) => console.log(line),
};
