import { site } from '../../site.config.ts';

/** "Edit this page": the file's editor on the git host (GitHub-style URL: <repo>/edit/<branch>/<path>). */
export function editUrl(filePath: string, repository = site.repository): string {
  const path = filePath
    .replace(/^\.?\//, '')
    .split('/')
    .map(encodeURIComponent)
    .join('/');
  return `${repository.url.replace(/\/$/, '')}/edit/${repository.branch}/${path}`;
}
