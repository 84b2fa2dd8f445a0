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
    decideInReport: '审查报告还有 {{count}} 项发现未作决定，请先在报告中逐项决定',
    pdfUnavailable: '未找到可用于生成 PDF 的 Chromium，请安装 chromium 或设置 TONGCHOU_CHROMIUM',
    pdfChromiumMissing: 'TONGCHOU_CHROMIUM 指向的 {{path}} 不存在或不可执行',
    pdfFailed: '生成 PDF 失败（{{reason}}）',
    noScan: '尚未进行全市扫描，请先开始扫描',
  },
  progress: { scan: '全市重复建设扫描' },
  /** The city-wide views' files (全市扫描, 多头采集). */
  citywide: {
    export: {
      more: '等另 {{count}} 个资源',
      clusters: {
        file: '全市重复建设扫描', sheet: '重复建设簇', cluster: '簇序号', size: '项目数', departments: '部门数', topLabel: '最强关系', topScore: '最高相似度',
        code: '项目编号', name: '项目名称', department: '申报单位', year: '年度',
      },
      hotspots: {
        file: '多头采集清单', sheet: '多头采集', element: '数据元素', names: '名称变体', departments: '采集部门数', departmentNames: '采集部门',
        resourceCount: '资源数', resources: '资源', projects: '项目数', kind: '类别',
      },
      kind: { key: '关键数据元素', generic: '通用字段' },
    },
  },
  /** The printable report (重复建设审查报告, A4). */
  print: {
    issuer: '中山市政务服务和数据管理局',
    title: '重复建设审查报告',
    fileName: '重复建设审查报告-{{code}}-v{{version}}.pdf',
    reportNo: '报告编号：{{number}}',
    project: { code: '项目编号', name: '项目名称', department: '申报单位', version: '报告版本', date: '审查日期', status: '项目状态', trigger: '审查方式', reportStatus: '报告状态' },
    versionOf: '第 {{version}} 版（共 {{versions}} 版）',
    trigger: { auto: '进入共享审核时自动审查', manual: '按需审查' },
    reportStatus: { open: '审查中', concluded: '已办结' },
    findings: '一、审查发现',
    summary: '共 {{count}} 项发现：{{parts}}。',
    summaryPart: '{{label}} {{count}} 项',
    none: '未发现重复建设或重复采集。',
    col: { no: '序号', label: '类型', subject: '对象', score: '相似度', evidence: '主要证据', decision: '审核意见' },
    dataItem: '数据项「{{item}}」',
    consumeInstead: '应共享调用',
    provider: '提供方：{{name}}',
    resourceItem: '信息项：{{item}}',
    undecided: '待审核',
    carried: '沿用上一版决定',
    conclusion: {
      heading: '二、审查结论', result: '结论', comment: '意见', auditor: '审核人', date: '日期', pending: '尚未办结（{{undecided}} 项发现待审核）', none: '无',
    },
    signatures: {
      heading: '三、签字', auditor: '审核人（签字）', reviewer: '复核人（签字）', date: '日期', blankDate: '　　　　年　　月　　日', seal: '（盖章）',
    },
    page: '第 {{page}} 页 / 共 {{pages}} 页',
    separator: '：',
    listSeparator: '，',
  },
};
