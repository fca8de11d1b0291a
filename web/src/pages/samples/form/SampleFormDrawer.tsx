/** 新建抽样: a drawer with the sections of the sampling record. Server field errors land on the fields. */
import { Checkbox, Col, DatePicker, Divider, Form, Input, Row, Select } from 'antd';
import { useNavigate } from 'react-router';
import { useCategories } from '../../../api/catalogue';
import { CategoryTreeSelect } from '../../../components/CategoryTreeSelect';
import { FormDrawer } from '../../../components/FormDrawer';
import { rootNameOf } from '../../../lib/category-tree';
import { linkOptions, samplingTypeOptions } from '../../../lib/enums';
import { sampleFormMessages } from '../messages';
import { usePlanOptions } from '../../plans/plans-api';
import { useCreateSample } from '../samples-api';
import { PartyFields } from './PartyFields';
import { ResultItemsList } from './ResultItemsList';
import { requiresAccompaniment, sampleFieldPatterns, toNewSample, type SampleFormValues } from './sample-form';
import { todayForPicker } from '../../../lib/time';

const m = sampleFormMessages;
const section = (title: string) => (
  <Divider titlePlacement="start" style={{ marginTop: 8 }}>
    {title}
  </Divider>
);

export function SampleFormDrawer({ open, onClose }: { open: boolean; onClose: () => void }) {
  const [form] = Form.useForm<SampleFormValues>();
  const navigate = useNavigate();
  const create = useCreateSample();
  const { data: categories } = useCategories();
  const plans = usePlanOptions(open);

  const categoryId = Form.useWatch('categoryId', form);
  const importedColdChain = Form.useWatch('importedColdChain', form) ?? false;
  const organisedByMarketRegulation = Form.useWatch('organisedByMarketRegulation', form) ?? true;
  const accompanied = requiresAccompaniment({ categoryRootName: rootNameOf(categories ?? [], categoryId), importedColdChain, organisedByMarketRegulation });

  return (
    <FormDrawer<SampleFormValues, { id: string }>
      open={open}
      title={m.title}
      size={960}
      form={form}
      fields={sampleFieldPatterns}
      formProps={{
        onFinishFailed: ({ errorFields }) => errorFields[0] && form.scrollToField(errorFields[0].name),
        initialValues: { samplingType: 'supervisory', organisedByMarketRegulation: true, importedColdChain: false, samplers: [], items: [], samplingDate: todayForPicker() },
      }}
      submit={(values) => create.mutateAsync(toNewSample(values))}
      success={m.created}
      onClose={onClose}
      onDone={(row) => navigate(`/samples/${row.id}`)}
    >
      {section(m.sectionBasic)}
      <Row gutter={16}>
        <Col span={8}>
          <Form.Item name="sampleNo" label={m.sampleNo} rules={[{ required: true, whitespace: true, message: m.sampleNoRequired }]}>
            <Input maxLength={64} style={{ fontFamily: 'monospace' }} />
          </Form.Item>
        </Col>
        <Col span={8}>
          <Form.Item name="samplingType" label={m.samplingType} rules={[{ required: true, message: m.samplingTypeRequired }]}>
            <Select options={samplingTypeOptions} />
          </Form.Item>
        </Col>
        <Col span={8}>
          <Form.Item name="planId" label={m.plan}>
            <Select allowClear options={plans.options} loading={plans.loading} showSearch={{ optionFilterProp: 'label' }} />
          </Form.Item>
        </Col>
        <Col span={8}>
          <Form.Item name="foodName" label={m.foodName} rules={[{ required: true, whitespace: true, message: m.foodNameRequired }]}>
            <Input maxLength={200} />
          </Form.Item>
        </Col>
        <Col span={10}>
          <Form.Item name="categoryId" label={m.category} rules={[{ required: true, message: m.categoryRequired }]}>
            <CategoryTreeSelect placeholder={m.categoryPlaceholder} />
          </Form.Item>
        </Col>
        <Col span={6}>
          <Form.Item name="link" label={m.link} rules={[{ required: true, message: m.linkRequired }]}>
            <Select options={linkOptions} />
          </Form.Item>
        </Col>
        <Col span={6}>
          <Form.Item name="spec" label={m.spec}>
            <Input maxLength={100} />
          </Form.Item>
        </Col>
        <Col span={6}>
          <Form.Item name="trademark" label={m.trademark}>
            <Input maxLength={100} />
          </Form.Item>
        </Col>
        <Col span={6}>
          <Form.Item name="batchNo" label={m.batchNo}>
            <Input maxLength={100} />
          </Form.Item>
        </Col>
        <Col span={6}>
          <Form.Item name="productionDate" label={m.productionDate}>
            <DatePicker style={{ width: '100%' }} />
          </Form.Item>
        </Col>
        <Col span={6}>
          <Form.Item name="shelfLife" label={m.shelfLife}>
            <Input maxLength={50} placeholder={m.shelfLifePlaceholder} />
          </Form.Item>
        </Col>
        <Col span={18}>
          <Form.Item name="taskSource" label={m.taskSource}>
            <Input maxLength={200} />
          </Form.Item>
        </Col>
      </Row>

      {section(m.sectionSampledParty)}
      <PartyFields prefix="sampledParty" required licence />
      {section(m.sectionProducer)}
      <PartyFields prefix="nominalProducer" required={false} />

      {section(m.sectionSampling)}
      <Row gutter={16}>
        <Col span={6}>
          <Form.Item name="samplingDate" label={m.samplingDate} rules={[{ required: true, message: m.samplingDateRequired }]}>
            <DatePicker style={{ width: '100%' }} />
          </Form.Item>
        </Col>
        <Col span={18}>
          <Form.Item
            name="samplers"
            label={m.samplers}
            extra={m.samplersHelp}
            rules={[{ required: true, type: 'array', min: 2, message: m.samplersMin }]}
          >
            <Select mode="tags" open={false} suffixIcon={null} tokenSeparators={[',', '，', '、', ' ']} aria-label={m.samplers} />
          </Form.Item>
        </Col>
        <Col span={12}>
          <Form.Item name="organisedByMarketRegulation" valuePropName="checked" style={{ marginBottom: 8 }}>
            <Checkbox>{m.organisedByMarketRegulation}</Checkbox>
          </Form.Item>
          <Form.Item name="importedColdChain" valuePropName="checked">
            <Checkbox>{m.importedColdChain}</Checkbox>
          </Form.Item>
        </Col>
        <Col span={12}>
          <Form.Item
            name="accompanyingOfficer"
            label={m.accompanyingOfficer}
            dependencies={['categoryId', 'importedColdChain', 'organisedByMarketRegulation']}
            rules={[{ required: accompanied, whitespace: true, message: m.accompanyingRequired }]}
            extra={accompanied ? m.accompanyingRule : undefined}
          >
            <Input maxLength={64} />
          </Form.Item>
        </Col>
        <Col span={12}>
          <Form.Item name="labName" label={m.labName}>
            <Input maxLength={200} />
          </Form.Item>
        </Col>
        <Col span={12}>
          <Form.Item name="reportNo" label={m.reportNo}>
            <Input maxLength={64} />
          </Form.Item>
        </Col>
        <Col span={12}>
          <Form.Item name="conclusionReceivedOn" label={m.conclusionReceivedOn} tooltip={m.conclusionReceivedOnHelp}>
            <DatePicker style={{ width: '100%' }} />
          </Form.Item>
        </Col>
        <Col span={24}>
          <Form.Item name="remarks" label={m.remarks}>
            <Input.TextArea rows={2} maxLength={2000} />
          </Form.Item>
        </Col>
      </Row>

      {section(m.sectionResults)}
      <ResultItemsList emptyHint={m.noItems} />
    </FormDrawer>
  );
}
