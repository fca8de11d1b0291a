/** 风险信号: runs, review, follow-ups and the editable thresholds. */
export const signalErrors = {
  SIGNAL_RUN_SAMPLING_ONLY: { status: 403, message: '只有食品安全抽检监测处可以启动风险信号计算和修改信号参数' },
  SIGNAL_RUN_BUSY: { status: 409, message: '风险信号正在计算中，请稍后再试' },
  SIGNAL_DECIDED: { status: 409, message: '该风险信号已研判（{status}），不能再次处理' },
  SIGNAL_REASON_REQUIRED: { status: 400, message: '排除风险信号须填写理由' },
  SIGNAL_ON_AGENDA: { status: 409, message: '该风险信号已列入{unit}下次风险研判议程' },
} as const;
