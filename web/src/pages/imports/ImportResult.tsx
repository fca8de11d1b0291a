/** A finished import: the counts, how the file was read, and the rows it refused. */
import { Alert, Button, Card, Col, Descriptions, Flex, Row, Statistic, Table, Tag, Typography } from 'antd';
import { Link } from 'react-router';
import { messages } from '../../messages';
import { importsMessages } from './messages';
import { errorsCaption, inferredEntries, layoutLabel, mappingRows, MAX_ERRORS_SHOWN, skippedEntries, summaryCards, type MappingRow } from './import-summary';
import type { ImportError, ImportJob } from './imports-api';

const m = importsMessages;

interface Props {
  job: ImportJob;
  onDownloadErrors: () => void;
  /** Present when the job was a preview and its file is still at hand. */
  onConfirm?: () => void;
  confirming?: boolean;
}

export function ImportResult({ job, onDownloadErrors, onConfirm, confirming }: Props) {
  const s = job.summary;
  if (job.status === 'failed' && !s) return <Alert type="error" showIcon title={m.failedTitle} description={job.error} />;
  if (!s) return null;
  const errors = s.errors ?? [];
  const cards = summaryCards(s, job.id);

  return (
    <Flex vertical gap={16} data-testid="import-result">
      {job.status === 'failed' && <Alert type="error" showIcon title={m.failedTitle} description={job.error} />}
      <Typography.Title level={5} style={{ margin: 0 }}>
        {s.dryRun ? m.dryRunSummary : m.summary}
      </Typography.Title>
      <Row gutter={[12, 12]}>
        {cards.map((c) => (
          <Col key={c.key} xs={12} md={8} xl={cards.length > 6 ? 3 : 4}>
            <Card size="small" data-testid={`import-${c.key}`}>
              {c.href ? (
                <Link to={c.href}>
                  <Statistic title={c.title} value={c.value} styles={{ content: { color: c.color } }} />
                </Link>
              ) : (
                <Statistic title={c.title} value={c.value} styles={{ content: { color: c.color } }} />
              )}
            </Card>
          </Col>
        ))}
      </Row>
      {s.dryRun && onConfirm && (
        <Alert
          type="info"
          showIcon
          title={m.confirmHint}
          action={
            <Button type="primary" onClick={onConfirm} loading={confirming}>
              {m.confirmImport}
            </Button>
          }
        />
      )}
      <Descriptions
        bordered
        size="small"
        column={{ xs: 1, md: 3 }}
        items={[
          { key: 'layout', label: m.layout, children: layoutLabel(s.layout) },
          { key: 'sheet', label: m.sheet, children: s.sheetName ?? messages.common.none },
          { key: 'headerRow', label: m.headerRow, children: s.headerRow ? m.headerRowValue(s.headerRow) : messages.common.none },
          {
            key: 'unmapped',
            label: m.unmapped,
            span: 'filled',
            children: s.unmapped.length ? s.unmapped.map((h) => <Tag key={h}>{h}</Tag>) : <Typography.Text type="secondary">{m.noUnmapped}</Typography.Text>,
          },
          {
            key: 'inferred',
            label: m.inferred,
            span: 'filled',
            children: Object.keys(s.inferred).length
              ? inferredEntries(s.inferred).map((t) => <Tag key={t} color="orange">{t}</Tag>)
              : <Typography.Text type="secondary">{m.noInferred}</Typography.Text>,
          },
          ...(s.skipped
            ? [{ key: 'skipped', label: m.skippedReasons, span: 'filled' as const, children: skippedEntries(s.skippedReasons).map((t) => <Tag key={t}>{t}</Tag>) }]
            : []),
        ]}
      />
      <Row gutter={[16, 16]}>
        <Col xs={24} xl={10}>
          <Typography.Text strong>{m.mapping}</Typography.Text>
          <Table<MappingRow>
            rowKey="field"
            size="small"
            style={{ marginTop: 8 }}
            pagination={false}
            scroll={{ y: 360 }}
            dataSource={mappingRows(s.mapping)}
            columns={[
              { title: m.field, dataIndex: 'label', width: '45%' },
              { title: m.header, dataIndex: 'header' },
            ]}
          />
        </Col>
        <Col xs={24} xl={14}>
          <Flex justify="space-between" align="center">
            <Typography.Text strong>
              {m.errors}
              <Typography.Text type="secondary" style={{ marginLeft: 8, fontWeight: 'normal' }}>
                {errors.length ? errorsCaption(s) : m.noErrors}
              </Typography.Text>
            </Typography.Text>
            {errors.length > 0 && <Button onClick={onDownloadErrors}>{m.downloadErrors}</Button>}
          </Flex>
          {errors.length > 0 && (
            <Table<ImportError & { key: number }>
              size="small"
              style={{ marginTop: 8 }}
              dataSource={errors.slice(0, MAX_ERRORS_SHOWN).map((e, key) => ({ ...e, key }))}
              pagination={{ pageSize: 10, hideOnSinglePage: true, showSizeChanger: false }}
              columns={[
                { title: m.colRow, dataIndex: 'row', width: 70 },
                { title: m.colColumn, dataIndex: 'column', width: 200, ellipsis: true },
                { title: m.colMessage, dataIndex: 'message' },
              ]}
            />
          )}
        </Col>
      </Row>
    </Flex>
  );
}
