import type { Reader } from '../../../store/types';
import type { ErrorList } from '../../directory/io/report';
import type { Viewer } from '../../directory/visibility';
import { projectIssues } from '../issues';
import { mayDeclareFor } from '../permissions';
import { PROJECTS } from './columns';
import { placeOf, type Candidate } from './rows';

/**
 * The rules `projects.create` applies, for each project of a file: the caller may declare for the
 * department (registrants only their own), then `projectIssues` (the shared rules plus what the
 * database knows: needs are other departments' published resources, promised ones the
 * department's own, known classifications and data elements). Errors are reported at their cell;
 * warnings (a same-name project already registered) do not stop an import, as they do not stop
 * the form. Returns the candidates without problems.
 */
export function checkProjects(db: Reader, viewer: Viewer, candidates: readonly Candidate[], errors: ErrorList): Candidate[] {
  return candidates.filter((c) => {
    if (!mayDeclareFor(viewer, c.input.departmentId)) {
      errors.add(c.sheet, c.row, PROJECTS.columns.department, 'proj.rule.notOwnDepartment');
      return false; // the other rules are not this caller's business
    }
    const problems = projectIssues(db, c.input, null).filter((i) => i.severity === 'error');
    for (const issue of problems) {
      const place = placeOf(c, issue.path);
      errors.add(place.sheet, place.row, place.column, issue.key, issue.params ?? {});
    }
    return problems.length === 0;
  });
}
