/**
 * Translations by their paths (content/<articles|courses|paths>/<language>/<id>.…):
 * the language folder is one of the site's languages, the original with the
 * same id exists, and a language has at most one file per original. Each would
 * otherwise publish nothing, or publish one of two files silently.
 */
import { languageFolderFile, type ContentFile, type LanguageFolderFile } from '../content/files.ts';
import { defaultLanguage, languageOf, translationLanguageCodes } from '../i18n/languages.ts';
import { stringList } from './context.ts';
import { closest } from './edit-distance.ts';
import type { Problem } from './problems.ts';

const knownLanguages = translationLanguageCodes.map((code) => `${code} = ${languageOf(code).englishName}`).join(', ');

function languageProblem(file: LanguageFolderFile): Problem | undefined {
  const top = `content/${file.collection}/`;
  if (file.folder === defaultLanguage.code) {
    return {
      path: file.path,
      line: 1,
      message: `English originals live at the top of ${top}, not in an "${file.folder}" folder, so this file is not read`,
      fix: `move it up to ${top}`,
    };
  }
  if (file.language) return undefined;
  return {
    path: file.path,
    line: 1,
    message: `"${file.folder}" is not one of the site's languages (${knownLanguages}), so this translation is never published`,
    fix: `move it to the folder of one of them, or add the language in src/lib/i18n/languages.ts first (docs/editing.md, "Languages")`,
  };
}

export function checkTranslations(files: readonly ContentFile[], existingFiles: Iterable<string>): Problem[] {
  const problems: Problem[] = [];
  const seen = new Map<string, string>();
  const originalsIn = Map.groupBy(files, (f) => f.collection);
  for (const path of [...existingFiles].sort()) {
    const file = languageFolderFile(path);
    if (!file) continue;
    const wrongLanguage = languageProblem(file);
    if (wrongLanguage) {
      problems.push(wrongLanguage);
      continue;
    }
    const language = languageOf(file.language ?? defaultLanguage.code).englishName;
    const originals = originalsIn.get(file.collection) ?? [];
    if (!originals.some((f) => f.id === file.sharedId)) {
      const renamed = originals.find((f) => stringList(f.data['redirectFrom']).includes(file.sharedId));
      const close = closest(
        file.sharedId,
        originals.map((f) => f.id),
      );
      problems.push({
        path,
        line: 1,
        message: `a ${language} translation of "${file.sharedId}", but content/${file.collection}/ has no original with that name`,
        fix: renamed
          ? `the original was renamed: rename this file to ${renamed.id} (keep its extension)`
          : close
            ? `did you mean "${close}"? A translation has the same file name as its English original`
            : `give it the file name of its English original in content/${file.collection}/, or write the original first`,
      });
    }
    const key = `${file.collection}/${file.language}/${file.sharedId}`;
    const first = seen.get(key);
    if (first) {
      problems.push({
        path,
        line: 1,
        message: `a second ${language} translation of "${file.sharedId}": ${first} translates it too`,
        fix: 'keep one of the two files (one translation per language) and delete the other',
      });
    } else seen.set(key, path);
  }
  return problems;
}
