import type Koa from 'koa';
import type { ErrorParams } from '../../domain/errors';
import { messageCodes, messageFor, pickLang, type Lang } from './messages';
import { problem, ProblemError, problemTypeUri } from './problem';
import { PROBLEM_DOCS, type ProblemDoc } from './problem-docs';

const escapeHtml = (s: string) =>
  s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

/** Text with `code` spans, as the messages write what a program sends. */
const inline = (s: string) => escapeHtml(s).replace(/`([^`]+)`/g, '<code>$1</code>');

const LABELS = {
  ja: { means: '意味', todo: '対処', status: 'HTTPステータス', example: '例', index: '問題コード一覧' },
  en: { means: 'What it means', todo: 'What to do', status: 'HTTP status', example: 'Example', index: 'Problem codes' },
};

const STYLE = `body{font:16px/1.6 system-ui,sans-serif;max-width:52rem;margin:2rem auto;padding:0 1rem;color:#222}
code,pre{font-family:ui-monospace,monospace;background:#f4f4f4;border-radius:4px}code{padding:0 .25em}pre{padding:1rem;overflow:auto}
section{border-top:1px solid #ddd;margin-top:1.5rem}table{border-collapse:collapse}td,th{padding:.25rem .75rem;text-align:left;border-bottom:1px solid #eee}`;

const layout = (lang: Lang, title: string, body: string) => `<!doctype html>
<html lang="${lang}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<title>${escapeHtml(title)}</title><style>${STYLE}</style></head><body>${body}</body></html>`;

/** The caller's language first, then the other: the page says everything in both. */
const languages = (lang: Lang): Lang[] => (lang === 'ja' ? ['ja', 'en'] : ['en', 'ja']);

/** The problem document a code answers with, with the explained occurrence's parameters. */
function exampleOf(code: string, d: ProblemDoc, lang: Lang, base: string | undefined) {
  const errors =
    code === 'validation_failed'
      ? [{ field: 'body.name', code: 'required', message: lang === 'ja' ? '`name`は必須項目です。' : 'name is required.' }]
      : undefined;
  return problem(d.status[0]!, code, lang, '0b7c6a52-3c1e-4f7e-9a51-2d6f0e8a9c11', { params: d.params, errors, base });
}

function codePage(code: string, d: ProblemDoc, lang: Lang, base: string | undefined): string {
  const params: ErrorParams = d.params ?? {};
  const sections = languages(lang)
    .map((l) => {
      const t = LABELS[l];
      return `<section lang="${l}">
<h2>${escapeHtml(messageFor(code, l, params))}</h2>
<h3>${t.means}</h3><p>${inline(d.means[l])}</p>
<h3>${t.todo}</h3><p>${inline(d.todo[l])}</p>
<h3>${t.example}</h3><pre>${escapeHtml(JSON.stringify(exampleOf(code, d, l, base), null, 2))}</pre>
</section>`;
    })
    .join('\n');
  const t = LABELS[lang];
  return layout(
    lang,
    `${code} — Cloud PBX API`,
    `<p><a href="${escapeHtml(problemTypeUri('', base).replace(/\/$/, ''))}">${t.index}</a></p>
<h1><code>${escapeHtml(code)}</code></h1>
<p>${t.status}: ${d.status.join(', ')}</p>
${sections}`,
  );
}

function indexPage(lang: Lang, base: string | undefined): string {
  const rows = documentedCodes()
    .map(
      ([code, d]) =>
        `<tr><td><a href="${escapeHtml(problemTypeUri(code, base))}"><code>${escapeHtml(code)}</code></a></td><td>${d.status.join(', ')}</td><td>${inline(d.means[lang])}</td></tr>`,
    )
    .join('\n');
  const t = LABELS[lang];
  return layout(
    lang,
    `${t.index} — Cloud PBX API`,
    `<h1>${t.index}</h1><table><thead><tr><th>code</th><th>${t.status}</th><th>${t.means}</th></tr></thead><tbody>${rows}</tbody></table>`,
  );
}

/** Every code that has a message and an explanation, sorted. */
function documentedCodes(): [string, ProblemDoc][] {
  return messageCodes()
    .filter((c) => PROBLEM_DOCS[c])
    .sort()
    .map((c) => [c, PROBLEM_DOCS[c]!]);
}

/** A code from the URL; a malformed percent-encoding is no code of ours. */
function decodedCode(encoded: string): string {
  try {
    return decodeURIComponent(encoded);
  } catch {
    throw new ProblemError(404, 'not_found', { resource: 'problem code' });
  }
}

/**
 * Serves the page behind every problem `type`: /docs/problems/<code> explains one code (in both
 * languages, the caller's first) and /docs/problems lists them. A program that asks for JSON gets
 * the same content as JSON.
 */
export async function serveProblemPage(ctx: Koa.Context, file: string, base: string | undefined): Promise<boolean> {
  if (file !== 'problems' && !file.startsWith('problems/')) return false;
  const lang = pickLang(ctx.get('accept-language'));
  const json = ctx.accepts('html', 'json') === 'json';
  const code = file === 'problems' ? '' : decodedCode(file.slice('problems/'.length));
  if (!code) {
    ctx.body = json
      ? { items: documentedCodes().map(([c, d]) => ({ code: c, status: d.status, type: problemTypeUri(c, base), means: d.means[lang] })) }
      : indexPage(lang, base);
  } else {
    const d = PROBLEM_DOCS[code];
    if (!d || !messageCodes().includes(code)) throw new ProblemError(404, 'not_found', { resource: 'problem code' });
    ctx.body = json
      ? {
          code,
          status: d.status,
          title: messageFor(code, 'en', d.params),
          message: { ja: messageFor(code, 'ja', d.params), en: messageFor(code, 'en', d.params) },
          means: d.means,
          todo: d.todo,
          example: exampleOf(code, d, lang, base),
        }
      : codePage(code, d, lang, base);
  }
  if (!json) ctx.type = 'text/html; charset=utf-8';
  ctx.vary('Accept-Language');
  return true;
}
