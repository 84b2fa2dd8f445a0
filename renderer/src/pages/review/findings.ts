import type { Evidence, Finding, FindingLabel, Report } from '../../../../shared/review/report';

/** How the report lists its findings: what must be acted on first. */
export const LABEL_ORDER: readonly FindingLabel[] = ['duplicate', 'recollection', 'overlap', 'upgrade'];

export interface FindingGroup {
  label: FindingLabel;
  findings: Finding[];
}

/** Findings grouped by label in LABEL_ORDER (empty groups left out), each group in the report's order. */
export function groupFindings(findings: readonly Finding[]): FindingGroup[] {
  return LABEL_ORDER.map((label) => ({ label, findings: findings.filter((f) => f.label === label) })).filter((g) => g.findings.length > 0);
}

/** The findings in the order the page shows them (↑/↓ walk this order). */
export const displayOrder = (findings: readonly Finding[]): Finding[] => groupFindings(findings).flatMap((g) => g.findings);

/** A score (0..1) as a whole percentage. */
export const percent = (score: number): string => `${Math.round(Math.max(0, Math.min(1, score)) * 100)}%`;

/** Evidence that quotes text (everything but the model's features). */
export const isQuote = (e: Evidence) => e.kind !== 'feature';

/** Evidence below this score is listed (the engine reports e.g. every name comparison) but not marked: it did not match. */
export const MARK_MIN = 0.3;
export const isMarked = (e: Evidence) => isQuote(e) && e.score >= MARK_MIN;

/** Where the selected finding's evidence is marked in the project as checked. */
export interface Needles {
  name: string[];
  content: string[];
  systems: string[];
  functions: string[];
  items: string[];
}

const EMPTY: Needles = { name: [], content: [], systems: [], functions: [], items: [] };

/**
 * What to mark in each part of the project for a finding: matched sentences in the content, systems
 * in system names, functions in functions, data items in the data items (a re-collection also
 * marks its own item), the name in the name; weak evidence (below MARK_MIN) is not marked.
 */
export function needlesFor(finding: Finding | null): Needles {
  if (!finding) return EMPTY;
  const pick = (kind: Evidence['kind']) => finding.evidence.filter((e) => e.kind === kind && isMarked(e) && e.left.trim()).map((e) => e.left);
  return {
    name: pick('name'),
    content: pick('sentence'),
    systems: pick('system'),
    functions: pick('function'),
    items: [...pick('item'), ...(finding.dataItem.trim() ? [finding.dataItem] : [])],
  };
}

export const undecidedCount = (report: Report) => report.findings.filter((f) => f.decision === null).length;

/** The first undecided finding after `fromId` in display order (wrapping), else null. */
export function nextUndecided(findings: readonly Finding[], fromId: string | null): Finding | null {
  const order = displayOrder(findings);
  const at = order.findIndex((f) => f.id === fromId); // -1: start from the top
  for (let k = 1; k <= order.length; k++) {
    const f = order[(at + k) % order.length]!;
    if (f.decision === null) return f;
  }
  return null;
}

/**
 * What the service appends when a report sends the project back or refuses it: resources to consume
 * instead of re-collecting, and projects it duplicates (confirmed or partly confirmed findings).
 */
export function consequences(findings: readonly Finding[]): { consume: string[]; duplicates: string[] } {
  const held = findings.filter((f) => f.decision === 'confirmed' || f.decision === 'partial');
  const consume = [...new Map(held.filter((f) => f.resource).map((f) => [f.resource!.code, `${f.resource!.code} ${f.resource!.name}`])).values()];
  const duplicates = held.filter((f) => f.otherProject && f.label !== 'upgrade').map((f) => `${f.otherProject!.code} ${f.otherProject!.name}`);
  return { consume, duplicates };
}
