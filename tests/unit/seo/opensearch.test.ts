import { XMLParser } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { openSearchXml, type OpenSearchInput } from '../../../src/lib/seo/opensearch.ts';

const input: OpenSearchInput = {
  shortName: 'VTechLabs',
  description: 'Articles & courses <Vadodara>',
  language: 'en-IN',
  searchUrl: 'https://example.test/site/search/',
  selfUrl: 'https://example.test/site/opensearch.xml',
  iconUrl: 'https://example.test/site/favicon.svg',
  iconType: 'image/svg+xml',
};

describe('openSearchXml', () => {
  const doc = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '' }).parse(openSearchXml(input));
  const description = doc.OpenSearchDescription;

  it('is well-formed XML in the OpenSearch 1.1 namespace', () => {
    expect(description.xmlns).toBe('http://a9.com/-/spec/opensearch/1.1/');
    expect(description.ShortName).toBe('VTechLabs');
    expect(description.Description).toBe('Articles & courses <Vadodara>');
  });

  it('sends searches to the search page with the terms as ?q=', () => {
    const html = description.Url.find((u: { type: string }) => u.type === 'text/html');
    expect(html.template).toBe('https://example.test/site/search/?q={searchTerms}');
    const self = description.Url.find((u: { rel?: string }) => u.rel === 'self');
    expect(self.template).toBe(input.selfUrl);
  });

  it('rejects a short name browsers would cut', () => {
    expect(() => openSearchXml({ ...input, shortName: 'A name that is far too long' })).toThrow(RangeError);
  });
});
