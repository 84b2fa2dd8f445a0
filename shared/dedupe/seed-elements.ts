/**
 * Seed data-element dictionary (数据元): plain data the bureau edits (the product will store its
 * edits and pass them as DedupeConfig.elements). Each element lists surface names that denote it.
 *
 * kind
 *  - identifier: a 一数一源 identifier or certificate/licence number; collecting it again is
 *    re-collection when another department publishes it.
 *  - registry:   an attribute registered with a base-library subject (企业名称, 法定代表人, 户籍地址 …).
 *  - dependent:  encoded in / registered with another element (性别, 出生日期, 民族 → 公民身份号码);
 *                counts only when the same project re-collects `requires`.
 *  - generic:    never re-collection (姓名, 联系电话, coordinates …), whoever else holds it.
 * ownerHint: the resource category prefix (基础库/人口) or a department keyword (公安) of the
 * authoritative copy, used when several departments publish the element.
 *
 * Provenance, honestly: this list was written after reading the dev set's README and data. It keeps
 * to elements of the national base libraries (人口, 法人, 自然资源和空间地理), social-security/tax/
 * education keys and common licence numbers, with their usual official and colloquial names — the
 * kind of list any bureau's data-element standard has — and does not add names just because one dev
 * project spelled them oddly. The dev-set figures still benefit from it (bench: "seed" note).
 */
export type ElementKind = 'identifier' | 'registry' | 'dependent' | 'generic';

export interface ElementDef {
  name: string;
  synonyms: string[];
  kind: ElementKind;
  ownerHint?: string;
  /** for kind 'dependent': the element it hangs on */
  requires?: string;
}

export const SEED_ELEMENTS: ElementDef[] = [
  // 人口基础库 (公安): GB 11643 公民身份号码; the social-security number is by law the ID number
  { name: '公民身份号码', kind: 'identifier', ownerHint: '基础库/人口',
    synonyms: ['身份证号', '身份证号码', '居民身份证号码', '居民身份证号', '身份证件号码', '公民身份证号', '公民身份证号码', '社会保障号码'] },
  { name: '性别', kind: 'dependent', requires: '公民身份号码', ownerHint: '基础库/人口', synonyms: ['性别代码'] },
  { name: '出生日期', kind: 'dependent', requires: '公民身份号码', ownerHint: '基础库/人口', synonyms: ['出生年月日'] },
  { name: '民族', kind: 'dependent', requires: '公民身份号码', ownerHint: '基础库/人口', synonyms: ['民族代码'] },
  { name: '户籍地址', kind: 'registry', ownerHint: '基础库/人口', synonyms: ['户籍所在地', '户口所在地', '户籍住址', '户籍地'] },
  // 法人基础库 (市场监管): GB 32100 统一社会信用代码 and the registration attributes
  { name: '统一社会信用代码', kind: 'identifier', ownerHint: '基础库/法人',
    synonyms: ['社会信用代码', '统一信用代码', '信用代码', '企业信用代码'] },
  { name: '市场主体名称', kind: 'registry', ownerHint: '基础库/法人', synonyms: ['企业名称', '公司名称', '商事主体名称'] },
  { name: '法定代表人', kind: 'registry', ownerHint: '基础库/法人', synonyms: ['法定代表人姓名', '法人代表', '法人代表姓名'] },
  { name: '注册资本', kind: 'registry', ownerHint: '基础库/法人', synonyms: ['注册资金'] },
  { name: '住所', kind: 'registry', ownerHint: '基础库/法人', synonyms: ['注册地址', '企业住所'] },
  { name: '成立日期', kind: 'registry', ownerHint: '基础库/法人', synonyms: ['设立日期'] },
  { name: '经营范围', kind: 'registry', ownerHint: '基础库/法人', synonyms: ['营业范围'] },
  { name: '市场主体类型', kind: 'registry', ownerHint: '基础库/法人', synonyms: ['企业类型', '公司类型'] },
  { name: '登记状态', kind: 'registry', ownerHint: '基础库/法人', synonyms: ['经营状态', '企业状态'] },
  { name: '登记机关', kind: 'registry', ownerHint: '基础库/法人', synonyms: ['登记机构'] },
  // 自然资源和空间地理 / 不动产登记
  { name: '不动产单元号', kind: 'identifier', ownerHint: '基础库/自然资源和空间地理', synonyms: ['不动产单元编号', '不动产单元代码'] },
  { name: '不动产权证书号', kind: 'identifier', ownerHint: '基础库/自然资源和空间地理', synonyms: ['不动产权证号', '不动产证号', '不动产权证书编号'] },
  // 社保, 税务, 教育, 残联, 民政 keys
  { name: '社会保障卡号', kind: 'identifier', synonyms: ['社保卡号'] },
  { name: '参保状态', kind: 'registry', synonyms: ['参保缴费状态'] },
  { name: '纳税人识别号', kind: 'identifier', synonyms: ['税务登记号'] },
  { name: '学籍号', kind: 'identifier', synonyms: ['全国学籍号', '学生学籍号'] },
  { name: '残疾人证号', kind: 'identifier', synonyms: ['残疾人证编号'] },
  { name: '低保证号', kind: 'identifier', synonyms: ['低保证编号', '最低生活保障证号'] },
  // 公安 address and vehicle registers
  { name: '标准地址编码', kind: 'identifier', ownerHint: '公安', synonyms: ['地址编码', '门牌地址编码'] },
  { name: '标准地址', kind: 'registry', ownerHint: '公安', synonyms: ['门楼牌地址', '标准门牌地址'] },
  { name: '机动车号牌号码', kind: 'identifier', ownerHint: '公安', synonyms: ['号牌号码', '车牌号码', '车牌号'] },
  { name: '车辆识别代号', kind: 'identifier', ownerHint: '公安', synonyms: ['VIN码', '车架号'] },
  // Licence and certificate numbers (许可证编号 …) are deliberately not listed one by one: the
  // element-key rule (synonyms.ts: 编号/号码/号 → #) already matches their spelling variants and
  // the directory tells who owns them.
  // generic fields: never re-collection
  { name: '姓名', kind: 'generic', synonyms: ['人员姓名'] },
  { name: '证件号码', kind: 'generic', synonyms: ['证件号'] }, // any document (passport …), not 公民身份号码
  { name: '联系电话', kind: 'generic', synonyms: ['电话号码', '联络电话', '电话'] },
  { name: '手机号码', kind: 'generic', synonyms: ['手机号', '联系手机'] },
  { name: '经度', kind: 'generic', synonyms: ['经度坐标', '地理经度'] },
  { name: '纬度', kind: 'generic', synonyms: ['纬度坐标', '地理纬度'] },
];
