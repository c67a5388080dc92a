/** The one XML escape, for text and attribute values the site writes into XML by hand (the feed's custom data, OpenSearch). */
const ENTITY: Record<string, string> = { '<': '&lt;', '>': '&gt;', '&': '&amp;', "'": '&apos;', '"': '&quot;' };

export function escapeXml(text: string): string {
  return text.replace(/[<>&'"]/g, (c) => ENTITY[c] ?? c);
}
