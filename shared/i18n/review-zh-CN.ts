/** The duplicate-construction review's vocabulary and messages (重复建设审查). */
export const reviewZhCN = {
  label: { duplicate: '重复建设', overlap: '部分重叠', upgrade: '本部门升级（合理）', recollection: '重复采集' },
  decision: { confirmed: '确认', dismissed: '排除', partial: '部分成立' },
  conclusion: { approve: '审批通过', return: '退回修改', reject: '不予通过' },
  evidence: { name: '名称', sentence: '建设内容', system: '系统', function: '功能', item: '数据项', feature: '特征' },
  rule: {
    draft: '草稿尚未申报，不能审查',
    notOpen: '该报告已办结或不是最新版本，不能再作决定',
    reasonRequired: '排除或部分成立须说明理由',
    undecided: '还有 {{count}} 项发现未作决定',
    engineUnavailable: '重复建设审查引擎不可用',
  },
};
