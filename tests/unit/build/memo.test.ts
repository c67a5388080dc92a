import { describe, expect, it } from 'vitest';
import { contentChanged, listOncePerBuild, oncePerBuild } from '../../../src/lib/build/memo.ts';

function counted(list: number[]) {
  let calls = 0;
  const query = async () => {
    calls++;
    return list;
  };
  return { query, calls: () => calls };
}

describe('listOncePerBuild', () => {
  it('runs the query once in a build and gives every caller the same items', async () => {
    const source = counted([3, 1, 2]);
    const get = listOncePerBuild(source.query, false);
    expect(await get()).toEqual([3, 1, 2]);
    expect(await get()).toEqual([3, 1, 2]);
    expect(source.calls()).toBe(1);
  });

  it('gives each caller its own list, so sorting one leaves the next caller untouched', async () => {
    const get = listOncePerBuild(counted([3, 1, 2]).query, false);
    (await get()).sort();
    expect(await get()).toEqual([3, 1, 2]);
  });

  it('runs the query at every call on the dev server, where content changes', async () => {
    const list = [1];
    const source = counted(list);
    const get = listOncePerBuild(source.query, true);
    expect(await get()).toEqual([1]);
    list.push(2);
    expect(await get()).toEqual([1, 2]);
    expect(source.calls()).toBe(2);
  });
});

describe('oncePerBuild', () => {
  it('computes a value once in a build', async () => {
    let calls = 0;
    const get = oncePerBuild(async () => ++calls, false);
    expect([await get(), await get()]).toEqual([1, 1]);
  });

  it('computes it again at every call on the dev server', async () => {
    let calls = 0;
    const get = oncePerBuild(async () => ++calls, true);
    expect([await get(), await get()]).toEqual([1, 2]);
  });
});

describe('on a dev server that reports content changes', () => {
  it('keeps an answer until the content changes, then asks again', async () => {
    const list = [1];
    const source = counted(list);
    const get = listOncePerBuild(source.query, true, true);
    expect(await get()).toEqual([1]);
    expect(await get()).toEqual([1]);
    expect(source.calls()).toBe(1);
    list.push(2);
    contentChanged();
    expect(await get()).toEqual([1, 2]);
    expect(source.calls()).toBe(2);
  });
});
