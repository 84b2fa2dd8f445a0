import { useTranslation } from 'react-i18next';
import { CLASS_KINDS, type ClassKind } from '../../../../shared/directory/vocab';
import { classLevel } from '../../../../shared/directory/codes';
import type { Classification } from '../../../../shared/directory/catalog-models';

type Props = {
  value: string;
  onChange: (code: string) => void;
  classifications: Classification[];
  id?: string;
  'aria-describedby'?: string;
  'aria-invalid'?: boolean;
};

/** The classification picker: one select, grouped 基础 / 主题 / 部门, indented 类 → 项 → 目 → 细目. */
export function ClassificationSelect({ value, onChange, classifications, ...aria }: Props) {
  const { t } = useTranslation();
  const byKind = new Map<ClassKind, Classification[]>(CLASS_KINDS.map((k) => [k, []]));
  for (const c of [...classifications].sort((a, b) => a.code.localeCompare(b.code))) byKind.get(c.kind)?.push(c);
  const known = classifications.some((c) => c.code === value);
  return (
    <select name="classCode" value={value} onChange={(e) => onChange(e.target.value)} {...aria}>
      <option value="">{t('ui.entry.chooseClass')}</option>
      {value && !known && <option value={value}>{value}</option>}
      {CLASS_KINDS.map((kind) => {
        const list = byKind.get(kind) ?? [];
        if (list.length === 0) return null;
        return (
          <optgroup key={kind} label={t(`dir.classKind.${kind}`)}>
            {list.map((c) => (
              <option key={c.code} value={c.code}>
                {'\u3000'.repeat(Math.max(0, classLevel(c.code) - 1))}
                {c.code} {c.name}
              </option>
            ))}
          </optgroup>
        );
      })}
    </select>
  );
}
