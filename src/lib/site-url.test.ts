import { describe, expect, it } from 'vitest';
import { PLACEHOLDER_SITE, normaliseBase, releaseAddressProblem, withBase } from './site-url.ts';

describe('normaliseBase', () => {
  it('gives every spelling of a sub-path one leading and one trailing slash', () => {
    for (const raw of ['zt/876', '/zt/876', 'zt/876/', '//zt/876//', ' /zt/876/ '])
      expect(normaliseBase(raw)).toBe('/zt/876/');
  });
  it('treats unset, empty and "/" as the root', () => {
    for (const raw of [undefined, '', '/', '///']) expect(normaliseBase(raw)).toBe('/');
  });
});

describe('withBase', () => {
  it('puts a site path under the base path, keeping query and fragment', () => {
    expect(withBase('/industries/e1/', '/zt/876/')).toBe('/zt/876/industries/e1/');
    expect(withBase('/industries/#tier-e', 'zt/876')).toBe('/zt/876/industries/#tier-e');
    expect(withBase('/', '/zt/876/')).toBe('/zt/876/');
    expect(withBase('/search/?q=镇江', '/a/')).toBe('/a/search/?q=镇江');
  });
  it('leaves paths as they are at the root', () => {
    expect(withBase('/industries/e1/', '/')).toBe('/industries/e1/');
    expect(withBase('/', '/')).toBe('/');
  });
  it('defaults to the base the code was built for (the root under Vitest)', () => {
    expect(withBase('/data/plan.json')).toBe('/data/plan.json');
  });
});

describe('releaseAddressProblem', () => {
  it('accepts a real http(s) origin, with or without a base path', () => {
    expect(releaseAddressProblem('https://news.example.cn', '/zt/876/')).toBeUndefined();
    expect(releaseAddressProblem('https://news.example.cn/', undefined)).toBeUndefined();
    expect(releaseAddressProblem('http://192.168.1.20:8080', 'zt/876')).toBeUndefined();
  });

  it('refuses a missing address or the placeholder, in both languages, naming both settings', () => {
    for (const site of [undefined, '', PLACEHOLDER_SITE, `${PLACEHOLDER_SITE}/`]) {
      const problem = releaseAddressProblem(site, '/');
      expect(problem).toMatch(/真实地址/);
      expect(problem).toMatch(/real address/);
      expect(problem).toMatch(/SITE_URL=https:\/\/\S+ BASE_PATH=\/\S+/);
    }
  });

  it('refuses anything but an absolute http(s) origin, and says to put a path in BASE_PATH', () => {
    for (const site of [
      'news.example.cn',
      'ftp://news.example.cn',
      '/zt/876/',
      'https://news.example.cn/zt/876/',
      'https://news.example.cn/?a=1',
    ]) {
      const problem = releaseAddressProblem(site, undefined);
      expect(problem, site).toContain(`"${site}"`);
      expect(problem, site).toContain('BASE_PATH');
    }
  });

  it('refuses a base path that is not plain path segments', () => {
    for (const base of ['/zt/../876/', '/zt 876/', '/zt/876/?x', 'https://x.cn/zt/'])
      expect(releaseAddressProblem('https://news.example.cn', base), base).toMatch(
        /BASE_PATH must be path segments/,
      );
  });
});
