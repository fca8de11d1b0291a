/** 信用: 严重违法失信名单 and the reporting of credit records. */
export const creditErrors = {
  CREDIT_COLLECTION_UNITS_ONLY: { status: 403, message: '信用信息归集由省局抽检监测处（抽检不合格信息）和信用监督管理处办理' },
  CREDIT_REPORTING_CREDIT_DIVISION_ONLY: { status: 403, message: '信用信息报送由省局信用监督管理处审核办理' },
  CREDIT_EXPORT_EMPTY: { status: 409, message: '{from}至{to}没有可报送的记录' },
  CREDIT_BATCH_NOT_PENDING: { status: 409, message: '该批次不在待审核状态' },
  DISHONEST_LISTING_BY_DECIDING_AUTHORITY: { status: 403, message: '严重违法失信名单由作出行政处罚的机关列入（省局案件由信用监督管理处办理）' },
  DISHONEST_ENTRY_EXISTS: { status: 409, message: '{enterprise}已在严重违法失信名单中或正待上级审批，不能重复列入' },
  DISHONEST_ENTRY_NOT_PENDING: { status: 409, message: '该条目不在待审批状态' },
  DISHONEST_LISTING_APPROVED_ABOVE: { status: 403, message: '市县局列入严重违法失信名单由上一级市场监管部门审批' },
  DISHONEST_ENTRY_REMOVED: { status: 409, message: '该企业已移出严重违法失信名单' },
  DISHONEST_ENTRY_NOT_LISTED: { status: 409, message: '该条目不在名单中' },
  DISHONEST_REMOVAL_BY_LISTING_AUTHORITY: { status: 403, message: '严重违法失信名单由列入机关移出' },
} as const;
