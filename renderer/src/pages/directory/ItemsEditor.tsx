import { useEffect, useRef, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { DATA_TYPES, type DataType } from '../../../../shared/directory/vocab';
import { Dialog } from '../../components/Dialog';
import { ElementPicker } from './ElementPicker';
import { emptyItem, move, type ItemDraft } from './entry-draft';

interface Props {
  items: ItemDraft[];
  /** `touchedKey`: the row the user changed (its problems start to show). */
  onChange: (items: ItemDraft[], touchedKey?: string) => void;
  /** The message for a path such as `items.2.name`, when it should be shown. */
  issue: (path: string) => string | null;
  /** Where the rows are in the form's input: `items` for a resource, `dataItems` for a project. */
  path?: string;
  /** The add button's text (默认“添加信息项”). */
  addLabel?: string;
}

type Focus = { key: string; part: 'name' | 'up' | 'down' | 'add' };

/**
 * 信息项 editor: one row per data item (name, type, length, description, data element), rows
 * added, removed and moved with buttons, so the whole table works from the keyboard. A resource's
 * 信息项 and a project's 采集数据项 both use it.
 */
export function ItemsEditor({ items, onChange, issue, path = 'items', addLabel }: Props) {
  const { t } = useTranslation();
  const [picking, setPicking] = useState<string | null>(null);
  const [focus, setFocus] = useState<Focus | null>(null);
  const root = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (!focus) return;
    const sel = focus.part === 'add' ? '[data-part="add"]' : `[data-row="${focus.key}"] [data-part="${focus.part}"]`;
    const el = root.current?.querySelector<HTMLElement>(sel);
    if (el && !(el as HTMLButtonElement).disabled) el.focus();
    else root.current?.querySelector<HTMLElement>(`[data-row="${focus.key}"] [data-part="name"]`)?.focus();
    setFocus(null);
  }, [focus]);

  const patch = (index: number, p: Partial<ItemDraft>) => {
    const row = items[index]!;
    onChange(items.map((it, i) => (i === index ? { ...it, ...p } : it)), row.key);
  };
  const add = () => {
    const row = emptyItem();
    onChange([...items, row]);
    setFocus({ key: row.key, part: 'name' });
  };
  const remove = (index: number) => {
    const next = items.filter((_, i) => i !== index);
    onChange(next, undefined);
    const neighbour = next[index] ?? next[index - 1];
    setFocus(neighbour ? { key: neighbour.key, part: 'name' } : { key: '', part: 'add' });
  };
  const shift = (index: number, delta: number) => {
    const row = items[index]!;
    onChange(move(items, index, index + delta), undefined);
    setFocus({ key: row.key, part: delta < 0 ? 'up' : 'down' });
  };
  const pickingIndex = items.findIndex((i) => i.key === picking);
  const pickingRow = pickingIndex >= 0 ? items[pickingIndex] : undefined;

  return (
    <div ref={root} className="items-editor">
      {items.length > 0 && (
        <table className="items-table">
          <thead>
            <tr>
              <th className="num">#</th>
              <th>{t('ui.entry.item.name')}</th>
              <th>{t('ui.entry.item.dataType')}</th>
              <th className="len">{t('ui.entry.item.length')}</th>
              <th>{t('ui.entry.item.description')}</th>
              <th>{t('ui.entry.item.element')}</th>
              <th>
                <span className="sr-only">{t('ui.entry.item.actions')}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {items.map((item, i) => {
              const n = i + 1;
              const err = (field: string) => issue(`${path}.${i}.${field}`);
              const rowErr = issue(`${path}.${i}`);
              const cell = (field: string, control: ReactNode) => {
                const e = err(field);
                return (
                  <td className={e ? 'has-error' : undefined}>
                    {control}
                    {e && (
                      <span className="field-error" id={`item-${item.key}-${field}-err`}>
                        {e}
                      </span>
                    )}
                  </td>
                );
              };
              const described = (field: string) => (err(field) ? { 'aria-describedby': `item-${item.key}-${field}-err`, 'aria-invalid': true } : {});
              return (
                <tr key={item.key} data-row={item.key}>
                  <td className="num">{n}</td>
                  {cell(
                    'name',
                    <input
                      data-part="name"
                      aria-label={t('ui.entry.item.nameOf', { n })}
                      value={item.name}
                      maxLength={60}
                      onChange={(e) => patch(i, { name: e.target.value })}
                      {...described('name')}
                    />,
                  )}
                  {cell(
                    'dataType',
                    <select aria-label={t('ui.entry.item.dataTypeOf', { n })} value={item.dataType} onChange={(e) => patch(i, { dataType: e.target.value as DataType })} {...described('dataType')}>
                      {DATA_TYPES.map((d) => (
                        <option key={d} value={d}>
                          {t(`dir.dataType.${d}`)}
                        </option>
                      ))}
                    </select>,
                  )}
                  {cell(
                    'length',
                    <input
                      className="len"
                      type="number"
                      min={1}
                      step={1}
                      inputMode="numeric"
                      aria-label={t('ui.entry.item.lengthOf', { n })}
                      value={item.length}
                      onChange={(e) => patch(i, { length: e.target.value })}
                      {...described('length')}
                    />,
                  )}
                  {cell(
                    'description',
                    <input
                      aria-label={t('ui.entry.item.descriptionOf', { n })}
                      value={item.description}
                      maxLength={500}
                      onChange={(e) => patch(i, { description: e.target.value })}
                      {...described('description')}
                    />,
                  )}
                  {cell(
                    'elementId',
                    <button type="button" className="element-link" aria-label={t('ui.entry.item.elementOf', { n, name: item.elementName ?? t('ui.entry.item.noElement') })} onClick={() => setPicking(item.key)}>
                      {item.elementName ?? <span className="muted">{t('ui.entry.item.linkElement')}</span>}
                    </button>,
                  )}
                  <td className="row-actions">
                    <button type="button" data-part="up" className="icon" aria-label={t('ui.entry.item.up', { n })} title={t('ui.entry.item.up', { n })} disabled={i === 0} onClick={() => shift(i, -1)}>
                      ↑
                    </button>
                    <button
                      type="button"
                      data-part="down"
                      className="icon"
                      aria-label={t('ui.entry.item.down', { n })}
                      title={t('ui.entry.item.down', { n })}
                      disabled={i === items.length - 1}
                      onClick={() => shift(i, 1)}
                    >
                      ↓
                    </button>
                    <button type="button" className="icon danger" aria-label={t('ui.entry.item.remove', { n })} title={t('ui.entry.item.remove', { n })} onClick={() => remove(i)}>
                      ✕
                    </button>
                    {rowErr && <span className="field-error">{rowErr}</span>}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      )}
      <button type="button" data-part="add" onClick={add}>
        {addLabel ?? t('ui.entry.item.add')}
      </button>
      <Dialog open={pickingRow !== undefined} title={t('ui.entry.elementTitle', { n: pickingIndex + 1 })} onClose={() => setPicking(null)}>
        {pickingRow && (
          <ElementPicker
            initialSearch={pickingRow.elementName ?? pickingRow.name}
            current={pickingRow.elementId}
            onCancel={() => setPicking(null)}
            onPick={(el) => {
              const row = pickingRow;
              setPicking(null);
              if (!el) patch(pickingIndex, { elementId: null, elementName: null });
              else patch(pickingIndex, { elementId: el.id, elementName: el.name, name: row.name.trim() ? row.name : el.name, dataType: el.dataType });
            }}
          />
        )}
      </Dialog>
    </div>
  );
}
