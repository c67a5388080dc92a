/**
 * Driving the editor at /admin/ (src/lib/cms) in Chromium, offline. Headless
 * Chromium cannot use the real directory picker, so "Work with Local
 * Repository" is given a folder of the browser's own storage (the origin
 * private file system) holding a copy of the repository's content and an
 * empty .git/, which is all the editor looks for.
 */
import { readdir, readFile } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { root } from './site.ts';

/** Repository path ("content/articles/x.mdx") → bytes, base64. */
export type RepositoryFiles = Record<string, string>;

/** The files the editor reads: content/ and public/, as in the repository. */
export async function repositoryFiles(dir = root): Promise<RepositoryFiles> {
  const files: RepositoryFiles = {};
  for (const folder of ['content', 'public']) {
    for (const entry of await readdir(join(dir, folder), { recursive: true, withFileTypes: true })) {
      if (!entry.isFile()) continue;
      const path = join(entry.parentPath, entry.name);
      files[relative(dir, path).split(sep).join('/')] = (await readFile(path)).toString('base64');
    }
  }
  return files;
}

export interface EditorSession {
  context: BrowserContext;
  page: Page;
  /** Every request the page tried to send anywhere but 127.0.0.1 (each was refused). */
  outside: string[];
  /** Content Security Policy violations the page reported. */
  violations: string[];
}

/** Opens /admin/ with `files` as the local repository, and signs in with it. */
export async function openEditor(browser: Browser, adminUrl: string, files: RepositoryFiles): Promise<EditorSession> {
  const context = await browser.newContext({ viewport: { width: 1400, height: 1000 } });
  // The editor is a large app: while the unit and sample tests still run beside it, a step can take
  // longer than Playwright's 30 s default. Each wait is for an event; the bound is only a backstop.
  context.setDefaultTimeout(120_000);
  const outside: string[] = [];
  await context.route('**/*', (route) => {
    const url = new URL(route.request().url());
    if (url.protocol.startsWith('http') && url.hostname !== '127.0.0.1') {
      outside.push(url.href);
      return route.abort();
    }
    return route.continue();
  });
  await context.addInitScript((files: RepositoryFiles) => {
    const write = async (repo: FileSystemDirectoryHandle) => {
      await repo.getDirectoryHandle('.git', { create: true });
      for (const [path, base64] of Object.entries(files)) {
        const parts = path.split('/');
        let dir = repo;
        for (const part of parts.slice(0, -1)) dir = await dir.getDirectoryHandle(part, { create: true });
        const writable = await (await dir.getFileHandle(parts.at(-1)!, { create: true })).createWritable();
        await writable.write(Uint8Array.from(atob(base64), (c) => c.charCodeAt(0)));
        await writable.close();
      }
    };
    Object.assign(window, {
      showDirectoryPicker: async () => {
        const storage = await navigator.storage.getDirectory();
        const existing = await storage.getDirectoryHandle('repo').catch(() => undefined);
        const repo = existing ?? (await storage.getDirectoryHandle('repo', { create: true }));
        if (!existing) await write(repo);
        return repo;
      },
    });
  }, files);
  const page = await context.newPage();
  const violations: string[] = [];
  await page.exposeFunction('reportViolation', (v: string) => violations.push(v));
  await page.addInitScript(() =>
    document.addEventListener('securitypolicyviolation', (e) =>
      (window as unknown as { reportViolation: (v: string) => void }).reportViolation(`${e.effectiveDirective} ${e.blockedURI}`),
    ),
  );
  await page.goto(adminUrl);
  await page.getByRole('button', { name: 'Work with Local Repository' }).click();
  await page.getByRole('toolbar', { name: 'Global' }).waitFor();
  return { context, page, outside, violations };
}

/** A file of the editor's local repository as text, or undefined if there is none. */
export function repositoryFile(page: Page, path: string): Promise<string | undefined> {
  return page.evaluate(async (path) => {
    let dir = await (await navigator.storage.getDirectory()).getDirectoryHandle('repo');
    const parts = path.split('/');
    try {
      for (const part of parts.slice(0, -1)) dir = await dir.getDirectoryHandle(part);
      return await (await (await dir.getFileHandle(parts.at(-1)!)).getFile()).text();
    } catch {
      return undefined;
    }
  }, path);
}

/** Every file path of the editor's local repository under `folder`, with its bytes (base64). */
export function repositoryFolder(page: Page, folder: string): Promise<RepositoryFiles> {
  return page.evaluate(async (folder) => {
    const files: Record<string, string> = {};
    let dir = await (await navigator.storage.getDirectory()).getDirectoryHandle('repo');
    for (const part of folder.split('/')) dir = await dir.getDirectoryHandle(part);
    const walk = async (d: FileSystemDirectoryHandle, prefix: string) => {
      for await (const [name, handle] of (d as unknown as { entries(): AsyncIterable<[string, FileSystemHandle]> }).entries()) {
        if (handle.kind === 'directory') await walk(handle as FileSystemDirectoryHandle, `${prefix}${name}/`);
        else {
          const bytes = new Uint8Array(await (await (handle as FileSystemFileHandle).getFile()).arrayBuffer());
          files[`${prefix}${name}`] = btoa(Array.from(bytes, (b) => String.fromCharCode(b)).join(''));
        }
      }
    };
    await walk(dir, `${folder}/`);
    return files;
  }, folder);
}

/** Opens an entry's form (or a new one with entry "new") without reloading the app. */
export async function openEntry(page: Page, collection: string, entry: string): Promise<void> {
  const hash = entry === 'new' ? `#/collections/${collection}/new` : `#/collections/${collection}/entries/${entry}`;
  await page.evaluate((hash) => (location.hash = hash), hash);
  await page.getByRole('group', { name: 'Content Editor' }).waitFor();
}
