import type { Format, UpdateCycle } from '../../directory/vocab';

/**
 * A facet is the kind of resource a subject gives rise to: 户籍人口 + 基本信息 / 变动信息 / 统计数据.
 * It adds its own data items, shapes format and update cycle, and opens the summary.
 * Lead templates: {desc} the subject's description, {topic} its short name, {covers} what it covers.
 */
export type Sensitivity = 'P' | 'L' | 'G' | 'X';

export interface Facet {
  suffix: string;
  items: readonly string[];
  formats: Readonly<Partial<Record<Format, number>>>;
  cycles: Readonly<Partial<Record<UpdateCycle, number>>>;
  leads: readonly string[];
  /** Classification (项) this kind of resource usually goes to, e.g. 许可 → 201 证照. */
  cls?: string;
  /** Overrides the subject's sensitivity (aggregates are less sensitive than records). */
  sens?: Sensitivity;
  /** How items are chosen: records (default), aggregates (dimensions and measures only), a check service (keys in, result out). */
  shape?: 'records' | 'aggregate' | 'check';
}

const RECORDS: Facet['formats'] = { database: 55, service: 20, spreadsheet: 12, 'self-describing': 8, file: 5 };
const REGISTRY_CYCLES: Facet['cycles'] = { realtime: 15, daily: 45, weekly: 15, monthly: 20, quarterly: 5 };

const f = (suffix: string, items: string, leads: string[], rest: Partial<Facet> = {}): Facet => ({
  suffix,
  items: items.split(/\s+/).filter(Boolean),
  formats: RECORDS,
  cycles: REGISTRY_CYCLES,
  leads,
  ...rest,
});

export const FACETS: Record<string, Facet> = {
  基本信息: f('基本信息', '', ['{desc}，{covers}。', '汇集{desc}，{covers}。', '{desc}，{covers}，是开展相关业务的基础数据。']),
  信息: f('信息', '', ['{desc}，{covers}。', '本资源归集{desc}，{covers}。', '{desc}，{covers}。']),
  登记信息: f('登记信息', '登记日期 经办机构', ['办理{topic}登记形成的登记记录，{covers}。', '{topic}登记信息，{covers}。']),
  变更信息: f('变更信息', '变更事项 变更前内容 变更后内容 变更日期', ['{topic}的变更登记记录，包括变更事项、变更前后内容和变更日期。', '记录{topic}相关事项的变更情况，按业务办理时间逐条归集。'], {
    cycles: { realtime: 30, daily: 60, weekly: 10 },
  }),
  变动信息: f('变动信息', '变动类型 变动日期', ['{topic}的迁入、迁出和注销等变动登记记录。', '记录{topic}的增减变动情况，按办理时间逐条归集。'], {
    cycles: { realtime: 40, daily: 60 },
  }),
  注销信息: f('注销信息', '注销日期 注销原因', ['{topic}注销、撤销等办理结果信息。', '已办理注销的{topic}记录，包括注销日期和注销原因。']),
  许可信息: f('许可信息', '许可证编号 许可事项 发证机关 发证日期 有效期截止日期 证照状态', ['{topic}许可的办理结果，包括许可证编号、许可事项和有效期。', '依法核发的{topic}许可证信息，{covers}。'], {
    cls: '201',
    sens: 'L',
  }),
  证照信息: f('电子证照信息', '证照编号 证照名称 持证主体 发证机关 发证日期 有效期截止日期 证照状态', ['{topic}电子证照的照面信息，可用于办事材料免提交和证照在线核验。', '由业务系统签发并汇聚到电子证照库的{topic}证照数据。'], {
    formats: { service: 50, database: 40, 'self-describing': 10 },
    cycles: { realtime: 50, daily: 50 },
    cls: '106',
    sens: 'L',
  }),
  审批信息: f('审批信息', '申请日期 审批文号 审批日期 审批意见 审批部门', ['{topic}审批事项的办理过程和结果信息。', '{topic}审批结果，包括审批文号、审批日期和审批意见。']),
  备案信息: f('备案信息', '备案编号 备案日期', ['{topic}备案登记信息，{covers}。', '办理{topic}备案形成的记录，{covers}。']),
  监测数据: f('监测数据', '监测时间 监测点位编码 监测因子 监测值 超标标识', ['{topic}的在线监测数据，按监测点位和时间采集。', '由自动监测设备实时采集的{topic}数据，{covers}。'], {
    formats: { service: 45, database: 35, 'self-describing': 20 },
    cycles: { realtime: 75, daily: 25 },
    sens: 'G',
  }),
  统计数据: f('统计数据', '统计年度 统计口径 数量', ['{topic}的分类统计结果，按年度和镇街汇总。', '按月汇总的{topic}统计数据，可用于形势分析和决策参考。', '{area}{topic}的汇总统计数据，{covers}。'], {
    formats: { spreadsheet: 50, database: 30, file: 15, 'self-describing': 5 },
    cycles: { monthly: 35, quarterly: 30, yearly: 35 },
    sens: 'G',
    shape: 'aggregate',
  }),
  台账: f('台账', '台账编号 登记日期 经办人', ['{topic}工作台账，{covers}。', '日常工作中形成的{topic}台账记录，{covers}。'], {
    formats: { spreadsheet: 65, file: 15, database: 20 },
    cycles: { weekly: 30, monthly: 60, quarterly: 10 },
  }),
  名录: f('名录', '登记日期', ['{area}{topic}名录，{covers}。', '纳入名录管理的{area}{topic}，{covers}。'], {
    formats: { spreadsheet: 45, database: 45, file: 10 },
    cycles: { monthly: 50, quarterly: 30, yearly: 20 },
  }),
  检查信息: f('检查信息', '检查日期 检查类型 检查结果 检查人员 发现问题', ['{topic}监督检查的过程和结果记录。', '对{topic}开展日常检查和专项检查形成的记录，包括检查结果和发现问题。']),
  行政处罚信息: f('行政处罚信息', '处罚决定书文号 违法行为类型 处罚内容 处罚依据 罚款金额 处罚决定日期', ['{topic}领域的行政处罚决定信息，按规定向社会公示。', '{topic}领域依法作出的行政处罚案件结果信息。'], {
    cls: '205',
    sens: 'G',
    cycles: { daily: 60, weekly: 30, monthly: 10 },
  }),
  核验接口: f('信息核验接口', '核验结果 请求时间', ['提供{topic}关键信息的在线核验服务，返回一致性核验结果，不返回明细数据。', '以接口方式提供{topic}信息核验，供政务服务事项办理时在线比对。'], {
    formats: { service: 100 },
    cycles: { realtime: 100 },
    shape: 'check',
  }),
  年度报告信息: f('年度报告信息', '年度报告年度 资产总额 营业总收入 从业人员数', ['{topic}报送的年度报告信息，{covers}。', '{topic}按年度公示的报告数据，包括资产、收入和从业人员情况。'], {
    cycles: { yearly: 80, quarterly: 20 },
  }),
  补贴发放信息: f('补贴发放信息', '补贴类型 补贴金额 补贴发放日期 发放对象姓名', ['{topic}相关补贴资金的发放明细。', '{topic}的补贴发放记录，包括补贴类型、金额和发放日期。'], {
    cycles: { monthly: 70, quarterly: 20, yearly: 10 },
    sens: 'P',
  }),
  档案: f('档案', '档案编号 归档日期 档案类别 电子文件', ['{topic}业务形成的电子档案，{covers}。', '{topic}业务的归档材料，按案卷整理。'], {
    formats: { file: 45, image: 40, database: 15 },
    cycles: { monthly: 40, quarterly: 30, yearly: 30 },
  }),
  空间数据: f('空间数据', '图层名称 空间范围 坐标系 矢量数据', ['{topic}的矢量空间数据，采用2000国家大地坐标系。', '{area}{topic}的空间分布数据，可叠加到城市一张图使用。'], {
    formats: { 'self-describing': 40, file: 30, image: 15, service: 15 },
    cycles: { monthly: 30, quarterly: 30, yearly: 40 },
    cls: '103',
    sens: 'G',
  }),
  视频资源: f('视频资源', '点位名称 视频文件地址 录像时长 采集时间', ['{topic}的视频图像资源，按点位接入全市视频共享平台。', '{topic}点位采集的视频资源，支持实时调阅和录像回放。'], {
    formats: { media: 80, service: 20 },
    cycles: { realtime: 100 },
  }),
  投诉举报信息: f('投诉举报信息', '投诉编号 投诉内容 投诉对象 受理日期 处理结果', ['{topic}相关的投诉举报受理和处理信息。', '群众反映的{topic}投诉举报记录，包括受理和办理结果。'], {
    sens: 'P',
  }),
};

export function facet(key: string): Facet {
  const found = FACETS[key];
  if (!found) throw new Error(`unknown facet: ${key}`);
  return found;
}
