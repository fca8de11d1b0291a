/**
 * Server-rendered HTML for the public portal: no script at all, one stylesheet, so it reads on
 * any phone and under the strictest CSP. Every interpolated value goes through `esc`.
 */
export const esc = (value: unknown): string =>
  String(value ?? '').replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

/** A fragment already escaped, built by `html`. */
export class Html {
  constructor(readonly text: string) {}
  toString() {
    return this.text;
  }
}

/** Tagged template: values are escaped unless they are Html (or arrays of Html). */
export function html(strings: TemplateStringsArray, ...values: unknown[]): Html {
  let out = strings[0];
  values.forEach((v, i) => {
    const part = Array.isArray(v) ? v.map((x) => (x instanceof Html ? x.text : esc(x))).join('') : v instanceof Html ? v.text : esc(v);
    out += part + strings[i + 1];
  });
  return new Html(out);
}

/** The public navigation; 投诉举报 is the complaint form and its query page (src/modules/complaints/portal-pages.ts). */
const NAV: [string, string][] = [
  ['/public/', '首页'],
  ['/public/announcements', '抽检公告'],
  ['/public/results', '结果查询'],
  ['/public/warnings', '消费提示'],
  ['/public/explainers', '标准解读'],
  ['/public/complaints', '投诉举报'],
];

export function page(title: string, body: Html): string {
  return `<!doctype html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${esc(title)} - 四川省食品安全抽检信息公开</title>
<link rel="stylesheet" href="/public/assets/portal.css">
</head>
<body>
<header><div class="brand">四川省食品安全抽检信息公开</div><nav>${NAV.map(([href, label]) => `<a href="${href}">${label}</a>`).join('')}</nav></header>
<main>
<h1>${esc(title)}</h1>
${body.text}
</main>
<footer>本页信息由四川省市场监督管理局依法公布。个体工商户经营者姓名等个人信息不予公开。</footer>
</body>
</html>`;
}

export const STYLESHEET = `
*{box-sizing:border-box}
body{margin:0;font-family:-apple-system,"PingFang SC","Microsoft YaHei",sans-serif;color:#1f1f1f;background:#f5f7fa;line-height:1.6}
header{background:#1d4f91;color:#fff;padding:12px 16px}
.brand{font-size:18px;font-weight:600}
nav{display:flex;flex-wrap:wrap;gap:4px 16px;margin-top:6px}
nav a{color:#fff;text-decoration:none}
main{max-width:1080px;margin:0 auto;padding:16px;background:#fff;min-height:70vh}
h1{font-size:22px;margin:8px 0 16px}
h2{font-size:18px;margin:20px 0 8px;border-left:4px solid #1d4f91;padding-left:8px}
a{color:#1d4f91}
table{border-collapse:collapse;width:100%;font-size:14px}
th,td{border:1px solid #d9d9d9;padding:6px 8px;text-align:left;vertical-align:top}
th{background:#f0f3f8}
.table-wrap{overflow-x:auto}
.muted{color:#666;font-size:13px}
.bad{color:#c00000;font-weight:600}
.good{color:#237804}
.note{background:#fffbe6;border:1px solid #ffe58f;padding:8px 12px;margin:8px 0}
.withdrawn{background:#fff1f0;border:1px solid #ffa39e;padding:8px 12px;margin:8px 0}
form.search{display:grid;grid-template-columns:repeat(auto-fill,minmax(180px,1fr));gap:8px;margin-bottom:16px}
form.search label{display:flex;flex-direction:column;font-size:13px;color:#555}
form.search input,form.search select{padding:6px;border:1px solid #bbb;border-radius:4px;font-size:15px}
form.search button{padding:8px;background:#1d4f91;color:#fff;border:0;border-radius:4px;font-size:15px;align-self:end}
ul.list{list-style:none;padding:0}
ul.list li{padding:8px 0;border-bottom:1px solid #eee}
.explainer{border:1px solid #e5e5e5;border-radius:6px;padding:8px 12px;margin:8px 0}
.explainer dt{font-weight:600;margin-top:4px}
.explainer dd{margin:0 0 4px 0}
.pager{margin:12px 0;display:flex;gap:12px}
form.complaint{display:flex;flex-direction:column;gap:10px;max-width:640px}
form.complaint label{display:flex;flex-direction:column;font-size:14px;color:#333}
form.complaint label.inline{flex-direction:row;gap:6px;align-items:center}
form.complaint input,form.complaint select,form.complaint textarea{padding:6px;border:1px solid #bbb;border-radius:4px;font-size:15px}
form.complaint button{padding:10px;background:#1d4f91;color:#fff;border:0;border-radius:4px;font-size:16px}
.field-error{color:#c00000;font-size:13px}
.tracking{font-size:22px;font-weight:600;letter-spacing:1px;color:#1d4f91}
.pre{white-space:pre-wrap}
footer{max-width:1080px;margin:0 auto;padding:12px 16px;color:#888;font-size:12px}
@media (max-width:600px){th,td{padding:4px;font-size:13px}h1{font-size:19px}}
`;
