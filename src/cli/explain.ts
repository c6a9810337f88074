/**
 * `--explain`: the engine's trace (`extract(html, { trace: true }).trace`) as terminal text, one
 * numbered step per entry in the order the engine recorded them (page order):
 *
 *    3. remove  strip     promo.follow-wechat
 *       why:  a call to follow the outlet's WeChat account
 *       text: “关注微信公众号……”
 *
 * Every value comes from the page or the rule tables and is made safe for a terminal.
 */
import type { Article, TraceEntry } from '../article';
import { messages, type Lang } from './i18n';
import { displayWidth, safeLine } from './terminal';

function pad(s: string, columns: number): string {
  return s + ' '.repeat(Math.max(0, columns - displayWidth(s)));
}

export function renderExplain(article: Article, label: string, lang: Lang): string {
  const t = messages(lang);
  const trace: TraceEntry[] = article.trace ?? [];
  const lines = [t.explainHead(safeLine(label), article.template, trace.length)];
  if (trace.length === 0) {
    lines.push(`  ${t.explainNone}`);
    return `${lines.join('\n')}\n`;
  }
  lines.push('');
  const number = String(trace.length).length;
  const actions = Object.values(t.action);
  const stages = Object.values(t.stage);
  const actionWidth = Math.max(...actions.map(displayWidth));
  const stageWidth = Math.max(...stages.map(displayWidth));
  const keys = [t.explainWhy, t.explainText, t.explainSet];
  const keyWidth = Math.max(...keys.map(displayWidth)) + 1;
  const indent = ' '.repeat(number + 4);
  const field = (k: string, v: string) => `${indent}${pad(`${k}${lang === 'zh' ? '：' : ':'}`, keyWidth + 1)}${v}`;
  for (const [i, e] of trace.entries()) {
    const n = String(i + 1).padStart(number, ' ');
    const action = t.action[e.action] ?? safeLine(String(e.action));
    const stage = t.stage[e.stage] ?? safeLine(String(e.stage));
    lines.push(`  ${n}. ${pad(action, actionWidth)}  ${pad(stage, stageWidth)}  ${safeLine(e.rule)}`);
    if (e.reason) lines.push(field(t.explainWhy, safeLine(e.reason)));
    if (e.text) lines.push(field(t.explainText, `“${safeLine(e.text)}”`));
    if (e.field) lines.push(field(t.explainSet, `${safeLine(e.field)} = ${e.value == null ? 'null' : safeLine(e.value)}`));
  }
  return `${lines.join('\n')}\n`;
}
