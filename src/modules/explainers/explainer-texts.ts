/**
 * The seeded explainers (标准解读) for the items that fail most often in the demo data and in
 * Chinese announcements. Drafts written from the national standards' general content: every one
 * is marked `draft` for 四川省食品检验研究院 to review (issue 13 §3) before it is relied upon.
 */
export interface ExplainerText {
  itemName: string;
  summary: string;
  limitText: string;
  standardClause: string;
  healthMeaning: string;
  commonCauses: string;
}

export const seededExplainers: readonly ExplainerText[] = [
  {
    itemName: '苯甲酸',
    summary: '苯甲酸及其钠盐是常用的防腐剂，可抑制霉菌、酵母和细菌生长。',
    limitText: '按食品类别规定最大使用量，部分食品（如糕点、面包）不得使用',
    standardClause: 'GB 2760-2014《食品安全国家标准 食品添加剂使用标准》附录A',
    healthMeaning: '按标准使用是安全的；长期大量摄入超量的苯甲酸可能加重肝脏负担。',
    commonCauses: '生产者超范围、超限量使用，或原辅料带入后未计算总量。',
  },
  {
    itemName: '脱氢乙酸',
    summary: '脱氢乙酸及其钠盐是一种防腐剂，常用于腌渍蔬菜、面包、糕点等。',
    limitText: '糕点、面包等最大使用量0.5g/kg（以脱氢乙酸计），部分食品不得使用',
    standardClause: 'GB 2760-2014《食品安全国家标准 食品添加剂使用标准》附录A',
    healthMeaning: '长期过量摄入可能对肝脏等器官造成影响。',
    commonCauses: '为延长保质期超限量使用，或称量、混合不均匀。',
  },
  {
    itemName: '山梨酸',
    summary: '山梨酸及其钾盐是常用防腐剂，可抑制霉菌和酵母。',
    limitText: '按食品类别规定最大使用量',
    standardClause: 'GB 2760-2014《食品安全国家标准 食品添加剂使用标准》附录A',
    healthMeaning: '毒性较低，但长期过量摄入可能影响健康。',
    commonCauses: '超限量使用，或多种原料带入后叠加超标。',
  },
  {
    itemName: '甜蜜素',
    summary: '甜蜜素（环己基氨基磺酸钠）是一种人工合成甜味剂，甜度约为蔗糖的30—50倍。',
    limitText: '按食品类别规定最大使用量，部分食品（如白酒、小麦粉制品等）不得使用',
    standardClause: 'GB 2760-2014《食品安全国家标准 食品添加剂使用标准》附录A',
    healthMeaning: '长期过量摄入可能对肝脏和神经系统造成影响。',
    commonCauses: '为降低成本、改善口感超范围或超限量使用。',
  },
  {
    itemName: '糖精钠',
    summary: '糖精钠是一种人工合成甜味剂。',
    limitText: '按食品类别规定最大使用量，多数食品不得使用',
    standardClause: 'GB 2760-2014《食品安全国家标准 食品添加剂使用标准》附录A',
    healthMeaning: '长期过量摄入可能对健康造成不良影响。',
    commonCauses: '为降低成本超范围、超限量使用。',
  },
  {
    itemName: '二氧化硫残留量',
    summary: '二氧化硫及亚硫酸盐类是漂白剂、防腐剂和抗氧化剂，常用于干制蔬菜、蜜饯等。',
    limitText: '按食品类别规定最大残留量（以二氧化硫计）',
    standardClause: 'GB 2760-2014《食品安全国家标准 食品添加剂使用标准》附录A',
    healthMeaning: '过量摄入可能引起恶心、呕吐等胃肠道反应，对哮喘等敏感人群影响较大。',
    commonCauses: '为使产品色泽好看超量使用，或熏硫工艺控制不当。',
  },
  {
    itemName: '克百威',
    summary: '克百威（呋喃丹）是一种高毒氨基甲酸酯类杀虫剂，禁止在蔬菜、果树、茶叶等作物上使用。',
    limitText: '多数蔬菜、水果最大残留限量0.02mg/kg',
    standardClause: 'GB 2763《食品安全国家标准 食品中农药最大残留限量》',
    healthMeaning: '对人体毒性高，少量摄入也可能引起头痛、恶心、呕吐等中毒症状。',
    commonCauses: '种植者违规使用禁限用农药，或未遵守安全间隔期。',
  },
  {
    itemName: '毒死蜱',
    summary: '毒死蜱是一种有机磷类杀虫剂，禁止在蔬菜上使用。',
    limitText: '按作物规定最大残留限量，如芹菜0.05mg/kg',
    standardClause: 'GB 2763《食品安全国家标准 食品中农药最大残留限量》',
    healthMeaning: '少量残留一般不会导致急性中毒，长期大量摄入可能对神经系统造成影响。',
    commonCauses: '种植者违规使用，或未遵守安全间隔期采收。',
  },
  {
    itemName: '恩诺沙星',
    summary: '恩诺沙星是一种氟喹诺酮类兽药，用于畜禽和水产动物细菌感染的治疗。',
    limitText: '按动物组织规定最大残留限量（以恩诺沙星与环丙沙星之和计）',
    standardClause: 'GB 31650《食品安全国家标准 食品中兽药最大残留限量》',
    healthMeaning: '长期摄入超标的动物性食品可能导致耐药菌产生，并可能引起头晕、恶心等不适。',
    commonCauses: '养殖过程中违规用药，或未执行休药期规定。',
  },
  {
    itemName: '镉',
    summary: '镉是一种重金属污染物，可经土壤、水进入农作物。',
    limitText: '按食品类别规定限量，如大米0.2mg/kg',
    standardClause: 'GB 2762《食品安全国家标准 食品中污染物限量》',
    healthMeaning: '镉在人体内蓄积，长期摄入可能对肾脏和骨骼造成损害。',
    commonCauses: '种植或养殖环境受污染，原料把关不严。',
  },
  {
    itemName: '铅',
    summary: '铅是一种重金属污染物，可经环境、加工设备或包装进入食品。',
    limitText: '按食品类别规定限量（以Pb计）',
    standardClause: 'GB 2762《食品安全国家标准 食品中污染物限量》',
    healthMeaning: '长期摄入可能对神经、造血和肾脏系统造成损害，儿童更为敏感。',
    commonCauses: '原料受环境污染，或加工设备、添加剂带入。',
  },
  {
    itemName: '黄曲霉毒素B1',
    summary: '黄曲霉毒素B1是黄曲霉等霉菌产生的毒素，多见于花生、玉米及其制品。',
    limitText: '按食品类别规定限量，如花生油20μg/kg',
    standardClause: 'GB 2761《食品安全国家标准 食品中真菌毒素限量》',
    healthMeaning: '被国际癌症研究机构列为一类致癌物，长期摄入可能损害肝脏。',
    commonCauses: '原料霉变，储存条件不当，生产中未有效去除。',
  },
  {
    itemName: '酸价',
    summary: '酸价反映油脂及含油食品中游离脂肪酸的含量，是油脂酸败程度的指标。',
    limitText: '按产品类别规定，如食用植物油（压榨、浸出成品油）≤3mg/g',
    standardClause: 'GB 2716《食品安全国家标准 植物油》等产品标准',
    healthMeaning: '酸价超标说明油脂已酸败，食用后可能引起胃肠不适。',
    commonCauses: '原料不新鲜，储存条件不当（高温、光照），或油脂反复使用。',
  },
  {
    itemName: '过氧化值',
    summary: '过氧化值反映油脂及含油食品被氧化的程度。',
    limitText: '按产品类别规定，如食用植物油≤0.25g/100g',
    standardClause: 'GB 2716《食品安全国家标准 植物油》等产品标准',
    healthMeaning: '过氧化值超标说明油脂已氧化变质，长期食用可能引起胃肠不适。',
    commonCauses: '储存条件不当，包装密封不严，或原料中的油脂已氧化。',
  },
  {
    itemName: '大肠菌群',
    summary: '大肠菌群是评价食品卫生状况的指示性微生物。',
    limitText: '按产品类别规定（采样方案n、c、m、M），餐饮具不得检出',
    standardClause: 'GB 14934《食品安全国家标准 消毒餐（饮）具》及相关产品标准',
    healthMeaning: '超标说明食品或餐具卫生状况不佳，可能存在致病菌污染风险。',
    commonCauses: '生产加工或清洗消毒不彻底，储运条件不当，人员卫生不规范。',
  },
  {
    itemName: '菌落总数',
    summary: '菌落总数是判定食品被细菌污染程度的卫生指标。',
    limitText: '按产品类别规定（采样方案n、c、m、M）',
    standardClause: '相关产品的食品安全国家标准',
    healthMeaning: '超标会加速食品腐败变质，可能引起胃肠不适。',
    commonCauses: '原料受污染，加工过程卫生控制不到位，储存温度不当。',
  },
];
