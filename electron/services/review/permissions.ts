import type { Viewer } from '../directory/visibility';
import { isAuditor, isBureau, maySee } from '../projects/permissions';

/**
 * Reports follow their project: whoever may see the project may read its report (the department
 * learns what to consume instead); auditors decide findings and conclude; bureau staff and
 * auditors may run a check on demand.
 */
export const mayReadReport = (v: Viewer, departmentId: string) => maySee(v, departmentId);
export const mayDecide = (v: Viewer) => isAuditor(v);
export const mayRunCheck = (v: Viewer) => isAuditor(v) || isBureau(v);
