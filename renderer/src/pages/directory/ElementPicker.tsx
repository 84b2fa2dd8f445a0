import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { DataElement } from '../../../../shared/directory/catalog-models';
import { api } from '../../api/client';
import { ErrorMessage } from '../../components/ErrorMessage';
import { useLiveCall } from '../../components/useLiveCall';

/**
 * Searches the bureau's data-element dictionary (数据元) and picks one for a data item.
 * Shown inside a Dialog; results are buttons, so Tab and Enter are enough to choose.
 */
export function ElementPicker({ initialSearch, current, onPick, onCancel }: {
  initialSearch: string;
  current: string | null;
  onPick: (element: DataElement | null) => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  const [search, setSearch] = useState(initialSearch);
  const { data, error } = useLiveCall(() => api.call('elements.list', { search: search.trim(), limit: 30, offset: 0 }), search, { delayMs: 250 });
  const rows: DataElement[] | null = data?.rows ?? null;
  const total = data?.total ?? 0;

  return (
    <div className="element-picker">
      <input
        type="search"
        aria-label={t('ui.entry.elementSearch')}
        placeholder={t('ui.entry.elementSearch')}
        value={search}
        onChange={(e) => setSearch(e.target.value)}
        autoFocus
      />
      <ErrorMessage error={error} />
      <ul className="element-list" aria-label={t('ui.entry.elements')}>
        {rows === null && <li className="muted">{t('ui.common.loading')}</li>}
        {rows?.length === 0 && <li className="muted">{t('ui.common.noRows')}</li>}
        {rows?.map((el) => (
          <li key={el.id}>
            <button type="button" className={el.id === current ? 'element current' : 'element'} onClick={() => onPick(el)}>
              <span className="mono">{el.identifier}</span>
              <strong>{el.name}</strong>
              <span className="muted">{t(`dir.dataType.${el.dataType}`)}{el.format ? ` · ${el.format}` : ''}</span>
              {el.definition && <span className="element-def">{el.definition}</span>}
            </button>
          </li>
        ))}
      </ul>
      {rows && total > rows.length && <p className="muted">{t('ui.entry.elementsMore', { shown: rows.length, total })}</p>}
      <div className="form-actions">
        {current && (
          <button type="button" onClick={() => onPick(null)}>
            {t('ui.entry.elementUnlink')}
          </button>
        )}
        <button type="button" onClick={onCancel}>
          {t('ui.common.cancel')}
        </button>
      </div>
    </div>
  );
}
