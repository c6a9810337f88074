/**
 * Citations checked against the standards' own examples. The GB/T 7714-2015 examples are quoted from
 * the standard (4.4.2 连续出版物中的析出文献 and 4.6.2 电子资源, 著录格式示例); the APA 7 examples
 * from APA Style's reference examples (newspaper article, news website article, webpage with a group
 * author). An Article carrying the example's data must give the example, except where the web page
 * cannot know something the printed source does (the newspaper's page number).
 */
import MarkdownIt from 'markdown-it';
import { describe, expect, it } from 'vitest';
import type { Article } from '../../src/article';
import { fillTemplate, formatCitation, isNewspaper, publisherOf, textWithCitation } from '../../src/render/citation';
import { article } from './helpers';

/** Noon local time on that day, so that the access date is the same in every time zone. */
const day = (iso: string) => {
  const [y, m, d] = iso.split('-').map(Number);
  return new Date(y!, m! - 1, d!, 12);
};

function cite(over: Partial<Article>): Article {
  return article([{ type: 'paragraph', text: '正文。' }], { authors: [], source: null, url: null, publishedAt: null, ...over });
}

describe('GB/T 7714-2015', () => {
  it('[N/OL]: a newspaper article read online (4.4.2 示例, 余建斌 / 人民日报), without the page number the web does not give', () => {
    const standard =
      '余建斌. 我们的科技一直在追赶: 访中国工程院院长周济[N/OL]. 人民日报, 2013-01-12(2)[2013-03-20]. http://paper.people.com.cn/rmrb/html/2013-01/12/nw.D110000renmrb_20130112_5-02.htm.';
    const a = cite({
      authors: ['余建斌'],
      title: '我们的科技一直在追赶: 访中国工程院院长周济',
      source: '人民日报',
      publishedAt: '2013-01-12T06:00:00+08:00',
      url: 'http://paper.people.com.cn/rmrb/html/2013-01/12/nw.D110000renmrb_20130112_5-02.htm',
    });
    expect(formatCitation(a, 'gb7714', { accessed: day('2013-03-20') })).toBe(standard.replace('(2)', ''));
  });

  it('[EB/OL] with a Western author: "BAWDEN D" (4.6.2 示例)', () => {
    const standard =
      'BAWDEN D. Origins and concepts of digital literacy[EB/OL]. (2008-05-04)[2013-03-08]. http://www.soi.city.ac.uk/~dbawden/digital%20literacy%20chapter.pdf.';
    const a = cite({
      authors: ['David Bawden'],
      title: 'Origins and concepts of digital literacy',
      publishedAt: '2008-05-04',
      url: 'http://www.soi.city.ac.uk/~dbawden/digital%20literacy%20chapter.pdf',
    });
    expect(formatCitation(a, 'gb7714', { accessed: day('2013-03-08') })).toBe(standard);
  });

  it('[EB/OL]: HOPKINSON A (4.6.2 示例); "Family, Given" is read the same way', () => {
    const standard = 'HOPKINSON A. UNIMARC and metadata: Dublin Core[EB/OL]. (2009-04-22)[2013-03-27]. http://archive.ifla.org/IV/ifla64/138-161e.htm.';
    for (const name of ['Alan Hopkinson', 'Hopkinson, Alan']) {
      const a = cite({ authors: [name], title: 'UNIMARC and metadata: Dublin Core', publishedAt: '2009-04-22', url: 'http://archive.ifla.org/IV/ifla64/138-161e.htm' });
      expect(formatCitation(a, 'gb7714', { accessed: day('2013-03-27') })).toBe(standard);
    }
  });

  it('[EB/OL]: a body as the responsible party and no date, only [引用日期] (4.6.2 示例, OCLC)', () => {
    const standard = 'Online Computer Library Center, Inc. About OCLC: history of cooperation[EB/OL]. [2012-03-27]. http://www.oclc.org/about/cooperation.en.html.';
    const a = cite({ source: 'Online Computer Library Center, Inc', title: 'About OCLC: history of cooperation', url: 'http://www.oclc.org/about/cooperation.en.html' });
    expect(formatCitation(a, 'gb7714', { accessed: day('2012-03-27') })).toBe(standard);
  });

  it('more than three authors: the first three, then 等 (4.4.2 示例, 袁训来, 陈哲, 肖书海, 等.)', () => {
    const a = cite({ authors: ['袁训来', '陈哲', '肖书海', '钟大赉'], title: '蓝田生物群', source: '澎湃新闻', publishedAt: '2012-12-01T10:00:00+08:00' });
    expect(formatCitation(a, 'gb7714', { accessed: day('2013-01-01') })).toMatch(/^袁训来, 陈哲, 肖书海, 等\. 蓝田生物群\[EB\/OL\]/);
    const en = cite({ authors: ['Alexander A Myburg', 'Dario Grattapaglia', 'Gerald A Tuskan', 'Bob Doe'], title: 'The genome', source: 'Nature' });
    expect(formatCitation(en, 'gb7714', { accessed: day('2014-06-25') })).toMatch(/^MYBURG A A, GRATTAPAGLIA D, TUSKAN G A, et al\. The genome/);
  });

  describe('Sina articles', () => {
    const base = {
      title: '上海金融局局长：着手开展资本市场的金融科技创新监管试点',
      publishedAt: '2021-08-24T15:57:27+08:00',
      url: 'https://finance.sina.com.cn/jjxw/2021-08-24/doc-ikqcfncc4763514.shtml',
    };
    const accessed = day('2024-05-01');

    it('a news site with a reporter: [EB/OL], the outlet as publisher, the date it printed, the access date', () => {
      expect(formatCitation(cite({ ...base, authors: ['陈月石'], source: '澎湃新闻' }), 'gb7714', { accessed })).toBe(
        '陈月石. 上海金融局局长：着手开展资本市场的金融科技创新监管试点[EB/OL]. 澎湃新闻, 2021-08-24[2024-05-01]. https://finance.sina.com.cn/jjxw/2021-08-24/doc-ikqcfncc4763514.shtml.',
      );
    });

    it('a newspaper (新京报) reprinted on Sina: [N/OL], 报纸名, 出版日期[引用日期]; no author: the title opens', () => {
      expect(formatCitation(cite({ ...base, authors: ['张和平'], source: '新京报' }), 'gb7714', { accessed })).toBe(
        '张和平. 上海金融局局长：着手开展资本市场的金融科技创新监管试点[N/OL]. 新京报, 2021-08-24[2024-05-01]. https://finance.sina.com.cn/jjxw/2021-08-24/doc-ikqcfncc4763514.shtml.',
      );
      expect(formatCitation(cite({ ...base, source: '21世纪经济报道' }), 'gb7714', { accessed })).toBe(
        '上海金融局局长：着手开展资本市场的金融科技创新监管试点[N/OL]. 21世纪经济报道, 2021-08-24[2024-05-01]. https://finance.sina.com.cn/jjxw/2021-08-24/doc-ikqcfncc4763514.shtml.',
      );
    });

    it('no reporter and no outlet: Sina Finance is the responsible body', () => {
      expect(formatCitation(cite({ ...base }), 'gb7714', { accessed })).toBe(
        '新浪财经. 上海金融局局长：着手开展资本市场的金融科技创新监管试点[EB/OL]. (2021-08-24)[2024-05-01]. https://finance.sina.com.cn/jjxw/2021-08-24/doc-ikqcfncc4763514.shtml.',
      );
    });

    it('no URL: the entry ends at the access date', () => {
      expect(formatCitation(cite({ ...base, url: null, source: '澎湃新闻' }), 'gb7714', { accessed })).toBe(
        '澎湃新闻. 上海金融局局长：着手开展资本市场的金融科技创新监管试点[EB/OL]. (2021-08-24)[2024-05-01].',
      );
    });
  });

  it('newspaper or web page', () => {
    for (const n of ['人民日报', '新京报', '上海证券报', '中国证券报', '证券时报', '经济观察报', '第一财经日报', '21世纪经济报道', '每日经济新闻', 'The New York Times', 'The Washington Post', 'China Daily'])
      expect(isNewspaper(n), n).toBe(true);
    for (const n of ['澎湃新闻', '新华社', '新浪财经', '中证网', '证券时报网', '财联社', '界面新闻', 'HuffPost', 'CNN', 'Reuters', '新京报APP', null])
      expect(isNewspaper(n), String(n)).toBe(false);
  });
});

describe('APA 7', () => {
  const md = new MarkdownIt();
  /** The text a reader sees of a Markdown citation, with italics marked by asterisks. */
  const seen = (s: string) =>
    md
      .renderInline(s)
      .replace(/<\/?em>/g, '*')
      .replace(/<a href="[^"]*">([^<]*)<\/a>/g, '$1')
      .replace(/&amp;/g, '&');

  it('newspaper article: "Carey, B. (2019, March 22). Can we get better at forgetting? *The New York Times*. URL"', () => {
    const apa = 'Carey, B. (2019, March 22). Can we get better at forgetting? *The New York Times*. https://www.nytimes.com/2019/03/22/health/memory-forgetting-psychology.html';
    const a = cite({
      authors: ['Benedict Carey'],
      title: 'Can we get better at forgetting?',
      source: 'The New York Times',
      publishedAt: '2019-03-22T05:00:00-04:00',
      url: 'https://www.nytimes.com/2019/03/22/health/memory-forgetting-psychology.html',
    });
    expect(formatCitation(a, 'apa')).toBe(apa.replace(/\*/g, ''));
    expect(seen(formatCitation(a, 'apa', { markup: 'markdown' }))).toBe(apa);
    expect(formatCitation(a, 'apa', { markup: 'html' })).toContain('<i>The New York Times</i>');
  });

  it('news website article: "Bologna, C. (2019, October 31). *Why some people…*. HuffPost. URL"', () => {
    const apa =
      'Bologna, C. (2019, October 31). *Why some people with anxiety love watching horror movies*. HuffPost. https://www.huffpost.com/entry/anxiety-love-watching-horror-movies_l_5d277587e4b02a5a5d57b59e';
    const a = cite({
      authors: ['Caroline Bologna'],
      title: 'Why some people with anxiety love watching horror movies',
      source: 'HuffPost',
      publishedAt: '2019-10-31',
      url: 'https://www.huffpost.com/entry/anxiety-love-watching-horror-movies_l_5d277587e4b02a5a5d57b59e',
    });
    expect(formatCitation(a, 'apa')).toBe(apa.replace(/\*/g, ''));
    expect(seen(formatCitation(a, 'apa', { markup: 'markdown' }))).toBe(apa);
  });

  it('group author, site name left out when it is the author: "World Health Organization. (2018, May 24). *The top 10 causes of death*. URL"', () => {
    const apa = 'World Health Organization. (2018, May 24). *The top 10 causes of death*. https://www.who.int/news-room/fact-sheets/detail/the-top-10-causes-of-death';
    const a = cite({
      source: 'World Health Organization',
      title: 'The top 10 causes of death',
      publishedAt: '2018-05-24',
      url: 'https://www.who.int/news-room/fact-sheets/detail/the-top-10-causes-of-death',
    });
    expect(seen(formatCitation(a, 'apa', { markup: 'markdown' }))).toBe(apa);
  });

  it('the date as "(2019, September 9)", "(n.d.)" without one', () => {
    expect(formatCitation(cite({ authors: ['张三'], title: '标题', source: '澎湃新闻', publishedAt: '2019-09-09T10:00:00+08:00' }), 'apa')).toBe(
      '张三. (2019, September 9). 标题. 澎湃新闻.',
    );
    expect(formatCitation(cite({ authors: ['张三'], title: '标题', source: '澎湃新闻' }), 'apa')).toBe('张三. (n.d.). 标题. 澎湃新闻.');
  });

  it('Chinese names as written, the outlet as group author when there is no reporter, newspapers in italics', () => {
    const url = 'https://finance.sina.com.cn/jjxw/2021-08-24/doc-ikqcfncc4763514.shtml';
    const base = { title: '上海金融局局长：着手开展资本市场的金融科技创新监管试点', publishedAt: '2021-08-24T15:57:27+08:00', url };
    expect(formatCitation(cite({ ...base, authors: ['陈月石'], source: '澎湃新闻' }), 'apa', { markup: 'markdown' })).toBe(
      `陈月石. (2021, August 24). *上海金融局局长：着手开展资本市场的金融科技创新监管试点*. 澎湃新闻. <${url}>`,
    );
    expect(formatCitation(cite({ ...base, authors: ['冯琪', '张和平'], source: '新京报' }), 'apa', { markup: 'markdown' })).toBe(
      `冯琪 & 张和平. (2021, August 24). 上海金融局局长：着手开展资本市场的金融科技创新监管试点. *新京报*. <${url}>`,
    );
    expect(formatCitation(cite({ ...base, source: '澎湃新闻' }), 'apa')).toBe(
      `澎湃新闻. (2021, August 24). 上海金融局局长：着手开展资本市场的金融科技创新监管试点. ${url}`,
    );
    expect(formatCitation(cite({ ...base }), 'apa')).toBe(`新浪财经. (2021, August 24). 上海金融局局长：着手开展资本市场的金融科技创新监管试点. ${url}`);
  });

  it('author lists: two with "&", three to twenty with ", &", more with ". . ." before the last', () => {
    const names = (n: number) => Array.from({ length: n }, (_, i) => `Ann Author${String.fromCharCode(65 + i)}`);
    const start = (n: number) => formatCitation(cite({ authors: names(n), title: 'T', source: 'CNN' }), 'apa').split(' (')[0];
    expect(start(2)).toBe('AuthorA, A., & AuthorB, A.');
    expect(start(3)).toBe('AuthorA, A., AuthorB, A., & AuthorC, A.');
    expect(start(21)).toBe(`${names(19).map((n) => `${n.split(' ')[1]}, A.`).join(', ')}, . . . AuthorU, A.`);
  });

  it('no author and no outlet: the title takes the author position', () => {
    const a = cite({ title: 'A page', url: 'https://example.com/a', publishedAt: '2020-01-02' });
    expect(formatCitation(a, 'apa')).toBe('A page. (2020, January 2). https://example.com/a');
  });
});

describe('plain and custom', () => {
  const a = cite({
    authors: ['陈月石', '李四'],
    title: '上海金融局局长',
    source: '澎湃新闻',
    publishedAt: '2021-08-24T15:57:27+08:00',
    url: 'https://finance.sina.com.cn/jjxw/2021-08-24/doc-ikqcfncc4763514.shtml',
  });
  const accessed = day('2024-05-01');

  it('plain: 《title》，source，date time，url', () => {
    expect(formatCitation(a, 'plain')).toBe('《上海金融局局长》，澎湃新闻，2021-08-24 15:57，https://finance.sina.com.cn/jjxw/2021-08-24/doc-ikqcfncc4763514.shtml');
  });

  it('custom fills every placeholder', () => {
    expect(formatCitation(a, 'custom', { template: '{title} | {source} | {date} {time} | {url} | {authors} | {accessed}', accessed })).toBe(
      '上海金融局局长 | 澎湃新闻 | 2021-08-24 15:57 | https://finance.sina.com.cn/jjxw/2021-08-24/doc-ikqcfncc4763514.shtml | 陈月石、李四 | 2024-05-01',
    );
  });

  it('unknown placeholders are left as typed, including object-property names', () => {
    expect(fillTemplate('{foo} {constructor} {__proto__} {toString} {Title} { title } {title', a, accessed)).toBe(
      '{foo} {constructor} {__proto__} {toString} {Title} { title } {title',
    );
  });

  it('values are never read as template syntax or replacement patterns', () => {
    const tricky = cite({ ...a, title: '{url} $& $1 $$ $` {source}', source: '{title}' });
    expect(formatCitation(tricky, 'custom', { template: '{title} / {source} / {url}', accessed })).toBe(
      '{url} $& $1 $$ $` {source} / {title} / https://finance.sina.com.cn/jjxw/2021-08-24/doc-ikqcfncc4763514.shtml',
    );
  });

  it('missing values are empty; an empty template falls back to plain', () => {
    expect(formatCitation(cite({ title: 'T' }), 'custom', { template: '[{authors}]({date}){time}<{url}>', accessed })).toBe('[]()<>');
    expect(formatCitation(a, 'custom', { template: '  ' })).toBe(formatCitation(a, 'plain'));
    expect(formatCitation(a, 'custom')).toBe(formatCitation(a, 'plain'));
  });

  it('the publisher: the outlet, else Sina Finance for a Sina page or a page without URL, else nobody', () => {
    expect(publisherOf({ source: '澎湃新闻', url: null })).toBe('澎湃新闻');
    expect(publisherOf({ source: null, url: 'https://k.sina.com.cn/article_1.html' })).toBe('新浪财经');
    expect(publisherOf({ source: null, url: null })).toBe('新浪财经');
    expect(publisherOf({ source: '  ', url: 'https://example.com/' })).toBeNull();
  });
});

describe('citations are one safe line', () => {
  it('control, escape and bidi characters and line breaks from the page do not survive', () => {
    const a = cite({
      title: '标题\u202e反转\u001b[2J\n第二行',
      source: '澎湃\u0007新闻',
      authors: ['陈\u2066月石'],
      publishedAt: '2021-08-24T15:57:27+08:00',
      url: 'javascript:alert(1)',
    });
    for (const style of ['plain', 'gb7714', 'apa'] as const) {
      const c = formatCitation(a, style, { accessed: day('2024-05-01') });
      expect(c).not.toMatch(/[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/);
      expect(c).toContain('标题反转[2J 第二行');
      expect(c).not.toContain('javascript');
    }
  });

  it('textWithCitation: the text, a blank line, the citation', () => {
    const a = cite({ title: 'T', source: '澎湃新闻', publishedAt: '2021-08-24T15:57:27+08:00' });
    expect(textWithCitation(a, 'plain')).toBe('正文。\n\n《T》，澎湃新闻，2021-08-24 15:57');
    expect(textWithCitation({ ...a, text: '' }, 'plain')).toBe('《T》，澎湃新闻，2021-08-24 15:57');
  });
});
