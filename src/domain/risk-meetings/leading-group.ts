/**
 * The 监检联动 leading group (seed art. 19–20): 局主要负责人担任组长，分管局领导担任副组长，相关处
 * （室、局）、直属单位主要负责人为成员. Members are positions (the head of a listed unit), not people,
 * so the composition survives staff changes; 协调处 edits it with audit.
 */
export const groupRoles = { leader: '组长', deputy: '副组长', member: '成员' } as const;
export type GroupRole = keyof typeof groupRoles;

export interface GroupMemberDefault {
  role: GroupRole;
  /** Slug of the unit whose head sits in the group (the province bureau for 组长/副组长). */
  unitSlug: string;
  position: string;
}

/** The divisions and affiliated units whose duties arts. 6–17 list for the linkage. */
const memberSlugs = [
  'coordination',
  'production',
  'distribution',
  'catering',
  'special-food',
  'sampling',
  'enforcement',
  'credit',
  'news',
  'inspection-center',
  'institute',
  'office',
  'legal',
  'online',
  'product-quality',
  'certification',
  'publicity-archives',
  'complaints',
];

export const leadingGroupDefaults: readonly GroupMemberDefault[] = [
  { role: 'leader', unitSlug: 'province', position: '局主要负责人' },
  { role: 'deputy', unitSlug: 'province', position: '分管局领导' },
  ...memberSlugs.map((unitSlug) => ({ role: 'member' as const, unitSlug, position: '主要负责人' })),
];

export const LEADING_GROUP_BASIS = '《食品安全“监检联动”工作规范（试行）》第十九条、第二十条';
