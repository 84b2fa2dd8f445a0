import type { projectFormUiZhCN } from './ui-project-form-zh-CN';

type DeepStrings<T> = { [K in keyof T]: T[K] extends string ? string : DeepStrings<T[K]> };

export const projectFormUiEn: DeepStrings<typeof projectFormUiZhCN> = {
  newTitle: 'Declare an information project',
};
