export type InspectionKind = 'flight' | 'system' | 'special';
export type InspectionConclusion = 'compliant' | 'defects' | 'violations';

/** 飞行检查, 体系检查, 专项检查 — the three the seed (art. 15) has 检查技术中心 carry out. */
export const inspectionKindNames: Record<InspectionKind, string> = { flight: '飞行检查', system: '体系检查', special: '专项检查' };
export const inspectionConclusionNames: Record<InspectionConclusion, string> = {
  compliant: '未发现问题',
  defects: '发现问题，责令整改',
  violations: '发现违法线索，建议立案',
};
