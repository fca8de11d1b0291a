/** /assessment (考核评价): scores and ranks, the indicator set, checks, and the rectification status across checks, as tabs kept in the URL. */
import { Tabs } from 'antd';
import { useSearchParams } from 'react-router';
import { PageHeader } from '../../components/PageHeader';
import { ChecksTab } from './ChecksTab';
import { IndicatorsTab } from './IndicatorsTab';
import { assessmentMessages as m } from './messages';
import { RectificationsTab } from './RectificationsTab';
import { ScoresTab } from './ScoresTab';

const tabs = ['scores', 'indicators', 'checks', 'rectifications'] as const;

export default function AssessmentPage() {
  const [params, setParams] = useSearchParams();
  const raw = params.get('tab');
  const tab = (tabs as readonly string[]).includes(raw ?? '') ? raw! : 'scores';
  return (
    <>
      <PageHeader title={m.title} />
      <Tabs
        activeKey={tab}
        onChange={(key) => setParams(key === 'scores' ? {} : { tab: key })}
        items={[
          { key: 'scores', label: m.tabScores, children: <ScoresTab /> },
          { key: 'indicators', label: m.tabIndicators, children: <IndicatorsTab /> },
          { key: 'checks', label: m.tabChecks, children: <ChecksTab /> },
          { key: 'rectifications', label: m.tabRectifications, children: <RectificationsTab /> },
        ]}
        destroyOnHidden
      />
    </>
  );
}
