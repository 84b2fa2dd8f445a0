import { describe, expect, it } from 'vitest';
import { createEngine } from './engine';
import { DEFAULT_MODEL } from './model-defaults';
import type { DataItem, Project, Resource } from './types';

const item = (name: string, type = 'string', length = 32): DataItem => ({ name, type, length });
const resource = (code: string, department: string, category: string, shareType: string, names: string[]): Resource => ({
  code, name: `${code} 资源`, department, category, summary: '', shareType, openType: shareType === '不予共享' ? '不开放' : '开放', dataItems: names.map((n) => item(n)),
});
const project = (id: string, department: string, names: string[], consumes: string[] = []): Project => ({
  id, name: `${id} 项目`, department, year: 2025, budgetWan: 100, description: '', systems: [], dataItems: names.map((n) => item(n)), consumes,
});

const GA = '中山市公安局';
const MZ = '中山市民政局';
const resources = [
  resource('R-GA-1', GA, '基础库/人口', '有条件共享', ['公民身份号码', '姓名', '性别', '民族', '出生日期', '户籍地址']),
  resource('R-SW-1', '国家税务总局中山市税务局', '部门库', '不予共享', ['纳税人识别号', '纳税总额']),
  resource('R-SC-1', '中山市市场监督管理局', '基础库/法人', '无条件共享', ['统一社会信用代码', '企业名称', '法定代表人']),
];
const model = { ...DEFAULT_MODEL, recollection: { matchThreshold: 0.9, maxProjectExtra: 0.15 } };
const check = (p: Project, rs = resources) => createEngine({ projects: [p], resources: rs, model }).checkProject(p.id).recollections;

describe('re-collection (the dev README rules)', () => {
  it('an identifier another department publishes is re-collected, with the resource to consume', () => {
    const f = check(project('P1', MZ, ['身份证号', '姓名', '联系电话']));
    expect(f.map((x) => [x.dataItem, x.resource, x.resourceDataItem, x.ownerDepartment])).toEqual([['身份证号', 'R-GA-1', '公民身份号码', GA]]);
    expect(f[0]!.evidence.by).toBe('dictionary');
  });
  it('generic fields are never re-collection (姓名, 联系电话)', () => {
    expect(check(project('P1', MZ, ['姓名', '联系电话', '手机号码']))).toEqual([]);
  });
  it('the owner collecting its own element is not re-collection', () => {
    expect(check(project('P2', GA, ['公民身份号码', '户籍地址']))).toEqual([]);
  });
  it('an element published only in 不予共享 resources is not re-collection', () => {
    expect(check(project('P3', MZ, ['纳税人识别号']))).toEqual([]);
  });
  it('a project consuming a resource that holds the element uses it as a join key: no finding', () => {
    expect(check(project('P4', MZ, ['身份证号', '户籍地址'], ['R-GA-1']))).toEqual([]);
    expect(check(project('P4', MZ, ['身份证号', '户籍地址'])).map((f) => f.dataItem).sort()).toEqual(['户籍地址', '身份证号']);
  });
  it('性别, 出生日期 and 民族 count only with the ID number, pointed at its resource', () => {
    expect(check(project('P5', MZ, ['性别', '出生日期', '民族', '姓名']))).toEqual([]);
    const f = check(project('P6', MZ, ['身份证号码', '性别', '出生日期']));
    expect(f.map((x) => x.dataItem).sort()).toEqual(['出生日期', '性别', '身份证号码']);
    expect(f.find((x) => x.dataItem === '性别')).toMatchObject({ resource: 'R-GA-1', evidence: { dependsOn: '身份证号码' } });
  });
  it('registry attributes follow their identifier to the legal-person base library', () => {
    const f = check(project('P7', MZ, ['社会信用代码', '企业名称', '法定代表人']));
    expect(f.map((x) => [x.dataItem, x.resource])).toEqual([
      ['社会信用代码', 'R-SC-1'],
      ['企业名称', 'R-SC-1'],
      ['法定代表人', 'R-SC-1'],
    ]);
  });
  it('follows directory changes: a resource added, made 不予共享, removed', () => {
    const p = project('P8', MZ, ['残疾人证号']);
    const e = createEngine({ projects: [p], resources, model });
    expect(e.checkProject(p.id).recollections).toEqual([]);
    e.upsertResource(resource('R-CL-1', '中山市残疾人联合会', '部门库', '有条件共享', ['残疾人证号', '残疾类别']));
    expect(e.checkProject(p.id).recollections.map((f) => f.resource)).toEqual(['R-CL-1']);
    e.upsertResource(resource('R-CL-1', '中山市残疾人联合会', '部门库', '不予共享', ['残疾人证号', '残疾类别']));
    expect(e.checkProject(p.id).recollections).toEqual([]);
    e.upsertResource(resource('R-CL-1', '中山市残疾人联合会', '部门库', '有条件共享', ['残疾人证号']));
    e.removeResource('R-CL-1');
    expect(e.checkProject(p.id).recollections).toEqual([]);
  });
});
