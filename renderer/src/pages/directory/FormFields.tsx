import type { ChangeEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Result } from '../../../../shared/api/contract';
import { Field } from '../../components/Field';

/**
 * A form's department (提供方, 申报单位): fixed to the registrant's own department (shown, not
 * chosen), otherwise chosen from every department. `name` names the control for blur tracking.
 */
export function DepartmentField(props: {
  label: string;
  /** The hint of the fixed field, or null where the user chooses. */
  fixedHint: string | null;
  choose: string;
  value: string;
  onChange: (id: string) => void;
  departments: Result<'departments.options'>;
  /** Shown when the fixed department is not among the options (not loaded). */
  fallbackName: string;
  error: string | null;
  name: string;
}) {
  const { label, fixedHint, choose, value, onChange, departments, fallbackName, error, name } = props;
  if (fixedHint !== null) {
    const d = departments.find((x) => x.id === value);
    return (
      <Field label={label} error={error} hint={fixedHint}>
        <input name={name} data-path={name} value={d ? `${d.name}（${d.code}）` : fallbackName} readOnly />
      </Field>
    );
  }
  return (
    <Field label={label} error={error}>
      <select name={name} data-path={name} value={value} onChange={(e) => onChange(e.target.value)}>
        <option value="">{choose}</option>
        {departments.map((d) => (
          <option key={d.id} value={d.id}>
            {d.code} {d.name}
          </option>
        ))}
      </select>
    </Field>
  );
}

/** A select over one vocabulary, labelled by its shared i18n keys (`dir.format.*`, `proj.type.*` …). */
export function VocabSelect<V extends string>(props: {
  values: readonly V[];
  /** The i18n prefix, e.g. `dir.format`. */
  prefix: string;
  value: V;
  onChange: (value: V) => void;
  /** The field's path, for blur tracking. */
  path: string;
  id?: string;
  'aria-describedby'?: string;
  'aria-invalid'?: boolean;
}) {
  const { t } = useTranslation();
  const { values, prefix, value, onChange, path, ...aria } = props;
  return (
    <select name={path} data-path={path} value={value} onChange={(e: ChangeEvent<HTMLSelectElement>) => onChange(e.target.value as V)} {...aria}>
      {values.map((v) => (
        <option key={v} value={v}>
          {t(`${prefix}.${v}`)}
        </option>
      ))}
    </select>
  );
}
