// The props of the components editors use in MDX bodies (src/components/mdx/), defined once:
// each component validates its props with these schemas at build time, and the content lint
// checks every <Component …> in content/ against the same schemas, with file and line.
import { z } from 'astro/zod';
import { dateStatus, factId, partialDate } from './shared.ts';
import { describePage } from '../lib/content-errors.ts';

const text = (help: string) => z.string().optional().describe(help);
const sourceId = z
  .string({ message: '必须注明来源：source="src-…"（content/sources 中的编号）' })
  .min(1, { message: '必须注明来源：source="src-…"（content/sources 中的编号）' })
  .describe('来源编号（content/sources 中的 id），如 src-explainer');
const locator = text('在来源中的位置，如“第 5 段”');
/** `date="unknown"` (or 未知) says that no source gives the date: never leave the date out. */
const UNKNOWN_DATES = ['unknown', '未知'] as const;

const Fact = z
  .strictObject({
    source: sourceId,
    date: z
      .union([partialDate, z.enum(UNKNOWN_DATES)], {
        message:
          '日期写成 YYYY、YYYY-MM 或 YYYY-MM-DD（如 2024-07）；来源确实没有日期的写 date="unknown"，并用 caveat 说明',
      })
      .describe('事实成立或报道的日期：YYYY、YYYY-MM 或 YYYY-MM-DD；不详写 unknown'),
    dateStatus: dateStatus.optional().describe('日期怎么来的：stated（默认）或 inferred（推断）'),
    fact: factId.describe('事实核查表编号，如 IND-E3-1').optional(),
    old: z.boolean().optional().describe('旧数据（早于方案），以背景身份显示并带年份'),
    caveat: text('读者必须知道的说明：旧数据、数字冲突、推断、日期不详的原因'),
    locator,
  })
  .refine((p) => !(p.old && UNKNOWN_DATES.some((d) => d === p.date)), {
    message: '旧数据必须注明年份（可以是推断的年份，加 dateStatus="inferred"）',
    path: ['date'],
  });

/** Every editor component's props, by component name. */
export const MDX_COMPONENTS = {
  Quote: z.strictObject({
    source: sourceId,
    locator,
    speaker: text('讲话人，来源指明时'),
  }),
  Note: z.strictObject({ heading: text('块上方的标签，默认“解读”') }),
  Fact,
  Callout: z.strictObject({
    type: z
      .enum(['info', 'warning'], { message: '可选值 allowed: info, warning' })
      .describe('info（提示，默认）或 warning（注意）')
      .optional(),
    title: text('标签；默认 info 为“提示”，warning 为“注意”'),
  }),
  Figure: z.strictObject({
    src: z
      .string({ message: '必须写 src="/images/文件名.png"' })
      .regex(/^\/(?!\/)/, {
        message: '本站不加载外站资源：把图片放进 public/images/，写 src="/images/文件名.png"',
      })
      .describe('public/ 下的图片路径，如 /images/e3-chain.png'),
    alt: z
      .string({ message: '必须写 alt，说明图片内容' })
      .trim()
      .min(1, { message: '必须写 alt，说明图片内容' })
      .describe('图片内容的文字说明，给看不到图片的读者'),
    caption: text('图片下方的说明'),
    source: sourceId.optional(),
    locator,
    width: z.union([z.number(), z.string()]).optional().describe('宽度（像素）'),
    height: z.union([z.number(), z.string()]).optional().describe('高度（像素）'),
  }),
  Ref: z.strictObject({
    id: z
      .string({ message: '必须有 id 属性，如 <Ref id="E3" />' })
      .min(1)
      .describe('条目编号（E3、GL02、M07…）或来源编号（src-explainer）'),
  }),
} as const;

export type MdxComponentName = keyof typeof MDX_COMPONENTS;

/** Whether a Fact date means "not known". */
export const isUnknownDate = (date: unknown): boolean => UNKNOWN_DATES.some((d) => d === date);

/**
 * Validates a component's props; throws a build error naming the component, the page (the
 * pathname and its content file) and each wrong attribute.
 */
export function parseProps<N extends MdxComponentName>(
  name: N,
  props: Record<string, unknown>,
  pathname: string,
): z.output<(typeof MDX_COMPONENTS)[N]> {
  const result = MDX_COMPONENTS[name].safeParse(props);
  if (result.success) return result.data as z.output<(typeof MDX_COMPONENTS)[N]>;
  const problems = result.error.issues.map(
    (i) => `  ${i.path.join('.') || '(props)'}: ${i.message}`,
  );
  throw new Error(
    `<${name}> on ${describePage(pathname)}: invalid props / 属性不对：\n${problems.join('\n')}\n` +
      `See src/components/mdx/README.md; run \`npm run lint:content\` for the file and line / 运行 npm run lint:content 可看到文件和行号。`,
  );
}
