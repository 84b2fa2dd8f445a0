import { useEffect, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../../../shared/api/errors';
import type { Result } from '../../../../shared/api/contract';
import type { Classification } from '../../../../shared/directory/catalog-models';
import type { ResourceInput, ResourceView } from '../../../../shared/directory/resource';
import {
  FORMATS,
  METHODS_FOR_FORMAT,
  OPEN_TYPES,
  SHARE_METHODS,
  SHARE_TYPES,
  UPDATE_CYCLES,
  type Format,
  type OpenType,
  type ShareMethod,
  type ShareType,
  type UpdateCycle,
} from '../../../../shared/directory/vocab';
import { api } from '../../api/client';
import { navigate, resourceHref } from '../../app/route';
import { useSession } from '../../app/session';
import { ErrorMessage } from '../../components/ErrorMessage';
import { Field } from '../../components/Field';
import { useToast } from '../../components/Toast';
import { useSubmit } from '../../components/useSubmit';
import { ClassificationSelect } from './ClassificationSelect';
import {
  draftFromView,
  draftKey,
  draftToInput,
  emptyDraft,
  isVisible,
  localIssues,
  normalizePath,
  touch,
  type EntryDraft,
  type Issue,
} from './entry-draft';
import { issueMessage, pathLabel } from './issue-labels';
import { ItemsEditor } from './ItemsEditor';
import { sameAt } from './entry-check';
import { useEntryCheck } from './useEntryCheck';
import { restore, storageKey, type Stored } from './draft-storage';

interface Props {
  resource: ResourceView | null;
  classifications: Classification[];
  departments: Result<'departments.options'>;
}

/**
 * 新增 / 编辑资源: the guide's core metadata in four sections. Problems from `directory.check`
 * show beside their fields while the user types; the service's answer on save shows the same way.
 */
export function ResourceForm({ resource, classifications, departments }: Props) {
  const { t } = useTranslation();
  const { user } = useSession();
  const toast = useToast();
  const fixedProvider = user.role === 'registrant';
  const key = storageKey(user.id, resource?.id ?? null);
  const base = resource?.updatedAt ?? null;
  const initial = useMemo(() => (resource ? draftFromView(resource) : emptyDraft(user.departmentId ?? '')), [resource, user.departmentId]);
  const [restored] = useState(() => restore(key, base));
  const [draft, setDraft] = useState<EntryDraft>(() => restored ?? initial);
  const [touched, setTouched] = useState<Set<string>>(new Set());
  const [touchedRows, setTouchedRows] = useState<Set<string>>(new Set());
  const [showAll, setShowAll] = useState(false);
  const [serverIssues, setServerIssues] = useState<Issue[]>([]);
  const savedInput = useRef<ResourceInput | null>(null);
  const [notice, setNotice] = useState(restored !== null);

  const input = useMemo(() => draftToInput(draft), [draft]);
  const untouched = useMemo(() => JSON.stringify(draftToInput(initial)), [initial]);
  useEffect(() => {
    const timer = setTimeout(() => {
      try {
        if (JSON.stringify(input) === untouched) localStorage.removeItem(key);
        else localStorage.setItem(key, JSON.stringify({ base, draft } satisfies Stored));
      } catch {
        /* storage full or disabled: the form still works */
      }
    }, 300);
    return () => clearTimeout(timer);
  }, [key, base, draft, input, untouched]);

  const live = useEntryCheck(resource?.id ?? null, input);

  const issues = useMemo(() => {
    const seen = new Set<string>();
    const out: Issue[] = [];
    // The service's answer to a save stands for the fields not changed since.
    const server = serverIssues.filter((i) => savedInput.current !== null && sameAt(savedInput.current, input, normalizePath(i.path)));
    for (const i of [...live.issues, ...server, ...localIssues(draft)]) {
      const path = normalizePath(i.path, draft);
      const id = `${path}|${i.key}`;
      if (seen.has(id)) continue;
      seen.add(id);
      out.push({ ...i, path });
    }
    return out;
  }, [live.issues, serverIssues, draft, input]);
  const visible = (path: string) => {
    if (isVisible(path, touched, showAll)) return true;
    const m = /^items\.(\d+)/.exec(path);
    const row = m ? draft.items[Number(m[1])] : undefined;
    return row !== undefined && touchedRows.has(row.key);
  };
  const shown = issues.filter((i) => visible(i.path));
  const issue = (path: string): string | null => {
    const list = shown.filter((i) => i.path === path || (path === 'relatedCodes' && i.path.startsWith('relatedCodes.')));
    return list.length ? list.map((i) => issueMessage(i, t)).join('；') : null;
  };

  const set = <K extends keyof EntryDraft>(field: K, value: EntryDraft[K]) => {
    setDraft((d) => {
      const next = { ...d, [field]: value };
      // 不予共享 cannot be opened (the guide's rule): follow it rather than leave a contradiction.
      if (field === 'shareType' && value === 'none') next.openType = 'closed';
      // Keep a share method that fits the format when the format changes.
      if (field === 'format' && next.shareMethod && !METHODS_FOR_FORMAT[value as Format].includes(next.shareMethod)) {
        next.shareMethod = METHODS_FOR_FORMAT[value as Format][0] ?? '';
      }
      return next;
    });
    setTouched((s) => touch(s, field));
  };

  const { busy, error, submit } = useSubmit(
    async () => {
      setServerIssues([]);
      savedInput.current = input;
      const view = resource ? await api.call('directory.update', { id: resource.id, input }) : await api.call('directory.create', input);
      try {
        localStorage.removeItem(key);
      } catch {
        /* ignore */
      }
      toast(t(resource ? 'ui.entry.updated' : 'ui.entry.created', { name: view.name, code: view.code }));
      navigate(resourceHref(view.id));
    },
    () => setShowAll(true),
  );
  useEffect(() => {
    if (error instanceof ApiError && error.fields.length) setServerIssues(error.fields.map((f) => ({ path: f.path, key: f.key })));
  }, [error]);
  const fieldErrorCount = error instanceof ApiError ? error.fields.length : 0;

  const cancel = () => {
    try {
      localStorage.removeItem(key);
    } catch {
      /* ignore */
    }
    navigate(resource ? resourceHref(resource.id) : '#/directory');
  };
  const discardRestored = () => {
    setDraft(initial);
    setNotice(false);
    setTouched(new Set());
    setTouchedRows(new Set());
    setShowAll(false);
  };
  const onKeyDown = (e: KeyboardEvent<HTMLFormElement>) => {
    if ((e.ctrlKey || e.metaKey) && e.key.toLowerCase() === 's') {
      e.preventDefault();
      if (!busy) void submit();
    }
  };

  const methods = METHODS_FOR_FORMAT[draft.format];
  const provider = departments.find((d) => d.id === draft.providerDeptId);

  return (
    <form className="entry-form" onSubmit={submit} onKeyDown={onKeyDown} noValidate>
      {notice && (
        <aside className="banner" role="status">
          <div>{t('ui.entry.restored')}</div>
          <button type="button" onClick={discardRestored}>
            {t('ui.entry.discardRestored')}
          </button>
          <button type="button" onClick={() => setNotice(false)}>
            {t('ui.common.close')}
          </button>
        </aside>
      )}

      <fieldset className="panel form-section">
        <legend>{t('ui.entry.sectionBasic')}</legend>
        <div className="form-grid">
          <div className="span-2">
            <Field label={t('ui.entry.name')} error={issue('name')} hint={t('ui.entry.nameHint')}>
              <input name="name" value={draft.name} maxLength={100} onChange={(e) => set('name', e.target.value)} autoFocus />
            </Field>
          </div>
          <Field label={t('ui.entry.classCode')} error={issue('classCode')}>
            <ClassificationSelect value={draft.classCode} onChange={(v) => set('classCode', v)} classifications={classifications} />
          </Field>
          {fixedProvider ? (
            <Field label={t('ui.entry.provider')} error={issue('providerDeptId')} hint={t('ui.entry.providerFixed')}>
              <input name="provider" value={provider ? `${provider.name}（${provider.code}）` : (user.departmentName ?? '')} readOnly />
            </Field>
          ) : (
            <Field label={t('ui.entry.provider')} error={issue('providerDeptId')}>
              <select name="providerDeptId" value={draft.providerDeptId} onChange={(e) => set('providerDeptId', e.target.value)}>
                <option value="">{t('ui.entry.chooseProvider')}</option>
                {departments.map((d) => (
                  <option key={d.id} value={d.id}>
                    {d.code} {d.name}
                  </option>
                ))}
              </select>
            </Field>
          )}
          <div className="span-2">
            <Field label={t('ui.entry.summary')} error={issue('summary')}>
              <textarea name="summary" rows={3} value={draft.summary} maxLength={2000} onChange={(e) => set('summary', e.target.value)} />
            </Field>
          </div>
          <Field label={t('ui.entry.format')} error={issue('format')}>
            <select name="format" value={draft.format} onChange={(e) => set('format', e.target.value as Format)}>
              {FORMATS.map((f) => (
                <option key={f} value={f}>
                  {t(`dir.format.${f}`)}
                </option>
              ))}
            </select>
          </Field>
          <Field label={t('ui.entry.updateCycle')} error={issue('updateCycle')}>
            <select name="updateCycle" value={draft.updateCycle} onChange={(e) => set('updateCycle', e.target.value as UpdateCycle)}>
              {UPDATE_CYCLES.map((c) => (
                <option key={c} value={c}>
                  {t(`dir.updateCycle.${c}`)}
                </option>
              ))}
            </select>
          </Field>
          <Field label={t('ui.entry.sourceSystem')} error={issue('sourceSystem')} hint={t('ui.entry.sourceSystemHint')}>
            <input name="sourceSystem" value={draft.sourceSystem} maxLength={100} onChange={(e) => set('sourceSystem', e.target.value)} />
          </Field>
          <Field label={t('ui.entry.relatedCodes')} error={issue('relatedCodes')} hint={t('ui.entry.relatedCodesHint')}>
            <input name="relatedCodes" value={draft.relatedCodes} onChange={(e) => set('relatedCodes', e.target.value)} />
          </Field>
        </div>
      </fieldset>

      <fieldset className="panel form-section">
        <legend>{t('ui.entry.sectionShare')}</legend>
        <div className="form-grid">
          <Field label={t('ui.entry.shareType')} error={issue('shareType')}>
            <select name="shareType" value={draft.shareType} onChange={(e) => set('shareType', e.target.value as ShareType)}>
              {SHARE_TYPES.map((s) => (
                <option key={s} value={s}>
                  {t(`dir.shareType.${s}`)}
                </option>
              ))}
            </select>
          </Field>
          {draft.shareType !== 'none' ? (
            <Field label={t('ui.entry.shareMethod')} error={issue('shareMethod')} hint={t('ui.entry.shareMethodHint', { format: t(`dir.format.${draft.format}`) })}>
              <select name="shareMethod" value={draft.shareMethod} onChange={(e) => set('shareMethod', e.target.value as ShareMethod | '')}>
                <option value="">{t('ui.entry.chooseMethod')}</option>
                {SHARE_METHODS.filter((m) => methods.includes(m) || m === draft.shareMethod).map((m) => (
                  <option key={m} value={m}>
                    {t(`dir.shareMethod.${m}`)}
                  </option>
                ))}
              </select>
            </Field>
          ) : (
            <p className="muted form-note">{t('ui.entry.noneNote')}</p>
          )}
          {draft.shareType === 'conditional' && (
            <div className="span-2">
              <Field label={t('ui.entry.shareCondition')} error={issue('shareCondition')} hint={t('ui.entry.shareConditionHint')}>
                <textarea name="shareCondition" rows={2} value={draft.shareCondition} maxLength={500} onChange={(e) => set('shareCondition', e.target.value)} />
              </Field>
            </div>
          )}
          <Field label={t('ui.entry.openType')} error={issue('openType')}>
            <select name="openType" value={draft.openType} onChange={(e) => set('openType', e.target.value as OpenType)}>
              {OPEN_TYPES.map((o) => (
                <option key={o} value={o}>
                  {t(`dir.openType.${o}`)}
                </option>
              ))}
            </select>
          </Field>
          {draft.openType === 'conditional' && (
            <div className="span-2">
              <Field label={t('ui.entry.openCondition')} error={issue('openCondition')}>
                <textarea name="openCondition" rows={2} value={draft.openCondition} maxLength={500} onChange={(e) => set('openCondition', e.target.value)} />
              </Field>
            </div>
          )}
        </div>
      </fieldset>

      <fieldset className="panel form-section">
        <legend>
          {t('ui.entry.sectionItems')} <span className="muted">{t('ui.entry.itemCount', { count: draft.items.length })}</span>
        </legend>
        {issue('items') && (
          <p className="field-error" role="alert">
            {issue('items')}
          </p>
        )}
        <ItemsEditor
          items={draft.items}
          issue={issue}
          onChange={(items, touchedKey) => {
            setDraft((d) => ({ ...d, items }));
            if (touchedKey) setTouchedRows((s) => new Set(s).add(touchedKey));
            setTouched((s) => new Set(s).add('items'));
          }}
        />
      </fieldset>

      <fieldset className="panel form-section">
        <legend>{t('ui.entry.sectionExtra')}</legend>
        <p className="muted form-note">{t('ui.entry.extraHint')}</p>
        {draft.extra.map((e, i) => {
          const err = issue(`extra.${i}`);
          return (
            <div key={e.key} className={`extra-row${err ? ' has-error' : ''}`}>
              <input
                aria-label={t('ui.entry.extraNameOf', { n: i + 1 })}
                placeholder={t('ui.entry.extraName')}
                value={e.name}
                maxLength={40}
                onChange={(ev) => {
                  set('extra', draft.extra.map((x, j) => (j === i ? { ...x, name: ev.target.value } : x)));
                  setTouched((s) => new Set(s).add(`extra.${i}`));
                }}
              />
              <input
                aria-label={t('ui.entry.extraValueOf', { n: i + 1 })}
                placeholder={t('ui.entry.extraValue')}
                value={e.value}
                maxLength={500}
                onChange={(ev) => {
                  set('extra', draft.extra.map((x, j) => (j === i ? { ...x, value: ev.target.value } : x)));
                  setTouched((s) => new Set(s).add(`extra.${i}`));
                }}
              />
              <button type="button" className="icon danger" aria-label={t('ui.entry.extraRemove', { n: i + 1 })} onClick={() => set('extra', draft.extra.filter((_, j) => j !== i))}>
                ✕
              </button>
              {err && <span className="field-error">{err}</span>}
            </div>
          );
        })}
        {issue('extra') && <p className="field-error">{issue('extra')}</p>}
        <button type="button" onClick={() => set('extra', [...draft.extra, { key: draftKey(), name: '', value: '' }])}>
          {t('ui.entry.extraAdd')}
        </button>
      </fieldset>

      <div className="entry-actions">
        <div className="entry-status" aria-live="polite">
          {live.checking ? (
            <span className="muted">{t('ui.entry.checking')}</span>
          ) : shown.length > 0 ? (
            <details className="issue-summary">
              <summary>{t('ui.entry.issueCount', { count: shown.length })}</summary>
              <ul>
                {shown.map((i) => (
                  <li key={`${i.path}|${i.key}`}>
                    {pathLabel(i.path, t)}：{issueMessage(i, t)}
                  </li>
                ))}
              </ul>
            </details>
          ) : (
            <span className="muted">{issues.length === 0 ? t('ui.entry.noIssues') : t('ui.entry.draftHint')}</span>
          )}
        </div>
        {error !== null && !(error instanceof ApiError && error.code === 'VALIDATION' && fieldErrorCount > 0) && <ErrorMessage error={error} />}
        {fieldErrorCount > 0 && (
          <p className="error" role="alert">
            {t('ui.entry.saveRefused', { count: fieldErrorCount })}
          </p>
        )}
        <button type="button" onClick={cancel}>
          {t('ui.common.cancel')}
        </button>
        <button type="submit" className="primary" disabled={busy} title={t('ui.entry.saveShortcut')}>
          {busy ? t('ui.common.saving') : t('ui.common.save')}
        </button>
      </div>
    </form>
  );
}
