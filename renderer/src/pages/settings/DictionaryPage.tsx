import { useEffect, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../../../shared/api/errors';
import { ELEMENT_KINDS } from '../../../../shared/review/dictionary';
import { api } from '../../api/client';
import { useSession } from '../../app/session';
import { ErrorMessage } from '../../components/ErrorMessage';
import { useToast } from '../../components/Toast';
import { useSubmit } from '../../components/useSubmit';
import { SettingsTabs } from '../SettingsTabs';
import { fromDrafts, matchesSearch, newKey, toDrafts, type ElementDraft, type ElementKind, type PairDraft } from './dictionary-text';

/** 设置 › 审查词典: data elements with kind and synonyms, and non-synonym pairs. Bureau staff and administrators edit; others read. */
export function DictionaryPage() {
  const { t } = useTranslation();
  const toast = useToast();
  const { user } = useSession();
  const canEdit = user.role === 'bureau' || user.role === 'admin';
  const [elements, setElements] = useState<ElementDraft[] | null>(null);
  const [pairs, setPairs] = useState<PairDraft[]>([]);
  const [edited, setEdited] = useState(false);
  const [query, setQuery] = useState('');
  const [loadError, setLoadError] = useState<unknown>(null);

  const load = (d: Parameters<typeof toDrafts>[0] & { edited: boolean }) => {
    const drafts = toDrafts(d);
    setElements(drafts.elements);
    setPairs(drafts.pairs);
    setEdited(d.edited);
  };
  useEffect(() => {
    api.call('review.dictionary', {}).then(load, setLoadError);
  }, []);

  const { busy, error, submit } = useSubmit(async () => {
    const saved = await api.call('review.setDictionary', fromDrafts(elements ?? [], pairs));
    load(saved);
    toast(t('ui.dictionary.saved'));
  });

  /** Field messages by path prefix: `elements.3.synonyms.1` shows under row 3's synonyms. */
  const issue = (prefix: string): string | null => {
    if (!(error instanceof ApiError)) return null;
    const f = error.fields.filter((x) => x.path === prefix || x.path.startsWith(`${prefix}.`));
    return f.length ? [...new Set(f.map((x) => t(x.key)))].join('；') : null;
  };

  /** Row-level problems are shown in the rows; below the form only their count (paths such as `elements.1.synonyms.1` mean nothing to people). */
  const fieldCount = error instanceof ApiError && error.code === 'VALIDATION' ? error.fields.filter((f) => /^(elements|nonSynonyms)\.\d+/.test(f.path)).length : 0;

  const patch = (key: number, p: Partial<ElementDraft>) => setElements((rows) => (rows ?? []).map((r) => (r.key === key ? { ...r, ...p } : r)));
  const patchPair = (key: number, p: Partial<PairDraft>) => setPairs((rows) => rows.map((r) => (r.key === key ? { ...r, ...p } : r)));

  const all = elements ?? [];
  const shown = all.map((e, index) => ({ e, index })).filter(({ e }) => matchesSearch(e, query));

  const cell = (id: string, e: string | null, control: ReactNode) => (
    <td className={e ? 'has-error' : undefined}>
      {control}
      {e && (
        <span className="field-error" id={id}>
          {e}
        </span>
      )}
    </td>
  );
  const described = (id: string, e: string | null) => (e ? { 'aria-describedby': id, 'aria-invalid': true } : {});

  return (
    <>
      <h1>{t('ui.settings.title')}</h1>
      <SettingsTabs current="settings/dictionary" />
      <ErrorMessage error={loadError} />
      {elements && (
        <form className="form" onSubmit={submit} noValidate>
          <section className="panel" aria-labelledby="dict-elements-h">
            <h2 id="dict-elements-h">{t('ui.dictionary.title')}</h2>
            <p className="muted">{t('ui.dictionary.intro')}</p>
            <p className="muted">
              {edited ? t('ui.dictionary.edited') : t('ui.dictionary.builtIn')} {t('ui.dictionary.effectNote')}
            </p>
            {!canEdit && <p className="banner restricted">{t('ui.dictionary.readOnly')}</p>}
            <h3>{t('ui.dictionary.elements')}</h3>
            <div className="datatable-toolbar">
              <input
                type="search"
                aria-label={t('ui.dictionary.search')}
                placeholder={t('ui.dictionary.searchHint')}
                value={query}
                onChange={(e) => setQuery(e.target.value)}
              />
              <span className="muted">{t('ui.dictionary.shown', { shown: shown.length, total: all.length })}</span>
            </div>
            {shown.length > 0 ? (
              <table className="items-table dictionary-table">
                <thead>
                  <tr>
                    <th className="num">#</th>
                    <th>{t('ui.dictionary.col.name')}</th>
                    <th>{t('ui.dictionary.col.kind')}</th>
                    <th>
                      {t('ui.dictionary.col.synonyms')} <span className="muted">（{t('ui.dictionary.synonymsHint')}）</span>
                    </th>
                    <th>{t('ui.dictionary.col.requires')}</th>
                    {canEdit && (
                      <th>
                        <span className="sr-only">{t('ui.dictionary.col.actions')}</span>
                      </th>
                    )}
                  </tr>
                </thead>
                <tbody>
                  {shown.map(({ e, index }) => {
                    const n = index + 1;
                    const id = (f: string) => `dict-${e.key}-${f}-err`;
                    const nameErr = issue(`elements.${index}.name`);
                    const kindErr = issue(`elements.${index}.kind`);
                    const synErr = issue(`elements.${index}.synonyms`);
                    const reqErr = issue(`elements.${index}.requires`);
                    return (
                      <tr key={e.key}>
                        <td className="num">{n}</td>
                        {cell(
                          id('name'),
                          nameErr,
                          <input
                            aria-label={t('ui.dictionary.nameOf', { n })}
                            value={e.name}
                            maxLength={60}
                            readOnly={!canEdit}
                            onChange={(ev) => patch(e.key, { name: ev.target.value })}
                            {...described(id('name'), nameErr)}
                          />,
                        )}
                        {cell(
                          id('kind'),
                          kindErr,
                          <select
                            aria-label={t('ui.dictionary.kindOf', { n })}
                            value={e.kind}
                            disabled={!canEdit}
                            onChange={(ev) => patch(e.key, { kind: ev.target.value as ElementKind })}
                            {...described(id('kind'), kindErr)}
                          >
                            {ELEMENT_KINDS.map((k) => (
                              <option key={k} value={k}>
                                {t(`ui.dictionary.kind.${k}`)}
                              </option>
                            ))}
                          </select>,
                        )}
                        {cell(
                          id('synonyms'),
                          synErr,
                          <input
                            aria-label={t('ui.dictionary.synonymsOf', { n })}
                            value={e.synonyms}
                            readOnly={!canEdit}
                            onChange={(ev) => patch(e.key, { synonyms: ev.target.value })}
                            {...described(id('synonyms'), synErr)}
                          />,
                        )}
                        {cell(
                          id('requires'),
                          reqErr,
                          e.kind === 'dependent' ? (
                            <select
                              aria-label={t('ui.dictionary.requiresOf', { n })}
                              value={e.requires}
                              disabled={!canEdit}
                              onChange={(ev) => patch(e.key, { requires: ev.target.value })}
                              {...described(id('requires'), reqErr)}
                            >
                              <option value="">{t('ui.common.none')}</option>
                              {e.requires && !all.some((o) => o.name.trim() === e.requires) && <option value={e.requires}>{e.requires}</option>}
                              {all
                                .filter((o) => o.key !== e.key && o.name.trim())
                                .map((o) => (
                                  <option key={o.key} value={o.name.trim()}>
                                    {o.name.trim()}
                                  </option>
                                ))}
                            </select>
                          ) : (
                            <span className="muted">{t('ui.common.none')}</span>
                          ),
                        )}
                        {canEdit && (
                          <td>
                            <button type="button" className="link" aria-label={t('ui.dictionary.removeElement', { n })} onClick={() => setElements(all.filter((r) => r.key !== e.key))}>
                              {t('ui.dictionary.remove')}
                            </button>
                          </td>
                        )}
                      </tr>
                    );
                  })}
                </tbody>
              </table>
            ) : (
              <p className="muted">{all.length ? t('ui.dictionary.noMatch') : t('ui.dictionary.noElements')}</p>
            )}
            {canEdit && (
              <button
                type="button"
                onClick={() => {
                  setQuery('');
                  setElements([...all, { key: newKey(), name: '', kind: 'generic', synonyms: '', requires: '' }]);
                }}
              >
                {t('ui.dictionary.addElement')}
              </button>
            )}
          </section>
          <section className="panel" aria-labelledby="dict-pairs-h">
            <h2 id="dict-pairs-h">{t('ui.dictionary.pairs')}</h2>
            <p className="muted">{t('ui.dictionary.pairsIntro')}</p>
            {pairs.length > 0 ? (
              <table className="items-table dictionary-pairs">
                <tbody>
                  {pairs.map((p, i) => {
                    const n = i + 1;
                    const rowErr = issue(`nonSynonyms.${i}`);
                    const errId = `pair-${p.key}-err`;
                    return (
                      <tr key={p.key} className={rowErr ? 'has-error' : undefined}>
                        <td className="num">{n}</td>
                        <td>
                          <input aria-label={t('ui.dictionary.pairA', { n })} value={p.a} maxLength={60} readOnly={!canEdit} onChange={(ev) => patchPair(p.key, { a: ev.target.value })} {...described(errId, rowErr)} />
                        </td>
                        <td aria-hidden>{t('ui.dictionary.pairVs')}</td>
                        <td>
                          <input aria-label={t('ui.dictionary.pairB', { n })} value={p.b} maxLength={60} readOnly={!canEdit} onChange={(ev) => patchPair(p.key, { b: ev.target.value })} {...described(errId, rowErr)} />
                          {rowErr && (
                            <span className="field-error" id={errId}>
                              {rowErr}
                            </span>
                          )}
                        </td>
                        {canEdit && (
                          <td>
                            <button type="button" className="link" aria-label={t('ui.dictionary.removePair', { n })} onClick={() => setPairs(pairs.filter((r) => r.key !== p.key))}>
                              {t('ui.dictionary.remove')}
                            </button>
                          </td>
                        )}
                      </tr>
                    );
                  })}
                </tbody>
              </table>
            ) : (
              <p className="muted">{t('ui.dictionary.noPairs')}</p>
            )}
            {canEdit && (
              <button type="button" onClick={() => setPairs([...pairs, { key: newKey(), a: '', b: '' }])}>
                {t('ui.dictionary.addPair')}
              </button>
            )}
          </section>
          {fieldCount > 0 ? (
            <p className="error" role="alert">
              {t('ui.dictionary.fixFields', { count: fieldCount })}
            </p>
          ) : (
            <ErrorMessage error={error} />
          )}
          <div className="form-actions">
            <button type="submit" className="primary" disabled={!canEdit || busy}>
              {busy ? t('ui.common.saving') : t('ui.common.save')}
            </button>
            <span className="muted">{t('ui.dictionary.effectNote')}</span>
          </div>
        </form>
      )}
    </>
  );
}
