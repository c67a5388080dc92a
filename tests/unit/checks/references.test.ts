import { describe, expect, it } from 'vitest';
import { parseContentFile } from '../../../src/lib/content/frontmatter.ts';
import { checkReferences } from '../../../src/lib/checks/references.ts';
import type { CollectionName, ContentFile } from '../../../src/lib/content/files.ts';

function file(collection: CollectionName, id: string, source: string): ContentFile {
  const ext = collection === 'authors' ? 'yaml' : 'mdx';
  return { ...parseContentFile(source, collection === 'authors'), collection, id, path: `content/${collection}/${id}.${ext}` };
}

const author = file('authors', 'faculty', 'name: Faculty\nrole: Trainers\nbio: Teaches backend development.\n');
const course = file('courses', 'backend-development', '---\ntitle: Backend\n---\n');

describe('checkReferences', () => {
  it('accepts existing authors and courses', () => {
    const article = file('articles', 'ok', '---\nauthor: faculty\nrelatedCourses: [backend-development]\n---\n');
    expect(checkReferences([author, course, article])).toEqual([]);
  });

  it('names the file, the line, the unknown value and the fix', () => {
    const article = file('articles', 'bad', '---\ntitle: T\nauthor: nobody\nrelatedCourses:\n  - backend-development\n  - backend-developmnt\n---\n');
    const problems = checkReferences([author, course, article]);
    expect(problems).toEqual([
      {
        path: 'content/articles/bad.mdx',
        line: 3,
        message: 'author "nobody" does not exist',
        fix: 'add content/authors/nobody.yaml or use one of: faculty',
      },
      {
        path: 'content/articles/bad.mdx',
        line: 6,
        message: 'relatedCourses: course "backend-developmnt" does not exist',
        fix: "write the course's file name without .mdx; use one of: backend-development",
      },
    ]);
  });
});
