// Where the site is published: the origin (SITE_URL) and the sub-path (BASE_PATH).
// Every internal link goes through withBase(), so the same build works at the
// root of a host or under a newsroom's special-topic path (/zt/876/).

/** The address used when SITE_URL is not set: fine for a local preview, refused for a release. */
export const PLACEHOLDER_SITE = 'https://zhenjiang-plan.example.org';

/** A base path in the form Astro and the links use, with leading and trailing slash: 'zt/876' → '/zt/876/'. */
export function normaliseBase(raw: string | undefined): string {
  const inner = (raw ?? '').trim().replace(/^\/+|\/+$/g, '');
  return inner ? `/${inner}/` : '/';
}

// In Astro code Vite replaces import.meta.env with the build's values; in plain Node
// (astro.config.mjs, CLIs) it is undefined and site paths stay root-relative.
const BUILD_BASE = normaliseBase(import.meta.env?.BASE_URL);

/** A site path under the base path the site is built for: '/industries/e1/' → '/zt/876/industries/e1/'. */
export function withBase(path: string, base: string = BUILD_BASE): string {
  return normaliseBase(base) + path.replace(/^\/+/, '');
}

/** Why SITE_URL / BASE_PATH cannot be released, in Chinese and English; undefined when they can. */
export function releaseAddressProblem(
  siteUrl: string | undefined,
  basePath: string | undefined,
): string | undefined {
  const example =
    '例 / e.g.: SITE_URL=https://news.example.cn BASE_PATH=/zt/876/ npm run build:release';
  const url = URL.parse(siteUrl ?? '');
  if (!siteUrl || url?.origin === PLACEHOLDER_SITE)
    return `发布版本需要网站的真实地址：请设置 SITE_URL（网站的源地址）；站点放在子路径下时再设置 BASE_PATH。\nA release needs the site's real address: set SITE_URL (the origin), and BASE_PATH when the site lives under a sub-path.\n${example}`;
  if (!url || !/^https?:$/.test(url.protocol) || url.href !== `${url.origin}/`)
    return `SITE_URL 必须是以 http:// 或 https:// 开头、不带路径的源地址（子路径写进 BASE_PATH），现在是“${siteUrl}”。\nSITE_URL must be an absolute http:// or https:// origin without a path (put the sub-path in BASE_PATH); it is "${siteUrl}".\n${example}`;
  const segments = normaliseBase(basePath).split('/').filter(Boolean);
  if (segments.some((s) => !/^[\w.~-]+$/.test(s) || /^\.\.?$/.test(s)))
    return `BASE_PATH 只能由“/”分隔的路径段组成（如 /zt/876/），现在是“${basePath}”。\nBASE_PATH must be path segments separated by "/" (such as /zt/876/); it is "${basePath}".\n${example}`;
}
