import i18next from 'i18next';
import type { User } from '../../../../shared/model/user';

/** One formatter per language: creating Intl formatters per table cell is slow. */
const amounts = new Map<string, Intl.NumberFormat>();

/** A budget in 万元 as the user's language writes it: two decimals, thousands separators (1,234.50). */
export function formatBudget(amount: number): string {
  const language = i18next.language || 'zh-CN';
  let f = amounts.get(language);
  if (!f) {
    f = new Intl.NumberFormat(language, { minimumFractionDigits: 2, maximumFractionDigits: 2 });
    amounts.set(language, f);
  }
  return f.format(amount);
}

/** A file size for people: 812 B, 35.2 KB, 4.1 MB. */
export function formatSize(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KB`;
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

/** The years the register is usually filtered by: next year and the six before it, newest first. */
export function recentYears(now = new Date()): number[] {
  const next = now.getFullYear() + 1;
  return Array.from({ length: 7 }, (_, i) => next - i);
}

type Who = Pick<User, 'role' | 'departmentId'>;

/** Who may declare projects (the service decides per department): own-department registrants, bureau staff, administrators. */
export const mayDeclare = (u: Who) => (u.role === 'registrant' && u.departmentId !== null) || u.role === 'bureau' || u.role === 'admin';
/** Who has a review queue (项目待审): bureau staff (形式审查), auditors (共享审核, 验收), administrators. */
export const hasQueue = (u: Who) => u.role === 'bureau' || u.role === 'auditor' || u.role === 'admin';
/** Who sees every department's projects (others see their own department's only, so need no department filter). */
export const seesAllProjects = (u: Who) => u.role === 'admin' || u.role === 'bureau' || u.role === 'auditor';
/** 我的项目 is the caller's department's projects. */
export const hasMine = (u: Who) => u.departmentId !== null;
