import type { DataType } from '../../../shared/directory/vocab';

/**
 * The classification trees the city starts with (DESIGN.md §1): the seed's base libraries and the
 * national guide's, the seed's thematic libraries and a few more; bureau staff add their own.
 * 部门信息资源 (3) gets one 项 per department (3 + 2 digits) when demo data or a department needs it.
 */
export const DEFAULT_CLASSIFICATIONS: { code: string; name: string }[] = [
  { code: '1', name: '基础信息资源' },
  { code: '101', name: '人口' },
  { code: '102', name: '法人' },
  { code: '103', name: '自然资源和空间地理' },
  { code: '104', name: '宏观经济' },
  { code: '105', name: '社会信用' },
  { code: '106', name: '电子证照' },
  { code: '2', name: '主题信息资源' },
  { code: '201', name: '证照' },
  { code: '202', name: '城市部件' },
  { code: '203', name: '业务' },
  { code: '204', name: '气象' },
  { code: '205', name: '信用' },
  { code: '206', name: '医疗健康' },
  { code: '207', name: '社会保障' },
  { code: '208', name: '交通出行' },
  { code: '209', name: '生态环境' },
  { code: '210', name: '教育' },
  { code: '3', name: '部门信息资源' },
];

/** The data-element dictionary's first entries (数据元): the elements departments collect most. */
export const DEFAULT_ELEMENTS: { identifier: string; name: string; definition: string; dataType: DataType; format: string; synonyms: string[] }[] = [
  { identifier: 'DE01001', name: '公民身份号码', definition: '赋予公民的唯一、终身不变的身份代码（GB 11643）', dataType: 'string', format: 'c18', synonyms: ['身份证号', '身份证号码', '居民身份证号码', '身份证件号码'] },
  { identifier: 'DE01002', name: '姓名', definition: '在户籍管理部门正式登记注册的人的姓氏名称', dataType: 'string', format: 'c..50', synonyms: ['人员姓名'] },
  { identifier: 'DE01003', name: '性别', definition: '人的性别代码（GB/T 2261.1）', dataType: 'enum', format: 'n1', synonyms: ['性别代码'] },
  { identifier: 'DE01004', name: '出生日期', definition: '人出生的公历年月日', dataType: 'date', format: 'YYYYMMDD', synonyms: ['出生年月日'] },
  { identifier: 'DE01005', name: '联系电话', definition: '联系人的电话号码', dataType: 'string', format: 'c..20', synonyms: [] },
  { identifier: 'DE01006', name: '地址', definition: '所在位置的详细地址描述', dataType: 'string', format: 'c..200', synonyms: ['详细地址'] },
  { identifier: 'DE02001', name: '统一社会信用代码', definition: '法人和其他组织的统一社会信用代码（GB 32100）', dataType: 'string', format: 'c18', synonyms: ['社会信用代码', '企业信用代码'] },
  { identifier: 'DE02002', name: '企业名称', definition: '经登记机关核准登记的企业名称', dataType: 'string', format: 'c..100', synonyms: ['单位名称', '市场主体名称'] },
  { identifier: 'DE02003', name: '法定代表人', definition: '依法代表法人行使民事权利的负责人姓名', dataType: 'string', format: 'c..50', synonyms: ['法定代表人姓名', '法人代表'] },
];
