/** /enterprises (生产经营者): search by name fragment or credit code, region, kind, 待核实. */
import { Checkbox, Flex, Select, type TableProps } from 'antd';
import { Link } from 'react-router';
import { ReviewTag } from '../../components/ConclusionTag';
import { ListPage, useUrlList } from '../../components/ListPage';
import { RegionSelect, useRegionName } from '../../components/RegionSelect';
import { enterpriseKindOptions, labelOf } from '../../lib/enums';
import { PROVINCE_CODE } from '../../lib/regions';
import { messages } from '../../messages';
import { enterprisesMessages } from './messages';
import { enterpriseFilters, useEnterprises, type Enterprise } from './enterprises-api';
import { SearchFilter } from '../../components/SearchFilter';

const m = enterprisesMessages;

export default function EnterprisesPage() {
  const { state, update, setPage } = useUrlList(enterpriseFilters);
  const list = useEnterprises(state);
  const regionName = useRegionName();
  // The whole province is no filter at all (the API reads 510000 as a city code).
  const setRegion = (regionCode?: string) => update({ regionCode: regionCode === PROVINCE_CODE ? undefined : regionCode });

  const columns: TableProps<Enterprise>['columns'] = [
    { title: m.colName, dataIndex: 'name', render: (name: string, e) => <Link to={`/enterprises/${e.id}`}>{name}</Link> },
    { title: m.colCreditCode, dataIndex: 'creditCode', width: 200, render: (c: string | null) => c ?? messages.common.none },
    { title: m.colKind, dataIndex: 'kind', width: 170, render: (k: string) => labelOf(messages.enums.enterpriseKind, k) },
    { title: m.colRegion, dataIndex: 'regionCode', width: 160, render: (c: string | null) => regionName(c) || messages.common.none },
    { title: m.colAddress, dataIndex: 'address', ellipsis: true },
    { title: m.colReview, dataIndex: 'needsReview', width: 80, render: (r: boolean, e) => r && <ReviewTag title={e.reviewReasons.join('；')} /> },
  ];

  const filterBar = (
    <Flex gap={12} wrap style={{ marginBottom: 16 }}>
      <SearchFilter value={state.q} placeholder={m.searchPlaceholder} width={300} onSearch={(q) => update({ q })} />
      <RegionSelect allowClear placeholder={m.region} style={{ width: 200 }} value={state.regionCode} onChange={setRegion} />
      <Select allowClear placeholder={m.kind} style={{ width: 220 }} options={enterpriseKindOptions} value={state.kind} onChange={(kind?: string) => update({ kind })} aria-label={m.kind} />
      <Checkbox checked={state.needsReview === 'true'} onChange={(e) => update({ needsReview: e.target.checked ? 'true' : undefined })} style={{ alignSelf: 'center' }}>
        {m.needsReviewOnly}
      </Checkbox>
    </Flex>
  );

  return (
    <ListPage<Enterprise>
      title={m.title}
      filterBar={filterBar}
      list={list}
      page={state.page}
      pageSize={state.pageSize}
      onPage={setPage}
      table={{ columns, scroll: { x: 1100 } }}
    />
  );
}
