import { projectInputSchema, type ProjectInput } from '../../../../shared/project/project';
import { schemaCheck } from '../directory/entry-check';
import type { Issue } from '../directory/entry-draft';
import { FORM_LISTS, type FormList } from './project-form';

/**
 * What the service is asked while the form is still incomplete. `projects.check` takes only a
 * declaration that passes the contract's schema, but its rules (同名项目, a resource of one's own
 * department as 共享需求, an unknown class code …) are worth hearing before everything is filled
 * in. So the fields that fail the schema are stood in for by harmless values and the rows that
 * fail it are left out; what the service then says about the stand-ins is dropped, and what it
 * says about the rows kept is put back at their places in the form.
 */
export interface CheckPlan {
  input: ProjectInput;
  /** Top-level fields sent as stand-ins. */
  filled: ReadonlySet<string>;
  /** For each list, the form's index of each row sent. */
  kept: Record<FormList, number[]>;
}

type Scalar = Exclude<keyof ProjectInput, FormList>;

const standIn = (year: number): Pick<ProjectInput, Scalar> => ({
  name: '（待填写的项目）',
  departmentId: '-',
  type: 'new',
  year,
  budget: 1,
  fundingSource: 'fiscal',
  content: '（待填写的建设内容，仅用于检查）',
});

/** How to check `input` given its schema problems, or null when the schema refuses it as a whole. */
export function checkPlan(input: ProjectInput, schemaIssues: readonly Issue[], year = new Date().getFullYear()): CheckPlan | null {
  const filled = new Set<string>();
  const dropped: Record<FormList, Set<number>> = { systems: new Set(), dataItems: new Set(), consumes: new Set(), provides: new Set() };
  for (const issue of schemaIssues) {
    const [head, index] = issue.path.split('.');
    if ((FORM_LISTS as readonly string[]).includes(head ?? '')) {
      if (!/^\d+$/.test(index ?? '')) return null; // the list itself (too many rows)
      dropped[head as FormList].add(Number(index));
    } else if (head && head in standIn(year)) filled.add(head);
    else return null;
  }
  const stand = standIn(year);
  const out = { ...input } as ProjectInput;
  for (const field of filled) (out as Record<string, unknown>)[field] = stand[field as Scalar];
  const kept = {} as Record<FormList, number[]>;
  for (const list of FORM_LISTS) {
    kept[list] = input[list].map((_, i) => i).filter((i) => !dropped[list].has(i));
    (out as Record<string, unknown>)[list] = kept[list].map((i) => input[list][i]);
  }
  return { input: out, filled, kept };
}

/** The service's answer about the input sent, as problems of the form: stand-ins dropped, rows put back. */
export function placeIssues(issues: readonly Issue[], plan: CheckPlan): Issue[] {
  const out: Issue[] = [];
  for (const issue of issues) {
    const path = issue.path.replace(/^input\./, '');
    const [head, index, ...rest] = path.split('.');
    if (plan.filled.has(head ?? '')) continue;
    if ((FORM_LISTS as readonly string[]).includes(head ?? '') && /^\d+$/.test(index ?? '')) {
      const at = plan.kept[head as FormList][Number(index)];
      if (at === undefined) continue;
      out.push({ ...issue, path: [head, String(at), ...rest].join('.') });
    } else out.push({ ...issue, path });
  }
  return out;
}

/**
 * The declaration's problems: the schema's, from here, and the service's rules on all that passes
 * the schema (`ask` calls `projects.check`; without an answer the schema's problems stand).
 */
export async function checkProject(input: ProjectInput, ask: (input: ProjectInput) => Promise<Issue[]>): Promise<Issue[]> {
  const local = schemaCheck(projectInputSchema, input);
  const plan = checkPlan(input, local.issues);
  if (!plan) return local.issues;
  let server: Issue[];
  try {
    server = await ask(plan.input);
  } catch {
    server = []; // the service did not answer: what the schema says still stands
  }
  return [...local.issues, ...placeIssues(server, plan)];
}
