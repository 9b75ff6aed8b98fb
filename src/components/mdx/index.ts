// The components editors may use in MDX bodies (./README.md); their props are the zod
// schemas of src/schemas/mdx-components.ts, which the content lint checks too.
import Quote from './Quote.astro';
import Note from './Note.astro';
import Fact from './Fact.astro';
import Callout from './Callout.astro';
import Figure from './Figure.astro';
import Ref from './Ref.astro';

export const mdxComponents = { Quote, Note, Fact, Callout, Figure, Ref };
