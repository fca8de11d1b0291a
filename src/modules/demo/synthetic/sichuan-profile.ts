/**
 * The shape of Sichuan's sampling work, as weights: where samples are taken (by population),
 * what is sampled, in which link, under which kind of task, and how often it fails. Figures are
 * round numbers in the spirit of published provincial statistics, not quotations of them.
 */
import type { SamplingType } from '../../../domain/sampling/judge.js';
import type { Link } from '../../../domain/sampling/sample-rules.js';
import { sichuan } from '../../org/organisation-data.js';

/** 2020 census (第七次全国人口普查), resident population in millions: samples follow people. */
export const CITY_POPULATION: Record<string, number> = {
  '510100': 20.94, // 成都
  '511300': 5.61, // 南充
  '511700': 5.39, // 达州
  '510700': 4.87, // 绵阳
  '513400': 4.86, // 凉山
  '511500': 4.59, // 宜宾
  '510500': 4.25, // 泸州
  '510600': 3.46, // 德阳
  '511600': 3.25, // 广安
  '511100': 3.16, // 乐山
  '511000': 3.14, // 内江
  '511400': 2.96, // 眉山
  '510900': 2.81, // 遂宁
  '511900': 2.71, // 巴中
  '510300': 2.49, // 自贡
  '510800': 2.31, // 广元
  '512000': 2.31, // 资阳
  '511800': 1.43, // 雅安
  '510400': 1.21, // 攀枝花
  '513300': 1.11, // 甘孜
  '513200': 0.82, // 阿坝
};

export interface County {
  code: string;
  name: string;
  cityCode: string;
  cityName: string;
  /** "成都市" / "凉山州": how the city is written in front of a county in names and addresses. */
  cityShort: string;
  /** Share of all samples taken in this county. */
  share: number;
}

/** 凉山彝族自治州 → 凉山州; 成都市 stays. */
export function shortCityName(name: string): string {
  const prefecture = name.match(/^(.+?)(藏族羌族|藏族|彝族)自治州$/);
  return prefecture ? `${prefecture[1]}州` : name;
}

/** Counties within a city share its samples roughly evenly (districts and county-level cities a little more). */
export const counties: County[] = sichuan.cities.flatMap((city) => {
  const population = CITY_POPULATION[city.code];
  if (population === undefined) throw new Error(`no population share for city ${city.code} ${city.name}`);
  const weight = (name: string) => (name.endsWith('区') ? 1.3 : name.endsWith('市') ? 1.2 : 1);
  const total = city.counties.reduce((sum, c) => sum + weight(c.name), 0);
  const cityShare = population / Object.values(CITY_POPULATION).reduce((a, b) => a + b, 0);
  return city.counties.map((c) => ({
    code: c.code,
    name: c.name,
    cityCode: city.code,
    cityName: city.name,
    cityShort: shortCityName(city.name),
    share: (cityShare * weight(c.name)) / total,
  }));
});
export const countyByCode = new Map(counties.map((c) => [c.code, c]));
export const cityCodes = [...new Set(counties.map((c) => c.cityCode))];

/** Share of samples per 大类 (percent). 食用农产品 and 餐饮食品 dominate provincial plans. */
export const ROOT_WEIGHTS: Record<string, number> = {
  食用农产品: 35,
  餐饮食品: 12,
  粮食加工品: 6,
  调味品: 6,
  肉制品: 4,
  酒类: 4,
  饮料: 4,
  糕点: 4,
  '食用油、油脂及其制品': 4,
  蔬菜制品: 2,
  豆制品: 2,
  乳制品: 1.5,
  速冻食品: 1.5,
  淀粉及淀粉制品: 1.5,
  炒货食品及坚果制品: 1.2,
  方便食品: 1,
  饼干: 1,
  薯类和膨化食品: 1,
  茶叶及相关制品: 1,
  水果制品: 0.8,
  糖果制品: 0.8,
  冷冻饮品: 0.6,
  水产制品: 0.6,
  罐头: 0.5,
  保健食品: 0.5,
  蛋制品: 0.4,
  食糖: 0.4,
  蜂产品: 0.4,
  婴幼儿配方食品: 0.3,
  食品添加剂: 0.3,
  可可及焙烤咖啡产品: 0.2,
  特殊膳食食品: 0.2,
  特殊医学用途配方食品: 0.1,
};

/**
 * Relative weights of sub-categories (any level) by name; unnamed ones weigh 1 and "其他…"
 * catch-alls 0.3. Within a 大类 a child is chosen by these weights, level by level.
 */
export const NODE_WEIGHTS: Record<string, number> = {
  // 食用农产品
  蔬菜: 40,
  畜禽肉及副产品: 20,
  水果类: 15,
  水产品: 13,
  鲜蛋: 7,
  生干坚果与籽类: 3,
  豆类: 2,
  叶菜类蔬菜: 3,
  鳞茎类蔬菜: 2,
  豆类蔬菜: 2,
  茄果类蔬菜: 2,
  食用菌: 1.2,
  芽菜类蔬菜: 0.8,
  畜肉: 5,
  禽肉: 3,
  畜副产品: 1,
  淡水鱼: 5,
  淡水虾: 1.5,
  柑橘类水果: 3,
  猪肉: 6,
  牛肉: 2,
  鸡肉: 3,
  鸡蛋: 6,
  芹菜: 4,
  韭菜: 4,
  豇豆: 4,
  普通白菜: 3,
  菠菜: 2,
  辣椒: 3,
  黄瓜: 2,
  豆芽: 3,
  草鱼: 2,
  鲫鱼: 2,
  鲤鱼: 2,
  '柑、橘': 3,
  香蕉: 2,
  苹果: 2,
  花生: 2,
  // 餐饮食品
  餐饮具: 35,
  '米面及其制品(自制)': 20,
  '肉制品(自制)': 12,
  '调味料(自制)': 10,
  其他餐饮食品: 10,
  '食用油、油脂及其制品(自制)': 8,
  '饮料(自制)': 5,
  复用餐饮具: 0.2,
  餐馆自行消毒餐饮具: 3,
  集中消毒餐饮具: 2,
  '火锅麻辣烫底料(自制)': 4,
  凉拌菜: 3,
  // processed foods
  食用植物油: 6,
  菜籽油: 4,
  大米: 3,
  小麦粉: 2,
  挂面: 1.5,
  复合调味料: 3,
  '火锅底料、麻辣烫底料': 4,
  酱油: 1.5,
  食醋: 1.2,
  酱类: 1.5,
  香辛料类: 1.5,
  白酒: 6,
  熟肉制品: 3,
  腌腊肉制品: 2,
  酱腌菜: 4,
  泡菜: 4,
  包装饮用水: 3,
  液体乳: 3,
  烘烤类糕点: 3,
  月饼: 1,
  面包: 2,
  非发酵性豆制品: 3,
  淀粉制品: 3,
  粉丝粉条: 3,
};

/** Decorated food names for some categories (the category name stays the 食品细类). */
export const FOOD_NAMES: Record<string, string[]> = {
  '火锅底料、麻辣烫底料': ['牛油火锅底料', '清油火锅底料', '麻辣烫底料', '火锅底料'],
  '火锅麻辣烫底料(自制)': ['火锅底料(自制)', '麻辣烫底料(自制)', '串串香底料(自制)'],
  '柑、橘': ['柑橘', '砂糖橘', '沃柑', '丑橘'],
  白酒: ['浓香型白酒', '白酒', '清香型白酒', '白酒(固态法)'],
  菜籽油: ['菜籽油', '压榨菜籽油', '浓香菜籽油', '小榨菜籽油'],
  食用植物调和油: ['食用植物调和油'],
  餐馆自行消毒餐饮具: ['复用餐饮具(碗)', '复用餐饮具(盘)', '自行消毒餐饮具(碗)'],
  集中消毒餐饮具: ['集中消毒餐饮具(碗)', '集中消毒餐饮具(套装)'],
  复用餐饮具: ['复用餐饮具(杯)'],
  '发酵面制品(自制)': ['馒头(自制)', '花卷(自制)', '包子(自制)'],
  '油炸面制品(自制)': ['油条(自制)', '油饼(自制)'],
  '其他小麦粉制品(自制)': ['抄手皮(自制)', '面条(自制)'],
  '米粉制品(自制)': ['米粉(自制)', '米线(自制)'],
  '酱卤肉制品(自制)': ['卤牛肉(自制)', '卤鸭(自制)', '夫妻肺片(自制)'],
  '熏烧烤肉制品(自制)': ['烤鸭(自制)', '烧烤肉(自制)'],
  煎炸过程用油: ['煎炸过程用油'],
  凉拌菜: ['凉拌菜', '凉拌鸡', '凉面', '口水鸡'],
  '果蔬汁(自制)': ['鲜榨橙汁(自制)', '鲜榨西瓜汁(自制)'],
  烘烤类糕点: ['蛋糕', '桃酥', '蛋黄酥', '鸡蛋糕'],
  蒸煮类糕点: ['米糕', '蒸蛋糕', '叶儿粑'],
  油炸类糕点: ['麻花', '油炸糕', '馓子'],
  冷加工糕点: ['慕斯蛋糕', '奶油蛋糕'],
  面包: ['吐司面包', '面包', '手撕面包'],
  豆腐干: ['豆腐干', '五香豆腐干', '麻辣豆腐干'],
  腊肠: ['腊肠', '川味香肠', '麻辣香肠'],
  腊肉: ['腊肉', '烟熏腊肉'],
  泡菜: ['泡菜', '泡青菜', '泡萝卜', '泡豇豆'],
  豆瓣酱: ['豆瓣酱', '红油豆瓣'],
  酱油: ['酿造酱油', '生抽酱油'],
  食醋: ['食醋', '酿造食醋'],
  通用小麦粉: ['小麦粉', '通用小麦粉'],
  普通挂面: ['挂面', '鸡蛋挂面'],
  粉丝粉条: ['红薯粉条', '粉丝', '粉条'],
  酱卤肉制品: ['卤牛肉', '酱卤鸭脖', '卤猪耳'],
  熏烧烤肉制品: ['烤鸭', '熏肉'],
  饮用纯净水: ['饮用纯净水', '包装饮用水'],
};

export const LINK_LABEL: Record<Link, string> = { production: '生产', distribution: '流通', catering: '餐饮', online: '网络' };

/**
 * Link by kind of food, chosen so that over all samples 流通 ≈ 55 %, 餐饮 ≈ 20 %, 生产 ≈ 20 %,
 * 网络 ≈ 5 %: farm produce is sampled in markets and shops (never "produced"), 餐饮食品 only in
 * catering, processed food everywhere.
 */
export const LINKS_BY_KIND: Record<'farm' | 'catering' | 'processed' | 'special', [Link, number][]> = {
  farm: [
    ['distribution', 87],
    ['catering', 10],
    ['online', 3],
  ],
  catering: [['catering', 1]],
  processed: [
    ['production', 37.7],
    ['distribution', 46.3],
    ['catering', 8.5],
    ['online', 7.5],
  ],
  special: [
    ['production', 35],
    ['distribution', 50],
    ['online', 15],
  ],
};

export const SPECIAL_ROOTS = new Set(['保健食品', '特殊医学用途配方食品', '婴幼儿配方食品', '特殊膳食食品']);

export const SAMPLING_TYPES: [SamplingType, number][] = [
  ['supervisory', 85],
  ['risk_monitoring', 10],
  ['evaluative', 5],
];

/** Share of samples that fail (supervisory: 不合格; risk monitoring: 问题), by 大类; default 2.5 %. */
export const FAIL_RATES: Record<string, number> = {
  食用农产品: 0.035,
  餐饮食品: 0.045,
  糕点: 0.04,
  蔬菜制品: 0.04,
  水果制品: 0.04,
  炒货食品及坚果制品: 0.035,
  淀粉及淀粉制品: 0.03,
  豆制品: 0.03,
  '食用油、油脂及其制品': 0.03,
  调味品: 0.025,
  肉制品: 0.025,
  酒类: 0.02,
  饮料: 0.02,
  粮食加工品: 0.015,
  茶叶及相关制品: 0.015,
  乳制品: 0.005,
  婴幼儿配方食品: 0.002,
  特殊医学用途配方食品: 0.002,
  保健食品: 0.01,
};
export const DEFAULT_FAIL_RATE = 0.025;

/** SC licence 食品类别编码 (101 粮食加工品 … 130 特殊膳食食品, 201 食品添加剂) by 大类 sort order. */
export function scCategoryCode(rootName: string, rootSortOrder: number): string {
  if (rootName === '食品添加剂') return '201';
  return String(101 + Math.min(rootSortOrder, 30));
}

export interface Lab {
  name: string;
  /** Prefix of its report numbers. */
  code: string;
}

/** Provincial labs take provincial tasks; city labs take city and county tasks. */
export const PROVINCIAL_LABS: [Lab, number][] = [
  [{ name: '四川省食品检验研究院', code: 'SCSJ' }, 55],
  [{ name: '四川省产品质量监督检验检测院', code: 'SCZJ' }, 25],
  [{ name: '成都市食品药品检验研究院', code: 'CDSJ' }, 20],
];

const CITY_LAB_NAMES: Record<string, string> = {
  '510100': '成都市食品药品检验研究院',
  '510700': '绵阳市食品药品检验所',
  '511300': '南充市食品药品检验所',
  '511500': '宜宾市食品药品检验检测中心',
  '510500': '泸州市食品药品检验检测中心',
};

export function cityLab(cityCode: string): Lab {
  const county = counties.find((c) => c.cityCode === cityCode)!;
  const name = CITY_LAB_NAMES[cityCode] ?? `${county.cityShort}食品药品检验检测中心`;
  return { name, code: `J${cityCode.slice(2, 4)}` };
}

export const SURNAMES = [
  '王', '李', '张', '刘', '陈', '杨', '黄', '赵', '周', '吴', '徐', '孙', '马', '朱', '胡', '郭', '何', '林', '罗', '高',
  '郑', '梁', '谢', '宋', '唐', '许', '邓', '冯', '韩', '曾', '彭', '蒋', '蔡', '余', '杜', '叶', '程', '魏', '苏', '吕',
];
export const GIVEN_CHARS = [
  '建', '国', '华', '明', '文', '军', '平', '伟', '强', '芳', '敏', '静', '丽', '勇', '杰', '磊', '洋', '艳', '娟', '涛',
  '超', '鹏', '霞', '波', '燕', '刚', '琳', '婷', '宇', '浩', '雪', '红', '梅', '兵', '春', '林', '峰', '辉', '晨', '欣',
];

/** Two-character trade names (字号), composed from these halves. */
export const TRADE_FIRST = [
  '鑫', '佳', '惠', '福', '金', '顺', '兴', '康', '益', '家', '华', '盛', '丰', '瑞', '宏', '祥', '和', '新', '利', '达',
  '旺', '荣', '嘉', '恒', '泰', '隆', '鸿', '润', '蜀', '川', '天', '锦', '瀚', '品', '味', '绿', '乐', '万', '百', '德',
];
export const TRADE_SECOND = [
  '源', '和', '丰', '达', '盛', '鑫', '利', '康', '福', '泰', '祥', '兴', '隆', '发', '荣', '旺', '顺', '安', '通', '汇',
  '鼎', '佳', '缘', '香', '味', '乡', '园', '悦', '宝', '辰', '诚', '信', '盈', '嘉', '美', '乐', '禾', '农', '鲜', '鹏',
];

export const STREETS = [
  '人民路', '建设路', '解放路', '中山路', '滨江路', '新华路', '光明路', '文化路', '学府路', '东大街', '西大街', '南大街',
  '北大街', '府河路', '商业街', '花园路', '红星路', '和平路', '长江路', '团结路', '迎宾大道', '工业大道', '育才路', '胜利路',
];

/** Out-of-province producers whose food is sold in Sichuan: a county code, its address prefix and name prefix. */
export const OUTSIDE_REGIONS: { code: string; address: string; prefix: string }[] = [
  { code: '500105', address: '重庆市江北区', prefix: '重庆' },
  { code: '500112', address: '重庆市渝北区', prefix: '重庆' },
  { code: '440606', address: '广东省佛山市顺德区', prefix: '广东' },
  { code: '440111', address: '广东省广州市白云区', prefix: '广州' },
  { code: '410105', address: '河南省郑州市金水区', prefix: '河南' },
  { code: '371302', address: '山东省临沂市兰山区', prefix: '山东' },
  { code: '350206', address: '福建省厦门市湖里区', prefix: '福建' },
  { code: '330109', address: '浙江省杭州市萧山区', prefix: '浙江' },
  { code: '420112', address: '湖北省武汉市东西湖区', prefix: '湖北' },
  { code: '520382', address: '贵州省遵义市仁怀市', prefix: '贵州' },
  { code: '530111', address: '云南省昆明市官渡区', prefix: '云南' },
  { code: '610113', address: '陕西省西安市雁塔区', prefix: '陕西' },
];

/** Places producers of some 大类 cluster (白酒 in 宜宾 and 泸州, 泡菜 in 眉山 …): extra weight per city. */
export const PRODUCER_HOTSPOTS: Record<string, Record<string, number>> = {
  酒类: { '511500': 6, '510500': 6, '510100': 1.5 },
  蔬菜制品: { '511400': 6, '510100': 1.5 },
  调味品: { '510100': 2, '510300': 2 },
  '食用油、油脂及其制品': { '510600': 2, '510700': 2 },
  茶叶及相关制品: { '511800': 6, '511400': 2, '511500': 2 },
};

/** Specs by 大类 (default: 散装 / 500g/袋 / 计量称重). */
export const SPECS: Record<string, string[]> = {
  '食用油、油脂及其制品': ['5L/桶', '1.8L/瓶', '4L/桶', '散装'],
  酒类: ['500mL/瓶 52%vol', '500mL/瓶 45%vol', '2.5L/桶 50%vol', '散装'],
  饮料: ['550mL/瓶', '250mL/盒', '380mL/瓶', '4.5L/桶'],
  乳制品: ['250mL/盒', '200g/袋', '900g/罐'],
  粮食加工品: ['10kg/袋', '5kg/袋', '2.5kg/袋', '散装'],
  调味品: ['500g/袋', '400g/袋', '500mL/瓶', '250g/瓶'],
  糕点: ['散装', '称重', '400g/盒', '180g/袋'],
  肉制品: ['散装', '计量称重', '250g/袋', '500g/袋'],
};
