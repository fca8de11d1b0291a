/** The four-level category tree, searchable; administrators can rename or (de)activate a category. */
import { Button, Card, Empty, Flex, Input, Skeleton, Tag, Tree } from 'antd';
import { useMemo, useState, type Key } from 'react';
import { useCategories, type Category } from '../../api/catalogue';
import { QueryError } from '../../components/QueryError';
import { buildCategoryTree, filterCategoryTree, type CategoryNode } from '../../lib/category-tree';
import { messages } from '../../messages';
import { catalogueMessages } from './messages';

const m = catalogueMessages;

interface Props {
  selected: string | null;
  onSelect: (id: string | null) => void;
  onEdit?: (category: Category) => void;
}

export function CategoryTree({ selected, onSelect, onEdit }: Props) {
  const { data: categories, error, isPending, refetch } = useCategories();
  const [query, setQuery] = useState('');
  const [expanded, setExpanded] = useState<Key[]>([]);
  const roots = useMemo(() => buildCategoryTree(categories ?? []), [categories]);
  const filtered = useMemo(() => filterCategoryTree(roots, query), [roots, query]);
  const searching = query.trim().length > 0;

  return (
    <Card title={m.categories} styles={{ body: { paddingTop: 12 } }}>
      <Input.Search allowClear placeholder={m.searchCategories} onChange={(e) => setQuery(e.target.value)} onSearch={setQuery} style={{ marginBottom: 12 }} />
      {error ? (
        <QueryError error={error} onRetry={() => void refetch()} />
      ) : isPending ? (
        <Skeleton active paragraph={{ rows: 10 }} />
      ) : filtered.nodes.length === 0 ? (
        <Empty description={searching ? m.noMatch : messages.common.empty} />
      ) : (
        <Tree<CategoryNode>
          treeData={filtered.nodes}
          expandedKeys={searching ? filtered.expandedKeys : expanded}
          onExpand={(keys) => !searching && setExpanded(keys)}
          selectedKeys={selected ? [selected] : []}
          onSelect={(keys) => onSelect(keys.length ? String(keys[0]) : null)}
          height={620}
          blockNode
          titleRender={(node) => (
            <Flex justify="space-between" align="center" gap={8} className="category-node">
              <span style={{ color: node.category.active ? undefined : 'rgba(0,0,0,0.35)' }}>
                {node.title}
                {!node.category.active && <Tag style={{ marginLeft: 6 }}>{m.inactive}</Tag>}
              </span>
              {onEdit && node.key === selected && (
                <Button
                  type="link"
                  size="small"
                  style={{ padding: 0, height: 'auto' }}
                  onClick={(e) => {
                    e.stopPropagation();
                    onEdit(node.category);
                  }}
                >
                  {messages.common.edit}
                </Button>
              )}
            </Flex>
          )}
        />
      )}
    </Card>
  );
}
