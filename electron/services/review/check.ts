import { newId } from '../../../shared/model/ids';
import type { FindingLabel } from '../../../shared/review/report';
import { nameKey } from '../../../shared/text/normalize';
import type { StoreApi, Tx } from '../../store/types';
import { loadProjects } from './corpus';
import { engineFor } from './engine-host';

interface NewFinding {
  kind: 'project' | 'recollection';
  fingerprint: string;
  label: FindingLabel;
  score: number;
  otherProjectId: string | null;
  resourceId: string | null;
  dataItem: string;
  resourceItem: string;
  evidence: string;
}

const ORDER: Record<FindingLabel, number> = { duplicate: 0, recollection: 1, overlap: 2, upgrade: 3 };

/** What the engine finds for one project, as findings keyed so that an unchanged one is recognised next time. */
function findingsFor(store: StoreApi, tx: Tx, projectId: string): NewFinding[] {
  const engine = engineFor(store, tx);
  const subject = loadProjects(tx, [projectId])[0];
  if (!subject) return [];
  const result = engine.checkProject(subject);
  const codes = [...new Set(result.recollections.map((r) => r.resourceCode))];
  const ids = new Map(
    codes.length ? tx.all<{ id: string; code: string }>(`SELECT id, code FROM resources WHERE code IN (${codes.map(() => '?').join(',')})`, codes).map((r) => [r.code, r.id]) : [],
  );
  const out: NewFinding[] = [];
  for (const p of result.pairs) {
    if (p.label === 'distinct' || p.projectId === projectId) continue;
    out.push({ kind: 'project', fingerprint: `project:${p.projectId}`, label: p.label, score: p.score, otherProjectId: p.projectId, resourceId: null, dataItem: '', resourceItem: '', evidence: JSON.stringify(p.evidence) });
  }
  for (const r of result.recollections) {
    const resourceId = ids.get(r.resourceCode);
    if (!resourceId) continue;
    out.push({
      kind: 'recollection',
      fingerprint: `recollection:${nameKey(r.dataItem)}:${resourceId}:${nameKey(r.resourceDataItem)}`,
      label: 'recollection',
      score: r.score,
      otherProjectId: null,
      resourceId,
      dataItem: r.dataItem,
      resourceItem: r.resourceDataItem,
      evidence: JSON.stringify(r.evidence),
    });
  }
  return out.sort((a, b) => ORDER[a.label] - ORDER[b.label] || b.score - a.score);
}

/**
 * Runs the duplicate check for a project and keeps it as the next version of its report. A
 * finding that is unchanged since the previous version (same counterpart, same label) keeps the
 * auditor's decision, marked as carried over; anything new waits for a decision.
 */
export function writeReport(store: StoreApi, tx: Tx, projectId: string, trigger: 'auto' | 'manual', userId: string | null): string {
  const findings = findingsFor(store, tx, projectId);
  const previous = tx.get<{ id: string; version: number }>('SELECT id, version FROM review_reports WHERE project_id = ? ORDER BY version DESC LIMIT 1', [projectId]);
  const decided = new Map(
    previous
      ? tx
          .all<{ id: string; fingerprint: string; label: string; decision: string | null; reason: string; decided_by: string | null; decided_at: string | null }>(
            'SELECT id, fingerprint, label, decision, reason, decided_by, decided_at FROM review_findings WHERE report_id = ? AND decision IS NOT NULL',
            [previous.id],
          )
          .map((f) => [`${f.fingerprint}|${f.label}`, f])
      : [],
  );
  const snapshot = loadProjects(tx, [projectId])[0];
  const id = newId();
  const now = new Date().toISOString();
  tx.insert('review_report', id, {
    project_id: projectId,
    version: (previous?.version ?? 0) + 1,
    trigger,
    status: 'open',
    conclusion: null,
    conclusion_comment: '',
    snapshot: JSON.stringify({ content: snapshot?.description ?? '', systems: snapshot?.systems ?? [], dataItems: snapshot?.dataItems.map((i) => i.name) ?? [] }),
    created_by: userId,
    created_at: now,
    concluded_by: null,
    concluded_at: null,
  });
  findings.forEach((f, position) => {
    const kept = decided.get(`${f.fingerprint}|${f.label}`);
    tx.insert('review_finding', newId(), {
      report_id: id,
      position,
      kind: f.kind,
      fingerprint: f.fingerprint,
      label: f.label,
      score: f.score,
      other_project_id: f.otherProjectId,
      resource_id: f.resourceId,
      data_item: f.dataItem,
      resource_item: f.resourceItem,
      evidence: f.evidence,
      decision: kept?.decision ?? null,
      reason: kept?.reason ?? '',
      decided_by: kept?.decided_by ?? null,
      decided_at: kept?.decided_at ?? null,
      carried_from: kept?.id ?? null,
    });
  });
  return id;
}
