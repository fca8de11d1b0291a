/**
 * /credit (信用监管): 信用信息归集 for 抽检监测处 (prepares the unqualified results) and 信用处
 * (approves and sends; the server says who, through the list's `actions`), and the 严重违法失信名单
 * for everyone with credit.read. Tab kept in the URL.
 */
import { Skeleton, Tabs } from 'antd';
import { useSearchParams } from 'react-router';
import { PageHeader } from '../../components/PageHeader';
import { QueryError } from '../../components/QueryError';
import { creditMessages } from './messages';
import { useDishonestList } from './credit-api';
import { DishonestTab } from './DishonestTab';
import { PublicationTab } from './PublicationTab';

const m = creditMessages;

export default function CreditPage() {
  const [params, setParams] = useSearchParams();
  const initialQ = params.get('q') ?? undefined;
  // The same query as the list's first page: its `actions` say whether this user exports.
  const { data, error, refetch } = useDishonestList({ q: initialQ, page: 1, pageSize: 20 });
  const exports = data?.actions.includes('collect') ?? false;
  const tab = params.get('tab') === 'dishonest' || !exports ? 'dishonest' : 'publication';

  const body = () => {
    if (error && !data) return <QueryError error={error} onRetry={() => void refetch()} />;
    if (!data) return <Skeleton active paragraph={{ rows: 8 }} />;
    return (
      <Tabs
        activeKey={tab}
        onChange={(key) => setParams(key === 'dishonest' ? { tab: key } : {})}
        items={[
          ...(exports ? [{ key: 'publication', label: m.tabPublication, children: <PublicationTab sends={data.actions.includes('export')} /> }] : []),
          { key: 'dishonest', label: m.tabDishonest, children: <DishonestTab initialQ={initialQ} /> },
        ]}
        destroyOnHidden
      />
    );
  };

  return (
    <>
      <PageHeader title={m.title} />
      {body()}
    </>
  );
}
