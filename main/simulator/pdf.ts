// A real, valid PDF report for a simulated case (pdf-lib), so "the report opens" is tested for real.
import { PDFDocument, StandardFonts, rgb } from 'pdf-lib';
import type { Case } from './state';

// Standard fonts only encode WinAnsi; anything else would make pdf-lib throw on a candidate's name.
const latin = (s: string) => s.replace(/[^\x20-\x7e\u00a0-\u00ff]/g, '?');

export async function renderCasePdf(c: Case, generatedAt: string): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  doc.setTitle(`Certn background check report ${c.short_id}`);
  doc.setProducer('Certn simulator');
  doc.setCreationDate(new Date(generatedAt));
  const page = doc.addPage([612, 792]);
  const font = await doc.embedFont(StandardFonts.Helvetica);
  const bold = await doc.embedFont(StandardFonts.HelveticaBold);
  let y = 740;
  const line = (text: string, size = 11, f = font) => {
    page.drawText(latin(text), { x: 56, y, size, font: f, color: rgb(0.1, 0.1, 0.15) });
    y -= size + 9;
  };
  line('Background check report (simulated)', 20, bold);
  y -= 6;
  line(`Case: ${c.short_id}   (${c.id})`);
  line(`Candidate: ${c.first_name} ${c.last_name} <${c.email_address}>`);
  line(`Package: ${c.package.name}`);
  line(`Group: ${c.group.name}`);
  line(`Status: ${c.overall_status}`);
  line(`Score: ${c.overall_score ?? 'pending'}`, 14, bold);
  line(`Ordered: ${c.created}`);
  line(`Report generated: ${generatedAt}`);
  y -= 6;
  line('Checks', 13, bold);
  for (const t of c.check_types) line(`- ${t}: ${c.overall_score === 'CLEAR' ? 'Clear' : 'See details'}`);
  y -= 12;
  line('This report was produced by the local simulator and contains no real screening data.', 9);
  return doc.save();
}
