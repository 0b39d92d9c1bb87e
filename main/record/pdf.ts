// i18n-pending: its words are moving to the message catalogs.
// The integration record as a PDF an auditor or the consultant can file: one document with what was
// configured, handed over and checked. Text is drawn with an embedded font (see font.ts), so it
// reads and copies the same on every machine, accents and ␣ included.
import { PDFDocument, rgb, type PDFFont, type PDFPage } from 'pdf-lib';
import fontkit from '@pdf-lib/fontkit';
import { formatDateTimeZoned, formatDateZoned } from '../shared/time';
import { recordFonts } from './font';
import type { RecordData } from './types';

const A4: [number, number] = [595.28, 841.89];
const MARGIN = 50;
const BODY = 9.5;
const SMALL = 8;
const GREY = rgb(0.35, 0.35, 0.35);

/** Every space made visible, so an exact name can be read off paper: "UK  Std " → "UK␣␣Std␣". */
export function allSpacesVisible(name: string): string {
  return name.replace(/\s/g, '␣');
}

class Writer {
  private page!: PDFPage;
  private y = 0;
  private pageNo = 0;

  constructor(private readonly doc: PDFDocument, private readonly font: PDFFont, private readonly bold: PDFFont, private readonly footer: string) {
    this.newPage();
  }

  private newPage(): void {
    this.page = this.doc.addPage(A4);
    this.pageNo += 1;
    this.y = A4[1] - MARGIN;
    this.page.drawText(`${this.footer} · page ${this.pageNo}`, { x: MARGIN, y: 28, size: 7, font: this.font, color: GREY });
  }

  private room(h: number): void {
    if (this.y - h < MARGIN) this.newPage();
  }

  /** Splits text into lines that fit `width`, breaking long words (hashes, URLs) where needed. */
  private wrap(text: string, font: PDFFont, size: number, width: number): string[] {
    const out: string[] = [];
    for (const para of text.split('\n')) {
      let line = '';
      for (const word of para.split(/(?<= )/)) {
        const candidate = line + word;
        if (font.widthOfTextAtSize(candidate, size) <= width) {
          line = candidate;
          continue;
        }
        if (line) out.push(line.trimEnd());
        line = '';
        let rest = word;
        while (font.widthOfTextAtSize(rest, size) > width) {
          let n = rest.length;
          while (n > 1 && font.widthOfTextAtSize(rest.slice(0, n), size) > width) n--;
          out.push(rest.slice(0, n));
          rest = rest.slice(n);
        }
        line = rest;
      }
      out.push(line.trimEnd());
    }
    return out;
  }

  text(text: string, o: { size?: number; bold?: boolean; indent?: number; color?: ReturnType<typeof rgb>; gap?: number } = {}): void {
    const size = o.size ?? BODY;
    const font = o.bold ? this.bold : this.font;
    const x = MARGIN + (o.indent ?? 0);
    for (const line of this.wrap(text, font, size, A4[0] - MARGIN - x)) {
      this.room(size * 1.35);
      this.y -= size * 1.35;
      this.page.drawText(line, { x, y: this.y, size, font, color: o.color ?? rgb(0, 0, 0) });
    }
    this.y -= o.gap ?? 0;
  }

  title(text: string): void {
    this.text(text, { size: 17, bold: true, gap: 4 });
  }

  heading(text: string): void {
    this.room(40);
    this.y -= 10;
    this.text(text, { size: 12, bold: true, gap: 3 });
  }

  /** "Label: value", the label in bold on its own column. */
  field(label: string, value: string, indent = 0, size = BODY): void {
    const labelWidth = 165;
    const lines = this.wrap(value, this.font, size, A4[0] - 2 * MARGIN - labelWidth - indent);
    this.room(BODY * 1.35 * Math.min(lines.length, 3));
    lines.forEach((line, i) => {
      this.room(BODY * 1.35);
      this.y -= BODY * 1.35;
      if (i === 0) this.page.drawText(label, { x: MARGIN + indent, y: this.y, size: BODY, font: this.bold });
      this.page.drawText(line, { x: MARGIN + indent + labelWidth, y: this.y, size, font: this.font });
    });
  }

  note(text: string): void {
    this.text(text, { size: SMALL, color: GREY });
  }

  space(h = 4): void {
    this.y -= h;
  }
}

const yesNo = (v: boolean | null, yes: string, no: string) => (v === null ? 'not known' : v ? yes : no);

export async function renderRecordPdf(data: RecordData): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  doc.registerFontkit(fontkit);
  const fonts = recordFonts();
  const font = await doc.embedFont(fonts.regular, { subset: true });
  const bold = await doc.embedFont(fonts.bold, { subset: true });
  const title = `Integration record: ${data.integrationName}`;
  doc.setTitle(title);
  doc.setSubject('Certn × iCIMS integration record (no secrets)');
  doc.setProducer('Certn × iCIMS Integration Console');
  doc.setCreationDate(new Date(data.generatedAt));
  const w = new Writer(doc, font, bold, `${data.integrationName} · generated ${formatDateTimeZoned(data.generatedAt)}`);

  w.title(title);
  w.note(`Generated ${formatDateTimeZoned(data.generatedAt)}. This record holds no password, key or keycode: those travel only in an encrypted handoff.`);

  w.heading('Configuration');
  w.field('Company', data.company);
  w.field('Region', `${data.environmentLabel} (${data.environment})`);
  w.field('Certn iCIMS endpoint', data.endpointUrl ?? 'not known');
  if (data.endpointNote) w.note(data.endpointNote);
  w.field('iCIMS Customer ID', data.icimsCustomerId ?? 'not saved');
  w.field('iCIMS hosting', data.icimsHosting ?? 'not saved');
  w.field('Report URL Type', data.reportType ?? 'not chosen');
  w.field('Default group', data.defaultGroup ? `${data.defaultGroup.name}${data.defaultGroup.shortId ? ` (${data.defaultGroup.shortId})` : ''}, ID ${data.defaultGroup.id}` : 'not chosen');

  w.heading(`Packages for iCIMS (${data.packages.length})`);
  w.note('Names exactly as in Certn, every space shown as ␣: iCIMS matches the name character for character.');
  if (!data.packages.length) w.text('No package is selected.');
  for (const p of data.packages) {
    w.space(2);
    w.field('Name', allSpacesVisible(p.name));
    w.field('Package ID', p.id, 12);
    w.field('In Certn', `${yesNo(p.active, 'active', 'inactive')}, ${yesNo(p.ats, 'marked for ATS use', 'not marked for ATS use')}`, 12);
  }

  w.heading('Milestones');
  if (!data.milestones.length) w.text('None recorded.');
  for (const m of data.milestones) w.field(m.label, formatDateZoned(m.at));

  w.heading(`Handoffs (${data.handoffs.length})`);
  if (!data.handoffs.length) w.text('No handoff made yet.');
  for (const h of data.handoffs) {
    w.space(2);
    w.field('Made', formatDateTimeZoned(h.createdAt));
    w.field('To', h.recipient, 12);
    w.field('Method', h.method, 12);
    w.field('Valid until', formatDateTimeZoned(h.expiresAt), 12);
    w.field('State', h.state, 12);
    // Hashes at a smaller size so each stays on one line and can be compared at a glance.
    w.field('SHA-256', h.sha256, 12, SMALL);
    if (h.sha256Html) w.field('SHA-256 (HTML page)', h.sha256Html, 12, SMALL);
  }

  if (data.rotations.length) {
    w.heading(`Credential rotations (${data.rotations.length})`);
    for (const r of data.rotations) w.field(formatDateZoned(r.startedAt), `${r.credential} (${r.reason}): ${r.outcome}${r.endedAt ? `, ${formatDateTimeZoned(r.endedAt)}` : ''}`);
  }

  w.heading('Latest health check');
  if (!data.health) w.text('No health check run yet.');
  else {
    w.field('Checked', formatDateTimeZoned(data.health.checkedAt));
    w.field('Verdict', data.health.verdict);
    for (const c of data.health.checks) w.field(c.name, `${c.verdict}: ${c.evidence}`, 12);
  }

  w.heading('Audit summary');
  w.field('Entries', `${data.audit.total}${data.audit.firstAt && data.audit.lastAt ? `, from ${formatDateTimeZoned(data.audit.firstAt)} to ${formatDateTimeZoned(data.audit.lastAt)}` : ''}`);
  for (const a of data.audit.byAction) w.field(a.label, String(a.count), 12);
  if (data.audit.recent.length) {
    w.space(4);
    w.text('Most recent entries', { bold: true });
    for (const e of data.audit.recent) w.text(`${formatDateTimeZoned(e.at)}  ${e.sentence}`, { size: SMALL });
  }
  return doc.save();
}
