/** The CLI's own lines (Chinese first). */
export const cliZhCN = {
  refused: '操作被拒绝：',
  initDone: '数据目录已就绪：{{dataDir}}',
  demoLoaded: '已载入演示数据：{{departments}} 个部门，{{users}} 个账号，{{resources}} 条目录资源',
  needsAdmin: '尚无管理员：请运行 tongchou user add --role admin …，或启动桌面端完成初始化',
  passwordMissing: '请用 --password 或环境变量 TONGCHOU_PASSWORD 提供密码',
  departmentUnknown: '部门代码“{{code}}”不存在',
  userAdded: '已添加用户 {{username}}（{{role}}）',
  departmentAdded: '已添加部门 {{code}} {{name}}',
  portBusy: '端口 {{port}} 已被占用，请换一个端口或不指定 --port',
  listenFailed: '无法在 127.0.0.1 上监听（{{code}}）',
  userUnknown: '用户“{{username}}”不存在或已停用',
  badJson: '--json 的内容不是有效的 JSON',
  restricted: '（非公开资源：仅显示目录和基础元数据；信息项需申请取用后可见）',
  rendererMissing: '找不到已构建的界面（dist/renderer），请先运行 npm run build',
  col: { username: '用户名', name: '姓名', role: '角色', department: '部门', active: '启用', code: '代码', level: '层级', parent: '上级', provider: '提供方', shareType: '共享类型', status: '状态' },
};
