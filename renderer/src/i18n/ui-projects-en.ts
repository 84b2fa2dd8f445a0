import type { projectsUiZhCN } from './ui-projects-zh-CN';

type DeepStrings<T> = { [K in keyof T]: T[K] extends string ? string : DeepStrings<T[K]> };

export const projectsUiEn: DeepStrings<typeof projectsUiZhCN> = {
  title: 'Information projects',
};
