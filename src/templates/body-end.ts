/**
 * Comments Sina's PC templates write right after the article body (whitespace ignored). The body
 * container is followed to the first of them: a stray `</div>` in the article closes the container
 * early and an unclosed wrapper makes it swallow the chrome after it; the comment is where the
 * page itself says the body ends. Seen in fixtures/pages/news_20180928_*.html (正文 end),
 * ent_20091109_*.html (正文内容 end), finance_20160525_ifxsktkp9337164.html (正文部分end).
 */
export const BODY_END: readonly string[] = ['正文 end', '正文内容 end', '正文内容结束', '正文部分end'];
