import type { Gate } from '../../../shared/project/project';
import type { ShareType, ResourceStatus } from '../../../shared/directory/vocab';
import type { Reader } from '../../store/types';

/**
 * The acceptance gate (验收): every resource the project promised must be registered in the
 * directory and published with the promised share attribute; an auditor may let a promise pass
 * with a recorded exception. Lists what is missing.
 */
export function acceptanceGate(db: Reader, projectId: string): Gate {
  const rows = db.all<{
    id: string;
    resource_id: string;
    promised: ShareType;
    exception_reason: string | null;
    code: string | null;
    name: string | null;
    status: ResourceStatus | null;
    share_type: ShareType | null;
  }>(
    `SELECT pp.id, pp.resource_id, pp.share_type AS promised, pp.exception_reason, r.code, r.name, r.status, r.share_type
     FROM project_provides pp LEFT JOIN resources r ON r.id = pp.resource_id
     WHERE pp.project_id = ? ORDER BY pp.position`,
    [projectId],
  );
  const missing: Gate['missing'] = [];
  for (const r of rows) {
    const problem = r.status === null || r.status === 'retired' ? 'notRegistered' : r.status !== 'published' ? 'notPublished' : r.share_type !== r.promised ? 'shareMismatch' : null;
    if (problem === null) continue;
    missing.push({
      provideId: r.id,
      resourceId: r.status === null ? null : r.resource_id,
      code: r.code,
      name: r.name ?? '',
      problem,
      promised: r.promised,
      actual: r.share_type,
      status: r.status,
      excepted: r.exception_reason !== null,
    });
  }
  return { passes: missing.every((m) => m.excepted), missing };
}
