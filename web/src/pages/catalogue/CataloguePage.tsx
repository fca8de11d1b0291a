/** /catalogue (分类与检验项目): the category tree beside the test items and their limits. */
import { Col, Row } from 'antd';
import { useMemo, useState } from 'react';
import { useCategories, type Category } from '../../api/catalogue';
import { useCapability } from '../../auth/session';
import { PageHeader } from '../../components/PageHeader';
import { categoryPath } from '../../lib/category-tree';
import { catalogueMessages } from './messages';
import type { ItemLimit, TestItem } from './catalogue-api';
import { CategoryEditModal } from './CategoryEditModal';
import { CategoryTree } from './CategoryTree';
import { LimitEditModal } from './LimitEditModal';
import { relatedCategoryIds } from './limits';
import { TestItemsTable } from './TestItemsTable';

export default function CataloguePage() {
  const { data: categories } = useCategories();
  const canManage = useCapability('catalogue.manage');
  const [selected, setSelected] = useState<string | null>(null);
  const [editingCategory, setEditingCategory] = useState<Category | null>(null);
  const [editingLimit, setEditingLimit] = useState<{ limit: ItemLimit; item: TestItem } | null>(null);

  const related = useMemo(() => (selected && categories ? relatedCategoryIds(categories, selected) : null), [selected, categories]);
  const selectedName = selected && categories ? categoryPath(categories, selected) : null;

  return (
    <>
      <PageHeader title={catalogueMessages.title} />
      <Row gutter={[16, 16]}>
        <Col xs={24} lg={8} xl={6}>
          <CategoryTree selected={selected} onSelect={setSelected} onEdit={canManage ? setEditingCategory : undefined} />
        </Col>
        <Col xs={24} lg={16} xl={18}>
          <TestItemsTable related={related} categoryName={selectedName} onEditLimit={canManage ? (limit, item) => setEditingLimit({ limit, item }) : undefined} />
        </Col>
      </Row>
      {canManage && (
        <>
          <CategoryEditModal category={editingCategory} onClose={() => setEditingCategory(null)} />
          <LimitEditModal limit={editingLimit?.limit ?? null} itemName={editingLimit?.item.name ?? ''} onClose={() => setEditingLimit(null)} />
        </>
      )}
    </>
  );
}
