/** The project declaration form (申报表) (Simplified Chinese first). */
export const projectFormUiZhCN = {
  newTitle: '申报信息化项目',
};
