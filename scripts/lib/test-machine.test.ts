import { describe, expect, it } from 'vitest';
import { prepareTestMachine, type Machine } from './test-machine.ts';

/** A machine with these packages installed, whose apt-get is a stub that records its calls. */
function stubMachine(opts: { installed: string[]; root: boolean; aptWorks?: boolean }) {
  const installed = new Set(opts.installed);
  const calls: string[][] = [];
  const lines: string[] = [];
  const machine: Machine = {
    hasChromium: () => installed.has('chromium'),
    hasCjkFont: () => installed.has('fonts-noto-cjk'),
    canInstall: () => opts.root,
    aptGet(args) {
      calls.push(args);
      if (opts.aptWorks === false) return false;
      if (args[0] === 'install')
        for (const p of args.filter((a) => !a.startsWith('-')).slice(1)) installed.add(p);
      return true;
    },
    log: (line) => lines.push(line),
  };
  return { machine, calls, lines, installed };
}

describe('prepareTestMachine', () => {
  it('does nothing on a machine that has Chromium and a CJK font', () => {
    const m = stubMachine({ installed: ['chromium', 'fonts-noto-cjk'], root: true });
    expect(prepareTestMachine(m.machine)).toBeUndefined();
    expect(m.calls).toEqual([]);
    expect(m.lines).toEqual([]);
  });

  it('installs exactly the missing font as root, after updating the package lists', () => {
    const m = stubMachine({ installed: ['chromium'], root: true });
    expect(prepareTestMachine(m.machine)).toBeUndefined();
    expect(m.calls).toEqual([
      ['update', '-qq'],
      ['install', '-y', '-qq', 'fonts-noto-cjk'],
    ]);
    expect(m.lines).toHaveLength(1);
    expect(m.lines[0]).toContain('fonts-noto-cjk');
    expect(m.lines[0]).toMatch(/Chinese/);
  });

  it('installs both on a bare machine', () => {
    const m = stubMachine({ installed: [], root: true });
    expect(prepareTestMachine(m.machine)).toBeUndefined();
    expect(m.calls.at(-1)).toEqual(['install', '-y', '-qq', 'chromium', 'fonts-noto-cjk']);
    expect(m.installed).toEqual(new Set(['chromium', 'fonts-noto-cjk']));
  });

  it('stops with one line naming the exact command when it cannot install', () => {
    const m = stubMachine({ installed: ['fonts-noto-cjk'], root: false });
    const error = prepareTestMachine(m.machine);
    expect(error).toMatch(/^✖/);
    expect(error).not.toContain('\n');
    expect(error).toContain('sudo apt-get install -y chromium');
    expect(error).not.toContain('fonts-noto-cjk');
    expect(m.calls).toEqual([]);
  });

  it('reports a failed install instead of carrying on', () => {
    const m = stubMachine({ installed: [], root: true, aptWorks: false });
    expect(prepareTestMachine(m.machine)).toContain(
      'sudo apt-get install -y chromium fonts-noto-cjk',
    );
  });
});
