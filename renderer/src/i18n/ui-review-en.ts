import type { reviewUiZhCN } from './ui-review-zh-CN';

type DeepStrings<T> = { [K in keyof T]: T[K] extends string ? string : DeepStrings<T[K]> };

export const reviewUiEn: DeepStrings<typeof reviewUiZhCN> = {
  title: 'Duplicate-construction review',
};
