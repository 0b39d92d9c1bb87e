// The integration record as a PDF an auditor or the consultant can file: one document with what was
// configured, handed over and checked. Text is drawn with an embedded font (see font.ts), so it
// reads and copies the same on every machine, accents and ␣ included.
import { PDFDocument, rgb, type PDFFont, type PDFPage } from 'pdf-lib';
import fontkit from '@pdf-lib/fontkit';
import { currentTranslator, type Translator } from '../shared/i18n';
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

  constructor(private readonly doc: PDFDocument, private readonly font: PDFFont, private readonly bold: PDFFont, private readonly footer: (page: number) => string) {
    this.newPage();
  }

  private newPage(): void {
    this.page = this.doc.addPage(A4);
    this.pageNo += 1;
    this.y = A4[1] - MARGIN;
    this.page.drawText(this.footer(this.pageNo), { x: MARGIN, y: 28, size: 7, font: this.font, color: GREY });
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
    // A label longer than its column (French runs longer) wraps within it instead of running into the value.
    const labels = this.wrap(label, this.bold, BODY, labelWidth - indent - 8);
    const rows = Math.max(lines.length, labels.length);
    this.room(BODY * 1.35 * Math.min(rows, 3));
    for (let i = 0; i < rows; i++) {
      this.room(BODY * 1.35);
      this.y -= BODY * 1.35;
      if (labels[i]) this.page.drawText(labels[i], { x: MARGIN + indent, y: this.y, size: BODY, font: this.bold });
      if (lines[i]) this.page.drawText(lines[i], { x: MARGIN + indent + labelWidth, y: this.y, size, font: this.font });
    }
  }

  note(text: string): void {
    this.text(text, { size: SMALL, color: GREY });
  }

  space(h = 4): void {
    this.y -= h;
  }
}

/** The record in one language: the console's unless another translator is given. */
export async function renderRecordPdf(data: RecordData, tr: Translator = currentTranslator()): Promise<Uint8Array> {
  const t = tr.t;
  const n = (v: number) => tr.number(v);
  const when = (v: string) => formatDateTimeZoned(v, { locale: tr.locale });
  const day = (v: string) => formatDateZoned(v, { locale: tr.locale });
  const known = (v: boolean | null, yes: string, no: string) => (v === null ? t('record.notKnown') : v ? yes : no);
  const doc = await PDFDocument.create();
  doc.registerFontkit(fontkit);
  const fonts = recordFonts();
  const font = await doc.embedFont(fonts.regular, { subset: true });
  const bold = await doc.embedFont(fonts.bold, { subset: true });
  const title = t('record.title', { name: data.integrationName });
  doc.setTitle(title);
  doc.setSubject(t('record.subject'));
  doc.setProducer(t('record.producer'));
  doc.setLanguage(tr.locale);
  doc.setCreationDate(new Date(data.generatedAt));
  const generated = when(data.generatedAt);
  const w = new Writer(doc, font, bold, (page) => t('record.footer', { name: data.integrationName, generated, page }));

  w.title(title);
  w.note(t('record.generated', { generated }));

  w.heading(t('record.configuration'));
  w.field(t('record.company'), data.company);
  w.field(t('record.region'), `${data.environmentLabel} (${data.environment})`);
  w.field(t('record.endpoint'), data.endpointUrl ?? t('record.notKnown'));
  if (data.endpointNote) w.note(data.endpointNote);
  w.field(t('record.customerId'), data.icimsCustomerId ?? t('record.notSaved'));
  w.field(t('record.hosting'), data.icimsHosting ?? t('record.notSaved'));
  w.field(t('record.reportType'), data.reportType ?? t('record.notChosen'));
  const g = data.defaultGroup;
  w.field(t('record.defaultGroup'), g ? t(g.shortId ? 'record.groupValueShort' : 'record.groupValue', { name: g.name, shortId: g.shortId, id: g.id }) : t('record.notChosen'));

  w.heading(t('record.packages', { count: data.packages.length }));
  w.note(t('record.packages.note'));
  if (!data.packages.length) w.text(t('record.packages.none'));
  for (const p of data.packages) {
    w.space(2);
    w.field(t('record.package.name'), allSpacesVisible(p.name));
    w.field(t('record.package.id'), p.id, 12);
    w.field(t('record.package.inCertn'), t('record.package.state', {
      active: known(p.active, t('record.package.active'), t('record.package.inactive')),
      ats: known(p.ats, t('record.package.ats'), t('record.package.notAts')),
    }), 12);
  }

  w.heading(t('record.milestones'));
  if (!data.milestones.length) w.text(t('record.milestones.none'));
  for (const m of data.milestones) w.field(m.label, day(m.at));

  w.heading(t('record.handoffs', { count: data.handoffs.length }));
  if (!data.handoffs.length) w.text(t('record.handoffs.none'));
  for (const h of data.handoffs) {
    w.space(2);
    w.field(t('record.handoff.made'), when(h.createdAt));
    w.field(t('record.handoff.to'), h.recipient, 12);
    w.field(t('record.handoff.method'), h.method, 12);
    w.field(t('record.handoff.validUntil'), when(h.expiresAt), 12);
    w.field(t('record.handoff.state'), h.state, 12);
    // Hashes at a smaller size so each stays on one line and can be compared at a glance.
    w.field(t('record.handoff.sha256'), h.sha256, 12, SMALL);
    if (h.sha256Html) w.field(t('record.handoff.sha256Html'), h.sha256Html, 12, SMALL);
  }

  if (data.rotations.length) {
    w.heading(t('record.rotations', { count: data.rotations.length }));
    for (const r of data.rotations) {
      w.field(day(r.startedAt), r.endedAt
        ? t('record.rotation.ended', { credential: r.credential, reason: r.reason, outcome: r.outcome, ended: when(r.endedAt) })
        : t('record.rotation', { credential: r.credential, reason: r.reason, outcome: r.outcome }));
    }
  }

  w.heading(t('record.health'));
  if (!data.health) w.text(t('record.health.none'));
  else {
    w.field(t('record.health.checked'), when(data.health.checkedAt));
    w.field(t('record.health.verdict'), data.health.verdict);
    for (const c of data.health.checks) w.field(c.name, t('record.health.check', { verdict: c.verdict, evidence: c.evidence }), 12);
  }

  w.heading(t('record.audit'));
  const a = data.audit;
  w.field(t('record.audit.entries'), a.firstAt && a.lastAt
    ? t('record.audit.range', { total: a.total, first: when(a.firstAt), last: when(a.lastAt) })
    : n(a.total));
  for (const x of a.byAction) w.field(x.label, n(x.count), 12);
  if (a.recent.length) {
    w.space(4);
    w.text(t('record.audit.recent'), { bold: true });
    for (const e of a.recent) w.text(`${when(e.at)}  ${e.sentence}`, { size: SMALL });
  }
  return doc.save();
}
