/** The file (picked, not sent by antd: beforeUpload returns false) and the import options. */
import { App, Button, Checkbox, Col, DatePicker, Flex, Form, Row, Select, Typography, Upload } from 'antd';
import type { FormInstance } from 'antd';
import { api } from '../../api/client';
import { linkOptions, optionsOf, samplingTypeOptions } from '../../lib/enums';
import { messages } from '../../messages';
import { importsMessages } from './messages';
import { usePlanOptions } from '../plans/plans-api';
import type { ImportOptionValues } from './imports-api';

const m = importsMessages;
const ACCEPT = '.xlsx,.csv';
const formatOptions = optionsOf(messages.enums.importFormat);

interface Props {
  form: FormInstance<ImportOptionValues>;
  file: File | null;
  onFile: (file: File | null) => void;
  onStart: (options: ImportOptionValues) => void;
  starting: boolean;
}

export function ImportForm({ form, file, onFile, onStart, starting }: Props) {
  const { message } = App.useApp();
  const plans = usePlanOptions();
  const dryRun = Form.useWatch('dryRun', form) ?? true;

  const downloadTemplate = () =>
    api.download('/api/imports/template.xlsx', undefined, 'template.xlsx').catch((e: Error) => void message.error(e.message));

  return (
    <Flex vertical gap={16}>
      <Upload.Dragger
        accept={ACCEPT}
        maxCount={1}
        fileList={file ? [{ uid: 'file', name: file.name, size: file.size, status: 'done' }] : []}
        beforeUpload={(picked) => {
          if (!/\.(xlsx|csv)$/i.test(picked.name)) message.error(m.onlyXlsxCsv);
          else onFile(picked);
          return false; // we send it ourselves, with the options and the CSRF header
        }}
        onRemove={() => onFile(null)}
      >
        <Typography.Paragraph style={{ fontSize: 16, marginBottom: 4 }}>{m.dragText}</Typography.Paragraph>
        <Typography.Text type="secondary">{m.dragHint}</Typography.Text>
      </Upload.Dragger>
      <Form<ImportOptionValues> form={form} layout="vertical" initialValues={{ format: 'auto', dryRun: true }} onFinish={onStart}>
        <Row gutter={16}>
          <Col xs={24} md={8}>
            <Form.Item name="format" label={m.format} tooltip={m.formatHelp}>
              <Select options={formatOptions} />
            </Form.Item>
          </Col>
          <Col xs={24} md={8}>
            <Form.Item name="defaultSamplingDate" label={m.defaultSamplingDate} tooltip={m.defaultSamplingDateHelp}>
              <DatePicker style={{ width: '100%' }} />
            </Form.Item>
          </Col>
          <Col xs={24} md={8}>
            <Form.Item name="planId" label={m.plan}>
              <Select allowClear options={plans.options} loading={plans.loading} showSearch={{ optionFilterProp: 'label' }} />
            </Form.Item>
          </Col>
          <Col xs={24} md={8}>
            <Form.Item name="defaultLink" label={m.defaultLink}>
              <Select allowClear options={linkOptions} />
            </Form.Item>
          </Col>
          <Col xs={24} md={8}>
            <Form.Item name="defaultSamplingType" label={m.defaultSamplingType}>
              <Select allowClear options={samplingTypeOptions} />
            </Form.Item>
          </Col>
          <Col xs={24} md={8}>
            <Form.Item name="dryRun" valuePropName="checked" label=" " extra={m.dryRunHelp}>
              <Checkbox>{m.dryRun}</Checkbox>
            </Form.Item>
          </Col>
        </Row>
        <Flex gap={16} align="center" wrap>
          <Button type="primary" htmlType="submit" loading={starting} disabled={!file}>
            {dryRun ? m.startDryRun : m.start}
          </Button>
          <Typography.Link onClick={() => void downloadTemplate()}>{m.template}</Typography.Link>
        </Flex>
      </Form>
    </Flex>
  );
}
