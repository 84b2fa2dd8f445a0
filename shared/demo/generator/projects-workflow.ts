import { DEFAULT_FILING_THRESHOLD, nextStatus, WORKFLOW, type ProjectAction, type ProjectStatus } from '../../project/workflow';
import { COMMENTS } from './projects-phrases';
import type { Rng } from './random';

/**
 * Where a generated project stands in the review workflow and how it got there: a status that
 * fits its year (2022 projects are mostly running, 2027 ones mostly drafts) and its budget (under
 * the 备案 threshold a project is filed, not reviewed), and the timeline of steps that leads to it,
 * each step one the workflow allows (shared/project/workflow.ts).
 */
const DAY = 86_400_000;

const BY_YEAR: Record<number, Partial<Record<ProjectStatus, number>>> = {
  2022: { operating: 55, acceptance: 6, building: 14, rejected: 8, returned: 4, approved: 3, filed: 6, draft: 2, submitted: 1, sharing_review: 1 },
  2023: { operating: 42, acceptance: 10, building: 22, rejected: 7, returned: 5, approved: 4, filed: 6, draft: 2, submitted: 1, sharing_review: 1 },
  2024: { operating: 20, acceptance: 12, building: 32, rejected: 6, returned: 6, approved: 8, filed: 8, draft: 3, submitted: 2, sharing_review: 3 },
  2025: { operating: 4, acceptance: 5, building: 26, rejected: 5, returned: 9, approved: 15, filed: 8, draft: 10, submitted: 8, sharing_review: 10 },
  2026: { building: 4, approved: 10, filed: 7, rejected: 4, returned: 10, sharing_review: 18, submitted: 20, draft: 27 },
  2027: { approved: 3, filed: 2, returned: 8, sharing_review: 12, submitted: 25, draft: 50 },
};

/** A status for a project of this year and budget. */
export function statusFor(rng: Rng, year: number, budget: number, threshold = DEFAULT_FILING_THRESHOLD): ProjectStatus {
  const status = rng.weighted(BY_YEAR[year] ?? BY_YEAR[2025]!);
  if (budget < threshold) {
    // 形式审查 files small projects: they never reach 共享审核, approval or refusal.
    if (status === 'sharing_review' || status === 'approved') return 'filed';
    if (status === 'rejected') return 'returned';
  } else if (status === 'filed') return 'approved';
  return status;
}

/** The steps from 草稿 to `status` (the create step not included), sometimes with one round of 退回修改. */
export function pathTo(rng: Rng, status: ProjectStatus, budget: number, threshold = DEFAULT_FILING_THRESHOLD): ProjectAction[] {
  const big = budget >= threshold;
  const sendBack = (): ProjectAction[] => (big && rng.chance(0.6) ? ['submit', 'formal_pass', 'return'] : ['submit', 'formal_return']);
  const review: ProjectAction[] = big ? ['submit', 'formal_pass', 'approve'] : ['submit', 'formal_pass'];
  let path: ProjectAction[];
  switch (status) {
    case 'draft':
      return [];
    case 'submitted':
      path = ['submit'];
      break;
    case 'returned':
      return sendBack();
    case 'sharing_review':
      path = ['submit', 'formal_pass'];
      break;
    case 'rejected':
      path = ['submit', 'formal_pass', 'reject'];
      break;
    case 'approved':
    case 'filed':
      path = review;
      break;
    case 'building':
      path = [...review, 'start'];
      break;
    case 'acceptance':
      path = [...review, 'start', 'request_acceptance'];
      break;
    case 'operating':
      path = [...review, 'start', 'request_acceptance', ...(rng.chance(0.2) ? (['acceptance_return', 'request_acceptance'] as ProjectAction[]) : []), 'accept'];
      break;
  }
  return rng.chance(0.18) ? [...sendBack(), ...path] : path;
}

const GAP_DAYS: Record<ProjectAction | 'except', [number, number]> = {
  submit: [3, 40],
  formal_pass: [2, 20],
  formal_return: [2, 15],
  approve: [5, 45],
  return: [5, 30],
  reject: [5, 30],
  start: [10, 90],
  request_acceptance: [120, 400],
  accept: [10, 60],
  acceptance_return: [5, 30],
  except: [1, 8],
};

export interface GeneratedEvent {
  id: string;
  action: ProjectAction | 'create' | 'except';
  fromStatus: ProjectStatus | null;
  toStatus: ProjectStatus;
  comment: string;
  at: string;
}

/**
 * The timeline: created in the year before the project's year (declarations are made a year
 * ahead), each step some days after the last, all before `now`. `exceptions` gate exceptions are
 * recorded just before the project is accepted.
 */
export function timeline(
  rng: Rng,
  year: number,
  budget: number,
  actions: readonly ProjectAction[],
  exceptions: readonly string[],
  now: number,
  threshold = DEFAULT_FILING_THRESHOLD,
): GeneratedEvent[] {
  let start = Date.UTC(year - 1, 2, 1);
  let end = Math.min(Date.UTC(year - 1, 11, 20), now - 30 * DAY);
  if (end - start < 20 * DAY) {
    start = now - 240 * DAY;
    end = now - 20 * DAY;
  }
  const created = start + Math.floor(rng.next() * (end - start));
  const steps: { action: GeneratedEvent['action']; comment: string }[] = [];
  for (const action of actions) {
    if (action === 'accept') for (const reason of exceptions) steps.push({ action: 'except', comment: reason });
    const comments = WORKFLOW[action].commentRequired ? COMMENTS[action] : undefined;
    steps.push({ action, comment: comments ? rng.pick(comments) : '' });
  }
  const gaps = steps.map((s) => {
    const [lo, hi] = GAP_DAYS[s.action as ProjectAction];
    return rng.int(lo, hi) * DAY + rng.int(0, 8 * 3600) * 1000;
  });
  const total = gaps.reduce((a, b) => a + b, 0);
  const room = now - DAY - created;
  const scale = total > room ? room / total : 1;
  const events: GeneratedEvent[] = [{ id: rng.uuid(), action: 'create', fromStatus: null, toStatus: 'draft', comment: '', at: new Date(created).toISOString() }];
  let at = created;
  let status: ProjectStatus = 'draft';
  steps.forEach((s, i) => {
    at = Math.max(at + 1000, at + Math.floor(gaps[i]! * scale));
    if (s.action === 'except') {
      events.push({ id: rng.uuid(), action: 'except', fromStatus: status, toStatus: status, comment: s.comment, at: new Date(at).toISOString() });
      return;
    }
    const action = s.action as ProjectAction;
    if (!WORKFLOW[action].from.includes(status)) throw new Error(`generator: ${action} from ${status}`);
    const to = nextStatus(action, budget, threshold);
    events.push({ id: rng.uuid(), action, fromStatus: status, toStatus: to, comment: s.comment, at: new Date(at).toISOString() });
    status = to;
  });
  return events;
}
