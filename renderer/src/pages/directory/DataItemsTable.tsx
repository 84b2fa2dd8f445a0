import { useTranslation } from 'react-i18next';
import type { DataItem } from '../../../../shared/directory/resource';

/** Data items (信息项) as read, not edited: a resource's, or the data a project collects. */
export function DataItemsTable({ items, labelledBy }: { items: readonly DataItem[]; labelledBy?: string }) {
  const { t } = useTranslation();
  const none = t('ui.common.none');
  return (
    <table className="items-table view" aria-labelledby={labelledBy}>
      <thead>
        <tr>
          <th className="num">#</th>
          <th>{t('ui.entry.item.name')}</th>
          <th>{t('ui.entry.item.dataType')}</th>
          <th className="len">{t('ui.entry.item.length')}</th>
          <th>{t('ui.entry.item.description')}</th>
          <th>{t('ui.entry.item.element')}</th>
        </tr>
      </thead>
      <tbody>
        {items.map((i, n) => (
          <tr key={i.id}>
            <td className="num">{n + 1}</td>
            <td>{i.name}</td>
            <td>{t(`dir.dataType.${i.dataType}`)}</td>
            <td className="len">{i.length ?? none}</td>
            <td>{i.description || none}</td>
            <td>{i.elementName ?? none}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
