/**
 * Code blocks in MDX, highlighted when the page renders (src/components/mdx/CodeBlock.astro).
 * Highlighting while compiling, as Astro does by default, turns every coloured
 * token into an element of the compiled module: 1,000 articles made a
 * bundle Vite took seconds longer to build and pages slower to render. Here a
 * block stays plain text in the module and becomes one HTML string on the
 * page, the same HTML Astro's own highlighting writes (Shiki, both themes as
 * CSS variables, the astro-code class, data-language, overflow-x).
 */
import { bundledLanguages, createHighlighter, isSpecialLang, type Highlighter } from 'shiki';
import { createOnigurumaEngine } from 'shiki/engine/oniguruma';

/** The "-default" GitHub themes: every token colour meets WCAG AA contrast (github-light's orange and github-dark's comments do not). */
export const CODE_THEMES = { light: 'github-light-default', dark: 'github-dark-default' } as const;

let highlighter: Promise<Highlighter> | undefined;
function shared(): Promise<Highlighter> {
  highlighter ??= createHighlighter({ themes: Object.values(CODE_THEMES), langs: ['plaintext'], engine: createOnigurumaEngine(import('shiki/wasm')) });
  return highlighter;
}

/** A language Shiki knows, loaded on first use; anything else is shown as plain text. */
async function language(hl: Highlighter, lang: string): Promise<string> {
  if (isSpecialLang(lang) || hl.getLoadedLanguages().includes(lang)) return lang;
  if (!(lang in bundledLanguages)) return 'plaintext';
  await hl.loadLanguage(lang as keyof typeof bundledLanguages);
  return lang;
}

/** The block's HTML: a <pre class="astro-code …"> with a coloured span per token. */
export async function highlightCode(code: string, lang = 'plaintext'): Promise<string> {
  const hl = await shared();
  const resolved = await language(hl, lang || 'plaintext');
  return hl.codeToHtml(code.replace(/(?:\r\n|\r|\n)$/, ''), {
    themes: CODE_THEMES,
    defaultColor: false,
    lang: resolved,
    // No time limit per line (Shiki's default is 500 ms): on a busy machine the first
    // line of a language, while its patterns compile, can take longer, and the rest of
    // the line would be left uncoloured, so two builds of one page would differ.
    tokenizeTimeLimit: 0,
    transformers: [
      {
        pre(node) {
          node.properties['class'] = String(node.properties['class'] ?? '').replace(/shiki/g, 'astro-code');
          node.properties['dataLanguage'] = resolved;
          node.properties['style'] = `${String(node.properties['style'] ?? '').replace(/;?\s*$/, '')};overflow-x:auto`;
        },
      },
    ],
  });
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

/** Text back from the HTML Astro renders it as (its escapes, and numeric references). */
export function unescapeHtml(html: string): string {
  return html.replace(/&(#x[\da-f]+|#\d+|amp|lt|gt|quot|apos);/gi, (_, ref: string) => {
    if (ref[0] !== '#') return ENTITIES[ref.toLowerCase()] ?? '';
    return String.fromCodePoint(ref[1] === 'x' || ref[1] === 'X' ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10));
  });
}

/** The code and language of a fenced block as MDX renders it without highlighting: <code class="language-js">…</code>. */
export function fencedCode(html: string): { code: string; lang: string } | undefined {
  const match = /^<code(?: class="language-([^"\s]*)")?>([\s\S]*)<\/code>$/.exec(html.trim());
  if (!match || /<[a-z]/i.test(match[2] ?? '')) return undefined;
  return { lang: match[1] ?? 'plaintext', code: unescapeHtml(match[2] ?? '') };
}
