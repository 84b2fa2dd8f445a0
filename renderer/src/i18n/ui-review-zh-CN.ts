/** The duplicate-construction review pages (Simplified Chinese first). */
export const reviewUiZhCN = {
  title: '重复建设审查',
};
