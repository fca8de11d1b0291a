/**
 * 发起24小时限时报告: from a sample found by number (its food, enterprise, link and region come
 * with it) or filled in by hand; the hazard is always required. Opens the report once raised.
 */
import { Alert, DatePicker, Flex, Form, Input, Radio, Select } from 'antd';
import type { Dayjs } from 'dayjs';
import { useNavigate } from 'react-router';
import { FormDrawer } from '../../components/FormDrawer';
import { RegionSelect } from '../../components/RegionSelect';
import { linkOptions } from '../../lib/enums';
import { disposalDetailMessages } from '../disposals/messages';
import { urgentMessages } from './messages';
import { SampleSearchSelect } from './SampleSearchSelect';
import { useUrgentMutations, type RaiseBody } from './urgent-api';
import { isAfterToday } from '../../lib/time';

const m = urgentMessages;
const fields = ['sampleId', 'foundAt', 'title', 'hazard', 'foodName', 'enterpriseName', 'link', 'regionCode'];

interface Values {
  source: 'sample' | 'manual';
  sampleId?: string;
  foundAt?: Dayjs | null;
  title?: string;
  hazard?: string;
  foodName?: string;
  enterpriseName?: string;
  link?: string;
  regionCode?: string;
}

const trimmed = (v?: string) => v?.trim() || undefined;

export function RaiseUrgentDrawer({ open, onClose }: { open: boolean; onClose: () => void }) {
  const [form] = Form.useForm<Values>();
  const navigate = useNavigate();
  const { raise } = useUrgentMutations();
  const source = Form.useWatch('source', form) ?? 'sample';
  const required = (msg: string) => [{ required: true, whitespace: true, message: msg }];

  const submit = (v: Values) => {
    const foundAt = v.foundAt ? v.foundAt.toISOString() : undefined;
    const body: RaiseBody =
      v.source === 'sample'
        ? { sampleId: v.sampleId, foundAt, title: trimmed(v.title), hazard: v.hazard!.trim() }
        : { foundAt, title: trimmed(v.title), hazard: v.hazard!.trim(), foodName: trimmed(v.foodName), enterpriseName: trimmed(v.enterpriseName), link: v.link, regionCode: v.regionCode };
    return raise.mutateAsync(body);
  };

  return (
    <FormDrawer<Values, { id: string }>
      open={open}
      title={m.raiseTitle}
      size={640}
      okText={m.raise}
      danger
      form={form}
      fields={fields}
      conflict={disposalDetailMessages.versionConflict}
      formProps={{ initialValues: { source: 'sample' } }}
      submit={submit}
      success={m.raised}
      onClose={onClose}
      onDone={(report) => navigate(`/urgent/${report.id}`)}
    >
      <Alert type="warning" showIcon title={m.raiseNote} style={{ marginBottom: 16 }} />
      <Form.Item name="source" label={m.source}>
        <Radio.Group optionType="button" options={[{ value: 'sample', label: m.fromSample }, { value: 'manual', label: m.manual }]} />
      </Form.Item>
      {source === 'sample' ? (
        <Form.Item name="sampleId" label={m.sample} rules={[{ required: true, message: m.sampleRequired }]}>
          <SampleSearchSelect placeholder={m.samplePlaceholder} />
        </Form.Item>
      ) : (
        <>
          <Form.Item name="foodName" label={m.foodName} rules={required(m.foodNameRequired)}>
            <Input maxLength={200} />
          </Form.Item>
          <Form.Item name="enterpriseName" label={m.enterpriseName} rules={required(m.enterpriseNameRequired)}>
            <Input maxLength={200} />
          </Form.Item>
          <Flex gap={16}>
            <Form.Item name="link" label={m.link} rules={[{ required: true, message: m.linkRequired }]} style={{ width: 160 }}>
              <Select options={linkOptions} />
            </Form.Item>
            <Form.Item name="regionCode" label={m.regionCode} rules={[{ required: true, message: m.regionRequired }]} style={{ flex: 1 }}>
              <RegionSelect />
            </Form.Item>
          </Flex>
        </>
      )}
      <Form.Item name="foundAt" label={m.foundAt} tooltip={m.foundAtHelp}>
        <DatePicker showTime={{ format: 'HH:mm' }} format="YYYY-MM-DD HH:mm" style={{ width: 220 }} disabledDate={(d) => isAfterToday(d)} />
      </Form.Item>
      <Form.Item
        name="title"
        label={m.reportTitle}
        tooltip={source === 'sample' ? m.reportTitleHelp : undefined}
        rules={source === 'manual' ? required(m.reportTitleRequired) : []}
      >
        <Input maxLength={200} />
      </Form.Item>
      <Form.Item name="hazard" label={m.hazard} rules={required(m.hazardRequired)}>
        <Input.TextArea rows={5} maxLength={5000} showCount />
      </Form.Item>
    </FormDrawer>
  );
}
