/**
 * Fixture bytes to text through the CLI's own decoder (five fixture pages are GB2312/GB18030
 * bytes). The manifest's charset column is a cross-check: a disagreement is reported, not hidden.
 */
import { decodeHtml } from '../src/cli/decode';

export function decodeFixture(bytes: Buffer, charset: string): { text: string; warning: string | null } {
  const decoded = decodeHtml(bytes);
  const wantGb = /^(gb18030|gbk|gb2312)/i.test(charset.trim());
  const isGb = /^(gb18030|gbk)$/i.test(decoded.encoding);
  const warning =
    charset && wantGb !== isGb ? `manifest says ${charset}, decoder chose ${decoded.encoding}` : decoded.warning;
  return { text: decoded.text, warning };
}
