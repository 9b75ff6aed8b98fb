import { describe, expect, it } from 'vitest';
import { incomingLinks, outgoingIds } from './links.ts';

const ref = (collection: string, id: string) => ({ collection, id });

describe('links', () => {
  const entries = [
    {
      id: 'E1',
      data: {
        aspects: [ref('aspects', 'A1')],
        programmes: [ref('programmes', 'P1')],
        sources: [{ source: ref('sources', 'src-a'), facts: [] }],
      },
    },
    {
      id: 'P1',
      data: {
        aspects: [ref('aspects', 'A1')],
        sources: [{ source: ref('sources', 'src-a'), facts: [] }],
      },
    },
    {
      id: 'GL01',
      data: { related: ['E1', 'A1'], sources: [{ source: ref('sources', 'src-b'), facts: [] }] },
    },
  ];
  it('lists references and related IDs but not sources or the entry itself', () => {
    expect(outgoingIds('E1', entries[0].data)).toEqual(['A1', 'P1']);
    expect(outgoingIds('GL01', entries[2].data)).toEqual(['E1', 'A1']);
    expect(outgoingIds('A1', { related: ['A1'] })).toEqual([]);
  });
  it('builds backlinks in plan order', () => {
    const back = incomingLinks(entries).backlinks;
    expect(back.get('A1')).toEqual(['E1', 'P1', 'GL01']);
    expect(back.get('E1')).toEqual(['GL01']);
    expect(back.get('src-a')).toBeUndefined();
    expect(incomingLinks([{ id: 'A1', data: { related: ['A1'] } }]).backlinks.size).toBe(0);
  });
  it('lists which entries cite each source', () => {
    const cited = incomingLinks(entries).citedBy;
    expect(cited.get('src-a')).toEqual(['E1', 'P1']);
    expect(cited.get('src-b')).toEqual(['GL01']);
    expect(cited.get('A1')).toBeUndefined();
  });
});
