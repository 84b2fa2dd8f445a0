/** The project register's pages: list, queue, my projects, project page (Simplified Chinese first). */
export const projectsUiZhCN = {
  title: '信息化项目',
};
