import { describe, expect, it } from 'vitest';
import { hasMarkup } from './markup.js';

describe('markup in complaint texts', () => {
  it('finds tags and script URLs, not a lone less-than sign', () => {
    for (const text of ['<script>alert(1)</script>', '<img src=x onerror=alert(1)>散装白酒', '</p>', '< b>粗体', '<!-- x -->', '链接 JavaScript:alert(1)']) expect(hasMarkup(text), text).toBe(true);
    for (const text of ['价格<10元', '温度 < 4 ℃', '月饼过期仍在销售', 'a <= b']) expect(hasMarkup(text), text).toBe(false);
  });
});
