import { useEffect, useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Field } from '../../components/Field';
import { emptySystem, type SystemDraft } from './project-form';

interface Props {
  systems: SystemDraft[];
  /** `touched`: the path (`systems.<row key>…`) the user changed, whose problems start to show. */
  onChange: (systems: SystemDraft[], touched?: string) => void;
  issue: (path: string) => string | null;
}

/** Separators that end a function name typed into the chip input (a pasted list splits too). */
const SEPARATORS = /[\n,，、;；]+/;

/**
 * 建设系统: one block per system, its name and its functions (功能模块) as chips. A function is
 * added with Enter (or a separator such as 、), removed with its ✕ or Backspace in the empty input.
 */
export function ProjectSystemsEditor({ systems, onChange, issue }: Props) {
  const { t } = useTranslation();
  const root = useRef<HTMLDivElement>(null);
  const [focus, setFocus] = useState<{ key: string; part: string } | null>(null);
  useEffect(() => {
    if (!focus) return;
    const sel = focus.key ? `[data-row="${focus.key}"] [data-part="${focus.part}"]` : '[data-part="add-system"]';
    root.current?.querySelector<HTMLElement>(sel)?.focus();
    setFocus(null);
  }, [focus]);

  const patch = (i: number, p: Partial<SystemDraft>, touched?: string) => {
    onChange(
      systems.map((s, j) => (j === i ? { ...s, ...p } : s)),
      touched === undefined ? undefined : `systems.${systems[i]!.key}${touched}`,
    );
  };
  const addFunctions = (i: number, text: string) => {
    const s = systems[i]!;
    const names = text.split(SEPARATORS).map((x) => x.trim()).filter(Boolean);
    patch(i, { functions: [...s.functions, ...names], pending: '' }, '.functions');
  };
  const onFunctionKey = (i: number) => (e: KeyboardEvent<HTMLInputElement>) => {
    const s = systems[i]!;
    if (e.key === 'Enter') {
      e.preventDefault();
      if (s.pending.trim()) addFunctions(i, s.pending);
    } else if (e.key === 'Backspace' && s.pending === '' && s.functions.length > 0) {
      e.preventDefault();
      patch(i, { functions: s.functions.slice(0, -1) }, '.functions');
    }
  };
  const add = () => {
    const row = emptySystem();
    onChange([...systems, row]);
    setFocus({ key: row.key, part: 'name' });
  };
  const remove = (i: number) => {
    const next = systems.filter((_, j) => j !== i);
    onChange(next);
    const neighbour = next[i] ?? next[i - 1];
    setFocus(neighbour ? { key: neighbour.key, part: 'name' } : { key: '', part: 'add-system' });
  };

  return (
    <div ref={root} className="systems-editor">
      {systems.length === 0 && <p className="muted form-note">{t('ui.projectForm.noSystems')}</p>}
      {systems.map((s, i) => {
        const n = i + 1;
        const functionErrors = s.functions
          .map((f, j) => ({ f, err: issue(`systems.${i}.functions.${j}`) }))
          .filter((x) => x.err)
          .map((x) => `“${x.f}”：${x.err}`);
        const pendingErr = issue(`systems.${i}.functions.${s.functions.length}`);
        const listErr = issue(`systems.${i}.functions`);
        const chipsNote = [...functionErrors, ...(pendingErr ? [pendingErr] : []), ...(listErr ? [listErr] : [])].join('；');
        return (
          <div key={s.key} className="system-row" data-row={s.key}>
            <div className="system-head">
              <Field label={t('ui.projectForm.systemNameOf', { n })} error={issue(`systems.${i}.name`)}>
                <input data-part="name" data-path={`systems.${i}.name`} value={s.name} maxLength={100} onChange={(e) => patch(i, { name: e.target.value })} />
              </Field>
              <button type="button" className="icon danger" aria-label={t('ui.projectForm.systemRemove', { n })} title={t('ui.projectForm.systemRemove', { n })} onClick={() => remove(i)}>
                ✕
              </button>
            </div>
            <div className={`chips${chipsNote ? ' has-error' : ''}`} role="group" aria-label={t('ui.projectForm.functionsOf', { n })}>
              <span className="chips-label">{t('ui.projectForm.functions')}</span>
              {s.functions.map((f, j) => (
                <span key={`${j}|${f}`} className={issue(`systems.${i}.functions.${j}`) ? 'chip has-error' : 'chip'}>
                  {f}
                  <button
                    type="button"
                    aria-label={t('ui.projectForm.functionRemove', { name: f })}
                    title={t('ui.projectForm.functionRemove', { name: f })}
                    onClick={() => {
                      patch(i, { functions: s.functions.filter((_, k) => k !== j) }, '.functions');
                      setFocus({ key: s.key, part: 'function' });
                    }}
                  >
                    ×
                  </button>
                </span>
              ))}
              <input
                data-part="function"
                aria-label={t('ui.projectForm.functionInputOf', { n })}
                placeholder={t('ui.projectForm.functionPlaceholder')}
                value={s.pending}
                maxLength={100}
                onChange={(e) => (SEPARATORS.test(e.target.value) ? addFunctions(i, e.target.value) : patch(i, { pending: e.target.value }))}
                onKeyDown={onFunctionKey(i)}
              />
              <button type="button" className="small" disabled={!s.pending.trim()} onClick={() => addFunctions(i, s.pending)}>
                {t('ui.projectForm.functionAdd')}
              </button>
            </div>
            {chipsNote && <span className="field-error">{chipsNote}</span>}
          </div>
        );
      })}
      <button type="button" data-part="add-system" onClick={add}>
        {t('ui.projectForm.systemAdd')}
      </button>
    </div>
  );
}
