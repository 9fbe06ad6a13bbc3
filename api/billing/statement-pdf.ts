import { A4, renderPdf, type PdfPage, type PdfText } from '../../lib/pdf/pdf-document';
import { textWidth } from '../../lib/pdf/text-metrics';
import type { Lang } from '../http/messages';
import type { Statement } from './statement.service';

const LABELS = {
  ja: {
    heading: '適格請求書（ご利用明細）',
    number: '請求書番号',
    issued: '発行日',
    period: '対象期間',
    issuer: '発行事業者',
    registration: '登録番号',
    recipient: '御中',
    date: '日付',
    description: '品目',
    quantity: '数量',
    rate: '税率',
    amount: '金額（税込）',
    taxable: '対象額',
    tax: '消費税',
    subtotal: '小計（税抜）',
    taxTotal: '消費税合計',
    total: 'ご請求額（税込）',
    none: 'この月のご利用はありません。',
    note: '本明細の金額はプリペイド残高から引き落とし済みです。消費税は税率ごとに1回端数処理しています（ご購入はご注文ごと、月額基本料・通話料は月ごと）。',
    exempt: '非課税',
  },
  en: {
    heading: 'Qualified invoice (statement)',
    number: 'Invoice number',
    issued: 'Issued',
    period: 'Period',
    issuer: 'Issuer',
    registration: 'Registration number',
    recipient: '',
    date: 'Date',
    description: 'Item',
    quantity: 'Qty',
    rate: 'Tax rate',
    amount: 'Amount (incl. tax)',
    taxable: 'Taxable',
    tax: 'Tax',
    subtotal: 'Subtotal (excl. tax)',
    taxTotal: 'Consumption tax',
    total: 'Total (incl. tax)',
    none: 'No charges this month.',
    note: 'These amounts were paid from the prepaid balance. Tax is rounded once per tax rate (per order for purchases, per month for fees and calls).',
    exempt: 'exempt',
  },
} as const;

const yen = (n: number, lang: Lang) => (lang === 'ja' ? `${n.toLocaleString('en-US')}円` : `¥${n.toLocaleString('en-US')}`);
const jstDate = (iso: string | number) => new Date(new Date(iso).getTime() + 9 * 3_600_000).toISOString().slice(0, 10);
const rateText = (rate: number, lang: Lang) => (rate === 0 ? LABELS[lang].exempt : `${rate}%`);

const LEFT = 50;
const RIGHT = A4.width - 50;
const LINES_PER_PAGE = 20;
const DESCRIPTION_X = LEFT + 62;

/** Shrinks a text's size until it fits a column. */
const fitted = (text: string, size: number, width: number) => {
  let s = size;
  while (s > 5 && textWidth(text, s) > width) s -= 0.5;
  return s;
};

/**
 * The statement as a printable A4 PDF: the same figures as GET /v1/billing/statements/{month},
 * laid out as a Japanese qualified invoice (issuer, registration number, per-rate totals and tax).
 */
export function statementPdf(s: Statement, lang: Lang, issuedAt: Date = new Date()): Buffer {
  const L = LABELS[lang];
  const periodEnd = new Date(new Date(s.period.to).getTime() - 1).toISOString();
  const pages: PdfPage[] = [];
  const chunks = s.lines.length ? chunk(s.lines, LINES_PER_PAGE) : [[]];
  chunks.forEach((lines, index) => {
    const texts: PdfText[] = [];
    const rules: PdfPage['rules'] = [];
    const boxes: PdfPage['boxes'] = [];
    let y = A4.height - 60;
    texts.push({ x: LEFT, y, size: 18, text: L.heading });
    texts.push({ x: RIGHT, y, size: 9, text: `${index + 1} / ${chunks.length}`, align: 'right' });
    y -= 30;
    texts.push({ x: LEFT, y, size: 13, text: `${s.recipient.name} ${L.recipient}`.trim() });
    rules.push({ x1: LEFT, y1: y - 4, x2: LEFT + 260, y2: y - 4 });
    const meta: Array<[string, string]> = [
      [L.number, s.invoiceNumber],
      [L.issued, jstDate(issuedAt.getTime())],
      [L.period, `${jstDate(s.period.from)} - ${jstDate(periodEnd)}`],
      [L.issuer, s.issuer.name],
      [L.registration, s.issuer.registrationNumber],
    ];
    let my = y;
    for (const [label, value] of meta) {
      texts.push({ x: 330, y: my, size: 9, text: label });
      texts.push({ x: RIGHT, y: my, size: 9, text: value, align: 'right' });
      my -= 14;
    }
    y = my - 16;
    boxes.push({ x: LEFT, y: y - 8, width: RIGHT - LEFT, height: 30, grey: 0.93 });
    texts.push({ x: LEFT + 10, y, size: 12, text: L.total });
    texts.push({ x: RIGHT - 10, y, size: 16, text: yen(s.total, lang), align: 'right' });
    y -= 40;
    boxes.push({ x: LEFT, y: y - 5, width: RIGHT - LEFT, height: 18, grey: 0.88 });
    texts.push({ x: LEFT + 4, y, size: 9, text: L.date });
    texts.push({ x: DESCRIPTION_X, y, size: 9, text: L.description });
    texts.push({ x: 390, y, size: 9, text: L.quantity, align: 'right' });
    texts.push({ x: 450, y, size: 9, text: L.rate, align: 'right' });
    texts.push({ x: RIGHT - 4, y, size: 9, text: L.amount, align: 'right' });
    y -= 20;
    if (lines.length === 0) texts.push({ x: LEFT + 4, y, size: 9, text: L.none });
    for (const line of lines) {
      texts.push({ x: LEFT + 4, y, size: 9, text: jstDate(line.date) });
      texts.push({ x: DESCRIPTION_X, y, size: fitted(line.description, 9, 345 - DESCRIPTION_X), text: line.description });
      texts.push({ x: 390, y, size: 9, text: line.quantity.toLocaleString('en-US'), align: 'right' });
      texts.push({ x: 450, y, size: 9, text: rateText(line.taxRate, lang), align: 'right' });
      texts.push({ x: RIGHT - 4, y, size: 9, text: yen(line.amount, lang), align: 'right' });
      rules.push({ x1: LEFT, y1: y - 6, x2: RIGHT, y2: y - 6, width: 0.3 });
      y -= 18;
    }
    if (index === chunks.length - 1) totalsBlock(s, lang, y - 10, texts, rules);
    pages.push({ texts, rules, boxes });
  });
  return renderPdf(pages, { title: `${L.heading} ${s.invoiceNumber}`, subject: `${s.month} ${s.invoiceNumber}`, author: s.issuer.name });
}

/** Per tax rate the taxable sum and its tax, then subtotal, tax and total. */
function totalsBlock(s: Statement, lang: Lang, top: number, texts: PdfText[], rules: NonNullable<PdfPage['rules']>) {
  const L = LABELS[lang];
  let y = top;
  const row = (label: string, value: string, size = 9) => {
    texts.push({ x: 330, y, size, text: label });
    texts.push({ x: RIGHT - 4, y, size, text: value, align: 'right' });
    y -= size + 8;
  };
  for (const b of s.taxByRate) {
    row(`${rateText(b.rate, lang)} ${L.taxable}`, yen(b.taxable, lang));
    row(`${rateText(b.rate, lang)} ${L.tax}`, yen(b.tax, lang));
  }
  rules.push({ x1: 330, y1: y + 10, x2: RIGHT, y2: y + 10 });
  row(L.subtotal, yen(s.subtotal, lang));
  row(L.taxTotal, yen(s.tax, lang));
  row(L.total, yen(s.total, lang), 12);
  texts.push({ x: LEFT, y: 60, size: fitted(L.note, 8, RIGHT - LEFT), text: L.note });
}

function chunk<T>(items: T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}
