import { ApiError } from '../../../shared/api/errors';
import type { Evidence, Finding, Report } from '../../../shared/review/report';
import type { ProjectStatus } from '../../../shared/project/workflow';
import type { Reader } from '../../store/types';
import type { Viewer } from '../directory/visibility';
import { mayDecide, mayReadReport, mayRunCheck } from './permissions';

type Row = Record<string, string | number | null>;
const str = (r: Row, k: string) => String(r[k] ?? '');
const opt = (r: Row, k: string) => (r[k] === null || r[k] === undefined ? null : String(r[k]));

/** A report as the viewer may see it: the project as checked, each finding with its counterpart and evidence. */
export function reportView(db: Reader, viewer: Viewer, reportId: string): Report {
  const r = db.get<Row>(
    `SELECT rr.*, p.code AS project_code, p.name AS project_name, p.status AS project_status, p.department_id, d.name AS department_name,
            cu.display_name AS created_name, ku.display_name AS concluded_name,
            (SELECT COUNT(*) FROM review_reports v WHERE v.project_id = rr.project_id) AS versions
     FROM review_reports rr JOIN projects p ON p.id = rr.project_id JOIN departments d ON d.id = p.department_id
     LEFT JOIN users cu ON cu.id = rr.created_by LEFT JOIN users ku ON ku.id = rr.concluded_by WHERE rr.id = ?`,
    [reportId],
  );
  if (!r || !mayReadReport(viewer, str(r, 'department_id'))) throw new ApiError('NOT_FOUND');
  const rows = db.all<Row>(
    `SELECT f.*, op.code AS other_code, op.name AS other_name, op.status AS other_status, op.year AS other_year, od.name AS other_department,
            res.code AS resource_code, res.name AS resource_name, rd.name AS provider_name, u.display_name AS decided_name
     FROM review_findings f
     LEFT JOIN projects op ON op.id = f.other_project_id LEFT JOIN departments od ON od.id = op.department_id
     LEFT JOIN resources res ON res.id = f.resource_id LEFT JOIN departments rd ON rd.id = res.provider_dept_id
     LEFT JOIN users u ON u.id = f.decided_by
     WHERE f.report_id = ? ORDER BY f.position`,
    [reportId],
  );
  const findings: Finding[] = rows.map((f) => ({
    id: str(f, 'id'),
    kind: str(f, 'kind') as Finding['kind'],
    label: str(f, 'label') as Finding['label'],
    score: Number(f.score),
    otherProject:
      f.other_project_id === null
        ? null
        : { id: str(f, 'other_project_id'), code: str(f, 'other_code'), name: str(f, 'other_name'), departmentName: str(f, 'other_department'), status: str(f, 'other_status') as ProjectStatus, year: Number(f.other_year) },
    dataItem: str(f, 'data_item'),
    resource:
      f.resource_id === null
        ? null
        : { id: str(f, 'resource_id'), code: str(f, 'resource_code'), name: str(f, 'resource_name'), providerName: str(f, 'provider_name'), item: str(f, 'resource_item') },
    evidence: JSON.parse(str(f, 'evidence') || '[]') as Evidence[],
    decision: opt(f, 'decision') as Finding['decision'],
    reason: str(f, 'reason'),
    decidedBy: opt(f, 'decided_name'),
    decidedAt: opt(f, 'decided_at'),
    carried: f.carried_from !== null,
  }));
  const open = str(r, 'status') === 'open';
  const latest = Number(r.version) === Number(r.versions);
  const inReview = str(r, 'project_status') === 'sharing_review';
  const can: string[] = [];
  if (open && latest && inReview && mayDecide(viewer)) can.push('decide', 'conclude');
  if (mayRunCheck(viewer) && str(r, 'project_status') !== 'draft') can.push('check');
  return {
    id: str(r, 'id'),
    projectId: str(r, 'project_id'),
    projectCode: str(r, 'project_code'),
    projectName: str(r, 'project_name'),
    departmentName: str(r, 'department_name'),
    projectStatus: str(r, 'project_status') as ProjectStatus,
    version: Number(r.version),
    versions: Number(r.versions),
    trigger: str(r, 'trigger') as Report['trigger'],
    status: str(r, 'status') as Report['status'],
    conclusion: opt(r, 'conclusion') as Report['conclusion'],
    conclusionComment: str(r, 'conclusion_comment'),
    createdBy: opt(r, 'created_name'),
    createdAt: str(r, 'created_at'),
    concludedBy: opt(r, 'concluded_name'),
    concludedAt: opt(r, 'concluded_at'),
    snapshot: JSON.parse(str(r, 'snapshot')) as Report['snapshot'],
    findings,
    can,
  };
}
