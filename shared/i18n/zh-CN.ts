/**
 * Messages shared by every surface (console, CLI, web host): errors, field problems, roles,
 * department levels and store warnings. The console's own UI strings live in renderer/i18n.
 */
import { cliZhCN } from './cli-zh-CN';

export const zhCN = {
  cli: cliZhCN,
  errors: {
    VALIDATION: '输入有误：{{fields}}',
    UNAUTHENTICATED: '请先登录',
    FORBIDDEN: '您没有执行此操作的权限',
    NOT_FOUND: '未找到该记录',
    CONFLICT: '与现有记录冲突',
    BAD_CREDENTIALS: '用户名或密码错误',
    RATE_LIMITED: '尝试次数过多，请 {{seconds}} 秒后再试',
    SETUP_REQUIRED: '尚未创建管理员，请先完成初始化',
    ALREADY_SET_UP: '系统已初始化，不能再次创建管理员',
    UNKNOWN_METHOD: '未知的调用：{{method}}',
    PAYLOAD_TOO_LARGE: '请求内容过大',
    STORE_UNAVAILABLE: '数据存储不可用',
    INTERNAL: '内部错误，已记录日志',
    TRANSPORT: '无法连接到统筹服务',
    BAD_RESPONSE: '服务返回了无法识别的数据',
    department: {
      codeTaken: '部门代码“{{code}}”已被使用',
      parentMissing: '上级部门不存在',
      parentCycle: '上级部门不能是本部门或其下级',
    },
    user: {
      usernameTaken: '用户名“{{username}}”已被使用',
      departmentMissing: '所属部门不存在',
      departmentRequired: '该角色必须指定所属部门',
      lastAdmin: '不能停用或降级最后一名管理员',
      inactive: '该账号已停用',
    },
  },
  field: {
    required: '必填',
    invalid: '格式不正确',
    invalidType: '类型不正确',
    tooShort: '太短',
    tooLong: '太长',
    unknown: '不允许的字段',
    notAllowed: '不在可选范围内',
  },
  fieldNames: {
    code: '代码',
    name: '名称',
    level: '层级',
    parentId: '上级部门',
    username: '用户名',
    displayName: '姓名',
    password: '密码',
    role: '角色',
    departmentId: '所属部门',
    language: '语言',
  },
  department: { code: { format: '代码须为 2–32 位字母、数字、下划线或连字符' } },
  user: {
    username: { format: '用户名须为 3–32 位小写字母、数字、点、下划线或连字符，以字母开头' },
    password: { tooShort: '密码至少 8 位' },
  },
  roles: {
    admin: '系统管理员',
    bureau: '数据局工作人员',
    registrant: '部门填报员',
    auditor: '审核员',
    inspector: '镇街核查员',
  },
  levels: { city: '市直', town: '镇街', village: '村居' },
  store: {
    locked: '数据目录已被另一个程序占用：{{holder}}（进程 {{pid}}）',
    snapshotDamaged: '数据快照已损坏，已从上一个完好状态恢复',
    journalTornTail: '上次未正常退出，已丢弃未完成的写入',
    journalDamaged: '数据日志有损坏，已恢复到损坏前的最后完好状态',
    unrecoverable: '数据文件损坏且无法恢复，请联系管理员从备份恢复',
  },
  progress: { demo: '正在载入演示数据' },
};

export type Messages = typeof zhCN;
