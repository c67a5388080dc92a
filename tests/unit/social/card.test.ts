import { describe, expect, it } from 'vitest';
import { cardBody, cardFrame, cardTree, titleFontSize } from '../../../src/lib/social/card.ts';
import { OG_SIZE, type CardNode } from '../../../src/lib/social/sizes.ts';

const content = { title: 'What is a REST API?', label: 'Article', siteName: 'VTechLabs', footer: 'www.vtechlabs.example' };
const texts = (node: CardNode | string): string[] => (typeof node === 'string' ? [node] : [node.props.children ?? []].flat().flatMap((c) => texts(c)));

describe('cardTree', () => {
  it('draws the title, label, site name and footer at the requested size', () => {
    const tree = cardTree(content, OG_SIZE);
    expect(tree.props.style).toMatchObject({ width: 1200, height: 630 });
    expect(texts(tree)).toEqual(expect.arrayContaining(['What is a REST API?', 'Article', 'VTechLabs', 'www.vtechlabs.example']));
  });

  it('splits into a frame shared by every article and a body with what differs', () => {
    expect(texts(cardFrame(content, OG_SIZE))).toEqual(expect.arrayContaining(['VTechLabs', 'www.vtechlabs.example']));
    expect(texts(cardFrame(content, OG_SIZE))).not.toContain('What is a REST API?');
    expect(JSON.stringify(cardFrame({ ...content, title: 'Other', label: 'Course' }, OG_SIZE))).toBe(JSON.stringify(cardFrame(content, OG_SIZE)));
    expect(texts(cardBody(content, OG_SIZE))).toEqual(['Article', 'What is a REST API?']);
  });

  it('steps the title size down for long titles', () => {
    const short = titleFontSize('SQL basics', OG_SIZE);
    const long = titleFontSize('x'.repeat(95), OG_SIZE);
    expect(long).toBeLessThan(short);
  });
});
