/** /org (组织机构): the unit tree, searchable by name, and the selected unit's details. */
import { Card, Col, Empty, Input, Row, Skeleton, Tree } from 'antd';
import { useMemo, useState, type Key } from 'react';
import { useOrgUnits } from '../../api/org';
import { PageHeader } from '../../components/PageHeader';
import { QueryError } from '../../components/QueryError';
import { messages } from '../../messages';
import { orgMessages } from './messages';
import { buildOrgTree, filterOrgTree, type OrgTreeNode } from './org-tree';
import { UnitDetails } from './UnitDetails';

const m = orgMessages;

function Highlight({ text, query }: { text: string; query: string }) {
  const at = query ? text.toLowerCase().indexOf(query.toLowerCase()) : -1;
  if (at < 0) return <>{text}</>;
  return (
    <>
      {text.slice(0, at)}
      <mark style={{ padding: 0, background: '#ffe58f' }}>{text.slice(at, at + query.length)}</mark>
      {text.slice(at + query.length)}
    </>
  );
}

export default function OrgPage() {
  const { data: units, error, isPending, refetch } = useOrgUnits();
  const [query, setQuery] = useState('');
  const [selected, setSelected] = useState<string | null>(null);
  const [expanded, setExpanded] = useState<Key[] | null>(null);

  const roots = useMemo(() => buildOrgTree(units ?? []), [units]);
  const filtered = useMemo(() => filterOrgTree(roots, query), [roots, query]);
  const trimmed = query.trim();
  // Searching opens the path to every match; otherwise the user's choice, starting with the root open.
  const expandedKeys = trimmed ? filtered.expandedKeys : (expanded ?? roots.map((n) => n.key));

  return (
    <>
      <PageHeader title={m.title} />
      <Row gutter={[16, 16]}>
        <Col xs={24} lg={10} xl={9}>
          <Card>
            <Input.Search
              allowClear
              placeholder={m.searchPlaceholder}
              onSearch={setQuery}
              onChange={(e) => setQuery(e.target.value)}
              style={{ marginBottom: 12 }}
            />
            {error ? (
              <QueryError error={error} onRetry={() => void refetch()} />
            ) : isPending ? (
              <Skeleton active paragraph={{ rows: 8 }} />
            ) : filtered.nodes.length === 0 ? (
              <Empty description={trimmed ? m.noMatch : messages.common.empty} />
            ) : (
              <Tree<OrgTreeNode>
                treeData={filtered.nodes}
                expandedKeys={expandedKeys}
                onExpand={(keys) => !trimmed && setExpanded(keys)}
                selectedKeys={selected ? [selected] : []}
                onSelect={(keys) => keys.length > 0 && setSelected(String(keys[0]))}
                titleRender={(node) => <Highlight text={node.title} query={trimmed} />}
                blockNode
              />
            )}
          </Card>
        </Col>
        <Col xs={24} lg={14} xl={15}>
          {/* Stays in view while a long tree scrolls. */}
          <div style={{ position: 'sticky', top: 16 }}>
            <UnitDetails unitId={selected} />
          </div>
        </Col>
      </Row>
    </>
  );
}
