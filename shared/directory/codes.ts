/**
 * Resource codes (信息资源代码) as the guide defines them: the classification code
 * (类 1 digit, 项 2, 目 3, 细目 2 or more) + "/" + a sequence number allocated per prefix.
 */
export const CLASS_CODE = /^[1-3](\d{2}(\d{3}(\d{2,4})?)?)?$/;
export const RESOURCE_CODE = /^([1-3](?:\d{2}(?:\d{3}(?:\d{2,4})?)?)?)\/(\d{6})$/;
export const SEQUENCE_WIDTH = 6;

export function isClassCode(code: string): boolean {
  return CLASS_CODE.test(code);
}

/** The level of a classification code: 1 类, 2 项, 3 目, 4 细目; 0 when malformed. */
export function classLevel(code: string): number {
  if (!CLASS_CODE.test(code)) return 0;
  return code.length === 1 ? 1 : code.length === 3 ? 2 : code.length === 6 ? 3 : 4;
}

/** The parent classification code, or null for a 类. */
export function parentClassCode(code: string): string | null {
  const level = classLevel(code);
  if (level <= 1) return null;
  return code.slice(0, level === 2 ? 1 : level === 3 ? 3 : 6);
}

export function formatResourceCode(classCode: string, sequence: number): string {
  return `${classCode}/${String(sequence).padStart(SEQUENCE_WIDTH, '0')}`;
}

export function parseResourceCode(code: string): { classCode: string; sequence: number } | null {
  const m = RESOURCE_CODE.exec(code);
  return m ? { classCode: m[1]!, sequence: Number(m[2]) } : null;
}
