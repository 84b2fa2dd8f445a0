import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Input, MethodName } from '../../../shared/api/contract';
import { callAs } from '../../api/dispatch';
import type { Caller } from '../context';
import { marketProject, projectWorld } from '../projects/test-fixture';

/** The review with the real engine (shared/dedupe), as the app wires it at start-up. */
describe('review with the shared engine', () => {
  let w: Awaited<ReturnType<typeof projectWorld>>;
  beforeEach(async () => {
    w = await projectWorld();
  });
  afterEach(() => w.env.dispose());
  const call = <K extends MethodName>(caller: Caller, method: K, input: Input<K>) => callAs(w.env.services, caller, method, input);

  async function review(consumes: { resourceId: string }[]) {
    const p = await call(
      w.market,
      'projects.create',
      marketProject(w.depts.scj.id, w.sharedResource.id, {
        consumes,
        provides: [],
        dataItems: [
          { name: '身份证号码', dataType: 'string', length: 18 },
          { name: '联系电话', dataType: 'string', length: 20 },
        ],
      }),
    );
    await call(w.market, 'projects.transition', { id: p.id, action: 'submit', comment: '' });
    await call(w.bureau, 'projects.transition', { id: p.id, action: 'formal_pass', comment: '' });
    return (await call(w.auditor, 'review.get', { projectId: p.id }))!;
  }

  it('an ID number another department publishes is re-collection, named with the resource to consume; a phone number is not', async () => {
    const report = await review([]);
    const rec = report.findings.filter((f) => f.label === 'recollection');
    expect(rec).toEqual([expect.objectContaining({ dataItem: '身份证号码', resource: expect.objectContaining({ code: w.sharedResource.code, item: '公民身份号码' }) })]);
    expect(rec[0]!.evidence[0]).toMatchObject({ kind: 'item', left: '身份证号码', right: '公民身份号码' });
  });

  it('consuming the resource that holds the element is good practice, not re-collection', async () => {
    const report = await review([{ resourceId: w.sharedResource.id }]);
    expect(report.findings.filter((f) => f.label === 'recollection')).toEqual([]);
  });

  it('the bureau edits the dictionary: a new synonym makes the next check find what it names; registrants may not edit', async () => {
    const dict = await call(w.bureau, 'review.dictionary', {});
    expect(dict.edited).toBe(false);
    expect(dict.nonSynonyms).toContainEqual(['联系电话', '手机号码']);
    await expect(call(w.market, 'review.setDictionary', { elements: dict.elements, nonSynonyms: [] })).rejects.toMatchObject({ code: 'FORBIDDEN' });
    const id = dict.elements.find((e) => e.name === '公民身份号码')!;
    const twice = dict.elements.map((e) => (e.name === '性别' ? { ...e, synonyms: [...e.synonyms, '身份证号'] } : e));
    await expect(call(w.bureau, 'review.setDictionary', { elements: twice, nonSynonyms: dict.nonSynonyms })).rejects.toMatchObject({ code: 'VALIDATION' });
    const p = await call(w.market, 'projects.create', marketProject(w.depts.scj.id, w.sharedResource.id, { consumes: [], provides: [], dataItems: [{ name: '证件识别码', dataType: 'string', length: 18 }] }));
    await call(w.market, 'projects.transition', { id: p.id, action: 'submit', comment: '' });
    await call(w.bureau, 'projects.transition', { id: p.id, action: 'formal_pass', comment: '' });
    const before = (await call(w.auditor, 'review.get', { projectId: p.id }))!;
    expect(before.findings.filter((f) => f.label === 'recollection')).toEqual([]);
    const edited = dict.elements.map((e) => (e === id ? { ...e, synonyms: [...e.synonyms, '证件识别码'] } : e));
    expect((await call(w.bureau, 'review.setDictionary', { elements: edited, nonSynonyms: dict.nonSynonyms })).edited).toBe(true);
    const after = await call(w.auditor, 'review.check', { projectId: p.id });
    expect(after.findings.filter((f) => f.label === 'recollection')).toEqual([expect.objectContaining({ dataItem: '证件识别码', resource: expect.objectContaining({ item: '公民身份号码' }) })]);
  });
});
