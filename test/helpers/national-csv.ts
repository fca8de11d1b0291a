import { writeFileSync } from 'node:fs';
import { NATIONAL_HEADER } from '../fixtures/make-fixtures.js';

/**
 * A national-notice CSV of `count` samples (every third with a continuation row), spread over
 * Chengdu counties: big enough to span several import batches.
 */
export function writeNationalCsv(path: string, count: number, options: { prefix?: string; value?: string } = {}) {
  const counties = ['武侯区', '锦江区', '青羊区', '金牛区', '成华区'];
  const lines = [NATIONAL_HEADER.join(',')];
  for (let i = 0; i < count; i++) {
    const county = counties[i % counties.length];
    const no = `${options.prefix ?? 'TST'}${String(i).padStart(8, '0')}`;
    lines.push(
      [i + 1, '四川某某农业科技有限公司', '四川省成都市彭州市某某镇', `成都市${county}第${i % 97}生鲜超市`, `四川省成都市${county}某某路${i}号`, '四川', '芹菜', '/', '/',
        '2025-04-12', '/', '毒死蜱', `${options.value ?? '0.12'}mg/kg`, '≤0.05mg/kg', '/', '', '四川省食品检验研究院', '芹菜', no].join(','),
    );
    if (i % 3 === 0) lines.push([...Array(11).fill(''), '克百威', '0.05mg/kg', '≤0.02mg/kg', '/', '', '', '', ''].join(','));
  }
  writeFileSync(path, lines.join('\r\n') + '\r\n');
}
