import { describe, expect, it } from 'vitest';
import { resourceInputSchema } from '../../../../shared/directory/resource';
import { localCheck, sameAt } from './entry-check';
import { draftToInput, emptyDraft, emptyItem, isVisible, localIssues, move, normalizePath, touch, type EntryDraft } from './entry-draft';

function filled(): EntryDraft {
  const d = emptyDraft('dept-1');
  return {
    ...d,
    name: '企业登记信息',
    classCode: '102',
    summary: '市场主体登记的基本信息',
    items: [{ ...emptyItem(), name: '统一社会信用代码', length: '18' }],
  };
}

describe('the resource form draft', () => {
  it('becomes the contract input the service accepts', () => {
    const input = draftToInput(filled());
    expect(resourceInputSchema.safeParse(input).success).toBe(true);
    expect(input.items[0]).toEqual({ name: '统一社会信用代码', dataType: 'string', length: 18, description: '', elementId: null });
  });

  it('sends hidden conditions empty but keeps what was typed', () => {
    const d = { ...filled(), shareType: 'unconditional' as const, shareCondition: '仅限审批业务', openType: 'open' as const, openCondition: '实名' };
    const input = draftToInput(d);
    expect(input.shareCondition).toBe('');
    expect(input.openCondition).toBe('');
    expect(d.shareCondition).toBe('仅限审批业务');
    expect(draftToInput({ ...d, shareType: 'conditional' }).shareCondition).toBe('仅限审批业务');
  });

  it('sends no share method for 不予共享, and splits related codes', () => {
    const input = draftToInput({ ...filled(), shareType: 'none', shareMethod: 'api', relatedCodes: '101/000001，102/000002  103/000003' });
    expect(input.shareMethod).toBeNull();
    expect(input.relatedCodes).toEqual(['101/000001', '102/000002', '103/000003']);
  });

  it('turns an empty length into null and drops unnamed extended items', () => {
    const d = { ...filled(), extra: [{ key: 'a', name: ' 数据量 ', value: '约 50 万条' }, { key: 'b', name: '', value: '' }] };
    d.items = [{ ...emptyItem(), name: '备注', dataType: 'string', length: ' ' }];
    const input = draftToInput(d);
    expect(input.items[0]!.length).toBeNull();
    expect(input.extra).toEqual({ 数据量: '约 50 万条' });
  });

  it('flags extended-metadata names that are missing or repeated', () => {
    const d = {
      ...filled(),
      extra: [
        { key: 'a', name: '数据量', value: '1' },
        { key: 'b', name: '', value: '无名' },
        { key: 'c', name: '数据量', value: '2' },
      ],
    };
    expect(localIssues(d)).toEqual([
      { path: 'extra.1', key: 'ui.entry.extraNameRequired' },
      { path: 'extra.2', key: 'ui.entry.extraNameTwice' },
    ]);
  });

  it('names fields the same whether the service wrapped them in input or named an extended key', () => {
    const d = { ...filled(), extra: [{ key: 'a', name: '责任处室', value: '' }] };
    expect(normalizePath('input.items.2.name')).toBe('items.2.name');
    expect(normalizePath('extra.责任处室', d)).toBe('extra.0');
    expect(normalizePath('extra.其他', d)).toBe('extra');
  });

  it('shows a problem once its field, a dependent field or its row was touched', () => {
    let touched = touch(new Set(), 'shareType');
    expect(isVisible('shareCondition', touched, false)).toBe(true);
    expect(isVisible('name', touched, false)).toBe(false);
    expect(isVisible('name', touched, true)).toBe(true);
    touched = touch(touched, 'items.1');
    expect(isVisible('items.1.name', touched, false)).toBe(true);
    expect(isVisible('items', touched, false)).toBe(true);
    expect(isVisible('items.0.name', touched, false)).toBe(false);
    // Adding a row touches the list, not the new row's empty fields.
    const added = touch(new Set(), 'items');
    expect(isVisible('items', added, false)).toBe(true);
    expect(isVisible('items.2.name', added, false)).toBe(false);
  });

  it('moves rows up and down, and not past the ends', () => {
    expect(move(['a', 'b', 'c'], 2, 1)).toEqual(['a', 'c', 'b']);
    expect(move(['a', 'b', 'c'], 0, 1)).toEqual(['b', 'a', 'c']);
    expect(move(['a', 'b'], 0, -1)).toEqual(['a', 'b']);
    expect(move(['a', 'b'], 1, 2)).toEqual(['a', 'b']);
  });
});

describe('checking an entry before the service can', () => {
  it('reports the guide’s rules while required fields are still empty', () => {
    const d = { ...emptyDraft('dept-1'), name: '人口户籍管理系统', shareType: 'conditional' as const };
    const { complete, issues } = localCheck(draftToInput(d));
    expect(complete).toBe(false);
    expect(issues).toContainEqual({ path: 'name', key: 'dir.rule.systemName' });
    expect(issues).toContainEqual({ path: 'shareCondition', key: 'dir.rule.shareConditionRequired' });
    // Empty fields read 必填, not a format message.
    expect(issues).toContainEqual({ path: 'classCode', key: 'field.required' });
    expect(issues).toContainEqual({ path: 'summary', key: 'field.required' });
    expect(issues).toContainEqual({ path: 'items.0.name', key: 'field.required' });
  });

  it('leaves a complete entry to the service', () => {
    expect(localCheck(draftToInput(filled()))).toEqual({ complete: true, issues: [] });
  });

  it('compares one field of two entries', () => {
    const a = draftToInput(filled());
    const b = { ...a, items: [{ ...a.items[0]!, length: 20 }] };
    expect(sameAt(a, b, 'name')).toBe(true);
    expect(sameAt(a, b, 'items.0.name')).toBe(true);
    expect(sameAt(a, b, 'items.0.length')).toBe(false);
    expect(sameAt(a, b, 'items')).toBe(false);
  });
});
