import { textRuns, textWidth } from './text-metrics';

/** A4 portrait in PDF points. */
export const A4 = { width: 595.28, height: 841.89 } as const;

/** A line of text at a point (origin bottom left, as PDF counts); `align: 'right'` ends it at x. */
export interface PdfText {
  x: number;
  y: number;
  size: number;
  text: string;
  align?: 'left' | 'right';
}

/** A stroked line. */
export interface PdfRule {
  x1: number;
  y1: number;
  x2: number;
  y2: number;
  width?: number;
}

/** A rectangle filled with a grey level (0 black, 1 white). */
export interface PdfBox {
  x: number;
  y: number;
  width: number;
  height: number;
  grey: number;
}

/** What one page shows. */
export interface PdfPage {
  texts: PdfText[];
  rules?: PdfRule[];
  boxes?: PdfBox[];
}

/** The document's properties a viewer shows. */
export interface PdfInfo {
  title: string;
  subject?: string;
  author?: string;
}

const num = (n: number) => (Math.round(n * 100) / 100).toString();

/** A PDF text string: UTF-16BE with its byte-order mark, so Japanese titles survive. */
const textString = (s: string) => `<FEFF${utf16Hex(s)}>`;

function utf16Hex(s: string): string {
  let hex = '';
  for (let i = 0; i < s.length; i++) hex += s.charCodeAt(i).toString(16).padStart(4, '0').toUpperCase();
  return hex;
}

/** A WinAnsi literal string; only characters the Latin font can show reach here. */
const latinLiteral = (s: string) => `(${s.replace(/[\\()]/g, (c) => `\\${c}`)})`;

function textOps(t: PdfText): string {
  const x = t.align === 'right' ? t.x - textWidth(t.text, t.size) : t.x;
  let ops = `BT 1 0 0 1 ${num(x)} ${num(t.y)} Tm`;
  for (const run of textRuns(t.text)) {
    ops += run.latin ? ` /F1 ${num(t.size)} Tf ${latinLiteral(run.text)} Tj` : ` /F2 ${num(t.size)} Tf <${utf16Hex(run.text)}> Tj`;
  }
  return `${ops} ET`;
}

function contentOf(page: PdfPage): string {
  const ops: string[] = [];
  for (const b of page.boxes ?? []) ops.push(`${num(b.grey)} g ${num(b.x)} ${num(b.y)} ${num(b.width)} ${num(b.height)} re f 0 g`);
  for (const r of page.rules ?? []) ops.push(`${num(r.width ?? 0.5)} w ${num(r.x1)} ${num(r.y1)} m ${num(r.x2)} ${num(r.y2)} l S`);
  for (const t of page.texts) ops.push(textOps(t));
  return ops.join('\n');
}

/**
 * Writes a PDF 1.4 file. Latin text uses Helvetica; Japanese uses the standard Japanese font
 * HeiseiKakuGo-W5 through the UniJIS-UCS2-H CMap, which every PDF viewer supplies itself, so no
 * font is embedded and the file stays a few kilobytes. Streams are left uncompressed.
 */
export function renderPdf(pages: PdfPage[], info: PdfInfo): Buffer {
  const objects: string[] = [];
  const add = (body: string) => objects.push(body);
  const pageIds = pages.map((_, i) => 7 + i * 2);
  add('<< /Type /Catalog /Pages 2 0 R >>');
  add(`<< /Type /Pages /Kids [${pageIds.map((id) => `${id} 0 R`).join(' ')}] /Count ${pages.length} >>`);
  add('<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>');
  add('<< /Type /Font /Subtype /Type0 /BaseFont /HeiseiKakuGo-W5 /Encoding /UniJIS-UCS2-H /DescendantFonts [5 0 R] >>');
  add(
    '<< /Type /Font /Subtype /CIDFontType0 /BaseFont /HeiseiKakuGo-W5 /CIDSystemInfo << /Registry (Adobe) /Ordering (Japan1) /Supplement 2 >> /FontDescriptor 6 0 R /DW 1000 /W [327 389 500] >>',
  );
  add(
    '<< /Type /FontDescriptor /FontName /HeiseiKakuGo-W5 /Flags 4 /FontBBox [-92 -250 1010 922] /ItalicAngle 0 /Ascent 752 /Descent -221 /CapHeight 737 /StemV 114 >>',
  );
  for (const [i, page] of pages.entries()) {
    const content = contentOf(page);
    add(
      `<< /Type /Page /Parent 2 0 R /MediaBox [0 0 ${A4.width} ${A4.height}] /Resources << /Font << /F1 3 0 R /F2 4 0 R >> >> /Contents ${pageIds[i]! + 1} 0 R >>`,
    );
    add(`<< /Length ${Buffer.byteLength(content, 'latin1')} >>\nstream\n${content}\nendstream`);
  }
  const infoId = objects.length + 1;
  add(
    `<< /Title ${textString(info.title)}${info.subject ? ` /Subject ${textString(info.subject)}` : ''}${info.author ? ` /Author ${textString(info.author)}` : ''} /Producer (pbx-fulfilment) >>`,
  );

  // Binary comment line: tells transfer programs the file is not plain text.
  let out = '%PDF-1.4\n%\u00e2\u00e3\u00cf\u00d3\n';
  const offsets: number[] = [];
  objects.forEach((body, i) => {
    offsets.push(Buffer.byteLength(out, 'latin1'));
    out += `${i + 1} 0 obj\n${body}\nendobj\n`;
  });
  const xrefAt = Buffer.byteLength(out, 'latin1');
  out += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  for (const o of offsets) out += `${String(o).padStart(10, '0')} 00000 n \n`;
  out += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R /Info ${infoId} 0 R >>\nstartxref\n${xrefAt}\n%%EOF\n`;
  return Buffer.from(out, 'latin1');
}
