/**
 * `npm run translations`: each article, course and learning path with its
 * state in each translation language ("missing", "up to date" or
 * "behind since YYYY-MM-DD"), from git history (src/lib/i18n/translation-state.ts
 * says how). Reads the repository at SITE_ROOT (default: this checkout); writes nothing.
 */
import { resolve } from 'node:path';
import { loadContentFiles, loadTranslationFiles } from '../src/lib/content/files.ts';
import { readGitCommits } from '../src/lib/dates/git-history.ts';
import { formatTranslationRows, translationRows } from '../src/lib/i18n/translation-report.ts';

const root = resolve(process.env['SITE_ROOT'] ?? resolve(import.meta.dirname, '..'));
const { commits, warning } = readGitCommits(root);
if (warning) console.warn(`Note: ${warning}; translation states then compare those dates only.`);
console.log(formatTranslationRows(translationRows(await loadContentFiles(root), await loadTranslationFiles(root), commits)));
