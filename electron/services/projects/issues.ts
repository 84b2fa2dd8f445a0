import type { ProjectInput } from '../../../shared/project/project';
import { validateProject, type ProjectIssue } from '../../../shared/project/validate';
import { nameKey } from '../../../shared/text/normalize';
import type { Reader } from '../../store/types';
import { classificationExists } from '../directory/classifications';

const err = (path: string, key: string, params?: Record<string, string | number>): ProjectIssue => ({ path, key, severity: 'error', ...(params ? { params } : {}) });

/** Every problem with a declaration: the shared rules plus what only the database knows. */
export function projectIssues(db: Reader, input: ProjectInput, id: string | null): ProjectIssue[] {
  const issues: ProjectIssue[] = [];
  if (!db.get('SELECT 1 FROM departments WHERE id = ?', [input.departmentId])) issues.push(err('departmentId', 'proj.rule.departmentUnknown'));
  input.dataItems.forEach((item, i) => {
    if (item.elementId !== null && !db.get('SELECT 1 FROM data_elements WHERE id = ?', [item.elementId])) issues.push(err(`dataItems.${i}.elementId`, 'dir.rule.elementUnknown'));
  });
  input.consumes.forEach((c, i) => {
    const r = db.get<{ status: string; provider_dept_id: string }>('SELECT status, provider_dept_id FROM resources WHERE id = ?', [c.resourceId]);
    if (!r) issues.push(err(`consumes.${i}.resourceId`, 'proj.rule.resourceUnknown'));
    else if (r.provider_dept_id === input.departmentId) issues.push(err(`consumes.${i}.resourceId`, 'proj.rule.consumeOwn'));
    else if (r.status !== 'published') issues.push(err(`consumes.${i}.resourceId`, 'proj.rule.consumeNotPublished'));
  });
  input.provides.forEach((p, i) => {
    if (p.resourceId !== null) {
      const r = db.get<{ provider_dept_id: string; status: string }>('SELECT provider_dept_id, status FROM resources WHERE id = ?', [p.resourceId]);
      if (!r || r.status === 'retired') issues.push(err(`provides.${i}.resourceId`, 'proj.rule.resourceUnknown'));
      else if (r.provider_dept_id !== input.departmentId) issues.push(err(`provides.${i}.resourceId`, 'proj.rule.provideNotOwn'));
    }
    if (p.draft && !classificationExists(db, p.draft.classCode)) issues.push(err(`provides.${i}.draft.classCode`, 'dir.rule.classUnknown'));
  });
  const key = nameKey(input.name);
  const twins = db.all<{ code: string }>('SELECT code FROM projects WHERE name_key = ? AND id != ? ORDER BY code LIMIT 3', [key, id ?? '']);
  issues.push(...validateProject(input, { sameNameCodes: twins.map((t) => t.code) }));
  return issues;
}
