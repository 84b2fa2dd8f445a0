/** The hand-checked demo directory: 60 entries (see directory-demo-model.ts for what they are and why). */
import { toResource, type DemoResource, type Row } from './directory-demo-model';
import { MORE_ROWS } from './directory-demo-more';

export type { DemoResource } from './directory-demo-model';

/** Demo entries 1–30, the walkthrough's first. */
const FIRST_ROWS: Row[] = [
  {
    dept: 'ZS006', cls: '306', name: '出入境证件签发信息', format: 'database', method: null,
    share: ['N', '依据《中华人民共和国出境入境管理法》及公安部相关规定，不予共享'], open: 'closed', cycle: 'daily',
    summary: '因私出入境证件的申请和签发记录，包括证件类型、签注类型和有效期。主要信息项包括出入境证件号码、公民身份号码、姓名等。数据来源于出入境管理信息系统，每日更新。',
    items: '出入境证件号码:s20 公民身份号码:s18 姓名:s50 性别:e1 出生日期:d8 证件类型:e2 签注类型:e2 签发机关:s100 签发日期:d8 有效期截止日期:d8',
    system: '出入境管理信息系统',
  },
  {
    dept: 'ZS024', cls: '205', name: '经营异常名录信息', format: 'database', method: 'api',
    share: 'U', open: 'open', cycle: 'daily',
    summary: '列入和移出经营异常名录的企业信息，依法向社会公示。包含统一社会信用代码、企业名称、列入原因等7项数据。可用于信用联合奖惩和招投标资格审查。',
    items: '统一社会信用代码:s18 企业名称:s200 列入经营异常名录原因:s500 列入日期:d8 移出日期:d8 作出决定机关:s100 数据更新时间:d19',
    system: '国家企业信用信息公示系统',
  },
  {
    dept: 'ZS006', cls: '101', name: '户籍人口基本信息', format: 'database', method: 'api',
    share: ['C', '涉及个人信息的字段需脱敏后提供，仅向承担相关管理职责的部门提供'], open: 'closed', cycle: 'daily',
    summary: '全市户籍人口的户口登记信息，涵盖身份、出生、迁移和家庭关系等事项。主要信息项包括公民身份号码、姓名、户籍地址等。可用于政务服务事项办理中的身份核验。',
    items: '公民身份号码:s18 姓名:s50 曾用名:s128 性别:e1 民族:e2 出生日期:d8 出生地:s200 籍贯:s100 户籍地址:s200 户号:s12 与户主关系:e2 婚姻状况:e2 文化程度:e2 户籍登记日期:d8',
    system: '公安人口信息管理系统',
  },
  {
    dept: 'ZS024', cls: '102', name: '商事主体登记信息', format: 'database', method: 'api',
    share: 'U', open: ['conditional', '经实名注册后可申请获取'], cycle: 'realtime',
    summary: '全市企业、农民专业合作社等商事主体的登记信息，涵盖主体名称、住所、法定代表人和经营范围。主要信息项包括统一社会信用代码、企业名称、法定代表人等。数据来源于广东省市场监管综合业务系统，实时更新。',
    items: '统一社会信用代码:s18 企业名称:s200 市场主体类型:e4 法定代表人:s50 住所:s200 注册资本:n18 成立日期:d8 营业期限截止日期:d8 经营范围:s4000 登记机关:s100 登记状态:e2',
    system: '广东省市场监管综合业务系统',
  },
  {
    dept: 'ZS010', cls: '207', name: '社会保险个人参保信息', format: 'database', method: 'api',
    share: ['C', '仅提供核验接口，按事项办理需要逐条查询，不提供批量数据'], open: 'closed', cycle: 'daily',
    summary: '全市参保人员的社会保险参保缴费信息，涵盖参保险种、缴费基数和参保状态。主要信息项包括公民身份号码、姓名、参保状态等。可用于社会保险待遇资格认定和民生补贴精准发放。',
    items: '公民身份号码:s18 姓名:s50 个人编号:s20 参保险种:e3 参保日期:d8 参保状态:e2 缴费基数:n12 缴费月数:n4 参保单位名称:s200 统一社会信用代码:s18',
    system: '广东省人社一体化信息平台',
  },
  {
    dept: 'ZS011', cls: '103', name: '不动产登记信息', format: 'database', method: 'api',
    share: ['C', '限于行政审批和监管执法用途，不得向第三方提供'], open: 'closed', cycle: 'daily',
    summary: '全市不动产权利登记信息，涵盖权利人、不动产单元和权利类型。主要信息项包括不动产单元号、不动产权证书号、权利人等。数据来源于不动产登记信息管理平台，每日更新。',
    items: '不动产单元号:s28 不动产权证书号:s50 权利人:s200 证件号码:s50 共有情况:e2 不动产用途:e2 房屋坐落:s200 建筑面积:n12 登记类型:e2 登记日期:d8',
    system: '不动产登记信息管理平台',
  },
  {
    dept: 'ZS024', cls: '201', name: '食品经营许可证信息', format: 'database', method: 'api',
    share: 'U', open: ['conditional', '经脱敏处理后向社会开放'], cycle: 'daily',
    summary: '依法核发的食品经营许可证信息，包括主体业态、经营项目和日常监督管理机构。主要信息项包括食品经营许可证编号、统一社会信用代码、企业名称等。可用于事中事后监管和信用监管。',
    items: '食品经营许可证编号:s30 统一社会信用代码:s18 企业名称:s200 法定代表人:s50 经营场所:s200 主体业态:e2 经营项目:s1000 日常监督管理机构:s100 发证日期:d8 有效期截止日期:d8',
  },
  {
    dept: 'ZS019', cls: '101', name: '出生医学证明信息', format: 'database', method: 'api',
    share: ['C', '仅向承担户籍登记、社会保险和医疗保障职责的部门提供'], open: 'closed', cycle: 'daily',
    summary: '医疗机构签发的出生医学证明信息，包括新生儿信息和父母身份信息。主要信息项包括出生医学证明编号、新生儿姓名、出生日期等。可用于新生儿出生"一件事"联办。',
    items: '出生医学证明编号:s20 新生儿姓名:s50 性别:e1 出生日期:d8 出生体重:n4 出生孕周:n2 母亲姓名:s50 母亲身份证号码:s18 父亲姓名:s50 父亲身份证号码:s18 接生机构:s200',
    system: '出生医学证明管理系统',
  },
  {
    dept: 'ZS007', cls: '207', name: '最低生活保障对象信息', format: 'database', method: 'database',
    share: ['C', '仅向承担社会救助职责的部门和镇街提供本辖区数据'], open: 'closed', cycle: 'monthly',
    summary: '全市最低生活保障对象的认定和保障情况，涵盖家庭人口、保障金额和保障起始年月。包含低保证号、公民身份号码等10项数据。可用于社会救助对象认定和跨部门信息核对。',
    items: '低保证号:s20 公民身份号码:s18 姓名:s50 家庭人口数:n3 保障金额:n12 保障起始年月:d6 户籍地址:s200 联系电话:s20 所属镇街:s50 所属村居:s50',
    system: '广东省社会救助信息系统',
  },
  {
    dept: 'ZS003', cls: '210', name: '中小学生学籍信息', format: 'database', method: 'api',
    share: ['C', '需经提供部门审核同意，按最小必要原则申请所需信息项'], open: 'closed', cycle: 'weekly',
    summary: '全市中小学在校学生的学籍注册信息，涵盖学生身份、就读学校和学籍状态。主要信息项包括学籍号、身份证号、姓名等。可用于义务教育入学资格审核和学生资助。',
    items: '学籍号:s19 身份证号:s18 姓名:s50 性别:e1 出生日期:d8 就读学校:s200 入学年月:d6 年级:e2 学籍状态:e2 监护人姓名:s50 联系电话:s20',
    system: '全国中小学生学籍信息管理系统',
  },
  {
    dept: 'ZS006', cls: '306', name: '旅馆业住宿登记信息', format: 'database', method: null,
    share: ['N', '依据《中华人民共和国个人信息保护法》，涉及个人敏感信息，不予共享'], open: 'closed', cycle: 'realtime',
    summary: '旅馆业经营者上传的旅客住宿登记信息，包括入住时间、退房时间和房间号。主要信息项包括公民身份号码、姓名、旅馆名称等。',
    items: '公民身份号码:s18 姓名:s50 性别:e1 旅馆名称:s200 房间号:s10 入住时间:d19 退房时间:d19 户籍地址:s200',
    system: '治安管理信息系统',
  },
  {
    dept: 'ZS006', cls: '306', name: '出租屋登记信息', format: 'database', method: 'api',
    share: ['C', '仅向镇街综治部门提供本辖区数据'], open: 'closed', cycle: 'daily',
    summary: '全市出租屋及租住人员的登记信息，涵盖房屋坐落、出租人和承租人情况。主要信息项包括出租屋编号、房屋坐落、承租人姓名等。可用于治安管理和社会治理。',
    items: '出租屋编号:s24 房屋坐落:s200 标准地址编码:s32 出租人姓名:s50 出租人证件号码:s50 承租人姓名:s50 公民身份号码:s18 租赁起始日期:d8 租赁终止日期:d8 联系电话:s20 所属镇街:s50',
  },
  {
    dept: 'ZS006', cls: '208', name: '机动车登记信息', format: 'database', method: 'api',
    share: ['C', '限于交通管理、保险理赔核验和监管执法用途'], open: 'closed', cycle: 'daily',
    summary: '在本市登记的机动车信息，包括号牌、车辆识别代号和所有人情况。主要信息项包括机动车号牌号码、号牌种类、车辆识别代号等。数据来源于公安交通管理综合应用平台，每日更新。',
    items: '机动车号牌号码:s15 号牌种类:e2 车辆识别代号:s17 车辆品牌:s100 车辆类型:e3 使用性质:e2 燃料类型:e2 初次登记日期:d8 所有人姓名:s50 所有人证件号码:s18',
    system: '公安交通管理综合应用平台',
  },
  {
    dept: 'ZS006', cls: '103', name: '标准地址门楼牌信息', format: 'service', method: 'api',
    share: 'U', open: ['conditional', '仅开放标准地址名称，不含住户信息'], cycle: 'weekly',
    summary: '全市标准地址和门楼牌编制信息，包括标准地址编码、所在道路和门楼牌号。主要信息项包括标准地址编码、标准地址、所在道路等。可用于各部门地址标准化和空间落图。',
    items: '标准地址编码:s32 标准地址:s200 所在道路:s200 门楼牌号:s50 行政区划代码:s12 所属镇街:s50 所属村居:s50 经度:g12 纬度:g12',
  },
  {
    dept: 'ZS006', cls: '306', name: '养犬登记信息', format: 'database', method: 'database',
    share: ['C', '仅向城管执法部门和镇街提供'], open: 'closed', cycle: 'weekly',
    summary: '城市养犬登记和年检信息，包括犬只品种、免疫证号和登记证号。主要信息项包括养犬登记证号、身份证号码、姓名等。',
    items: '养犬登记证号:s30 身份证号码:s18 姓名:s50 现居住地址:s200 犬只品种:s50 免疫证号:s30 登记日期:d8 有效期截止日期:d8 联系电话:s20',
    draft: true,
  },
  {
    dept: 'ZS024', cls: '205', name: '市场监管行政处罚信息', format: 'database', method: 'api',
    share: 'U', open: 'open', cycle: 'daily',
    summary: '市场监管领域的行政处罚决定信息，按规定向社会公示。主要信息项包括统一社会信用代码、企业名称、处罚决定书文号等。可用于信用联合奖惩。',
    items: '统一社会信用代码:s18 企业名称:s200 处罚决定书文号:s50 违法行为类型:s200 处罚内容:s2000 罚款金额:n12 处罚决定日期:d8 处罚机关:s100',
  },
  {
    dept: 'ZS024', cls: '102', name: '个体工商户登记信息', format: 'database', method: 'api',
    share: 'U', open: ['conditional', '经实名注册后可申请获取'], cycle: 'daily',
    summary: '全市个体工商户的登记信息，包括经营者、经营场所和经营范围。包含统一社会信用代码、字号名称等9项数据。',
    items: '统一社会信用代码:s18 字号名称:s200 经营者姓名:s50 经营者身份证号:s18 经营场所:s200 经营范围:s4000 成立日期:d8 登记状态:e2 所属镇街:s50',
  },
  {
    dept: 'ZS024', cls: '202', name: '电梯基本信息及应急救援识别码', format: 'database', method: 'api',
    share: 'U', open: ['conditional', '仅开放救援识别码和安装地址'], cycle: 'weekly',
    summary: '在用电梯及应急救援识别码信息，包括维保单位和安装地址。主要信息项包括设备注册代码、电梯应急救援识别码、使用单位名称等。可用于电梯困人应急救援。',
    items: '设备注册代码:s30 电梯应急救援识别码:s10 使用单位名称:s200 维保单位:s200 安装地址:s200 所属镇街:s50 经度:g12 纬度:g12',
    system: '特种设备安全监管系统',
  },
  {
    dept: 'ZS024', cls: '324', name: '企业信用风险分类结果', format: 'database', method: null,
    share: ['N', '依据市场监管总局关于企业信用风险分类管理的规定，分类结果仅供内部监管使用，不予共享'], open: 'closed', cycle: 'quarterly',
    summary: '企业信用风险分类监管结果，包括风险等级和评价日期。用于市场监管部门差异化监管。',
    items: '统一社会信用代码:s18 企业名称:s200 风险等级:e1 评价日期:d8',
  },
  {
    dept: 'ZS024', cls: '324', name: '消费投诉举报信息', format: 'database', method: 'database',
    share: ['C', '涉及个人信息的字段需脱敏后提供'], open: 'closed', cycle: 'daily',
    summary: '消费者投诉和举报的受理处理信息，包括投诉对象和处理结果。主要信息项包括投诉编号、投诉内容、投诉对象等。',
    items: '投诉编号:s30 投诉内容:s4000 投诉对象:s200 投诉人姓名:s50 联系电话:s20 受理日期:d8 处理结果:s2000',
  },
  {
    dept: 'ZS010', cls: '207', name: '社会保障卡信息', format: 'service', method: 'api',
    share: ['C', '仅提供核验接口，不提供批量数据'], open: 'closed', cycle: 'realtime',
    summary: '社会保障卡的申领和发卡信息，包括卡号、发卡日期和卡状态。主要信息项包括社会保障卡号、公民身份号码、姓名等。',
    items: '社会保障卡号:s20 公民身份号码:s18 姓名:s50 发卡日期:d8 卡状态:e2 联系电话:s20',
    system: '社会保障卡管理系统',
  },
  {
    dept: 'ZS010', cls: '207', name: '就业失业登记信息', format: 'database', method: 'database',
    share: ['C', '用于就业创业服务和补贴审核，使用期限不超过一年'], open: 'closed', cycle: 'daily',
    summary: '劳动者的就业登记和失业登记信息，包括就业状态和登记日期。包含就业创业证号、身份证号码等9项数据。',
    items: '就业创业证号:s20 身份证号码:s18 姓名:s50 性别:e1 文化程度:e2 就业状态:e2 就业登记日期:d8 失业登记日期:d8 联系电话:s20',
  },
  {
    dept: 'ZS010', cls: '310', name: '招聘岗位信息', format: 'service', method: 'api',
    share: 'U', open: 'open', cycle: 'daily',
    summary: '用人单位在公共就业服务平台发布的招聘岗位，包括招聘人数、学历要求和薪酬待遇。可用于就业创业服务。',
    items: '招聘岗位名称:s200 单位名称:s200 统一社会信用代码:s18 招聘人数:n4 学历要求:e2 薪酬待遇:s100 发布时间:d19 联系电话:s20',
    system: '公共就业服务信息系统',
  },
  {
    dept: 'ZS010', cls: '201', name: '职业技能等级证书信息', format: 'database', method: 'api',
    share: 'U', open: ['conditional', '经实名注册后可申请获取'], cycle: 'daily',
    summary: '职业技能等级认定结果，包括职业名称、技能等级和评价机构。主要信息项包括证书编号、公民身份号码、姓名等。',
    items: '证书编号:s50 公民身份号码:s18 姓名:s50 职业名称:s200 职业技能等级:e1 评价机构:s200 发证日期:d8',
  },
  {
    dept: 'ZS019', cls: '206', name: '医疗机构执业登记信息', format: 'database', method: 'api',
    share: 'U', open: 'open', cycle: 'weekly',
    summary: '全市医疗机构执业登记信息，包括机构类别、诊疗科目和床位数。主要信息项包括医疗机构执业许可证登记号、医疗机构名称、统一社会信用代码等。',
    items: '医疗机构执业许可证登记号:s30 医疗机构名称:s255 统一社会信用代码:s18 医疗机构类别:e4 诊疗科目:s2000 床位数:n6 法定代表人:s50 地址:s200 联系电话:s20 经度:g12 纬度:g12',
  },
  {
    dept: 'ZS019', cls: '206', name: '预防接种信息', format: 'database', method: 'api',
    share: ['C', '仅向教育部门提供入学入托查验所需信息项'], open: 'closed', cycle: 'daily',
    summary: '儿童和成人的预防接种记录，包括疫苗名称、接种剂次和接种单位。主要信息项包括公民身份号码、姓名、疫苗名称等。数据来源于广东省预防接种信息系统，每日更新。',
    items: '公民身份号码:s18 姓名:s50 出生日期:d8 疫苗名称:s100 接种日期:d8 接种剂次:n2 接种单位:s200 监护人姓名:s50',
    system: '广东省预防接种信息系统',
  },
  {
    dept: 'ZS019', cls: '206', name: '住院病案首页信息', format: 'database', method: null,
    share: ['N', '依据《中华人民共和国基本医疗卫生与健康促进法》，涉及个人健康隐私，不予共享'], open: 'closed', cycle: 'daily',
    summary: '医疗机构住院病案首页数据，包括入出院日期和主要诊断。用于卫生健康统计和医疗质量管理。',
    items: '住院号:s30 公民身份号码:s18 姓名:s50 医疗机构名称:s255 入院日期:d8 出院日期:d8 主要诊断编码:s20',
  },
  {
    dept: 'ZS011', cls: '201', name: '建设工程规划许可证信息', format: 'database', method: 'api',
    share: 'U', open: 'open', cycle: 'weekly',
    summary: '建设工程规划许可证核发信息，包括建设规模和建设地点。包含规划许可证号、建设单位等7项数据。可用于工程建设项目审批。',
    items: '规划许可证号:s50 建设单位:s200 统一社会信用代码:s18 项目名称:s255 建设地点:s300 建设规模:s200 发证日期:d8',
  },
  {
    dept: 'ZS011', cls: '103', name: '地质灾害隐患点信息', format: 'self-describing', method: 'api',
    share: 'U', open: ['conditional', '面向防灾减灾相关单位按协议开放'], cycle: 'quarterly',
    summary: '全市地质灾害隐患点的分布和防治情况，包括隐患类型、威胁人数和险情等级。可用于三防决策和应急处置。',
    items: '隐患点编号:s20 隐患类型:e2 地址:s200 威胁人数:n6 险情等级:e1 所属镇街:s50 经度:g12 纬度:g12',
  },
  {
    dept: 'ZS007', cls: '101', name: '婚姻登记信息', format: 'service', method: 'api',
    share: ['C', '仅提供核验接口，按事项办理需要逐条查询'], open: 'closed', cycle: 'daily',
    summary: '婚姻登记机关办理的结婚、离婚登记信息，包括登记类型、登记日期和双方身份信息。可用于不动产登记和公积金提取中的婚姻状况核验。',
    items: '登记证字号:s30 婚姻登记类型:e2 男方姓名:s50 男方身份证号:s18 女方姓名:s50 女方身份证号:s18 登记日期:d8 登记机关:s100',
    system: '婚姻登记管理信息系统',
  },
];

const ROWS: Row[] = [...FIRST_ROWS, ...MORE_ROWS];

/** How many demo entries there are (demoResources returns at most this many). */
export const DEMO_RESOURCE_COUNT = ROWS.length;

/** The first `count` demo entries (at most DEMO_RESOURCE_COUNT), fresh objects on every call. */
export function demoResources(count = 60): DemoResource[] {
  return ROWS.slice(0, Math.max(0, Math.min(count, ROWS.length))).map(toResource);
}
