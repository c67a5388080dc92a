/**
 * Reads a content file's frontmatter with line numbers, so build errors can
 * point an editor at the exact line (Astro's own schema errors say ":0:0").
 */
import { isMap, isNode, isScalar, isSeq, LineCounter, parseDocument, type Node } from 'yaml';

export interface ParsedFile {
  /** Frontmatter (or the whole YAML file) as plain data; empty when it does not parse. */
  data: Record<string, unknown>;
  /** 1-based line of a field, or of item `index` of a list field; the frontmatter's first line if unknown. */
  lineOf: (field: string, index?: number) => number;
  /** 1-based line of a nested value, e.g. ['steps', 2, 'articles', 0]; the line of its closest existing parent otherwise. */
  lineAt: (path: readonly (string | number)[]) => number;
  /** YAML syntax errors, with their lines. */
  syntaxErrors: { line: number; message: string }[];
  /** The Markdown/MDX body and the file line it starts on. */
  body: string;
  bodyStartLine: number;
}

const FENCE = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?/;

/** Parses an .md/.mdx file (frontmatter between --- fences) or, with `isYaml`, a whole YAML data file. */
export function parseContentFile(source: string, isYaml = false): ParsedFile {
  const match = isYaml ? null : FENCE.exec(source);
  const yamlText = isYaml ? source : (match?.[1] ?? '');
  const offset = isYaml ? 0 : match ? 1 : 0; // the opening --- is line 1
  const lineCounter = new LineCounter();
  const doc = parseDocument(yamlText, { lineCounter, prettyErrors: false });
  const lineAt = (pos: number | undefined) => (pos === undefined ? 1 : lineCounter.linePos(pos).line + offset);
  const contents: Node | null = doc.contents;

  const lineOf = (field: string, index?: number): number => {
    if (!isMap(contents)) return 1 + offset;
    const pair = contents.items.find((p) => isScalar(p.key) && p.key.value === field);
    if (!pair) return 1 + offset;
    if (index !== undefined && isSeq(pair.value)) {
      const item = pair.value.items[index];
      if (isNode(item) && item.range) return lineAt(item.range[0]);
    }
    return isScalar(pair.key) && pair.key.range ? lineAt(pair.key.range[0]) : 1 + offset;
  };

  const lineAtPath = (path: readonly (string | number)[]): number => {
    let node: unknown = contents;
    let line = 1 + offset;
    for (const segment of path) {
      if (typeof segment === 'string' && isMap(node)) {
        const pair = node.items.find((p) => isScalar(p.key) && p.key.value === segment);
        if (!pair) break;
        if (isScalar(pair.key) && pair.key.range) line = lineAt(pair.key.range[0]);
        node = pair.value;
      } else if (typeof segment === 'number' && isSeq(node)) {
        const item = node.items[segment];
        if (!isNode(item)) break;
        if (item.range) line = lineAt(item.range[0]);
        node = item;
      } else break;
    }
    return line;
  };

  const syntaxErrors = doc.errors.map((e) => ({ line: lineAt(e.pos[0]), message: e.message.split('\n')[0] ?? e.message }));
  const raw: unknown = syntaxErrors.length ? {} : doc.toJS();
  const data = raw && typeof raw === 'object' && !Array.isArray(raw) ? (raw as Record<string, unknown>) : {};
  const body = match ? source.slice(match[0].length) : isYaml ? '' : source;
  const bodyStartLine = match ? match[0].split('\n').length : 1;
  return { data, lineOf, lineAt: lineAtPath, syntaxErrors, body, bodyStartLine };
}
