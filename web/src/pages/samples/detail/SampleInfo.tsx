/** The sampling record as Descriptions: what was sampled, where, from whom, and by whom. */
import { Descriptions, type DescriptionsProps } from 'antd';
import { Link } from 'react-router';
import { ConclusionTag } from '../../../components/ConclusionTag';
import { useRegionName } from '../../../components/RegionSelect';
import { labelOf, linkLabel } from '../../../lib/enums';
import { messages } from '../../../messages';
import { sampleDetailMessages } from '../messages';
import type { SampleDetail } from '../samples-api';

const m = sampleDetailMessages;
const none = messages.common.none;

const party = (id: string | null, name: string | null) => (name ? id ? <Link to={`/enterprises/${id}`}>{name}</Link> : name : none);

export function SampleInfo({ sample: s }: { sample: SampleDetail }) {
  const regionName = useRegionName();
  const or = (v: string | null | undefined) => v || none;
  // Rows of three on wide screens; a 'filled' item takes what is left of its row.
  const items: DescriptionsProps['items'] = [
    { key: 'sampleNo', label: m.sampleNo, children: s.sampleNo },
    { key: 'foodName', label: m.foodName, children: s.foodName },
    { key: 'category', label: m.category, children: [s.categoryRootName, s.categoryName].filter((n, i, all) => n && all.indexOf(n) === i).join(' / ') || none },
    { key: 'samplingType', label: m.samplingType, children: labelOf(messages.enums.samplingType, s.samplingType) },
    { key: 'link', label: m.link, children: linkLabel(s.link) },
    { key: 'conclusion', label: m.conclusion, children: <ConclusionTag value={s.conclusion} /> },
    { key: 'plan', label: m.plan, children: s.planId && s.planName ? <Link to={`/plans/${s.planId}`}>{s.planName}</Link> : none },
    { key: 'taskSource', label: m.taskSource, children: or(s.taskSource), span: 'filled' },
    { key: 'spec', label: m.spec, children: or(s.spec) },
    { key: 'trademark', label: m.trademark, children: or(s.trademark) },
    { key: 'batchNo', label: m.batchNo, children: or(s.batchNo) },
    { key: 'productionDate', label: m.productionDate, children: or(s.productionDate) },
    { key: 'shelfLife', label: m.shelfLife, children: or(s.shelfLife) },
    { key: 'samplingDate', label: m.samplingDate, children: s.samplingDate },
    { key: 'region', label: m.region, children: or(regionName(s.regionCode)) },
    { key: 'sampledParty', label: m.sampledParty, children: party(s.sampledPartyId, s.sampledPartyName) },
    { key: 'sampledPartyAddress', label: m.sampledPartyAddress, children: or(s.sampledPartyAddress), span: 'filled' },
    { key: 'nominalProducer', label: m.nominalProducer, children: party(s.nominalProducerId, s.nominalProducerName) },
    { key: 'nominalProducerAddress', label: m.nominalProducerAddress, children: or(s.nominalProducerAddress), span: 'filled' },
    { key: 'ownerUnit', label: m.ownerUnit, children: s.ownerUnitName },
    { key: 'samplers', label: m.samplers, children: s.samplers.length ? s.samplers.join('、') : none },
    { key: 'accompanyingOfficer', label: m.accompanyingOfficer, children: or(s.accompanyingOfficer) },
    { key: 'importedColdChain', label: m.importedColdChain, children: s.importedColdChain ? messages.common.yes : messages.common.no },
    { key: 'labName', label: m.labName, children: or(s.labName) },
    { key: 'reportNo', label: m.reportNo, children: or(s.reportNo) },
    { key: 'conclusionReceivedOn', label: m.conclusionReceivedOn, children: or(s.conclusionReceivedOn) },
    { key: 'source', label: m.source, children: s.source === 'import' ? m.sourceImport : m.sourceManual },
    { key: 'remarks', label: m.remarks, children: or(s.remarks), span: 'filled' },
  ];
  return <Descriptions bordered size="small" column={{ xs: 1, md: 2, xl: 3 }} items={items} styles={{ label: { width: 130 } }} />;
}
