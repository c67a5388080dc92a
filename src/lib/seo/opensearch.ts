/**
 * The OpenSearch description (https://github.com/dewitt/opensearch) that lets
 * browsers add the site's search: typing in the address bar lands on
 * /search/?q=…. Built from site settings so origin and base path stay right.
 */
import { escapeXml } from './xml.ts';

export interface OpenSearchInput {
  /** Up to 16 characters, the name browsers show. */
  shortName: string;
  description: string;
  language: string;
  /** Absolute URL of /search/, with the base path. */
  searchUrl: string;
  /** Absolute URL of this description itself. */
  selfUrl: string;
  /** Absolute URL of the site icon. */
  iconUrl: string;
  iconType: string;
}

export const OPENSEARCH_TYPE = 'application/opensearchdescription+xml';

export function openSearchXml(input: OpenSearchInput): string {
  if (input.shortName.length > 16) throw new RangeError(`OpenSearch ShortName "${input.shortName}" is longer than 16 characters`);
  const template = `${input.searchUrl}?q={searchTerms}`;
  return `<?xml version="1.0" encoding="UTF-8"?>
<OpenSearchDescription xmlns="http://a9.com/-/spec/opensearch/1.1/">
  <ShortName>${escapeXml(input.shortName)}</ShortName>
  <Description>${escapeXml(input.description)}</Description>
  <InputEncoding>UTF-8</InputEncoding>
  <Language>${escapeXml(input.language)}</Language>
  <Image type="${escapeXml(input.iconType)}">${escapeXml(input.iconUrl)}</Image>
  <Url type="text/html" method="get" template="${escapeXml(template)}"/>
  <Url type="${OPENSEARCH_TYPE}" rel="self" template="${escapeXml(input.selfUrl)}"/>
</OpenSearchDescription>
`;
}
