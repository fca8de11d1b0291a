/** /plans (抽检计划): the plans, and the sampling suggestions (tab kept in the URL). */
import { Tabs } from 'antd';
import { useSearchParams } from 'react-router';
import { PageHeader } from '../../components/PageHeader';
import { plansMessages } from './messages';
import { PlanList } from './PlanList';
import { SuggestionsTab } from './suggestions/SuggestionsTab';

const m = plansMessages;

export default function PlansPage() {
  const [params, setParams] = useSearchParams();
  const tab = params.get('tab') === 'suggestions' ? 'suggestions' : 'plans';
  return (
    <>
      <PageHeader title={m.title} />
      <Tabs
        activeKey={tab}
        onChange={(key) => setParams(key === 'suggestions' ? { tab: key } : {})}
        items={[
          { key: 'plans', label: m.tabPlans, children: <PlanList /> },
          { key: 'suggestions', label: m.tabSuggestions, children: <SuggestionsTab /> },
        ]}
        destroyOnHidden
      />
    </>
  );
}
