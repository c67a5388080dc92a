/**
 * Reads a content file's frontmatter with line numbers, so build errors can
 * point an editor at the exact line (Astro's own schema errors say ":0:0"),
 * and says why a file cannot be read at all (a ReadFault) instead of handing
 * the checks an empty frontmatter, which would blame the files linking to it.
 */
import { isMap, isNode, isScalar, isSeq, LineCounter, parseDocument, visit, type Node } from 'yaml';

export type ReadFaultKind =
  /** Bytes that are not UTF-8 (the file was saved in another encoding); the rest is still read. */
  | 'not-utf8'
  | 'empty'
  /** A Markdown file that does not start with a --- line. */
  | 'no-frontmatter'
  /** An opening --- line with no closing one. */
  | 'unclosed'
  | 'empty-frontmatter'
  /** YAML syntax (`detail` is the parser's message, `code` its error code). */
  | 'yaml'
  /** Aliases (*name) that expand beyond a sane size: an "alias bomb". */
  | 'aliases'
  /** Frontmatter that is a list or a single value instead of field: value lines. */
  | 'not-a-mapping';

export interface ReadFault {
  kind: ReadFaultKind;
  line: number;
  detail?: string;
  code?: string;
}

export interface ParsedFile {
  /** Frontmatter (or the whole YAML file) as plain data; empty when it cannot be read. */
  data: Record<string, unknown>;
  /** 1-based line of a field, or of item `index` of a list field; the frontmatter's first line if unknown. */
  lineOf: (field: string, index?: number) => number;
  /** 1-based line of a nested value, e.g. ['steps', 2, 'articles', 0]; the line of its closest existing parent otherwise. */
  lineAt: (path: readonly (string | number)[]) => number;
  /** Why the file cannot be read as it is, with lines; empty for a readable file. */
  faults: ReadFault[];
  /** False when `data` could not be read: the file's fields are unknown, not empty. */
  readable: boolean;
  /** The Markdown/MDX body and the file line it starts on. */
  body: string;
  bodyStartLine: number;
}

/** Aliases may repeat a value; yaml stops expanding past this count (its "resource exhaustion" guard). */
export const MAX_ALIAS_COUNT = 100;
/** Frontmatter that uses aliases may expand to this many characters at most (a real course's is ~6,000). */
export const MAX_EXPANDED_LENGTH = 100_000;

/**
 * Astro's own frontmatter pattern (@astrojs/internal-helpers/frontmatter), so
 * the checks read exactly what Astro reads: an optional byte-order mark or
 * blank lines, a --- line, the YAML, and the next line starting with ---.
 */
const ASTRO_FRONTMATTER = /(?:^\uFEFF?|^\s*\n)---([\s\S]*?\n)---/;

const lineAtIndex = (source: string, index: number) => source.slice(0, index).split('\n').length;

interface Block {
  yaml: string;
  /** File line of the YAML's first line (the opening --- line, whose rest belongs to the YAML). */
  firstLine: number;
  body: string;
  bodyStartLine: number;
}

function frontmatterBlock(source: string): Block | ReadFault {
  const match = ASTRO_FRONTMATTER.exec(source);
  if (!match) {
    const firstText = source.replace(/^\uFEFF/, '').match(/^\s*?(\S[^\n]*)/);
    const opening = firstText?.[1]?.trimEnd() === '---';
    return { kind: opening ? 'unclosed' : 'no-frontmatter', line: opening ? lineAtIndex(source, source.indexOf('---')) : 1 };
  }
  const open = match.index + match[0].indexOf('---');
  const close = match.index + match[0].length - 3;
  const lineEnd = source.indexOf('\n', close);
  const bodyStart = lineEnd === -1 ? source.length : lineEnd + 1;
  return {
    yaml: match[1] ?? '',
    firstLine: lineAtIndex(source, open),
    body: source.slice(bodyStart),
    bodyStartLine: lineAtIndex(source, close) + 1,
  };
}

/** Where the first alias (*name) starts, if the YAML uses any. */
function firstAlias(contents: Node): number | undefined {
  let start: number | undefined;
  visit(contents, {
    Alias: (_, alias) => {
      start = alias.range?.[0] ?? 0;
      return visit.BREAK;
    },
  });
  return start;
}

/** Parses an .md/.mdx file (frontmatter between --- lines) or, with `isYaml`, a whole YAML data file. */
export function parseContentFile(source: string, isYaml = false): ParsedFile {
  const unreadable = (fault: ReadFault, body = ''): ParsedFile => ({
    data: {},
    lineOf: () => fault.line,
    lineAt: () => fault.line,
    faults: [fault],
    readable: false,
    body,
    bodyStartLine: 1,
  });
  if (source.replace(/^\uFEFF/, '').trim() === '') return unreadable({ kind: 'empty', line: 1 });
  const block = isYaml ? { yaml: source, firstLine: 1, body: '', bodyStartLine: 1 } : frontmatterBlock(source);
  if ('kind' in block) return unreadable(block);

  const lineCounter = new LineCounter();
  const doc = parseDocument(block.yaml, { lineCounter, prettyErrors: false, uniqueKeys: true });
  const lineAt = (pos: number | undefined) => (pos === undefined ? block.firstLine : lineCounter.linePos(pos).line + block.firstLine - 1);
  const firstFieldLine = isYaml ? 1 : block.firstLine + 1;
  const fail = (fault: Omit<ReadFault, "line"> & { line?: number | undefined }) => ({
    ...unreadable({ ...fault, line: fault.line ?? firstFieldLine }, block.body),
    bodyStartLine: block.bodyStartLine,
  });

  if (doc.errors.length) {
    // An error found at the very end (an unclosed [ or quote) is reported on the last line of YAML, not on the closing ---.
    const lastLine = lineAt(block.yaml.trimEnd().length);
    const faults = doc.errors.map((e) => ({
      kind: 'yaml' as const,
      line: Math.min(lineAt(e.pos[0]), lastLine),
      detail: e.message.split('\n')[0] ?? e.message,
      code: e.code,
    }));
    return { ...fail(faults[0]!), faults };
  }
  const contents: Node | null = doc.contents;
  if (contents === null || (isScalar(contents) && contents.value === null)) return fail({ kind: isYaml ? 'empty' : 'empty-frontmatter', line: isYaml ? 1 : block.firstLine });
  if (!isMap(contents)) return fail({ kind: 'not-a-mapping', line: lineAt(contents.range?.[0]) });

  const alias = firstAlias(contents);
  const aliasLine = alias === undefined ? undefined : lineAt(alias);
  let raw: unknown;
  try {
    raw = doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    // yaml throws a ReferenceError for an alias bomb and for an alias to an anchor that does not exist.
    return fail(/excessive alias count/i.test(message) ? { kind: 'aliases', line: aliasLine } : { kind: 'yaml', detail: message, line: aliasLine });
  }
  if (aliasLine !== undefined && JSON.stringify(raw).length > MAX_EXPANDED_LENGTH) return fail({ kind: 'aliases', line: aliasLine });

  const lineOf = (field: string, index?: number): number => {
    const pair = contents.items.find((p) => isScalar(p.key) && p.key.value === field);
    if (!pair) return firstFieldLine;
    if (index !== undefined && isSeq(pair.value)) {
      const item = pair.value.items[index];
      if (isNode(item) && item.range) return lineAt(item.range[0]);
    }
    return isScalar(pair.key) && pair.key.range ? lineAt(pair.key.range[0]) : firstFieldLine;
  };

  const lineAtPath = (path: readonly (string | number)[]): number => {
    let node: unknown = contents;
    let line = firstFieldLine;
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

  return { data: raw as Record<string, unknown>, lineOf, lineAt: lineAtPath, faults: [], readable: true, body: block.body, bodyStartLine: block.bodyStartLine };
}

/**
 * Parses a file as read from disk. Bytes that are not UTF-8 (a file saved as
 * Windows-1252, say) would be published as "�": they are a fault at their
 * line, and the rest of the file is still read.
 */
export function parseContentBytes(bytes: Uint8Array, isYaml = false): ParsedFile {
  let source: string;
  try {
    source = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    source = new TextDecoder('utf-8').decode(bytes);
    const parsed = parseContentFile(source, isYaml);
    const fault: ReadFault = { kind: 'not-utf8', line: lineAtIndex(source, source.indexOf('\uFFFD')) };
    return { ...parsed, faults: [fault, ...parsed.faults] };
  }
  return parseContentFile(source, isYaml);
}
