/** A short stack of records in a card (inspections, interviews), divided by lines; antd's List is deprecated in 6. */
import { Divider } from 'antd';
import { Fragment, type ReactNode } from 'react';

export function Entries<T extends { id: string }>({ items, render }: { items: T[]; render: (item: T) => ReactNode }) {
  return (
    <div>
      {items.map((item, i) => (
        <Fragment key={item.id}>
          {i > 0 && <Divider style={{ margin: '12px 0' }} />}
          {render(item)}
        </Fragment>
      ))}
    </div>
  );
}
