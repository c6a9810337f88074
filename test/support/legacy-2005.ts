/**
 * The 2004-2006 table layout (fixtures/pages/chanye-finance_20050321_244339.html), reduced, for
 * tests that vary the date cell under the title.
 */
const BODY = `<p>　　人生如戏。一夜之间，它可以让一个穷光蛋成为百万富翁，同样也可以让一个百万富翁变回为穷光蛋。</p>
<p>　　是的，正是彩票让本文的主人公孙启勤在短短4年间经历了一场浓缩的人生戏剧。</p>
<p>　　为何财富之神对他眷顾又抛弃？近日，本刊记者赶赴南通海安县，与这位传奇人物面对面地交谈。</p>`;

/** The 2005 table layout (fixtures/pages/chanye-finance_20050321_244339.html), reduced: `dateCell` is the cell under the title. */
export function legacy(dateCell: string): string {
  return `<html><head><meta charset="utf-8"><title>四年前中500万现穷困潦倒 一夜暴富后如何经营_新浪财经</title></head><body>
<table width=750 border=0 cellspacing=0 cellpadding=0><tr><td width=569 align=center valign=top>
<table width=569 border=0 cellspacing=0 cellpadding=0>
<tr><th class=f24 width="567"><font color=#05006C>四年前中500万现穷困潦倒 一夜暴富后如何经营</font></th></tr>
<tr><td height= width="567"><hr size=1 bgcolor=#d9d9d9></td></tr>
<tr><td height=20 align=center width="567">${dateCell}</td></tr>
<tr><td class=l17 width="567"><table width=545 border=0 cellspacing=0 cellpadding=0><tr><td width=8><br></td><td class=l17>
${BODY}
</td></tr></table></td></tr></table></td></tr></table></body></html>`;
}
export const URL05 = 'http://chanye.finance.sina.com.cn/cy/2005-03-21/244339.shtml';
