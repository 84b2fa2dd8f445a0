import { validateEntry } from '../../../../shared/directory/validate';
import { nameKey } from '../../../../shared/text/normalize';
import type { Reader } from '../../../store/types';
import { mayRegisterFor } from '../permissions';
import type { Viewer } from '../visibility';
import { RESOURCE_COLUMNS } from './columns';
import type { ErrorList } from './report';
import { placeOf, type Candidate, type Lookups } from './rows';

/** Departments by code and data elements by identifier: what the file's rows refer to. */
export function loadLookups(db: Reader): Lookups {
  return {
    deptIdByCode: new Map(db.all<{ id: string; code: string }>('SELECT id, code FROM departments').map((d) => [d.code, d.id])),
    elementIdByIdentifier: new Map(db.all<{ id: string; identifier: string }>('SELECT id, identifier FROM data_elements').map((e) => [e.identifier.toUpperCase(), e.id])),
  };
}

/**
 * `entryIssues` for a whole file at once, with the same rules: the caller may register for the
 * provider; the classification exists; related codes exist (registered, or an entry of this
 * file by its 资源代码, which the write maps to the new code); the guide's rules (shared
 * `validateEntry`) against the provider's registered entries — read once per provider, not once
 * per row — and, new with a file, no two rows of the same provider that a reviewer would call the
 * same entry. Department and data-element references were resolved while reading the rows.
 * The checker keeps what it read and the file's names between calls, so a file can be checked
 * in slices. Reports every problem; returns the candidates that have none.
 */
export function createChecker(db: Reader, viewer: Viewer, fileCodes: ReadonlySet<string> = new Set()): (candidates: readonly Candidate[], errors: ErrorList) => Candidate[] {
  const classes = new Set(db.all<{ id: string }>('SELECT id FROM classifications').map((c) => c.id));
  const siblingsOf = new Map<string, Map<string, string>>();
  const siblings = (deptId: string) => {
    let map = siblingsOf.get(deptId);
    if (!map) {
      const rows = db.all<{ name_key: string; code: string }>("SELECT name_key, code FROM resources WHERE provider_dept_id = ? AND status != 'retired'", [deptId]);
      siblingsOf.set(deptId, (map = new Map(rows.map((s) => [s.name_key, s.code]))));
    }
    return map;
  };
  const codeKnown = new Map<string, boolean>();
  const known = (code: string) => {
    let k = codeKnown.get(code);
    if (k === undefined) codeKnown.set(code, (k = fileCodes.has(code) || !!db.get('SELECT 1 FROM resources WHERE code = ?', [code])));
    return k;
  };
  const firstRowByKey = new Map<string, number>();
  return (candidates, errors) => {
    const ok: Candidate[] = [];
    for (const c of candidates) {
      const { input } = c;
      const before = errors.count;
      const report = (path: string, key: string, params: Record<string, string | number> = {}) => {
        const place = placeOf(path, c, c.itemPlaces, c.itemsPlace);
        errors.add(place.sheet, place.row, place.column, key, { ...place.params, ...params });
      };
      if (!mayRegisterFor(viewer, input.providerDeptId)) {
        errors.add(c.sheet, c.row, RESOURCE_COLUMNS.providerCode, 'dir.rule.notOwnDepartment');
        continue; // the other rules are not this caller's business
      }
      if (!classes.has(input.classCode)) report('classCode', 'dir.rule.classUnknown');
      input.relatedCodes.forEach((code, i) => {
        if (c.fileCode && code === c.fileCode) report(`relatedCodes.${i}`, 'dir.rule.relatedSelf');
        else if (!known(code)) report(`relatedCodes.${i}`, 'dir.rule.relatedUnknown', { code });
      });
      for (const issue of validateEntry(input, { siblingKeys: siblings(input.providerDeptId), ownCode: null })) report(issue.path, issue.key, issue.params);
      const key = nameKey(input.name);
      if (key) {
        const twinKey = `${input.providerDeptId}\u0000${key}`;
        const twin = firstRowByKey.get(twinKey);
        if (twin !== undefined) report('name', 'dir.import.duplicateInFile', { row: twin });
        else firstRowByKey.set(twinKey, c.row);
      }
      if (errors.count === before) ok.push(c);
    }
    return ok;
  };
}
