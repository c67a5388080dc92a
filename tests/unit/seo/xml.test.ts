import { XMLParser } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { escapeXml } from '../../../src/lib/seo/xml.ts';

const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '', processEntities: true, htmlEntities: false, parseTagValue: false });
const hostile = [`<a href="x">Tom's & co</a>`, '</dc:creator><script>alert(1)</script>', `"'<>&amp;`, 'plain text'];

describe('escapeXml', () => {
  it.each(hostile)('round-trips %j through an XML parser as text and as an attribute value', (text) => {
    const doc = parser.parse(`<root><el attr="${escapeXml(text)}">${escapeXml(text)}</el></root>`) as { root: { el: { attr: string; '#text': string } } };
    expect(doc.root.el.attr).toBe(text);
    expect(doc.root.el['#text']).toBe(text);
  });

  it('leaves no markup character unescaped', () => {
    expect(escapeXml(hostile.join(''))).not.toMatch(/[<>"']|&(?!(lt|gt|amp|apos|quot);)/);
  });
});
