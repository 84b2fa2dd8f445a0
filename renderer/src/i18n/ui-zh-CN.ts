/** The console's own strings, Simplified Chinese first. */
export const uiZhCN = {
  app: { name: '统筹', subtitle: '政务信息化项目统筹与数据资源目录', loading: '正在加载…' },
  nav: { general: '通用', dashboard: '工作台', projects: '项目', review: '审查', directory: '目录', sync: '同步', settings: '设置', departments: '部门', users: '用户' },
  setup: {
    title: '首次使用：创建系统管理员',
    intro: '统筹尚未初始化。请创建第一个系统管理员账号，之后可在“设置 › 用户”中添加其他人员。',
    submit: '创建管理员并登录',
    demoTitle: '载入演示数据？',
    demoIntro: '演示数据包含中山市 42 个市直部门、24 个镇街，以及每种角色一个演示账号（初始密码 tongchou2026）。',
    demoLoad: '载入演示数据',
    demoSkip: '暂不需要',
    demoDone: '已载入 {{departments}} 个部门、{{users}} 个账号',
    confirmPassword: '确认密码',
    passwordsDiffer: '两次输入的密码不一致',
  },
  login: { title: '登录', submit: '登录', signingIn: '正在登录…' },
  shell: { signOut: '退出登录', language: '语言', signedInAs: '{{name}}（{{role}}）' },
  common: {
    save: '保存', cancel: '取消', add: '新增', edit: '编辑', search: '搜索', all: '全部', close: '关闭',
    saving: '正在保存…', saved: '已保存', none: '—', yes: '是', no: '否', loading: '加载中…',
    rows: '共 {{total}} 条', noRows: '没有符合条件的记录', filter: '筛选', sortHint: '点击表头排序',
  },
  departments: {
    title: '部门', add: '新增部门', edit: '编辑部门', code: '部门代码', name: '部门名称', level: '层级', parent: '上级部门',
    noParent: '（无）', created: '已新增部门“{{name}}”', updated: '已保存部门“{{name}}”',
  },
  users: {
    title: '用户', add: '新增用户', edit: '编辑用户', username: '用户名', displayName: '姓名', role: '角色',
    department: '所属部门', active: '状态', activeYes: '启用', activeNo: '停用', password: '初始密码',
    created: '已新增用户“{{name}}”', updated: '已保存用户“{{name}}”', chooseDepartment: '请选择部门',
  },
  settings: {
    title: '设置', language: '界面语言', languageHint: '语言设置保存在本机，下次启动时沿用。',
    system: '系统信息', version: '版本', mode: '运行方式', dataDir: '数据目录', warnings: '数据存储提示',
    modes: { desktop: '桌面端', browser: '浏览器模式', cli: '命令行' },
    changePassword: '修改密码', currentPassword: '当前密码', newPassword: '新密码', passwordChanged: '密码已修改，其他设备上的登录已退出',
  },
  dashboard: {
    title: '工作台', welcome: '欢迎，{{name}}', departments: '部门', users: '用户',
    pending: '建设中的功能', pendingText: '项目审核、重复建设审查、资源目录与同步将在后续版本中陆续开放。',
  },
  pending: { title: '{{page}}：尚未开放', text: '此功能将在后续版本中提供。当前可使用“设置”中的部门与用户管理。' },
  languages: { 'zh-CN': '简体中文', en: 'English' },
};
