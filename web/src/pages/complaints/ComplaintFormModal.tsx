/** 登记投诉举报 by an official (phone, letter, visit, a 12345 transfer typed in): routed by the address on the server. */
import { Checkbox, Col, DatePicker, Form, Input, Row, Select } from 'antd';
import type { Dayjs } from 'dayjs';
import { useNavigate } from 'react-router';
import { FormModal } from '../../components/FormModal';
import { RegionSelect } from '../../components/RegionSelect';
import { useComplaintMutations } from './complaints-api';
import { complaintsMessages } from './messages';

const m = complaintsMessages;
const options = (o: Record<string, string>, skip: string[] = []) => Object.entries(o).filter(([k]) => !skip.includes(k)).map(([value, label]) => ({ value, label }));

interface Values {
  channel: string;
  kind: string;
  anonymous?: boolean;
  complainantName?: string;
  complainantPhone?: string;
  enterpriseName?: string;
  enterpriseCreditCode?: string;
  link?: string;
  foodName?: string;
  address?: string;
  cityCode?: string;
  description: string;
  hotlineNo?: string;
  hotlineDueAt?: Dayjs;
  receivedAt?: Dayjs;
}

const FIELDS = ['channel', 'kind', 'anonymous', 'complainantName', 'complainantPhone', 'enterpriseName', 'enterpriseCreditCode', 'link', 'foodName', 'address', 'cityCode', 'description', 'hotlineNo', 'hotlineDueAt', 'receivedAt'];

export function ComplaintFormModal({ open, onClose }: { open: boolean; onClose: () => void }) {
  const [form] = Form.useForm<Values>();
  const { create } = useComplaintMutations();
  const navigate = useNavigate();
  const anonymous = Form.useWatch('anonymous', form);
  const channel = Form.useWatch('channel', form);
  const text = (v?: string) => (v && v.trim() ? v.trim() : undefined);

  return (
    <FormModal
      open={open}
      title={m.formTitle}
      width={760}
      form={form}
      fields={FIELDS}
      formProps={{ name: 'complaint', initialValues: { channel: 'phone', kind: 'complaint', anonymous: false } }}
      submit={(v) =>
        create.mutateAsync({
          channel: v.channel,
          kind: v.kind,
          anonymous: Boolean(v.anonymous),
          complainantName: v.anonymous ? undefined : text(v.complainantName),
          complainantPhone: v.anonymous ? undefined : text(v.complainantPhone),
          enterpriseName: text(v.enterpriseName),
          enterpriseCreditCode: text(v.enterpriseCreditCode),
          link: v.link,
          foodName: text(v.foodName),
          address: text(v.address),
          cityCode: v.cityCode && /^\d{4}00$/.test(v.cityCode) ? v.cityCode : undefined,
          description: v.description.trim(),
          hotlineNo: text(v.hotlineNo),
          hotlineDueAt: v.hotlineDueAt?.toISOString(),
          receivedAt: v.receivedAt?.toISOString(),
        })
      }
      success={(r) => (r.result === 'merged' ? m.merged(r.trackingNo) : r.result === 'duplicate' ? m.duplicate(r.trackingNo) : m.created(r.trackingNo))}
      onClose={onClose}
      onDone={(r) => navigate(`/complaints/${r.id}`)}
    >
      <Row gutter={16}>
        <Col xs={24} md={8}>
          <Form.Item name="channel" label={m.channel} rules={[{ required: true, message: m.required }]}>
            <Select options={options(m.channels, ['portal'])} />
          </Form.Item>
        </Col>
        <Col xs={24} md={8}>
          <Form.Item name="kind" label={m.kind} rules={[{ required: true, message: m.required }]}>
            <Select options={options(m.kinds)} />
          </Form.Item>
        </Col>
        <Col xs={24} md={8}>
          <Form.Item name="receivedAt" label={m.receivedAt}>
            <DatePicker showTime style={{ width: '100%' }} />
          </Form.Item>
        </Col>
        <Col xs={24}>
          <Form.Item name="anonymous" valuePropName="checked">
            <Checkbox>{m.isAnonymous}</Checkbox>
          </Form.Item>
        </Col>
        {!anonymous && (
          <>
            <Col xs={24} md={12}>
              <Form.Item name="complainantName" label={m.complainantName}>
                <Input maxLength={30} />
              </Form.Item>
            </Col>
            <Col xs={24} md={12}>
              <Form.Item name="complainantPhone" label={m.complainantPhone} extra={m.phoneOrName}>
                <Input maxLength={20} />
              </Form.Item>
            </Col>
          </>
        )}
        <Col xs={24} md={12}>
          <Form.Item name="enterpriseName" label={m.enterpriseName}>
            <Input maxLength={200} />
          </Form.Item>
        </Col>
        <Col xs={24} md={12}>
          <Form.Item name="enterpriseCreditCode" label={m.enterpriseCreditCode}>
            <Input maxLength={30} />
          </Form.Item>
        </Col>
        <Col xs={24} md={12}>
          <Form.Item name="foodName" label={m.foodName}>
            <Input maxLength={100} />
          </Form.Item>
        </Col>
        <Col xs={24} md={12}>
          <Form.Item name="link" label={m.link}>
            <Select allowClear options={options(m.links)} />
          </Form.Item>
        </Col>
        <Col xs={24} md={16}>
          <Form.Item name="address" label={m.address} extra={m.addressHelp}>
            <Input maxLength={300} />
          </Form.Item>
        </Col>
        <Col xs={24} md={8}>
          <Form.Item name="cityCode" label={m.city}>
            <RegionSelect allowClear />
          </Form.Item>
        </Col>
        <Col xs={24}>
          <Form.Item name="description" label={m.description} rules={[{ required: true, whitespace: true, message: m.descriptionRequired }]}>
            <Input.TextArea rows={4} maxLength={5000} showCount />
          </Form.Item>
        </Col>
        {channel === 'hotline' && (
          <>
            <Col xs={24} md={12}>
              <Form.Item name="hotlineNo" label={m.hotlineNo}>
                <Input maxLength={64} />
              </Form.Item>
            </Col>
            <Col xs={24} md={12}>
              <Form.Item name="hotlineDueAt" label={m.hotlineDueAt}>
                <DatePicker showTime style={{ width: '100%' }} />
              </Form.Item>
            </Col>
          </>
        )}
      </Row>
    </FormModal>
  );
}
