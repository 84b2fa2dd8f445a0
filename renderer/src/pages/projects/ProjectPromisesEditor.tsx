import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Classification } from '../../../../shared/directory/catalog-models';
import {
  FORMATS,
  METHODS_FOR_FORMAT,
  OPEN_TYPES,
  SHARE_TYPES,
  UPDATE_CYCLES,
  type Format,
  type OpenType,
  type ShareMethod,
  type ShareType,
  type UpdateCycle,
} from '../../../../shared/directory/vocab';
import { Field } from '../../components/Field';
import { ClassificationSelect } from '../directory/ClassificationSelect';
import { VocabSelect } from '../directory/FormFields';
import { newDraftPromise, promiseFromRow, type PromiseDraft, type PromisedDraft } from './project-form';
import { ResourcePicker } from './ResourcePicker';

interface Props {
  provides: PromiseDraft[];
  /** The declaring department: only its resources can be promised. */
  departmentId: string;
  classifications: Classification[];
  /** `touched`: the row (`provides.<key>`) picked or changed. */
  onChange: (provides: PromiseDraft[], touched?: string) => void;
  issue: (path: string) => string | null;
}

/**
 * 提供资源: what the project promises to put into the directory, each with the share type the
 * acceptance gate will check: an existing resource of the department, picked by searching, or a
 * new draft (名称, 分类, 摘要, 格式, 开放类型, 更新周期, optionally 共享方式) registered on saving.
 */
export function ProjectPromisesEditor({ provides, departmentId, classifications, onChange, issue }: Props) {
  const { t } = useTranslation();
  const chosen = new Set(provides.map((p) => p.resourceId));
  const root = useRef<HTMLDivElement>(null);
  const [focusKey, setFocusKey] = useState<string | null>(null);
  useEffect(() => {
    if (!focusKey) return;
    root.current?.querySelector<HTMLElement>(`[data-row="${focusKey}"] input, [data-row="${focusKey}"] select`)?.focus();
    setFocusKey(null);
  }, [focusKey]);
  const patch = (i: number, p: Partial<PromiseDraft>, touched?: string) => onChange(provides.map((x, j) => (j === i ? { ...x, ...p } : x)), touched);
  const patchDraft = (i: number, d: Partial<PromisedDraft>, touched?: string) => {
    const row = provides[i]!;
    const next = { ...row.draft!, ...d };
    // Keep a share method that fits the format when the format changes.
    if (d.format && next.shareMethod && !METHODS_FOR_FORMAT[d.format].includes(next.shareMethod)) next.shareMethod = METHODS_FOR_FORMAT[d.format][0] ?? '';
    patch(i, { draft: next }, touched && `provides.${row.key}.draft.${touched}`);
  };
  const setShareType = (i: number, shareType: ShareType) => {
    const row = provides[i]!;
    // 不予共享 cannot be opened (the guide's rule): follow it rather than leave a contradiction.
    patch(i, { shareType, draft: row.draft && shareType === 'none' ? { ...row.draft, openType: 'closed' } : row.draft });
  };

  return (
    <div ref={root}>
      <p className="muted form-note">{t('ui.projectForm.providesHint')}</p>
      <div className="promise-tools">
        <ResourcePicker
          label={t('ui.projectForm.provideSearch')}
          placeholder={t('ui.projectForm.provideSearchPlaceholder')}
          filters={departmentId ? { provider: departmentId } : {}}
          exclude={(r) => r.status === 'retired' || chosen.has(r.id)}
          disabledReason={departmentId ? null : t('ui.projectForm.needDepartment')}
          onPick={(r) => {
            const row = promiseFromRow(r);
            onChange([...provides, row], `provides.${row.key}`);
          }}
        />
        <button
          type="button"
          onClick={() => {
            const row = newDraftPromise();
            onChange([...provides, row]);
            setFocusKey(row.key);
          }}
        >
          {t('ui.projectForm.newDraft')}
        </button>
      </div>
      {provides.length === 0 && <p className="muted form-note">{t('ui.projectForm.noProvides')}</p>}
      {provides.map((p, i) => {
        const n = i + 1;
        const at = (field: string) => `provides.${i}.${field}`;
        const rowErr = issue(`provides.${i}`) ?? issue(at('resourceId'));
        const d = p.draft;
        const shareType = (
          <Field label={t('ui.projectForm.promisedShareType')} error={issue(at('shareType'))}>
            <VocabSelect values={SHARE_TYPES} prefix="dir.shareType" value={p.shareType} onChange={(v) => setShareType(i, v)} path={at('shareType')} />
          </Field>
        );
        return (
          <fieldset key={p.key} className={`promise-row${rowErr ? ' has-error' : ''}`} data-row={p.key}>
            <legend>{d ? t('ui.projectForm.provideDraft', { n }) : t('ui.projectForm.provideExisting', { n, name: p.name })}</legend>
            <button type="button" className="icon danger promise-remove" aria-label={t('ui.projectForm.provideRemove', { n })} title={t('ui.projectForm.provideRemove', { n })} onClick={() => onChange(provides.filter((_, j) => j !== i))}>
              ✕
            </button>
            {rowErr && (
              <p className="field-error" role="alert">
                {rowErr}
              </p>
            )}
            {!d ? (
              <div className="form-grid">
                <div className="promise-existing">
                  <span className="mono">{p.code}</span> <strong>{p.name}</strong>
                  {p.currentShareType && <span className="muted"> {t('ui.projectForm.currentShareType', { shareType: t(`dir.shareType.${p.currentShareType}`) })}</span>}
                </div>
                {shareType}
              </div>
            ) : (
              <div className="form-grid">
                <Field label={t('ui.projectForm.draft.name')} error={issue(at('draft.name'))}>
                  <input data-path={at('draft.name')} value={d.name} maxLength={100} onChange={(e) => patchDraft(i, { name: e.target.value })} />
                </Field>
                <Field label={t('ui.projectForm.draft.classCode')} error={issue(at('draft.classCode'))}>
                  <ClassificationSelect value={d.classCode} onChange={(v) => patchDraft(i, { classCode: v }, 'classCode')} classifications={classifications} />
                </Field>
                <div className="span-2">
                  <Field label={t('ui.projectForm.draft.summary')} error={issue(at('draft.summary'))}>
                    <textarea data-path={at('draft.summary')} rows={2} value={d.summary} maxLength={2000} onChange={(e) => patchDraft(i, { summary: e.target.value })} />
                  </Field>
                </div>
                <Field label={t('ui.projectForm.draft.format')} error={issue(at('draft.format'))}>
                  <VocabSelect values={FORMATS} prefix="dir.format" value={d.format} onChange={(v: Format) => patchDraft(i, { format: v })} path={at('draft.format')} />
                </Field>
                <Field label={t('ui.projectForm.draft.shareMethod')} error={issue(at('draft.shareMethod'))}>
                  <select data-path={at('draft.shareMethod')} value={p.shareType === 'none' ? '' : d.shareMethod} disabled={p.shareType === 'none'} onChange={(e) => patchDraft(i, { shareMethod: e.target.value as ShareMethod | '' })}>
                    <option value="">{t('ui.projectForm.draft.noShareMethod')}</option>
                    {METHODS_FOR_FORMAT[d.format].map((m) => (
                      <option key={m} value={m}>
                        {t(`dir.shareMethod.${m}`)}
                      </option>
                    ))}
                  </select>
                </Field>
                <Field label={t('ui.projectForm.draft.openType')} error={issue(at('draft.openType'))}>
                  <VocabSelect values={OPEN_TYPES} prefix="dir.openType" value={d.openType} onChange={(v: OpenType) => patchDraft(i, { openType: v })} path={at('draft.openType')} />
                </Field>
                <Field label={t('ui.projectForm.draft.updateCycle')} error={issue(at('draft.updateCycle'))}>
                  <VocabSelect values={UPDATE_CYCLES} prefix="dir.updateCycle" value={d.updateCycle} onChange={(v: UpdateCycle) => patchDraft(i, { updateCycle: v })} path={at('draft.updateCycle')} />
                </Field>
                {shareType}
              </div>
            )}
          </fieldset>
        );
      })}
    </div>
  );
}
