/** Full-width ASCII → half-width, ideographic space → space, whitespace collapsed, trimmed. */
export function toHalfWidth(text: string): string {
  return text
    .replace(/[\uFF01-\uFF5E]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0))
    .replace(/\u3000/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * The key an enterprise without a credit code is matched on: half-width, no spaces or
 * punctuation, brackets unified, so "四川 某某（食品）有限公司" = "四川某某(食品)有限公司".
 */
export function normaliseEnterpriseName(name: string): string {
  return toHalfWidth(name)
    .replace(/[（]/g, '(')
    .replace(/[）]/g, ')')
    .replace(/[\s·.,，。、"'“”‘’]/g, '')
    .toUpperCase();
}
