import type { ProjectAction } from '../../project/workflow';

/**
 * Words of information-project declarations (信息化项目申报) as 中山市 departments write them:
 * system kinds, function modules, the sentences of 建设内容, review comments and purposes of
 * shared-data needs. Pure data for shared/demo/generator/projects.ts.
 */

/** What a department builds around one of its subjects: 户籍人口 + 管理系统 … */
export const SYSTEM_KINDS = ['管理系统', '综合管理平台', '智慧监管平台', '服务平台', '信息系统', '监测预警系统', '分析决策系统', '协同办理系统', '移动应用'] as const;

/**
 * Systems many departments build for themselves, again and again (重复建设 the review looks for);
 * usually written with the department's short name in front.
 */
export const COMMON_SYSTEMS = [
  '视频监控联网平台', '大数据分析平台', '移动执法系统', '电子档案管理系统', '数据共享交换平台', '统一身份认证系统',
  '可视化指挥调度平台', '网格化管理系统', '物联感知平台', '协同办公系统', '短信服务平台', '电子签章系统',
  'GIS地理信息平台', '数据资源中心', '业务中台', '指挥中心大屏展示系统',
] as const;

/** Function modules (功能模块) any system may have. */
export const GENERIC_FUNCTIONS = [
  '数据采集', '综合查询', '统计分析', '报表管理', '用户权限管理', '系统管理', '日志审计', '消息通知', '移动端应用',
  '电子档案管理', '预警监测', '可视化展示', '数据共享接口', '工作流引擎', '电子签章', '地图展示', '任务督办',
  '考核评价', '知识库管理', '数据质量管理', '统一身份认证对接', '视频接入', '运行监测',
] as const;

/** Function modules about a subject: {s} is its stem (户籍人口, 食品经营许可 …). */
export const SUBJECT_FUNCTIONS = ['{s}登记', '{s}查询', '{s}统计分析', '{s}审批', '{s}监管', '{s}档案管理', '{s}数据治理', '{s}信息核验', '{s}动态监测'] as const;

/** Project names by type; {dept} the department, {short} its short name, {sys} a system, {topic} a subject, {year} the year. */
export const NEW_NAMES = ['{dept}{sys}建设项目', '{dept}智慧{topic}平台建设项目', '{dept}{topic}数字化转型项目', '{dept}{topic}信息化建设项目', '{dept}{topic}“一网统管”应用建设项目'] as const;
export const TOWN_NEW_NAMES = ['{short}{topic}数字化治理平台建设项目', '{short}基层治理{sys}建设项目', '{dept}{sys}建设项目'] as const;
export const UPGRADE_NAMES = ['{sys}升级改造项目', '{dept}{sys}（二期）建设项目', '{dept}{sys}信创适配改造项目', '{sys}功能扩展项目'] as const;
export const OPERATION_NAMES = ['{year}年{dept}{sys}运维项目', '{dept}{year}年度信息系统运行维护服务项目', '{year}年{sys}运行维护项目'] as const;

/** Qualifiers that keep names apart when a department declares the same kind of project again. */
export const NAME_QUALIFIERS = ['（二期）', '（三期）', '（{year}年）', '（续建）', '（第二批）'] as const;

/** 建设内容: the opening sentence, the modules sentence, the data sentence, the purpose sentence. */
export const CONTENT_OPENINGS = [
  '为落实数字政府建设要求，本项目拟建设{sys}，实现对{desc}的统一管理和共享应用。',
  '本项目围绕{topic}业务建设{sys}，归集{desc}，提高业务协同效率。',
  '针对{topic}工作中信息分散、重复录入的问题，拟建设{sys}，整合{desc}。',
  '在现有系统基础上建设{sys}，实现{desc}的在线办理和动态更新。',
] as const;
export const UPGRADE_OPENINGS = ['{sys}已运行多年，存在功能老化、性能不足等问题，本项目对其进行升级改造。', '按照信创适配和等级保护要求，对{sys}进行升级改造，完善{topic}业务功能。'] as const;
export const OPERATION_OPENINGS = ['本项目为{sys}{year}年度运行维护，保障系统稳定运行。', '对{sys}提供{year}年度运维服务，包括日常巡检、故障处理和安全加固。'] as const;
export const MODULE_SENTENCES = ['主要建设内容包括{a}、{b}、{c}等功能模块。', '建设{a}、{b}等{n}个功能模块。', '功能涵盖{a}、{b}和{c}。'] as const;
export const DATA_SENTENCES = ['项目采集{a}、{b}、{c}等{n}项数据。', '归集{a}、{b}等{n}项数据，形成{topic}专题库。', '需登记{a}、{b}、{c}等数据项。'] as const;
export const PURPOSE_SENTENCES = ['项目建成后可支撑{use}。', '提升{use}的信息化水平。', '服务{use}等业务场景。'] as const;

/** Purposes of a shared-data need (共享需求). {use} is the department's own use. */
export const CONSUME_PURPOSES = [
  '用于{use}', '核验申请人身份信息', '核验市场主体登记信息', '比对{name}，避免重复采集', '业务办理中调取{name}',
  '开展数据分析，支撑{use}', '替代申请人提交纸质材料', '',
] as const;

/** Names of the resources a project promises to register (共享承诺): {stem} the system's stem. */
export const PROMISE_SUFFIXES = ['业务办理信息', '监测数据', '统计分析结果', '事项办理结果', '专题库数据', '评价结果信息'] as const;
export const PROMISE_SUMMARIES = ['{sys}建成后形成的{name}，按规定向有关部门共享。', '项目运行产生的{name}，在目录中登记后共享。'] as const;

/** Comments on steps that need one (退回、不予通过、验收退回), and the reasons of gate exceptions. */
export const COMMENTS: Partial<Record<ProjectAction, readonly string[]>> = {
  formal_return: ['申报材料不全，请补充可行性研究报告', '预算明细与建设内容不符，请核实', '请补充数据共享需求清单', '项目名称不规范，请按要求修改'],
  return: [
    '建设内容与市政务大数据中心已有功能重复，请说明建设必要性',
    '拟采集的数据项已在资源目录中登记，请改为申请共享',
    '请细化系统功能模块并补充数据共享承诺',
    '视频资源应接入全市统一平台，请调整建设方案',
  ],
  reject: ['与已建系统重复建设，不予通过', '项目必要性论证不足，不予通过', '同类项目已在市级统筹建设，不予通过'],
  acceptance_return: ['共享承诺的资源尚未发布，请先在目录中完成登记', '验收材料不全，请补充测试报告'],
};
export const EXCEPTION_REASONS = ['该资源涉及个人敏感信息，经审核同意暂缓共享', '资源已并入全市统一专题库，无需单独登记', '经协调由市级平台统一提供'] as const;
