import { useEffect, useId, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { ResourceRow } from '../../../../shared/directory/resource';
import { api } from '../../api/client';
import { ErrorMessage } from '../../components/ErrorMessage';
import { useLiveCall } from '../../components/useLiveCall';

const LIMIT = 20;

interface Props {
  /** The input's label (also its accessible name). */
  label: string;
  placeholder: string;
  /** `directory.list` filters, e.g. `{status: 'published'}` or `{provider: <department id>}`. */
  filters: Record<string, string>;
  /** Rows not to offer (the project's own department's, ones already chosen). */
  exclude: (row: ResourceRow) => boolean;
  onPick: (row: ResourceRow) => void;
  /** Why the picker cannot be used yet (no department chosen); shown instead of results. */
  disabledReason?: string | null;
}

/**
 * Search-as-you-type over the resource directory (`directory.list`): a combobox whose options show
 * code, name, provider and share type. ↑/↓ move, Enter picks (and never submits the form), Esc
 * closes; a click picks too. The input is cleared after a pick, ready for the next one.
 */
export function ResourcePicker({ label, placeholder, filters, exclude, onPick, disabledReason }: Props) {
  const { t } = useTranslation();
  const id = useId();
  const [search, setSearch] = useState('');
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(0);
  const filterKey = JSON.stringify(filters);
  const { data, error } = useLiveCall(
    open && !disabledReason ? () => api.call('directory.list', { search: search.trim(), filters, limit: LIMIT, offset: 0, sort: [] }) : null,
    `${search}\u0000${filterKey}`,
    { delayMs: 250, clearOnChange: true },
  );
  const rows = data?.rows ?? null;
  const more = data ? data.total > data.rows.length : false;
  useEffect(() => setActive(0), [data]);

  const offered = (rows ?? []).filter((r) => !exclude(r));
  const pick = (row: ResourceRow) => {
    onPick(row);
    setSearch('');
    setOpen(false);
  };
  const onKeyDown = (e: KeyboardEvent<HTMLInputElement>) => {
    if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      e.preventDefault();
      setOpen(true);
      if (offered.length) setActive((a) => (a + (e.key === 'ArrowDown' ? 1 : offered.length - 1)) % offered.length);
    } else if (e.key === 'Enter') {
      e.preventDefault();
      const row = offered[active];
      if (open && row) pick(row);
    } else if (e.key === 'Escape' && open) {
      e.preventDefault();
      setOpen(false);
    }
  };

  const listId = `${id}-list`;
  const expanded = open && !disabledReason;
  return (
    <div className="resource-picker">
      <label className="field-label" htmlFor={id}>
        {label}
      </label>
      <input
        id={id}
        type="search"
        role="combobox"
        aria-label={label}
        aria-expanded={expanded}
        aria-controls={listId}
        aria-autocomplete="list"
        aria-activedescendant={expanded && offered[active] ? `${id}-o${active}` : undefined}
        aria-describedby={disabledReason ? `${id}-why` : undefined}
        placeholder={placeholder}
        value={search}
        disabled={Boolean(disabledReason)}
        autoComplete="off"
        onChange={(e) => {
          setSearch(e.target.value);
          setOpen(true);
        }}
        onFocus={() => setOpen(true)}
        onClick={() => setOpen(true)}
        onBlur={() => setOpen(false)}
        onKeyDown={onKeyDown}
      />
      {disabledReason && (
        <span id={`${id}-why`} className="field-hint">
          {disabledReason}
        </span>
      )}
      {expanded && (
        <div className="picker-popup">
          <ErrorMessage error={error} />
          <ul id={listId} role="listbox" aria-label={label}>
            {rows === null && !error && <li className="muted picker-note">{t('ui.projectForm.picker.searching')}</li>}
            {rows !== null && offered.length === 0 && <li className="muted picker-note">{t('ui.projectForm.picker.noMatch')}</li>}
            {offered.map((r, i) => (
              <li
                key={r.id}
                id={`${id}-o${i}`}
                role="option"
                aria-selected={i === active}
                className={i === active ? 'picker-option active' : 'picker-option'}
                onMouseDown={(e) => e.preventDefault()}
                onMouseEnter={() => setActive(i)}
                onClick={() => pick(r)}
              >
                <span className="mono">{r.code}</span>
                <strong>{r.name}</strong>
                <span className="muted">{r.providerName}</span>
                <span className={`share-tag share-${r.shareType}`}>{t(`dir.shareType.${r.shareType}`)}</span>
              </li>
            ))}
          </ul>
          {more && <p className="muted picker-note">{t('ui.projectForm.picker.more', { shown: offered.length })}</p>}
        </div>
      )}
    </div>
  );
}
