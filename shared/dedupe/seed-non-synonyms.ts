/**
 * Look-alike item names that are different elements (bureau-editable). Whether 联系电话 and 手机号码
 * are one element is a judgement, so it is data here, not a rule: delete the pair to merge them.
 * These are the dev README's own examples (national definitions: the social-security card number
 * is not the social-security number, a 纳税人识别号 differs from the credit code for individuals …).
 */
export const SEED_NON_SYNONYMS: [string, string][] = [
  ['联系电话', '手机号码'],
  ['社会保障号码', '社会保障卡号'],
  ['纳税人识别号', '统一社会信用代码'],
  ['学籍号', '公民身份号码'],
  ['住所', '经营场所'],
  ['不动产单元号', '不动产权证书号'],
  ['排污许可证编号', '排水许可证编号'],
  ['空气质量指数', '空气质量综合指数'],
  ['电动车号牌号码', '机动车号牌号码'],
];
