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
  },
};
