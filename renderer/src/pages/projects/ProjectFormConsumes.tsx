import { useTranslation } from 'react-i18next';
import { consumeFromRow, type ConsumeDraft } from './project-form';
import { ResourcePicker } from './ResourcePicker';

interface Props {
  consumes: ConsumeDraft[];
  /** The declaring department: its own resources are not 共享需求. */
  departmentId: string;
  /** `touched`: the row (`consumes.<key>`) picked or changed. */
  onChange: (consumes: ConsumeDraft[], touched?: string) => void;
  issue: (path: string) => string | null;
}

const PUBLISHED = { status: 'published' };

/** 共享需求: published resources of other departments, picked by searching, each with its purpose. */
export function ProjectFormConsumes({ consumes, departmentId, onChange, issue }: Props) {
  const { t } = useTranslation();
  const chosen = new Set(consumes.map((c) => c.resourceId));
  return (
    <>
      <p className="muted form-note">{t('ui.projectForm.consumesHint')}</p>
      <ResourcePicker
        label={t('ui.projectForm.consumeSearch')}
        placeholder={t('ui.projectForm.consumeSearchPlaceholder')}
        filters={PUBLISHED}
        exclude={(r) => r.providerDeptId === departmentId || chosen.has(r.id)}
        onPick={(r) => {
          const row = consumeFromRow(r);
          onChange([...consumes, row], `consumes.${row.key}`);
        }}
      />
      {consumes.length === 0 ? (
        <p className="muted form-note">{t('ui.projectForm.noConsumes')}</p>
      ) : (
        <table className="items-table consumes-table">
          <thead>
            <tr>
              <th className="num">#</th>
              <th>{t('ui.projectForm.code')}</th>
              <th>{t('ui.projectForm.resource')}</th>
              <th>{t('ui.projectForm.provider')}</th>
              <th>{t('ui.projectForm.shareType')}</th>
              <th>{t('ui.projectForm.purpose')}</th>
              <th>
                <span className="sr-only">{t('ui.entry.item.actions')}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {consumes.map((c, i) => {
              const resourceErr = issue(`consumes.${i}.resourceId`) ?? issue(`consumes.${i}`);
              const purposeErr = issue(`consumes.${i}.purpose`);
              const errId = `consume-${c.key}-purpose-err`;
              return (
                <tr key={c.key}>
                  <td className="num">{i + 1}</td>
                  <td className="mono">{c.code}</td>
                  <td className={resourceErr ? 'has-error' : undefined}>
                    {c.name}
                    {resourceErr && <span className="field-error">{resourceErr}</span>}
                  </td>
                  <td>{c.providerName}</td>
                  <td>{c.shareType ? t(`dir.shareType.${c.shareType}`) : t('ui.common.none')}</td>
                  <td className={purposeErr ? 'has-error' : undefined}>
                    <input
                      data-path={`consumes.${i}.purpose`}
                      aria-label={t('ui.projectForm.purposeOf', { name: c.name })}
                      placeholder={t('ui.projectForm.purposePlaceholder')}
                      value={c.purpose}
                      maxLength={200}
                      onChange={(e) => onChange(consumes.map((x, j) => (j === i ? { ...x, purpose: e.target.value } : x)))}
                      {...(purposeErr ? { 'aria-invalid': true, 'aria-describedby': errId } : {})}
                    />
                    {purposeErr && (
                      <span className="field-error" id={errId}>
                        {purposeErr}
                      </span>
                    )}
                  </td>
                  <td className="row-actions">
                    <button
                      type="button"
                      className="icon danger"
                      aria-label={t('ui.projectForm.consumeRemove', { name: c.name })}
                      title={t('ui.projectForm.consumeRemove', { name: c.name })}
                      onClick={() => onChange(consumes.filter((_, j) => j !== i))}
                    >
                      ✕
                    </button>
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      )}
    </>
  );
}
