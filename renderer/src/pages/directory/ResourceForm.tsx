import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Result } from '../../../../shared/api/contract';
import type { Classification } from '../../../../shared/directory/catalog-models';
import type { ResourceView } from '../../../../shared/directory/resource';
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
import { Field } from '../../components/Field';
import { useToast } from '../../components/Toast';
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
} from './entry-draft';
import { FormActions, RestoredNotice, saveOnCtrlS } from './FormError';
import { DepartmentField } from './FormFields';
import { issueMessage, pathLabel } from './issue-labels';
import { ItemsEditor } from './ItemsEditor';
import { mergeIssues } from './entry-check';
import { useEntryCheck, useSave } from './useEntryCheck';
import { reviveEntry, storageKey, useStoredDraft } from './draft-storage';

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
  const stored = useStoredDraft(key, base, initial, reviveEntry, (d) => JSON.stringify(draftToInput(d)));
  const { draft, setDraft } = stored;
  const [touched, setTouched] = useState<Set<string>>(new Set());
  const [touchedRows, setTouchedRows] = useState<Set<string>>(new Set());
  const [showAll, setShowAll] = useState(false);

  const input = useMemo(() => draftToInput(draft), [draft]);
  const live = useEntryCheck(resource?.id ?? null, input);
  const { busy, error, submit, refused } = useSave(
    input,
    async (sent) => {
      const view = resource ? await api.call('directory.update', { id: resource.id, input: sent }) : await api.call('directory.create', sent);
      stored.forget();
      toast(t(resource ? 'ui.entry.updated' : 'ui.entry.created', { name: view.name, code: view.code }));
      navigate(resourceHref(view.id));
    },
    () => setShowAll(true),
  );
  const issues = mergeIssues([live.issues, refused, localIssues(draft)], (p) => normalizePath(p, draft));
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

  const cancel = () => {
    stored.forget();
    navigate(resource ? resourceHref(resource.id) : '#/directory');
  };
  const discardRestored = () => {
    stored.discard();
    setTouched(new Set());
    setTouchedRows(new Set());
    setShowAll(false);
  };
  const methods = METHODS_FOR_FORMAT[draft.format];

  return (
    <form className="entry-form" onSubmit={submit} onKeyDown={saveOnCtrlS(busy, submit)} noValidate>
      {stored.restored && <RestoredNotice onDiscard={discardRestored} onClose={stored.closeNotice} />}

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
          <DepartmentField
            name="providerDeptId"
            label={t('ui.entry.provider')}
            fixedHint={fixedProvider ? t('ui.entry.providerFixed') : null}
            choose={t('ui.entry.chooseProvider')}
            value={draft.providerDeptId}
            onChange={(v) => set('providerDeptId', v)}
            departments={departments}
            fallbackName={user.departmentName ?? ''}
            error={issue('providerDeptId')}
          />
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

      <FormActions checking={live.checking} shown={shown} total={issues.length} label={pathLabel} error={error} busy={busy} onCancel={cancel} />
    </form>
  );
}
