import type { reviewZhCN } from './review-zh-CN';

type DeepStrings<T> = { [K in keyof T]: T[K] extends string ? string : DeepStrings<T[K]> };

export const reviewEn: DeepStrings<typeof reviewZhCN> = {
  label: { duplicate: 'Duplicate construction', overlap: 'Partial overlap', upgrade: 'Own upgrade (legitimate)', recollection: 'Re-collected data' },
  decision: { confirmed: 'Confirmed', dismissed: 'Dismissed', partial: 'Partly confirmed' },
  conclusion: { approve: 'Approve', return: 'Return for changes', reject: 'Reject' },
  evidence: { name: 'Name', sentence: 'Construction content', system: 'System', function: 'Function', item: 'Data item', feature: 'Feature' },
  rule: {
    draft: 'A draft has not been declared yet and cannot be reviewed',
    notOpen: 'This report is concluded or not the latest version; no more decisions',
    reasonRequired: 'Dismissing or partly confirming needs a reason',
    undecided: '{{count}} findings are still undecided',
    engineUnavailable: 'The duplicate-construction engine is unavailable',
    nameInTwoElements: 'The same name is in two elements',
    requiresUnknown: 'The element it depends on does not exist',
    pairIsSynonym: 'These names are already one element; they cannot also be a non-synonym pair',
    dictionaryForbidden: 'Only bureau staff may edit the review dictionary',
    decideInReport: 'The review report still has {{count}} undecided findings: decide each in the report first',
    pdfUnavailable: 'No Chromium found to make the PDF: install chromium or set TONGCHOU_CHROMIUM',
    pdfChromiumMissing: 'TONGCHOU_CHROMIUM points to {{path}}, which does not exist or cannot be run',
    pdfFailed: 'Making the PDF failed ({{reason}})',
    noScan: 'No city-wide scan yet: start one first',
  },
  progress: { scan: 'City-wide duplicate scan' },
  citywide: {
    export: {
      more: 'and {{count}} more resources',
      clusters: {
        file: 'City-wide duplicate scan', sheet: 'Duplicate clusters', cluster: 'Cluster', size: 'Projects', departments: 'Departments', topLabel: 'Strongest relation', topScore: 'Top similarity',
        code: 'Project no.', name: 'Project name', department: 'Department', year: 'Year',
      },
      hotspots: {
        file: 'Multi-collected data', sheet: 'Multi-collected', element: 'Data element', names: 'Name variants', departments: 'Departments', departmentNames: 'Collected by',
        resourceCount: 'Resources', resources: 'Resource list', projects: 'Projects', kind: 'Kind',
      },
      kind: { key: 'Key element', generic: 'Generic field' },
    },
  },
  print: {
    issuer: 'Zhongshan Government Services and Data Administration',
    title: 'Duplicate-Construction Review Report',
    fileName: 'Duplicate-construction review-{{code}}-v{{version}}.pdf',
    reportNo: 'Report no. {{number}}',
    project: { code: 'Project no.', name: 'Project name', department: 'Department', version: 'Report version', date: 'Checked on', status: 'Project status', trigger: 'Check', reportStatus: 'Report status' },
    versionOf: 'version {{version}} of {{versions}}',
    trigger: { auto: 'automatic, on entering sharing review', manual: 'on demand' },
    reportStatus: { open: 'under review', concluded: 'concluded' },
    findings: '1. Findings',
    summary: '{{count}} findings: {{parts}}.',
    summaryPart: '{{label}} {{count}}',
    none: 'No duplicate construction or re-collected data found.',
    col: { no: 'No.', label: 'Type', subject: 'Counterpart', score: 'Similarity', evidence: 'Main evidence', decision: "Auditor's opinion" },
    dataItem: 'Data item "{{item}}"',
    consumeInstead: 'Consume instead',
    provider: 'Provider: {{name}}',
    resourceItem: 'Data item: {{item}}',
    undecided: 'Pending',
    carried: 'kept from the previous version',
    conclusion: {
      heading: '2. Conclusion', result: 'Conclusion', comment: 'Opinion', auditor: 'Auditor', date: 'Date', pending: 'Not concluded ({{undecided}} findings pending)', none: 'none',
    },
    signatures: {
      heading: '3. Signatures', auditor: 'Auditor (signature)', reviewer: 'Reviewer (signature)', date: 'Date', blankDate: '____-__-__', seal: ' (seal)',
    },
    page: 'Page {{page}} of {{pages}}',
    separator: ': ',
    listSeparator: ', ',
  },
};
