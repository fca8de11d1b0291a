/**
 * The organisation named by the source rule (《食品安全“监检联动”工作规范（试行）》, chapter 2),
 * with each unit's duties as the articles that name it. Region codes of the city and county
 * bureaus come from src/db/seed/data/sichuan-divisions.json (GB/T 2260, generated, never typed).
 */
import divisions from '../../db/seed/data/sichuan-divisions.json' with { type: 'json' };

export type UnitKind = 'province_bureau' | 'division' | 'affiliated_unit' | 'lab' | 'city_bureau' | 'county_bureau' | 'external';

export const unitKindNames: Record<UnitKind, string> = {
  province_bureau: '省局',
  division: '处（室、局）',
  affiliated_unit: '直属单位',
  lab: '检验机构',
  city_bureau: '市（州）局',
  county_bureau: '县（市、区）局',
  external: '外部单位',
};

export interface Duty {
  article: string;
  text: string;
}

export interface ProvincialUnit {
  slug: string;
  name: string;
  shortName: string;
  kind: UnitKind;
  businesses: string[];
  duties: Duty[];
}

export const provinceBureau = {
  slug: 'province',
  name: '四川省市场监督管理局',
  shortName: '省局',
  regionCode: divisions.province.code,
  duties: [
    { article: '第十九条', text: '统筹抓好食品安全“监检联动”工作，成立工作领导小组，推动制度化和常态化' },
    { article: '第二十条', text: '工作领导小组定期分析研究全省食品安全形势，协调解决重大疑难问题' },
    { article: '第二十二条', text: '省局每季度召开一次食品安全风险研判会（“321”工作机制）' },
  ],
};

export const provincialUnits: ProvincialUnit[] = [
  {
    slug: 'coordination',
    name: '食品安全协调处',
    shortName: '协调处',
    kind: 'division',
    businesses: ['coordination'],
    duties: [
      { article: '第六条', text: '参与风险研判和会商；对各单位落实“监检联动”工作机制的情况督查督办和考核评价；综合协调重大问题' },
      { article: '第二十五条', text: '牵头年度考核评价，采取明查暗访、交叉检查、“四不两直”等方式检查' },
    ],
  },
  {
    slug: 'production',
    name: '食品生产安全监督管理处',
    shortName: '生产处',
    kind: 'division',
    businesses: ['production'],
    duties: [
      { article: '第七条', text: '提出生产环节抽检建议；参与陪同抽样和异议研判；指导市（州）局对生产环节不合格（问题）食品调查处置、“24小时限时报告”处置；指导连续两年不合格或同一年内3批次及以上不合格生产企业的调查；指导责任约谈' },
    ],
  },
  {
    slug: 'distribution',
    name: '食品经营安全监督管理处',
    shortName: '经营处',
    kind: 'division',
    businesses: ['distribution'],
    duties: [
      { article: '第八条', text: '提出经营环节抽检建议；参与食用农产品、进口冷链食品陪同抽样；指导经营环节不合格（问题）食品调查处置和“24小时限时报告”处置；督办一年内3批次及以上不合格的流通企业' },
    ],
  },
  {
    slug: 'catering',
    name: '餐饮服务食品安全监督管理处',
    shortName: '餐饮处',
    kind: 'division',
    businesses: ['catering'],
    duties: [
      { article: '第九条', text: '提出餐饮环节抽检建议；参与陪同抽样；指导餐饮环节不合格（问题）食品调查处置和“24小时限时报告”处置；督办一年内3批次及以上不合格的餐饮服务单位' },
    ],
  },
  {
    slug: 'special-food',
    name: '特殊食品安全监督管理处',
    shortName: '特殊食品处',
    kind: 'division',
    businesses: ['special_food'],
    duties: [
      { article: '第十条', text: '提出特殊食品抽检建议；参与陪同抽样；指导特殊食品不合格（问题）食品调查处置和“24小时限时报告”处置' },
    ],
  },
  {
    slug: 'sampling',
    name: '食品安全抽检监测处',
    shortName: '抽检监测处',
    kind: 'division',
    businesses: ['sampling'],
    duties: [
      { article: '第十一条', text: '汇总抽检建议并制定年度、跟踪、专项和风险监测计划；牵头风险研判；处理“24小时限时报告”并督办核查处置；起草监管提示、消费提示，开展风险预警交流；会同新闻宣传处会审抽检信息；会同信用处归集不合格信息；配合承检机构资质监管' },
    ],
  },
  {
    slug: 'enforcement',
    name: '综合执法稽查局',
    shortName: '稽查局',
    kind: 'division',
    businesses: ['enforcement'],
    duties: [
      { article: '第十二条', text: '参与陪同抽样；查办全省或跨区域抽检引发的疑难、重大案件；指导市县查处；定期对不合格食品核查处置台账对账检查，做到风险控制、原因排查、整改落实、行政处罚、信息公开“五个到位”' },
    ],
  },
  {
    slug: 'credit',
    name: '信用监督管理处',
    shortName: '信用处',
    kind: 'division',
    businesses: ['credit'],
    duties: [
      { article: '第十三条', text: '依托国家企业信用信息公示系统归集公示企业信息，对严重违法失信企业联合惩戒；统筹“双随机、一公开”抽查计划' },
    ],
  },
  {
    slug: 'news',
    name: '新闻宣传处',
    shortName: '新闻宣传处',
    kind: 'division',
    businesses: ['publication'],
    duties: [
      { article: '第十四条', text: '会同抽检监测处审核对外公布的抽检信息、不合格食品核查处置信息；信息发布后舆情监测；宣传推广经验做法' },
    ],
  },
  {
    slug: 'inspection-center',
    name: '食品安全检查技术中心',
    shortName: '检查技术中心',
    kind: 'affiliated_unit',
    businesses: ['inspection'],
    duties: [
      { article: '第十五条', text: '对连续抽检不合格的食品生产经营企业开展飞行检查、体系检查、专项检查；提出强化日常监管、跟踪抽检的建议' },
    ],
  },
  {
    slug: 'institute',
    name: '四川省食品检验研究院',
    shortName: '食品检验研究院',
    kind: 'lab',
    businesses: ['lab'],
    duties: [
      { article: '第十六条', text: '检验检测技术支撑；分析研判食品安全形势；提出风险预警提示；参与专家活动和承检机构考评' },
    ],
  },
  {
    slug: 'office',
    name: '办公室',
    shortName: '办公室',
    kind: 'division',
    businesses: [],
    duties: [{ article: '第十七条', text: '配合做好“监检联动”相关重大活动，协调解决重大问题' }],
  },
  {
    slug: 'legal',
    name: '法规处',
    shortName: '法规处',
    kind: 'division',
    businesses: ['legal_review'],
    duties: [{ article: '第十七条', text: '配合做好重大食品执法决定的法制审核' }],
  },
  {
    slug: 'online',
    name: '网络交易监督管理处',
    shortName: '网络交易处',
    kind: 'division',
    businesses: ['online'],
    duties: [{ article: '第十七条', text: '参与网络食品销售相关的“监检联动”工作' }],
  },
  {
    slug: 'product-quality',
    name: '产品质量安全监督管理处',
    shortName: '产品质量处',
    kind: 'division',
    businesses: ['food_related_products'],
    duties: [{ article: '第十七条', text: '开展食品相关产品监督抽查并公告相关信息' }],
  },
  {
    slug: 'certification',
    name: '认证认可与检验检测监督管理处',
    shortName: '认证认可处',
    kind: 'division',
    businesses: ['lab_qualification'],
    duties: [{ article: '第十七条', text: '开展食品检验检测机构资质认定现场检查，协同做好技术保障' }],
  },
  {
    slug: 'publicity-archives',
    name: '宣传和档案中心',
    shortName: '宣传和档案中心',
    kind: 'affiliated_unit',
    businesses: ['publicity'],
    duties: [
      { article: '第十七条', text: '开展“监检联动”相关宣传工作' },
      { article: '第十四条', text: '会同新闻宣传处做好信息发布后的舆情监测' },
    ],
  },
  {
    slug: 'complaints',
    name: '投诉举报中心',
    shortName: '投诉举报中心',
    kind: 'affiliated_unit',
    businesses: ['complaints'],
    duties: [{ article: '第十七条', text: '受理、转办食品领域投诉举报和省12345政务服务平台转办件' }],
  },
];

export const cityBureauDuties: Duty[] = [
  { article: '第十八条', text: '会同省局开展“监检联动”工作；定期通报风险信息并组织风险研判；可制定本地实施细则' },
  { article: '第二十二条', text: '每两个月召开一次食品安全风险研判会' },
];

/**
 * Art. 18 names the city bureaus only. The articles that name or bind the county bureaus are
 * art. 12(3) (稽查局 guides the 县（市、区） departments' investigation of difficult or major
 * cases), art. 22 (their monthly risk meeting) and art. 23 (every market-regulation department:
 * accompanied sampling, enforcement on unqualified supervisory results, transfer of crimes).
 */
export const countyBureauDuties: Duty[] = [
  { article: '第十二条', text: '在综合执法稽查局指导下查处辖区内抽检监测方面的疑难、重大食品安全违法案件（第三项）' },
  { article: '第二十二条', text: '每月召开一次食品安全风险研判会' },
  {
    article: '第二十三条',
    text: '组织食用农产品、进口冷链食品抽样时由监管执法人员陪同抽样；对监督抽检不合格的食品启动执法程序，及时固定证据、追踪溯源，查处违法行为，涉嫌犯罪的及时移送司法机关',
  },
];

export interface RegionDivision {
  code: string;
  name: string;
}

export const sichuan = divisions as {
  source: string;
  province: RegionDivision;
  cities: (RegionDivision & { counties: RegionDivision[] })[];
};
