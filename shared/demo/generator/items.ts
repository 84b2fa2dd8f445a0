import type { DataItemInput } from '../../directory/resource';
import type { DataType } from '../../directory/vocab';
import { elementByName, itemSpec, type ElementSpec } from './elements';
import type { Facet } from './facets';
import type { Rng } from './random';
import type { Subject } from './subjects';

/** The data items of a generated resource: which elements, under which name, how described. */
const GENERIC_ITEMS = ['数据更新时间', '所属镇街', '备注', '经办机构', '登记日期', '数据来源单位'];
const AGGREGATE_ITEMS = ['所属镇街', '统计月份', '同比增长', '比例', '人数', '户数', '金额', '数据更新时间', '备注'];
const IDENTIFYING = new Set(['姓名', '公民身份号码', '联系电话', '手机号码', '统一社会信用代码', '纳税人识别号']);

/** An item statistics may be broken down by or measure (a category, a type, a number), not an identifier. */
function isDimension(name: string): boolean {
  if (IDENTIFYING.has(name) || /(姓名|号码|编号|编码|证号|代码|号)$/.test(name)) return false;
  const { dataType } = itemSpec(name);
  return dataType === 'enum' || dataType === 'number' || /(类别|类型|等级|名称|镇街|村居)$/.test(name);
}
const DESCRIPTIONS: Partial<Record<DataType, string[]>> = {
  enum: ['按业务字典编码', '代码取值见数据字典'],
  geo: ['2000国家大地坐标系', 'CGCS2000经纬度'],
  binary: ['JPG格式，不超过50KB'],
};
const DATE_FORMATS: Record<number, string> = { 4: '格式：YYYY', 6: '格式：YYYYMM', 8: '格式：YYYYMMDD', 19: '格式：YYYY-MM-DD hh:mm:ss' };

function describe(rng: Rng, dataType: DataType, length: number | null): string {
  if (!rng.chance(0.2)) return '';
  if (dataType === 'date') return DATE_FORMATS[length ?? 0] ?? '';
  const notes = DESCRIPTIONS[dataType];
  return notes ? rng.pick(notes) : '';
}

/**
 * About ten items: the subject's identifiers, the facet's own items, then more of the subject's,
 * then generic fields; each element in the department's habitual name variant, sometimes linked
 * to the dictionary's element.
 */
export function makeItems(rng: Rng, variants: ReadonlyMap<string, string>, subject: Subject, f: Facet, elementIds: ReadonlyMap<string, string>): DataItemInput[] {
  const keys = subject.items.slice(0, subject.key);
  const others = subject.items.slice(subject.key);
  let target: number;
  let must: string[];
  let rest: string[];
  let generic: string[];
  if (f.shape === 'aggregate') {
    // Statistics carry dimensions and measures, never identifiers or names of people.
    target = rng.int(6, 11);
    must = [...f.items];
    rest = rng.shuffled(subject.items.filter(isDimension));
    generic = rng.shuffled(AGGREGATE_ITEMS);
  } else if (f.shape === 'check') {
    target = rng.int(4, 7);
    must = [...keys, ...f.items];
    rest = rng.shuffled(others);
    generic = [];
  } else {
    target = rng.int(7, 15);
    must = [...keys, ...f.items];
    rest = rng.shuffled(others);
    generic = [...(subject.geo ? ['经度', '纬度'] : []), ...rng.shuffled(GENERIC_ITEMS)];
  }
  const chosen: string[] = [];
  const seen = new Set<string>();
  const add = (name: string) => {
    if (!seen.has(name)) {
      seen.add(name);
      chosen.push(name);
    }
  };
  must.forEach(add);
  for (const name of rest) if (chosen.length < target) add(name);
  for (const name of generic) if (chosen.length < target) add(name);
  return chosen.map((canonical) => {
    const spec = itemSpec(canonical);
    const element: ElementSpec | undefined = elementByName(canonical);
    let name = canonical;
    let linked = false;
    if (element) {
      const habit = variants.get(canonical);
      name = rng.chance(0.1) && element.synonyms.length > 0 ? rng.pick([canonical, ...element.synonyms]) : (habit ?? canonical);
      linked = rng.chance(name === canonical ? 0.7 : 0.35);
    }
    const description = linked ? '' : describe(rng, spec.dataType, spec.length);
    return { name, dataType: spec.dataType, length: spec.length, description, elementId: linked ? elementIds.get(canonical)! : null };
  });
}

