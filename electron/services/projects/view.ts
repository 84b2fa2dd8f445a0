import { ApiError } from '../../../shared/api/errors';
import type { ProjectView } from '../../../shared/project/project';
import { GATE_STATUSES, type ProjectStatus } from '../../../shared/project/workflow';
import type { Scalar } from '../../../shared/sync/operation';
import type { Reader } from '../../store/types';
import type { Viewer } from '../directory/visibility';
import { filingThreshold } from './config';
import { acceptanceGate } from './gate';
import { toProjectRow } from './table';
import { allowedProjectActions, maySee } from './permissions';

type Row = Record<string, Scalar>;
const s = (r: Row, k: string) => String(r[k] ?? '');
const opt = (r: Row, k: string) => (r[k] === null || r[k] === undefined ? null : String(r[k]));

export const PROJECT_ROW_SQL = `SELECT p.*, d.name AS department_name FROM projects p JOIN departments d ON d.id = p.department_id`;

/** Finds a project by id or by its code (项目编号). */
export function findProject(db: Reader, ref: string): Row | undefined {
  return db.get<Row>(`${PROJECT_ROW_SQL} WHERE p.id = ? OR p.code = ?`, [ref, ref]);
}

const resourceRef = (r: Row) => ({
  resourceId: s(r, 'resource_id'),
  code: opt(r, 'code'),
  name: opt(r, 'name'),
  providerName: opt(r, 'provider_name'),
  status: opt(r, 'status') as ProjectView['consumes'][number]['status'],
  shareType: opt(r, 'share_type') as ProjectView['consumes'][number]['shareType'],
});
const RESOURCE_JOIN = `LEFT JOIN resources r ON r.id = x.resource_id LEFT JOIN departments rd ON rd.id = r.provider_dept_id`;
const RESOURCE_COLS = `r.code, r.name, rd.name AS provider_name, r.status, r.share_type`;

/** A project as the viewer may see it: record, children, timeline, gate and what the viewer may do. */
export function projectView(db: Reader, viewer: Viewer, ref: string): ProjectView {
  const p = findProject(db, ref);
  if (!p || !maySee(viewer, s(p, 'department_id'))) throw new ApiError('NOT_FOUND');
  const id = s(p, 'id');
  const status = s(p, 'status') as ProjectStatus;
  const systems = db.all<Row>('SELECT id, name, functions FROM project_systems WHERE project_id = ? ORDER BY position', [id]);
  const items = db.all<Row>(
    `SELECT i.*, e.name AS element_name FROM project_items i LEFT JOIN data_elements e ON e.id = i.element_id WHERE i.project_id = ? ORDER BY i.position`,
    [id],
  );
  const consumes = db.all<Row>(`SELECT x.resource_id, x.purpose, ${RESOURCE_COLS} FROM project_consumes x ${RESOURCE_JOIN} WHERE x.project_id = ? ORDER BY x.position`, [id]);
  const provides = db.all<Row>(
    `SELECT x.id, x.resource_id, x.share_type AS promised, x.exception_reason, x.exception_at, eu.display_name AS exception_user, ${RESOURCE_COLS}
     FROM project_provides x ${RESOURCE_JOIN} LEFT JOIN users eu ON eu.id = x.exception_by WHERE x.project_id = ? ORDER BY x.position`,
    [id],
  );
  const attachments = db.all<Row>(
    `SELECT a.*, u.display_name AS user_name FROM project_attachments a LEFT JOIN users u ON u.id = a.created_by WHERE a.project_id = ? ORDER BY a.created_at`,
    [id],
  );
  const history = db.all<Row>(
    `SELECT e.*, u.display_name AS user_name FROM project_events e LEFT JOIN users u ON u.id = e.user_id WHERE e.project_id = ? ORDER BY e.at, e.rowid`,
    [id],
  );
  return {
    ...toProjectRow(p),
    content: s(p, 'content'),
    systems: systems.map((r) => ({ id: s(r, 'id'), name: s(r, 'name'), functions: JSON.parse(s(r, 'functions')) as string[] })),
    dataItems: items.map((r) => ({
      id: s(r, 'id'),
      position: Number(r.position),
      name: s(r, 'name'),
      dataType: s(r, 'data_type') as ProjectView['dataItems'][number]['dataType'],
      length: r.length === null ? null : Number(r.length),
      description: s(r, 'description'),
      elementId: opt(r, 'element_id'),
      elementName: opt(r, 'element_name'),
    })),
    consumes: consumes.map((r) => ({ ...resourceRef(r), purpose: s(r, 'purpose') })),
    provides: provides.map((r) => ({
      ...resourceRef(r),
      id: s(r, 'id'),
      promisedShareType: s(r, 'promised') as ProjectView['provides'][number]['promisedShareType'],
      exception: r.exception_reason === null ? null : { reason: s(r, 'exception_reason'), userName: opt(r, 'exception_user'), at: s(r, 'exception_at') },
    })),
    attachments: attachments.map((r) => ({
      id: s(r, 'id'),
      kind: s(r, 'kind') as ProjectView['attachments'][number]['kind'],
      fileName: s(r, 'file_name'),
      sha256: s(r, 'sha256'),
      size: Number(r.size),
      userName: opt(r, 'user_name'),
      at: s(r, 'created_at'),
    })),
    history: history.map((r) => ({
      id: s(r, 'id'),
      action: s(r, 'action'),
      fromStatus: opt(r, 'from_status') as ProjectStatus | null,
      toStatus: s(r, 'to_status') as ProjectStatus,
      comment: s(r, 'comment'),
      userName: opt(r, 'user_name'),
      at: s(r, 'at'),
    })),
    gate: GATE_STATUSES.includes(status) ? acceptanceGate(db, id) : null,
    can: allowedProjectActions(viewer, { status, department_id: s(p, 'department_id') }),
    filingThreshold: filingThreshold(db),
  };
}
