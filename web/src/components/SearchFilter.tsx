/**
 * A list page's search box: it edits locally and applies on Enter (or the search button), and it
 * follows the URL when that changes (back, clear, a link). `onSearch` gets the trimmed text, or
 * undefined for an empty box.
 */
import { Input } from 'antd';
import { useEffect, useState } from 'react';

interface Props {
  /** The applied value, from the URL. */
  value: string | undefined;
  placeholder: string;
  width: number;
  maxLength?: number;
  onSearch: (text: string | undefined) => void;
}

export function SearchFilter({ value, placeholder, width, maxLength, onSearch }: Props) {
  const [text, setText] = useState(value ?? '');
  useEffect(() => setText(value ?? ''), [value]);
  return (
    <Input.Search
      allowClear
      placeholder={placeholder}
      aria-label={placeholder}
      style={{ width }}
      value={text}
      maxLength={maxLength}
      onChange={(e) => setText(e.target.value)}
      onSearch={(v) => onSearch(v.trim() || undefined)}
    />
  );
}
