/**
 * Markup in what the public or a hotline sends: a tag (`<b>`, `</p>`, `<img …>`, `<!-- …`) or a
 * script URL. Issue 14 asks that such intake is refused with a 4xx and nothing stored; texts are
 * also rendered as text everywhere, so this is the first of two defences. A lone "<" as in
 * "价格<10元" is not markup.
 */
const MARKUP = /<\s*[a-zA-Z!/?]|javascript\s*:/i;

export function hasMarkup(text: string): boolean {
  return MARKUP.test(text);
}

export const NO_MARKUP = '不能包含网页代码（HTML 标签或脚本），请只填写文字';
