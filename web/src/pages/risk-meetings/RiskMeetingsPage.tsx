/** /risk-meetings (风险研判): meetings, completeness, the leading group and the rhythm, as tabs kept in the URL. */
import { Tabs } from 'antd';
import { useSearchParams } from 'react-router';
import { PageHeader } from '../../components/PageHeader';
import { ComplianceTab } from './ComplianceTab';
import { LeadingGroupTab } from './LeadingGroupTab';
import { MeetingList } from './MeetingList';
import { riskMeetingsMessages } from './messages';
import { RulesTab } from './RulesTab';

const m = riskMeetingsMessages;
const tabs = ['meetings', 'compliance', 'group', 'rules'] as const;

export default function RiskMeetingsPage() {
  const [params, setParams] = useSearchParams();
  const raw = params.get('tab');
  const tab = (tabs as readonly string[]).includes(raw ?? '') ? raw! : 'meetings';
  return (
    <>
      <PageHeader title={m.title} />
      <Tabs
        activeKey={tab}
        onChange={(key) => setParams(key === 'meetings' ? {} : { tab: key })}
        items={[
          { key: 'meetings', label: m.tabMeetings, children: <MeetingList /> },
          { key: 'compliance', label: m.tabCompliance, children: <ComplianceTab /> },
          { key: 'group', label: m.tabGroup, children: <LeadingGroupTab /> },
          { key: 'rules', label: m.tabRules, children: <RulesTab /> },
        ]}
        destroyOnHidden
      />
    </>
  );
}
