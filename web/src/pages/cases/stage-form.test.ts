import { describe, expect, it } from 'vitest';
import dayjs from 'dayjs';
import { penaltyTotal, stageFieldNames, toStageBody } from './stage-form';

describe('the 登记办案阶段 form', () => {
  it('names the fields each stage has, as the server reports them', () => {
    expect(stageFieldNames('investigation')).toEqual(['stage', 'doneOn', 'text', 'documentNo']);
    expect(stageFieldNames('hearing')).toContain('details.requestedOn');
    expect(stageFieldNames('decision')).toEqual(expect.arrayContaining(['decision.fineAmount', 'decision.licenceAction']));
  });

  it('sends a decision with its penalty, leaving out what was not filled in', () => {
    const body = toStageBody(
      { stage: 'decision', doneOn: dayjs('2026-11-25'), text: ' 罚款 ', documentNo: ' 武侯市监罚〔2026〕21号 ', decision: { fineAmount: 5000, confiscatedIllegalGains: null, confiscatedGoods: '  ', licenceAction: 'suspend' } },
      4,
    );
    expect(body).toEqual({ version: 4, stage: 'decision', doneOn: '2026-11-25', text: '罚款', documentNo: '武侯市监罚〔2026〕21号', decision: { fineAmount: 5000, licenceAction: 'suspend' } });
  });

  it('sends the hearing request date and the execution facts as details', () => {
    expect(toStageBody({ stage: 'hearing', doneOn: dayjs('2026-11-20'), text: '听证', details: { requestedOn: dayjs('2026-11-14') } }, 1).details).toEqual({ requestedOn: '2026-11-14' });
    expect(toStageBody({ stage: 'execution', doneOn: dayjs('2026-11-26'), text: '已缴纳', details: { fulfilment: '自动履行', paidAmount: 0 } }, 1).details).toEqual({ fulfilment: '自动履行', paidAmount: 0 });
    expect(toStageBody({ stage: 'investigation', doneOn: dayjs('2026-11-15'), text: '调查终结' }, 1)).not.toHaveProperty('details');
  });

  it('adds fine and confiscated gains in cents', () => {
    expect(penaltyTotal({ fineAmount: 0.1, confiscatedIllegalGains: 0.2 })).toBe(0.3);
    expect(penaltyTotal(undefined)).toBe(0);
  });
});
