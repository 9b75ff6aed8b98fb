/** The site's name, used in titles, citations and feeds. */
export const SITE_NAME = '镇江科创强市行动方案解读';

/** Main navigation: label and path, in reading order. */
export const NAV = [
  { label: '产业方向', href: '/industries/' },
  { label: '板块与方面', href: '/aspects/' },
  { label: '举措', href: '/measures/' },
  { label: '四项工程', href: '/programmes/' },
  { label: '目标', href: '/targets/' },
  { label: '讲话', href: '/statements/' },
  { label: '术语', href: '/glossary/' },
  { label: '来源与方法', href: '/sources/' },
  { label: '开放数据', href: '/data/' },
  { label: '编辑指南', href: '/guide/' },
] as const;

/** Licence of the open data and of the site's own text. Quoted source text stays its authors'. */
export const LICENCE =
  '本站撰写的文字与整理的数据采用 CC BY 4.0 许可；引用的原文版权归原作者和原媒体所有。';
