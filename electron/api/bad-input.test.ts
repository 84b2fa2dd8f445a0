import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { METHOD_NAMES, type MethodName } from '../../shared/api/method-names';
import { startWebHost, TOKEN_HEADER, type WebHost } from '../host/web-host';
import { signedInAdmin, tempCore } from '../test-support/temp-core';
import { dispatch } from './dispatch';

/**
 * DESIGN.md §3 "Bad input": for every call in the contract, a malformed input gets a validation
 * error naming the field, writes nothing, and leaves the process serving.
 */
const BAD: Record<MethodName, { input: unknown; field: string }> = {
  'system.info': { input: { verbose: true }, field: 'verbose' },
  'auth.status': { input: { x: 1 }, field: 'x' },
  'auth.setup': { input: { username: 'Admin!', displayName: '管理员', password: 'long-enough-1' }, field: 'username' },
  'auth.login': { input: { username: 'admin', password: 12345678 }, field: 'password' },
  'auth.logout': { input: { everywhere: true }, field: 'everywhere' },
  'auth.me': { input: { id: 'x' }, field: 'id' },
  'settings.get': { input: { key: 'language' }, field: 'key' },
  'settings.setLanguage': { input: { language: 'fr' }, field: 'language' },
  'departments.list': { input: { limit: 100000 }, field: 'limit' },
  'departments.options': { input: { level: 'city' }, field: 'level' },
  'departments.get': { input: { id: '' }, field: 'id' },
  'departments.create': { input: { code: 'ZS100', name: '中山市测试局', level: 'province', parentId: null }, field: 'level' },
  'departments.update': { input: { id: 'abc', patch: { name: 'x'.repeat(500) } }, field: 'patch.name' },
  'users.list': { input: { offset: -1 }, field: 'offset' },
  'users.create': { input: { username: 'li.ming', displayName: '李明', password: 'short', role: 'registrant', departmentId: null }, field: 'password' },
  'users.update': { input: { id: 'abc', patch: { role: 'superuser' } }, field: 'patch.role' },
  'users.setPassword': { input: { id: 'abc', password: 7 }, field: 'password' },
  'demo.load': { input: { size: 'L' }, field: 'size' },
  'classifications.list': { input: { kind: 'base' }, field: 'kind' },
  'classifications.create': { input: { code: '1234', name: '测试' }, field: 'code' },
  'elements.list': { input: { sort: [{ id: 'name', desc: 'yes' }] }, field: 'sort.0.desc' },
  'elements.create': { input: { identifier: '身份证', name: '公民身份号码', dataType: 'string' }, field: 'identifier' },
  'elements.update': { input: { id: 'x', patch: { dataType: 'text' } }, field: 'patch.dataType' },
  'directory.list': { input: { filters: { status: 'x'.repeat(300) } }, field: 'filters.status' },
  'directory.facets': { input: { search: 42 }, field: 'search' },
  'directory.get': { input: { ref: '' }, field: 'ref' },
  'directory.check': { input: { id: null, input: { name: '户籍人口' } }, field: 'input.classCode' },
  'directory.create': { input: { name: '户籍人口基本信息', classCode: '101', providerDeptId: 'd', summary: 's', format: 'pdf', shareType: 'none', openType: 'closed', updateCycle: 'daily' }, field: 'format' },
  'directory.update': { input: { id: 'x', input: { name: 'x' } }, field: 'input.classCode' },
  'directory.transition': { input: { id: 'x', action: 'approve' }, field: 'action' },
  'access.apply': { input: { resourceId: 'r', purpose: '核验身份', legalBasis: '《条例》', periodFrom: '2026/01/01', periodTo: '2026-12-31' }, field: 'periodFrom' },
  'access.decide': { input: { id: 'a', decision: 'maybe' }, field: 'decision' },
  'access.mine': { input: { limit: 0 }, field: 'limit' },
  'access.incoming': { input: { search: ['x'] }, field: 'search' },
  'directory.import': { input: { fileName: 'a.xlsx', contentBase64: 'not base64!' }, field: 'contentBase64' },
  'directory.cancelTask': { input: { taskId: '' }, field: 'taskId' },
  'directory.export': { input: { format: 'pdf' }, field: 'format' },
  'directory.template': { input: { lang: 'en' }, field: 'lang' },
  'notifications.list': { input: { unreadOnly: true }, field: 'unreadOnly' },
  'notifications.markRead': { input: { ids: 'all' }, field: 'ids' },
  'projects.list': { input: { filters: { year: 2026 } }, field: 'filters.year' },
  'projects.get': { input: { ref: '' }, field: 'ref' },
  'projects.check': { input: { id: null, input: { name: '智慧城管' } }, field: 'input.departmentId' },
  'projects.create': { input: { name: '智慧城管二期', departmentId: 'd', type: 'new', year: 2026, budget: -5, fundingSource: 'fiscal', content: '建设内容建设内容建设内容' }, field: 'budget' },
  'projects.update': { input: { id: 'x', input: { name: '智慧城管二期', departmentId: 'd', type: 'rebuild', year: 2026, budget: 5, fundingSource: 'fiscal', content: '建设内容建设内容建设内容' } }, field: 'input.type' },
  'projects.transition': { input: { id: 'x', action: 'publish' }, field: 'action' },
  'projects.except': { input: { id: 'x', provideId: 'y', reason: '' }, field: 'reason' },
  'projects.attach': { input: { projectId: 'x', kind: 'feasibility', fileName: 'a.pdf', contentBase64: '%%%' }, field: 'contentBase64' },
  'projects.attachment': { input: { id: 7 }, field: 'id' },
  'projects.config': { input: { filingThreshold: 1 }, field: 'filingThreshold' },
  'projects.setConfig': { input: { filingThreshold: -1 }, field: 'filingThreshold' },
  'projects.import': { input: { fileName: '', contentBase64: 'AAAA' }, field: 'fileName' },
  'projects.export': { input: { format: 'dcat' }, field: 'format' },
  'projects.template': { input: { year: 2026 }, field: 'year' },
  'review.check': { input: { projectId: '' }, field: 'projectId' },
  'review.get': { input: { projectId: 'x', version: 0 }, field: 'version' },
  'review.decide': { input: { findingId: 'f', decision: 'maybe' }, field: 'decision' },
  'review.dictionary': { input: { all: true }, field: 'all' },
  'review.setDictionary': { input: { elements: [{ name: '公民身份号码', kind: 'secret' }], nonSynonyms: [] }, field: 'elements.0.kind' },
  'review.pdf': { input: { reportId: 'r', language: 'fr' }, field: 'language' },
  'review.conclude': { input: { reportId: 'r', conclusion: 'approve', comment: 'x'.repeat(3000) }, field: 'comment' },
  'review.scan': { input: { taskId: '' }, field: 'taskId' },
  'review.clusters': { input: { limit: 0 }, field: 'limit' },
  'review.pairs': { input: { offset: -1 }, field: 'offset' },
  'review.hotspots': { input: { search: 'x'.repeat(201) }, field: 'search' },
  'review.exportCitywide': { input: { view: 'projects', format: 'xlsx' }, field: 'view' },
};

/** Inputs no schema should accept, for every call. */
const HOSTILE: unknown[] = [null, 42, 'DROP TABLE users', [], JSON.parse('{"__proto__": {"admin": true}}')];

describe('bad input for every call in the contract', () => {
  let env: Awaited<ReturnType<typeof tempCore>>;
  let host: WebHost;
  let session: string;

  beforeAll(async () => {
    env = await tempCore();
    session = (await signedInAdmin(env.services)).session;
    const rendererDir = fs.mkdtempSync(path.join(env.dataDir, 'r-'));
    fs.writeFileSync(path.join(rendererDir, 'index.html'), '<!doctype html>');
    host = await startWebHost({ core: env.core, rendererDir, csp: "default-src 'self'" });
  });
  afterAll(async () => {
    await host.close();
    await env.dispose();
  });

  it('the table covers every method', () => {
    expect(Object.keys(BAD).sort()).toEqual([...METHOD_NAMES].sort());
  });

  for (const method of METHOD_NAMES) {
    it(`${method}: service layer names the field and writes nothing`, async () => {
      const before = env.opCount();
      const res = await dispatch(env.services, method, { input: BAD[method].input, session });
      expect(res.ok).toBe(false);
      if (res.ok) return;
      expect(res.error.code).toBe('VALIDATION');
      expect(res.error.fields.map((f) => f.path)).toContain(BAD[method].field);
      for (const hostile of HOSTILE) {
        const r = await dispatch(env.services, method, { input: hostile, session });
        expect(r.ok ? 'accepted' : r.error.code).toBe('VALIDATION');
      }
      expect(env.opCount()).toBe(before);
    });

    it(`${method}: HTTP answers 400 naming the field, writes nothing, keeps serving`, async () => {
      const before = env.opCount();
      const res = await fetch(`http://127.0.0.1:${host.port}/api/call/${method}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', [TOKEN_HEADER]: host.token },
        body: JSON.stringify({ input: BAD[method].input, session }),
      });
      expect(res.status).toBe(400);
      const body = (await res.json()) as { ok: boolean; error: { code: string; fields: { path: string }[] } };
      expect(body.error.code).toBe('VALIDATION');
      expect(body.error.fields.map((f) => f.path)).toContain(BAD[method].field);
      expect(JSON.stringify(body)).not.toMatch(/at .*\.ts:\d+/);
      expect(env.opCount()).toBe(before);
      const alive = await fetch(`http://127.0.0.1:${host.port}/api/call/auth.status`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', [TOKEN_HEADER]: host.token },
        body: JSON.stringify({ input: {}, session: null }),
      });
      expect(alive.status).toBe(200);
    });
  }

  it('filter and sort ids that name Object.prototype members are refused as unknown fields', async () => {
    for (const id of ['constructor', 'toString', 'valueOf', '__proto__', 'hasOwnProperty']) {
      for (const method of ['departments.list', 'users.list'] as const) {
        const byFilter = await dispatch(env.services, method, { input: { filters: { [id]: 'x' } }, session });
        // zod's record drops a '__proto__' key altogether: harmless, nothing is filtered.
        if (id !== '__proto__') expect(byFilter.ok ? 'accepted' : byFilter.error).toMatchObject({ code: 'VALIDATION', fields: [{ path: `filters.${id}` }] });
        else expect(byFilter.ok).toBe(true);
        const bySort = await dispatch(env.services, method, { input: { sort: [{ id, desc: false }] }, session });
        expect(bySort.ok ? 'accepted' : bySort.error).toMatchObject({ code: 'VALIDATION', fields: [{ path: 'sort.0.id' }] });
      }
    }
  });

  it('a malformed envelope is refused the same way', async () => {
    const res = await dispatch(env.services, 'auth.status', { input: {}, session: 12 });
    expect(res.ok ? 'accepted' : res.error.fields[0]?.path).toBe('session');
    const extra = await dispatch(env.services, 'auth.status', { input: {}, session: null, admin: true });
    expect(extra.ok ? 'accepted' : extra.error.code).toBe('VALIDATION');
  });
});
