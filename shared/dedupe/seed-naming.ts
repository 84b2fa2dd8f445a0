/**
 * Naming conventions the engine reads as configuration (bureau-editable, plain strings; patterns are
 * regular-expression sources compiled once by config.ts). They describe how Chinese government
 * documents name things in general, not individual projects.
 */

/** Trailing words that make a name an identifier (编号, 号码, 代码 …); stripped to '#' in element keys. */
export const SEED_ID_SUFFIX = '(识别号|识别码|标识码|登记号|备案号|编号|编码|号码|代码|代号|字号|文号|证号|卡号|号|码)$';

/** Interchangeable morphemes of data-element names: each variant is rewritten to the first form. */
export const SEED_MORPHEMES: string[][] = [
  ['所属', '所在'], ['类型', '类别', '种类'], ['处置', '办理', '处理'], ['机关', '机构', '单位'],
  ['发证', '颁发', '签发'], ['地址', '住址', '详址', '地点'], ['镇街', '镇区'], ['村居', '社区', '村'],
  ['描述', '说明'], ['级别', '等级'], ['截止日期', '止', '至'], ['时间', '日期'], ['人数', '人员数'],
];

/**
 * Generic fields (dev README: 姓名, 联系电话, 手机号码, addresses, coordinates, dates of the project's own
 * business, event attributes): a name that is not a dictionary element and matches one of these is
 * never re-collection.
 */
export const SEED_GENERIC_PATTERNS: string[] = [
  '姓名$|^(联系人|负责人|户主|监护人)$',
  '电话|手机|传真|邮箱|微信',
  '地址$|住址$|地点$|位置$|^现居|经度|纬度|坐标|轨迹',
  '(日期|时间|年度|年份|月份|时长)$',
  '^(事件|案件|问题|预警|告警|报警|投诉|申请|巡查|任务|工单|订单|记录|设备|资产|证照|网格|点位|监测|检测|处置|办理|处理)',
  '(描述|内容|说明|备注|照片|图片|附件|视频|材料|意见|结果)$',
  '(金额|数量|面积|浓度|数值|得分|分数|收入|产值)$',
  '(行业|区划|类别|分类|地类|用途)(代码|编码)$',
];

/** "Result" attributes a registry decides (等级, 状态 …): authoritative when held by one department. */
export const SEED_RESULT_ATTRIBUTE = '(等级|状态|标识|类别|类型|人数|资质|级别)$';

/** A project name marking a later phase of an existing system (二期, 升级, 扩容, 2.0 …). */
export const SEED_LATER_PHASE = '二期|三期|四期|升级|扩容|改造|提升|优化|2\\.0|3\\.0|（扩展）|\\(扩展\\)';
/** A project name marking an explicit first phase. */
export const SEED_FIRST_PHASE = '一期';

/** A sentence announcing reuse of another platform rather than building one (调用, 依托, 不再自建 …). */
export const SEED_REUSE = '调用|对接|接入市|接入全市|复用|依托|通过共享|共享获取|沿用市|使用市|不再自建|不另建';

/** Town-level offices (镇人民政府, 街道办事处, 开发区管委会): their place names are removed from texts. */
export const SEED_TOWN_DEPARTMENT = '镇人民政府|街道办事处|开发区管理委员会';

/** The city's own name, removed from texts (every project has it). */
export const SEED_CITY_NAMES: string[] = ['中山市', '中山'];
