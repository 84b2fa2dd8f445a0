import type { DataType } from '../../../../shared/directory/vocab';
import type { FileEntry } from './template';

/**
 * Rows for the import budget (issue 3: 10,000 resources with 100,000 data items from .xlsx in
 * 30 s): three providers, three classifications, summaries of a realistic length, ten items each
 * with descriptions, one linked to a data element. Deterministic.
 */
const SUBJECTS = ['户籍人口', '流动人口', '出生医学证明', '婚姻登记', '社会保险参保', '不动产登记', '企业登记', '食品经营许可', '道路运输许可', '建设工程规划许可'];
const FACETS = ['基本信息', '变更信息', '注销信息', '统计数据', '办理结果信息'];
const ITEMS: [string, DataType, number | null][] = [
  ['公民身份号码', 'string', 18], ['姓名', 'string', 50], ['性别', 'enum', 1], ['出生日期', 'date', null], ['联系电话', 'string', 20],
  ['户籍地址', 'string', 200], ['登记日期', 'date', null], ['经办机构', 'string', 100], ['办理状态', 'enum', 2], ['备注', 'string', 500],
];
const PROVIDERS = ['ZS006', 'ZS024', 'ZS028'];

/** Distinct names a reviewer would not call duplicates: subject + facet + a district, no trailing number. */
export function budgetEntries(n: number, itemsPer = 10): FileEntry[] {
  return Array.from({ length: n }, (_, i) => {
    const subject = SUBJECTS[i % SUBJECTS.length]!;
    const facet = FACETS[Math.floor(i / SUBJECTS.length) % FACETS.length]!;
    return {
      code: '',
      name: `第${i + 1}片区${subject}${facet}`,
      classCode: i % 3 === 0 ? '101' : i % 3 === 1 ? '102' : '203',
      providerCode: PROVIDERS[i % PROVIDERS.length]!,
      providerName: '',
      summary: `本片区${subject}的${facet}，包括登记事项、办理时间和经办机构等内容，由业务系统每日同步更新，可用于政务服务事项办理和数据核验。`,
      format: 'database',
      shareType: i % 2 ? 'conditional' : 'unconditional',
      shareCondition: i % 2 ? '用于政务服务事项办理和监管核验' : '',
      shareMethod: 'api',
      openType: 'closed',
      openCondition: '',
      updateCycle: 'daily',
      relatedCodes: [],
      sourceSystem: `${subject}业务系统`,
      extra: { 数据量: `约 ${(i % 90) + 10} 万条`, 责任科室: '信息科' },
      status: 'draft',
      items: ITEMS.slice(0, itemsPer).map(([name, dataType, length]) => ({ name, dataType, length, description: `${name}，按国家标准填写`, elementIdentifier: name === '公民身份号码' ? 'DE01001' : null })),
    };
  });
}
