import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { DomainError, errorAreas, errorCatalog, type ErrorCode } from './errors.js';

const root = join(import.meta.dirname, '..', '..');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return path.endsWith('.ts') && !path.endsWith('.test.ts') ? [path] : [];
  });
}

/** Every `new DomainError(…)` in src/ whose third argument is a written-out message. */
function inlineMessages(): string[] {
  const found: string[] = [];
  for (const file of sourceFiles(join(root, 'src'))) {
    const text = readFileSync(file, 'utf8');
    if (!text.includes('DomainError(')) continue;
    const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true);
    const visit = (node: ts.Node) => {
      if (ts.isNewExpression(node) && node.expression.getText(source) === 'DomainError') {
        const third = node.arguments?.[2];
        if (third && (ts.isStringLiteralLike(third) || ts.isTemplateExpression(third) || ts.isConditionalExpression(third))) {
          found.push(`${file.slice(root.length + 1)}:${source.getLineAndCharacterOfPosition(node.getStart(source)).line + 1}`);
        }
      }
      ts.forEachChild(node, visit);
    };
    visit(source);
  }
  return found;
}

const assignments = new Set([ts.SyntaxKind.EqualsToken, ts.SyntaxKind.PlusEqualsToken, ts.SyntaxKind.QuestionQuestionEqualsToken, ts.SyntaxKind.BarBarEqualsToken, ts.SyntaxKind.AmpersandAmpersandEqualsToken]);
const namesMessage = (node: ts.Node) =>
  (ts.isPropertyAccessExpression(node) && node.name.text === 'message') || (ts.isElementAccessExpression(node) && ts.isStringLiteralLike(node.argumentExpression) && node.argumentExpression.text === 'message');

/**
 * Where code rewrites an error's message after it was made: `x.message = …` (or `+=`, `??=` …),
 * `Object.assign(x, { message })`, `Object.defineProperty(x, 'message', …)`. A DomainError's words
 * are its code's; without types every `.message` write counts (src/ writes no other message).
 */
function messageWrites(file: string, text: string): string[] {
  const found: string[] = [];
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true);
  const at = (node: ts.Node) => `${file}:${source.getLineAndCharacterOfPosition(node.getStart(source)).line + 1}`;
  const visit = (node: ts.Node) => {
    if (ts.isBinaryExpression(node) && assignments.has(node.operatorToken.kind) && namesMessage(node.left)) found.push(at(node));
    if (ts.isCallExpression(node)) {
      const callee = node.expression.getText(source);
      const [, second] = node.arguments;
      if (callee === 'Object.assign' && node.arguments.slice(1).some((a) => ts.isObjectLiteralExpression(a) && a.properties.some((p) => p.name?.getText(source) === 'message'))) found.push(at(node));
      if (callee === 'Object.defineProperty' && second && ts.isStringLiteralLike(second) && second.text === 'message') found.push(at(node));
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

/** The code tables of docs/api.md, as the catalogue says they must read. */
function codeTables(): string {
  return errorAreas
    .map(({ title, codes }) => {
      const rows = Object.entries(codes).map(([code, { status, message }]) => `| \`${code}\` | ${status} | ${message} |`);
      return [`#### ${title}`, '', '| code | HTTP | message |', '|---|---|---|', ...rows].join('\n');
    })
    .join('\n\n');
}

describe('the error catalogue', () => {
  it('is the only place messages are written: no throw passes its own message', () => {
    expect(inlineMessages()).toEqual([]);
  });

  it('keeps the catalogue\'s words: no code rewrites an error\'s message', () => {
    const written = sourceFiles(join(root, 'src')).flatMap((file) => messageWrites(file.slice(root.length + 1), readFileSync(file, 'utf8')));
    expect(written).toEqual([]);
    // The check sees each way of writing it.
    const sample = [
      "const e = new DomainError('FORBIDDEN');",
      "e.message = '别的话';",
      "e['message'] += '。';",
      "Object.assign(e, { message: '别的话' });",
      "Object.defineProperty(e, 'message', { value: '别的话' });",
      'const read = e.message;',
    ].join('\n');
    expect(messageWrites('sample.ts', sample)).toEqual(['sample.ts:2', 'sample.ts:3', 'sample.ts:4', 'sample.ts:5']);
  });

  it('fills placeholders from params and keeps the status of the code', () => {
    const error = new DomainError('CREDIT_EXPORT_EMPTY', null, { from: '2026-01-01', to: '2026-03-31' });
    expect(error.message).toBe('2026-01-01至2026-03-31没有可报送的记录');
    expect(error.status).toBe(409);
    expect(DomainError.of({ code: 'CASE_STAGE_RECORDED', params: { stage: '听证' } }).message).toBe('“听证”已登记');
  });

  it('has Chinese messages, an HTTP status and placeholders only from params names', () => {
    for (const [code, { status, message }] of Object.entries(errorCatalog)) {
      expect(status, code).toBeGreaterThanOrEqual(400);
      expect(message, code).toMatch(/[\u4e00-\u9fff]/);
      // Placeholders are ASCII names in braces; nothing else in a message uses braces.
      expect(message.replace(/\{[a-zA-Z]+\}/g, ''), code).not.toMatch(/[{}]/);
    }
  });

  it('areas list every code once', () => {
    const listed = errorAreas.flatMap(({ codes }) => Object.keys(codes));
    expect(listed.sort()).toEqual((Object.keys(errorCatalog) as ErrorCode[]).sort());
  });

  it('is listed in docs/api.md exactly', () => {
    const doc = readFileSync(join(root, 'docs', 'api.md'), 'utf8');
    const start = doc.indexOf('<!-- error codes: generated from src/domain/errors.ts by errors.test.ts -->');
    const end = doc.indexOf('<!-- end of error codes -->');
    expect(start, 'docs/api.md lacks the error code markers').toBeGreaterThan(0);
    const listed = doc.slice(doc.indexOf('\n', start) + 1, end).trim();
    expect(listed, 'replace the tables in docs/api.md with these').toBe(codeTables());
  });
});
