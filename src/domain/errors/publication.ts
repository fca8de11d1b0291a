/** 信息公布: publication batches, co-review (会审), consumer warnings, explainers (issue 13). */
export const publicationErrors = {
  PUBLICATION_REVIEWER_ONLY: { status: 403, message: '只有抽检监测处和新闻宣传处可以会审拟公布的信息' },
  PUBLICATION_ALREADY_APPROVED: { status: 409, message: '本处室已会审通过，等待另一处室会审' },
  PUBLICATION_NOT_APPROVED: { status: 409, message: '须经抽检监测处和新闻宣传处会审通过后才能公布' },
  PUBLICATION_DRAFTER_ONLY: { status: 403, message: '只有起草单位或抽检监测处可以执行此操作' },
  PUBLICATION_SAMPLES_UNKNOWN: { status: 400, message: '有{count}个样品不存在或不在您的数据范围内' },
  PUBLICATION_SAMPLE_PENDING: { status: 400, message: '样品{sampleNo}尚无可公布的监督抽检结论，不能公布' },
  PUBLICATION_FILTER_TOO_MANY: { status: 400, message: '符合条件的样品超过{cap}个，请缩小范围（按计划、日期或地区）后再起草' },
  PUBLICATION_FILTER_EMPTY: { status: 400, message: '没有符合条件的可公布样品' },
  PUBLICATION_NOTHING_TO_PUBLISH: { status: 400, message: '所选样品均暂缓公布，公告中没有可公布的结果' },
  PUBLISHED_RESULT_WITHDRAWN: { status: 409, message: '该条信息已撤回，不能再更正' },
} as const;
