import type { DepartmentLevel } from '../model/department';
import type { Role } from '../model/roles';

/**
 * Demo structure modelled on 中山市: 42 municipal departments and 24 towns / sub-districts
 * (the seed proposal: "42个行政部门和24个镇区接入政务信息资源共享平台").
 */
export interface DemoDepartment {
  code: string;
  name: string;
  level: DepartmentLevel;
}

const MUNICIPAL = [
  '中山市人民政府办公室', '中山市发展和改革局', '中山市教育和体育局', '中山市科学技术局',
  '中山市工业和信息化局', '中山市公安局', '中山市民政局', '中山市司法局',
  '中山市财政局', '中山市人力资源和社会保障局', '中山市自然资源局', '中山市生态环境局',
  '中山市住房和城乡建设局', '中山市交通运输局', '中山市水务局', '中山市农业农村局',
  '中山市商务局', '中山市文化广电旅游局', '中山市卫生健康局', '中山市退役军人事务局',
  '中山市应急管理局', '中山市审计局', '中山市人民政府国有资产监督管理委员会', '中山市市场监督管理局',
  '中山市统计局', '中山市城市管理和综合执法局', '中山市医疗保障局', '中山市政务服务和数据管理局',
  '中山市信访局', '中山市林业局', '中山市地方金融工作局', '中山市人民防空办公室',
  '中山市档案馆', '中山市气象局', '中山市税务局', '中山市住房公积金管理中心',
  '中山市不动产登记中心', '中山市消防救援支队', '中山市残疾人联合会', '中山市港航事务中心',
  '中山市供销合作联社', '中山市代建项目管理办公室',
] as const;

const TOWNS = [
  '石岐街道办事处', '东区街道办事处', '西区街道办事处', '南区街道办事处', '五桂山街道办事处',
  '中山港街道办事处', '民众街道办事处', '南朗街道办事处', '小榄镇人民政府', '古镇镇人民政府',
  '黄圃镇人民政府', '东凤镇人民政府', '东升镇人民政府', '沙溪镇人民政府', '坦洲镇人民政府',
  '港口镇人民政府', '三角镇人民政府', '横栏镇人民政府', '南头镇人民政府', '阜沙镇人民政府',
  '三乡镇人民政府', '板芙镇人民政府', '大涌镇人民政府', '神湾镇人民政府',
] as const;

export const demoDepartments: DemoDepartment[] = [
  ...MUNICIPAL.map((name, i) => ({ code: `ZS${String(i + 1).padStart(3, '0')}`, name, level: 'city' as const })),
  ...TOWNS.map((name, i) => ({ code: `ZT${String(i + 1).padStart(3, '0')}`, name, level: 'town' as const })),
];

/** One demo account per role, each tied to a plausible department (password shown in the README). */
export interface DemoUser {
  username: string;
  displayName: string;
  role: Role;
  departmentCode: string;
}
export const DEMO_PASSWORD = 'tongchou2026';
export const demoUsers: DemoUser[] = [
  { username: 'bureau.li', displayName: '李敏（数据局）', role: 'bureau', departmentCode: 'ZS028' },
  { username: 'auditor.chen', displayName: '陈志强（审核员）', role: 'auditor', departmentCode: 'ZS028' },
  { username: 'gaj.wang', displayName: '王芳（公安局填报员）', role: 'registrant', departmentCode: 'ZS006' },
  { username: 'scj.zhao', displayName: '赵磊（市场监管局填报员）', role: 'registrant', departmentCode: 'ZS024' },
  { username: 'xiaolan.huang', displayName: '黄伟（小榄镇核查员）', role: 'inspector', departmentCode: 'ZT009' },
];
