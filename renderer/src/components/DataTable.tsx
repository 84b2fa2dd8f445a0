import { flexRender, getCoreRowModel, useReactTable, type ColumnDef, type SortingState } from '@tanstack/react-table';
import { useVirtualizer } from '@tanstack/react-virtual';
import { useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Page, TableQueryInput } from '../../../shared/model/table-query';
import { ErrorMessage } from './ErrorMessage';
import { useRowKeys } from './useRowKeys';
import { useServerRows } from './useServerRows';

/** A filter chosen from a list. */
export interface SelectFilterDef {
  kind?: 'select';
  id: string;
  label: string;
  /** `count` (a facet count for the current query) is shown beside the label when given. */
  options: { value: string; label: string; count?: number }[];
}

/** A number typed in (e.g. one end of a budget range), sent once typing pauses. */
export interface NumberFilterDef {
  kind: 'number';
  id: string;
  /** The visible label; `ariaLabel` names the box when the label alone would not (“至”). */
  label: string;
  ariaLabel?: string;
  placeholder?: string;
}

export type FilterDef = SelectFilterDef | NumberFilterDef;

const TYPING_DELAY_MS = 250;

/** The part of the query a page may want to follow (e.g. to fetch facet counts) or restore. */
export interface TableState {
  sort: { id: string; desc: boolean }[];
  filters: Record<string, string>;
  search: string;
}

export interface DataTableProps<T> {
  label: string;
  columns: ColumnDef<T, unknown>[];
  fetchPage: (q: TableQueryInput) => Promise<Page<T>>;
  filters?: FilterDef[];
  toolbar?: ReactNode;
  reloadKey?: unknown;
  onRowOpen?: (row: T) => void;
  rowHeight?: number;
  getRowId: (row: T) => string;
  /** Where to start (e.g. the query the user left the page with). */
  initialState?: Partial<TableState>;
  /** Called with the query the table sends whenever it changes (search already debounced). */
  onStateChange?: (state: TableState) => void;
  /** What the search box searches, e.g. "名称、摘要、信息项". */
  searchPlaceholder?: string;
}

/** What a column may ask of the table: a larger share of spare width, numbers aligned right. */
export interface ColumnMeta {
  grow?: number;
  align?: 'end';
}

/**
 * The one table of the console: TanStack Table for columns and sorting state, TanStack Virtual
 * for the rows, and sorting, filtering, searching and paging done by the service in SQL.
 */
export function DataTable<T>(props: DataTableProps<T>) {
  const { t } = useTranslation();
  const rowHeight = props.rowHeight ?? 36;
  const [sorting, setSorting] = useState<SortingState>(() => props.initialState?.sort ?? []);
  const [filterValues, setFilterValues] = useState<Record<string, string>>(() => props.initialState?.filters ?? {});
  const [searchInput, setSearchInput] = useState(() => props.initialState?.search ?? '');
  const [search, setSearch] = useState(() => props.initialState?.search ?? '');
  useEffect(() => {
    const timer = setTimeout(() => setSearch(searchInput.trim()), TYPING_DELAY_MS);
    return () => clearTimeout(timer);
  }, [searchInput]);

  const query = useMemo(() => ({ sort: sorting.map((s) => ({ id: s.id, desc: s.desc })), filters: filterValues, search }), [sorting, filterValues, search]);
  const rows = useServerRows(props.fetchPage, query, props.reloadKey);
  const onStateChange = props.onStateChange;
  useEffect(() => onStateChange?.(query), [query, onStateChange]);
  const total = rows.total ?? 0;

  const scrollRef = useRef<HTMLDivElement>(null);
  const virtualizer = useVirtualizer({ count: total, getScrollElement: () => scrollRef.current, estimateSize: () => rowHeight, overscan: 12 });
  const items = virtualizer.getVirtualItems();
  const first = items[0]?.index ?? 0;
  const last = items[items.length - 1]?.index ?? 0;
  useEffect(() => {
    if (total > 0) rows.ensure(first, last);
  }, [first, last, total, rows.ensure]); // eslint-disable-line react-hooks/exhaustive-deps

  // The table model holds only the rows on screen; the virtualizer maps indexes to them.
  const windowRows = useMemo(() => items.map((v) => rows.rowAt(v.index)).filter((r): r is T => r !== undefined), [items, rows]);
  const table = useReactTable({
    data: windowRows,
    columns: props.columns,
    state: { sorting },
    onSortingChange: setSorting,
    manualSorting: true,
    manualFiltering: true,
    manualPagination: true,
    enableMultiSort: true,
    maxMultiSortColCount: 4, // the contract's limit
    getRowId: props.getRowId,
    getCoreRowModel: getCoreRowModel(),
  });
  const byId = new Map(table.getRowModel().rows.map((r) => [r.id, r]));
  const keys = useRowKeys(total, rowHeight, scrollRef, virtualizer.scrollToIndex, (i) => {
    const data = rows.rowAt(i);
    if (data) props.onRowOpen?.(data);
  });
  // Columns share the spare width; a column may ask for more with `meta: { grow: n }`.
  const grow = (c: { getSize(): number; columnDef: { meta?: unknown } }) => (c.columnDef.meta as ColumnMeta | undefined)?.grow ?? (c.getSize() >= 200 ? 3 : 1);
  const alignClass = (c: { columnDef: { meta?: unknown } }) => ((c.columnDef.meta as ColumnMeta | undefined)?.align === 'end' ? 'align-end' : undefined);
  const template = table.getVisibleLeafColumns().map((c) => `minmax(${c.getSize()}px, ${grow(c)}fr)`).join(' ');

  return (
    <section className="datatable" aria-label={props.label}>
      <div className="datatable-toolbar">
        <input
          type="search"
          className="datatable-search"
          placeholder={props.searchPlaceholder ?? t('ui.common.search')}
          aria-label={t('ui.common.search')}
          value={searchInput}
          onChange={(e) => setSearchInput(e.target.value)}
        />
        {props.filters?.map((f) =>
          f.kind === 'number' ? (
            <NumberFilter key={f.id} def={f} value={filterValues[f.id] ?? ''} onChange={(v) => setFilterValues((prev) => ({ ...prev, [f.id]: v }))} />
          ) : (
            <label key={f.id} className="datatable-filter">
              <span>{f.label}</span>
              <select value={filterValues[f.id] ?? ''} onChange={(e) => setFilterValues((prev) => ({ ...prev, [f.id]: e.target.value }))}>
                <option value="">{t('ui.common.all')}</option>
                {f.options.map((o) => (
                  <option key={o.value} value={o.value}>
                    {o.count === undefined ? o.label : t('ui.common.withCount', { label: o.label, count: o.count })}
                  </option>
                ))}
              </select>
            </label>
          ),
        )}
        <span className="datatable-count" aria-live="polite">
          {rows.total === null ? t('ui.common.loading') : t('ui.common.rows', { total })}
        </span>
        <div className="datatable-actions">{props.toolbar}</div>
      </div>
      {rows.error !== null && <ErrorMessage error={rows.error} />}
      <div className="datatable-grid" role="grid" aria-rowcount={total + 1} aria-colcount={props.columns.length}>
        <div className="datatable-head" role="row" style={{ gridTemplateColumns: template }}>
          {table.getHeaderGroups()[0]?.headers.map((header) => {
            const sorted = header.column.getIsSorted();
            return (
              <div key={header.id} role="columnheader" className={alignClass(header.column)} aria-sort={sorted === 'asc' ? 'ascending' : sorted === 'desc' ? 'descending' : 'none'}>
                {header.column.getCanSort() ? (
                  <button type="button" className="datatable-sort" title={t('ui.common.sortHint')} onClick={header.column.getToggleSortingHandler()}>
                    {flexRender(header.column.columnDef.header, header.getContext())}
                    <span className="datatable-sort-mark" aria-hidden>
                      {sorted === 'asc' ? '▲' : sorted === 'desc' ? '▼' : '↕'}
                    </span>
                  </button>
                ) : (
                  flexRender(header.column.columnDef.header, header.getContext())
                )}
              </div>
            );
          })}
        </div>
        <div ref={scrollRef} className="datatable-body" onKeyDown={keys.onKeyDown}>
          {rows.total === 0 && <div className="datatable-empty">{t('ui.common.noRows')}</div>}
          <div style={{ height: virtualizer.getTotalSize(), position: 'relative' }}>
            {items.map((v) => {
              const data = rows.rowAt(v.index);
              const row = data === undefined ? undefined : byId.get(props.getRowId(data));
              return (
                <div
                  key={v.key}
                  role="row"
                  aria-rowindex={v.index + 2}
                  data-index={v.index}
                  className={`datatable-row${props.onRowOpen ? ' clickable' : ''}`}
                  tabIndex={v.index === keys.active ? 0 : -1}
                  aria-selected={v.index === keys.active}
                  style={{ transform: `translateY(${v.start}px)`, height: rowHeight, gridTemplateColumns: template }}
                  onFocus={() => keys.setActive(v.index)}
                  onDoubleClick={() => data && props.onRowOpen?.(data)}
                >
                  {row
                    ? row.getVisibleCells().map((cell) => (
                        <div key={cell.id} role="gridcell" className={alignClass(cell.column)}>
                          {flexRender(cell.column.columnDef.cell, cell.getContext())}
                        </div>
                      ))
                    : <div role="gridcell" className="datatable-placeholder">…</div>}
                </div>
              );
            })}
          </div>
        </div>
      </div>
    </section>
  );
}

/** A number box that keeps what is typed and passes it on once typing pauses (a half-typed bound is not a query). */
function NumberFilter({ def, value, onChange }: { def: NumberFilterDef; value: string; onChange: (value: string) => void }) {
  const [input, setInput] = useState(value);
  const sent = useRef(value);
  const send = useRef(onChange);
  send.current = onChange;
  useEffect(() => {
    const next = input.trim();
    if (next === sent.current) return;
    const timer = setTimeout(() => {
      sent.current = next;
      send.current(next);
    }, TYPING_DELAY_MS);
    return () => clearTimeout(timer);
  }, [input]);
  return (
    <label className="datatable-filter">
      <span>{def.label}</span>
      <input
        type="number"
        inputMode="decimal"
        min={0}
        step="any"
        className="datatable-number"
        aria-label={def.ariaLabel}
        placeholder={def.placeholder}
        value={input}
        onChange={(e) => setInput(e.target.value)}
      />
    </label>
  );
}
