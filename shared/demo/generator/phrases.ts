import type { UpdateCycle } from '../../directory/vocab';

/** Sentences and conditions as registrants of 中山市 departments write them. */

export const SHARE_CONDITIONS = [
  '仅向承担相关监管职责的部门提供',
  '涉及个人信息的字段需脱敏后提供',
  '限于行政审批和监管执法用途，不得向第三方提供',
  '需经提供部门审核同意，按最小必要原则申请所需信息项',
  '仅提供核验接口，不提供批量数据',
  '使用部门须签订数据安全保密协议，数据仅用于本部门履职',
  '依法履职需要，申请时注明法律依据和使用范围',
  '按事项办理需要逐条查询，不提供全量数据',
  '仅向市级部门和镇街提供本辖区数据',
  '用于公共服务和社会治理，使用期限不超过一年',
] as const;

/** The basis a 不予共享 entry must state (法律、行政法规或政策依据). */
export const NONE_BASES = [
  '依据《中华人民共和国个人信息保护法》，涉及个人敏感信息，不予共享',
  '依据《中华人民共和国保守国家秘密法》及相关保密规定，不予共享',
  '依据《中华人民共和国税收征收管理法》第八条，纳税人信息依法保密，不予共享',
  '依据《中华人民共和国出境入境管理法》及公安部相关规定，不予共享',
  '涉及案件办理和侦查工作秘密，依据相关规定不予共享',
  '依据《中华人民共和国基本医疗卫生与健康促进法》，涉及个人健康隐私，不予共享',
] as const;

export const OPEN_CONDITIONS = [
  '经实名注册后可申请获取',
  '仅开放汇总统计数据',
  '经脱敏处理后向社会开放',
  '面向科研机构按协议开放',
  '签订数据开放利用协议后开放',
  '按季度开放上一季度数据',
] as const;

export const CYCLE_TEXT: Record<UpdateCycle, string> = {
  realtime: '实时',
  daily: '每日',
  weekly: '每周',
  monthly: '每月',
  quarterly: '每季度',
  yearly: '每年',
};

/** The data-items sentence; {a} {b} {c} are item names, {n} how many items there are. */
export const ITEM_SENTENCES = [
  '主要信息项包括{a}、{b}、{c}等。',
  '包含{a}、{b}等{n}项数据。',
  '信息项涵盖{a}、{b}和{c}。',
  '记录{a}、{b}、{c}等内容。',
  '主要字段有{a}、{b}、{c}等{n}项。',
] as const;

export const SOURCE_SENTENCES = ['数据来源于{system}，{cycle}更新。', '由{system}{cycle}同步更新。', '数据{cycle}更新，来源于{system}。'] as const;
export const USE_SENTENCES = ['可用于{use}。', '主要服务于{use}等场景。', '可支撑{use}等业务。'] as const;

/** Extra qualifiers for an area's resources when a department keeps several of the same kind. */
export const AREA_PARTS = ['东片区', '西片区', '南片区', '北片区', '中心片区'] as const;

export function fill(template: string, values: Readonly<Record<string, string | number>>): string {
  return template.replace(/\{(\w+)\}/g, (m, key: string) => (key in values ? String(values[key]) : m));
}

const DIGITS = '零一二三四五六七八九';

/** 1 → 一, 12 → 十二, 305 → 三百零五 (for batch qualifiers; never a trailing Arabic number). */
export function chineseNumber(n: number): string {
  if (n < 10) return DIGITS[n]!;
  if (n < 20) return '十' + (n % 10 ? DIGITS[n % 10] : '');
  const units = ['', '十', '百', '千', '万'];
  const digits = String(n).split('').map(Number);
  let out = '';
  let zero = false;
  digits.forEach((d, i) => {
    const unit = units[digits.length - 1 - i] ?? '';
    if (d === 0) {
      zero = true;
      return;
    }
    if (zero && out) out += '零';
    zero = false;
    out += DIGITS[d] + unit;
  });
  return out;
}
