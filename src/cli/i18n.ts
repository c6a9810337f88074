/**
 * Every text the command prints, in English and Simplified Chinese. The language follows the
 * locale as POSIX programs do: the first non-empty of LC_ALL, LC_MESSAGES and LANG; a value
 * starting with "zh" means Chinese, anything else (or nothing) English.
 *
 * Values that come from inputs (file names, URLs, engine messages) are passed in already made
 * safe for a terminal (./terminal.ts); these functions only place them.
 */

export type Lang = 'en' | 'zh';

export function detectLang(env: Record<string, string | undefined> = process.env): Lang {
  for (const key of ['LC_ALL', 'LC_MESSAGES', 'LANG']) {
    const value = env[key];
    if (value) return /^zh/i.test(value) ? 'zh' : 'en';
  }
  return 'en';
}

/** Why an input produced no article. Stable ids; the summary prints `reason[id]`. */
export type FailureReason =
  | 'not-an-article'
  | 'unreadable'
  | 'empty'
  | 'too-large'
  | 'too-complex'
  | 'timeout'
  | 'fetch-failed'
  | 'read-failed'
  | 'not-found'
  | 'special-file'
  | 'no-inputs'
  | 'crashed'
  | 'output-exists'
  | 'write-failed'
  | 'usage'
  | 'interrupted';

/** Every reason a user can meet, in the order the help lists them ('interrupted' is never listed). */
export const LISTED_REASONS: readonly FailureReason[] = [
  'not-an-article',
  'unreadable',
  'empty',
  'too-large',
  'too-complex',
  'timeout',
  'fetch-failed',
  'read-failed',
  'not-found',
  'special-file',
  'no-inputs',
  'crashed',
  'output-exists',
  'write-failed',
  'usage',
];

type Reasons = Record<FailureReason, string>;

const en = {
  reason: {
    'not-an-article': 'not an article',
    unreadable: 'unreadable',
    empty: 'empty',
    'too-large': 'too large',
    'too-complex': 'too complex',
    timeout: 'timed out',
    'fetch-failed': 'fetch failed',
    'read-failed': 'read failed',
    'not-found': 'not found',
    'special-file': 'special file',
    'no-inputs': 'nothing to read',
    crashed: 'crashed',
    'output-exists': 'output exists',
    'write-failed': 'write failed',
    usage: 'bad input',
    interrupted: 'interrupted',
  } satisfies Reasons as Reasons,
  reasonHelp: {
    'not-an-article': 'the page has no article body (a list, a home page, prose)',
    unreadable: 'binary data, or a page the engine cannot read',
    empty: 'no bytes, or only white space',
    'too-large': "over --max-size, or over the engine's size limit",
    'too-complex': 'nested too deep, or too many elements or attributes for the engine',
    timeout: 'no result within --timeout (reading, fetching or extracting)',
    'fetch-failed': 'a URL could not be fetched (HTTP or network error)',
    'read-failed': 'a file or directory could not be read (permissions, I/O error)',
    'not-found': 'no such file or directory',
    'special-file': 'a FIFO, device or socket (use - to read a pipe on standard input)',
    'no-inputs': 'a directory with no page or post in it',
    crashed: 'an unexpected engine error, or a worker out of memory',
    'output-exists': 'the --out file exists (use --force; --skip-existing resumes)',
    'write-failed': 'the --out file could not be written',
    usage: 'an argument that is no input (e.g. an ftp:// URL)',
    interrupted: 'stopped by Ctrl-C or SIGTERM',
  } satisfies Reasons as Reasons,

  // ---- help --------------------------------------------------------------------------------
  description:
    'sina-clean (新浪财经文章净化): turns Sina Finance article pages into clean articles: the body ' +
    'without ads, QR codes, promos and quote clutter, plus title, time, source, authors, editor, ' +
    'keywords and stocks.',
  titles: { 'Usage:': 'Usage:', 'Arguments:': 'Arguments:', 'Options:': 'Options:' } as Record<string, string>,
  usage: '[options] [inputs...]',
  argInputs: 'files, directories, http(s) URLs, or - for stdin',
  optFormat: 'output format: markdown, text, json, jsonl or html (default: markdown)',
  optOut: 'write one file per input into DIR (created if missing) instead of stdout',
  optForce: 'replace existing files in --out',
  optSkipExisting: 'with --out: an input whose file already exists with the same content is skipped (resume a batch)',
  optJobs: (n: number) => `parallel workers (default: one per core but one, here ${n}; 1 for a single input)`,
  optUrl: 'the page address of a single file/stdin input (docId, absolute links)',
  optTimeout: (s: number) => `give up on one input after this many seconds; 0 = no limit (default: ${s})`,
  optMaxSize: (mb: number) => `refuse inputs larger than this many MB; 0 = no limit (default: ${mb})`,
  optSince: 'keep articles published at or after this date or time (Beijing time unless an offset is given)',
  optUntil: 'keep articles published up to this date (the whole day) or time',
  optDedupe: 'one output per docId: later inputs with the same docId are merged into the first',
  optExplain: 'print every removal and metadata choice the engine made on one input, in page order',
  optQuiet: 'no progress and no summary; failures are still reported',
  optNoProgress: 'no live progress line',
  optHelp: 'show this help',
  optVersion: 'show the version',
  helpAfter: (o: { walk: string; reasons: string; mb: number; s: number }) => `
Inputs:
  FILE      a saved page (any charset: BOM, <meta charset>, http-equiv, or detected),
            a seed-format post (.md/.txt with YAML front matter), or a body fragment
  DIR       walked recursively for ${o.walk} files (hidden entries and the --out
            folder skipped); .md/.txt files that start with neither a front matter (---)
            nor markup (<) — notes, READMEs, this tool's own text or Markdown output — are
            ignored, and so are FIFOs and devices
  URL       an http(s) address, fetched (redirects followed) and decoded the same way
  -         standard input (also used when no input is given and stdin is not a terminal)

Output:
  Without --out, results go to stdout in input order: jsonl = one Article per line; json = one
  object for one input, an array for several; text/markdown/html print a "==> INPUT <==" line
  before each document when there are several (an article line starting with "==>" gets a
  leading backslash, so every such header is the tool's own). html is a clean standalone page
  built from the article's text. With --out DIR, each input gets DIR/NAME.EXT, where NAME is the article's
  docId (else the input's file name) made safe on every system; when two inputs would get the
  same NAME, the first keeps it and later ones get -2, -3… (the summary lists them as renamed).
  Files are written atomically; an existing file is never replaced without --force.

Batch:
  Inputs run in parallel on worker threads (--jobs). A live progress line is shown on stderr
  when it is a terminal. The summary "done N, failed N, skipped N" (with ignored, filtered,
  merged and renamed when there are any) lists every failure with its reason, and counts the
  articles per template and per source. Failure reasons:
${o.reasons}
  Ctrl-C or SIGTERM stops the batch, keeps what was finished, leaves no partial file and
  prints the summary; a second one stops at once. Every input is bounded by --timeout (${o.s} s)
  and --max-size (${o.mb} MB), standard input included.

Archives:
  --since/--until keep articles by publishedAt (YYYY-MM-DD, or YYYY-MM-DD HH:MM[:SS], Beijing
  time unless +HH:MM or Z is given); others count as filtered. --dedupe keeps the first input
  of each docId. To resume a stopped run, repeat it with --skip-existing.

Exit codes:
  0    every input produced an article (skipped, ignored, filtered and merged inputs are fine)
  1    at least one input failed
  2    usage error (unknown option, bad value), or nothing to read at all (e.g. an empty directory)
  130  interrupted (SIGINT); 143 terminated (SIGTERM)

Examples:
  sina-clean page.html                      Markdown of one saved page
  sina-clean -f json https://finance.sina.com.cn/…/doc-xxxx.shtml
  sina-clean -f jsonl saved/ > articles.jsonl
  sina-clean saved/ -o out/ -f json         one JSON file per page in out/
  sina-clean archive/ -o out/ --since 2021-01-01 --until 2021-12-31 --dedupe
  sina-clean --explain page.html            which rule removed what, and why
  curl -s URL | sina-clean - --url URL      stdin, telling the engine where it came from
`,

  // ---- usage errors ------------------------------------------------------------------------
  runHelp: '(run sina-clean --help for usage)',
  unknownOption: (flag: string, suggestion: string | null) =>
    `unknown option '${flag}'${suggestion ? ` (did you mean ${suggestion}?)` : ''}`,
  missingValue: (flag: string) => `option '${flag}' needs a value`,
  badValue: (flag: string, value: string, why: string) => `option '${flag}': '${value}' is not valid: ${why}`,
  notWholeNumber: 'expected a whole number ≥ 1',
  notNonNegative: 'expected a number ≥ 0 (0 = no limit)',
  notHttpUrl: 'expected an http(s) URL',
  notUrl: 'not a valid URL',
  notFormat: (formats: string) => `expected one of ${formats}`,
  notDate: 'expected YYYY-MM-DD or YYYY-MM-DD HH:MM[:SS], optionally with +HH:MM or Z',
  noInput: 'no input: give files, directories, URLs, or - for stdin',
  forceAndSkip: '--force and --skip-existing contradict each other',
  needsOut: '--force and --skip-existing only apply with --out',
  urlSingle: '--url applies to a single file or stdin input',
  sinceAfterUntil: '--since is later than --until: nothing could match',
  explainSingle: '--explain takes exactly one input (a file, a URL or -) and no --out',
  outNotDir: (dir: string) => `${dir} exists and is not a directory`,
  outCannotCreate: (dir: string, why: string) => `cannot create ${dir}: ${why}`,
  nothingAtAll: 'nothing to read',

  // ---- details of failures and other outcomes ----------------------------------------------
  noSuchFile: 'no such file',
  noSuchPath: 'no such file or directory',
  fileKind: { fifo: 'a FIFO', char: 'a character device', block: 'a block device', socket: 'a socket', other: 'not a regular file' } as Record<string, string>,
  specialFile: (kind: string) => `${kind}, not a regular file (use - to read a pipe on standard input)`,
  overLimit: (size: string | null, limit: string) => (size ? `${size} is over the ${limit} limit` : `over the ${limit} limit`),
  noBytes: 'no bytes',
  onlyWhitespace: 'only white space',
  binary: 'binary data, not a text page',
  noAnswer: (s: string) => `no answer within ${s} s`,
  noResult: (s: string) => `no result within ${s} s`,
  stdinTimeout: (s: string) => `standard input did not end within ${s} s`,
  extractTimeout: (s: string, left: number) => `no result within --timeout ${s} s (extraction stopped after the ${left} ms that were left once the input was read)`,
  engineError: (m: string) => `engine error: ${m}`,
  outOfMemory: 'out of memory',
  workerStopped: (code: number) => `worker stopped (exit code ${code})`,
  workersBroken: (m: string) => `worker threads keep failing to start: ${m}`,
  stoppedBefore: 'stopped before it started',
  stoppedWhile: 'stopped while running',
  givenTwice: 'given more than once',
  onlyHttp: 'only http and https URLs can be fetched',
  emptyDir: (exts: string) => `no ${exts} page or post in this directory`,
  ignoredProse: 'neither a page nor a post (no front matter and no HTML)',
  ignoredSpecial: (kind: string) => `${kind}, not a regular file`,
  filteredNoDate: 'no publication time',
  filteredBefore: (at: string, bound: string) => `published ${at}, before --since ${bound}`,
  filteredAfter: (at: string, bound: string) => `published ${at}, after --until ${bound}`,
  merged: (docId: string, first: string) => `same article (${docId}) as ${first}`,
  renamed: (file: string, taken: string, by: string, sameDoc: boolean) =>
    `written as ${file}: ${taken} is taken by ${by}${sameDoc ? ' (same docId; --dedupe keeps one)' : ''}`,
  exists: (file: string) => `${file} already exists (use --force to overwrite)`,
  existsDifferent: (file: string) => `${file} already exists with other content (use --force to overwrite)`,
  existsSame: (file: string) => `${file} already exists`,
  declaredBut: (declared: string, source: string, why: string, used: string) => `declared ${declared} (${source}) but ${why}; decoded as ${used}`,
  whyValidUtf8: 'the bytes are valid UTF-8',
  whyNearlyUtf8: 'the bytes are (nearly) valid UTF-8',
  whyNotUtf8: 'the bytes are not valid UTF-8',
  whyOtherEndian: (e: string) => `the bytes are ${e}`,
  replaced: (n: number, enc: string) => `${n} invalid ${enc} byte sequence(s) replaced with U+FFFD`,

  // ---- summary -----------------------------------------------------------------------------
  counts: (c: { done: number; failed: number; skipped: number }) => `done ${c.done}, failed ${c.failed}, skipped ${c.skipped}`,
  extraCount: { ignored: 'ignored', filtered: 'filtered', merged: 'merged', renamed: 'renamed' } as Record<string, string>,
  seconds: (s: string) => `(${s} s)`,
  interrupted: 'interrupted',
  tag: { failed: 'failed', skipped: 'skipped', ignored: 'ignored', filtered: 'filtered', merged: 'merged', renamed: 'renamed', note: 'note' } as Record<string, string>,
  andMore: (n: number) => `… and ${n} more`,
  andOthers: (first: string, n: number) => `${first} and ${n} more`,
  templates: 'templates',
  sources: 'sources',
  noSource: '(no source)',
  others: (n: number, articles: number) => `${n} more: ${articles}`,

  // ---- --explain ---------------------------------------------------------------------------
  explainHead: (label: string, template: string, n: number) =>
    `${label}: template ${template}, ${n} step${n === 1 ? '' : 's'} in page order`,
  explainNone: 'the engine recorded no steps for this input',
  explainWhy: 'why',
  explainText: 'text',
  explainSet: 'set',
  stage: {
    guard: 'guard',
    parse: 'parse',
    strip: 'strip',
    template: 'template',
    clean: 'clean',
    blocks: 'blocks',
    lines: 'lines',
    metadata: 'metadata',
  } as Record<string, string>,
  action: { remove: 'remove', move: 'move', keep: 'keep', choose: 'choose', skip: 'skip' } as Record<string, string>,
};

export type Messages = typeof en;

const zh: Messages = {
  reason: {
    'not-an-article': '不是文章',
    unreadable: '无法读取',
    empty: '空内容',
    'too-large': '太大',
    'too-complex': '太复杂',
    timeout: '超时',
    'fetch-failed': '下载失败',
    'read-failed': '读取失败',
    'not-found': '找不到',
    'special-file': '特殊文件',
    'no-inputs': '没有可读的内容',
    crashed: '崩溃',
    'output-exists': '输出已存在',
    'write-failed': '写入失败',
    usage: '输入有误',
    interrupted: '已中断',
  },
  reasonHelp: {
    'not-an-article': '页面没有文章正文（列表页、首页、普通文字）',
    unreadable: '二进制数据，或引擎无法读取的页面',
    empty: '没有字节，或只有空白',
    'too-large': '超过 --max-size，或超过引擎的大小上限',
    'too-complex': '嵌套太深，或元素、属性太多',
    timeout: '在 --timeout 之内没有结果（读取、下载或提取）',
    'fetch-failed': '网址无法下载（HTTP 或网络错误）',
    'read-failed': '文件或目录无法读取（权限、I/O 错误）',
    'not-found': '没有这个文件或目录',
    'special-file': 'FIFO、设备或套接字（管道请用 - 从标准输入读取）',
    'no-inputs': '目录里没有页面或文章',
    crashed: '引擎意外出错，或工作线程内存不足',
    'output-exists': '--out 的文件已存在（用 --force 覆盖；--skip-existing 续跑）',
    'write-failed': '--out 的文件无法写入',
    usage: '参数不是可读的输入（例如 ftp:// 网址）',
    interrupted: '被 Ctrl-C 或 SIGTERM 中止',
  },

  description:
    'sina-clean：新浪财经文章净化。把新浪财经文章页变成干净的文章：正文不含广告、二维码、推广和行情杂项，' +
    '并给出标题、时间、来源、作者、责任编辑、关键词和股票。',
  titles: { 'Usage:': '用法：', 'Arguments:': '参数：', 'Options:': '选项：' },
  usage: '[选项] [输入…]',
  argInputs: '文件、目录、http(s) 网址，或用 - 表示标准输入',
  optFormat: '输出格式：markdown、text、json、jsonl 或 html（默认 markdown）',
  optOut: '每个输入在 DIR 中写一个文件（目录不存在则创建），不输出到标准输出',
  optForce: '覆盖 --out 中已有的文件',
  optSkipExisting: '与 --out 同用：输出文件已存在且内容相同的输入算作跳过（用于续跑）',
  optJobs: (n) => `并行工作线程数（默认：CPU 核数减一，本机为 ${n}；单个输入时 1）`,
  optUrl: '单个文件或标准输入所对应的网页地址（用于 docId 和绝对链接）',
  optTimeout: (s: number) => `单个输入超过这么多秒即放弃；0 = 不限（默认 ${s}）`,
  optMaxSize: (mb: number) => `拒绝大于这么多 MB 的输入；0 = 不限（默认 ${mb}）`,
  optSince: '只保留在此日期或时间及之后发布的文章（北京时间，除非写明时区）',
  optUntil: '只保留在此日期（含全天）或时间之前发布的文章',
  optDedupe: '同一 docId 只输出一次：后面相同 docId 的输入并入第一个',
  optExplain: '按页面顺序列出引擎对一个输入做的每一次删除和元数据选择',
  optQuiet: '不显示进度和汇总；失败仍会报告',
  optNoProgress: '不显示实时进度行',
  optHelp: '显示本帮助',
  optVersion: '显示版本',
  helpAfter: (o) => `
输入：
  FILE      保存下来的页面（任何字符集：BOM、<meta charset>、http-equiv 或自动识别），
            种子格式文章（带 YAML front matter 的 .md/.txt），或正文片段
  DIR       递归读取其中的 ${o.walk} 文件（跳过隐藏项和 --out 目录）；开头既不是
            front matter（---）也不是标记（<）的 .md/.txt（笔记、README、本工具自己输出的
            文本或 Markdown）会被忽略，FIFO 和设备也会被忽略
  URL       http(s) 网址，下载（跟随重定向）后同样解码
  -         标准输入（没有给出输入且标准输入不是终端时也会读取）

输出：
  没有 --out 时，结果按输入顺序写到标准输出：jsonl 每行一篇 Article；json 单个输入是一个
  对象，多个输入是数组；text/markdown/html 在多个输入时每篇前有一行 "==> 输入 <=="（文章
  中以 "==>" 开头的行会在行首加一个反斜杠，因此这种标题行都出自本工具）。html 是只由文章
  文字生成的独立网页。
  有 --out DIR 时，每个输入写成 DIR/NAME.EXT，NAME 是文章的 docId（没有则用输入的文件名），
  并处理成在各种系统上都安全的文件名；两个输入得到同一个 NAME 时，第一个保留，后面的加
  -2、-3……（汇总里列为改名）。文件以原子方式写入；没有 --force 不会覆盖已有文件。

批量：
  输入在工作线程上并行处理（--jobs）。标准错误是终端时显示实时进度行。汇总 "完成 N，
  失败 N，跳过 N"（有忽略、筛除、合并、改名时也会列出）列出每个失败及原因，并按模板和
  来源统计文章数。失败原因：
${o.reasons}
  Ctrl-C 或 SIGTERM 会停止批量处理，保留已完成的结果，不留下不完整的文件，并打印汇总；
  再按一次立即退出。每个输入都受 --timeout（${o.s} 秒）和 --max-size（${o.mb} MB）限制，
  标准输入也一样。

归档：
  --since/--until 按 publishedAt 筛选（YYYY-MM-DD，或 YYYY-MM-DD HH:MM[:SS]，除非写明
  +HH:MM 或 Z，否则按北京时间）；范围外的算作筛除。--dedupe 每个 docId 只保留第一个输入。
  中断的批量任务用同样的命令加 --skip-existing 即可续跑。

退出码：
  0    每个输入都得到了文章（跳过、忽略、筛除、合并的输入不算失败）
  1    至少有一个输入失败
  2    用法错误（未知选项、取值不对），或完全没有可读的内容（例如空目录）
  130  被中断（SIGINT）；143 被终止（SIGTERM）

示例：
  sina-clean page.html                      一个保存的页面，输出 Markdown
  sina-clean -f json https://finance.sina.com.cn/…/doc-xxxx.shtml
  sina-clean -f jsonl saved/ > articles.jsonl
  sina-clean saved/ -o out/ -f json         每个页面在 out/ 中写一个 JSON 文件
  sina-clean archive/ -o out/ --since 2021-01-01 --until 2021-12-31 --dedupe
  sina-clean --explain page.html            哪条规则删了什么，为什么
  curl -s URL | sina-clean - --url URL      从标准输入读取，并告诉引擎页面地址
`,

  runHelp: '（运行 sina-clean --help 查看用法）',
  unknownOption: (flag, suggestion) => `未知选项 '${flag}'${suggestion ? `（是不是 ${suggestion}？）` : ''}`,
  missingValue: (flag) => `选项 '${flag}' 需要一个值`,
  badValue: (flag, value, why) => `选项 '${flag}'：'${value}' 无效：${why}`,
  notWholeNumber: '应为 ≥ 1 的整数',
  notNonNegative: '应为 ≥ 0 的数（0 = 不限）',
  notHttpUrl: '应为 http(s) 网址',
  notUrl: '不是有效的网址',
  notFormat: (formats) => `应为 ${formats} 之一`,
  notDate: '应为 YYYY-MM-DD 或 YYYY-MM-DD HH:MM[:SS]，可加 +HH:MM 或 Z',
  noInput: '没有输入：请给出文件、目录、网址，或用 - 表示标准输入',
  forceAndSkip: '--force 和 --skip-existing 互相矛盾',
  needsOut: '--force 和 --skip-existing 只能与 --out 一起使用',
  urlSingle: '--url 只适用于单个文件或标准输入',
  sinceAfterUntil: '--since 晚于 --until：不可能有文章符合',
  explainSingle: '--explain 只接受一个输入（文件、网址或 -），且不能与 --out 同用',
  outNotDir: (dir) => `${dir} 已存在且不是目录`,
  outCannotCreate: (dir, why) => `无法创建 ${dir}：${why}`,
  nothingAtAll: '没有可读的内容',

  noSuchFile: '没有这个文件',
  noSuchPath: '没有这个文件或目录',
  fileKind: { fifo: 'FIFO', char: '字符设备', block: '块设备', socket: '套接字', other: '不是普通文件' },
  specialFile: (kind) => `${kind}，不是普通文件（管道请用 - 从标准输入读取）`,
  overLimit: (size, limit) => (size ? `${size} 超过 ${limit} 的上限` : `超过 ${limit} 的上限`),
  noBytes: '没有字节',
  onlyWhitespace: '只有空白',
  binary: '二进制数据，不是文本页面',
  noAnswer: (s) => `${s} 秒内没有响应`,
  noResult: (s) => `${s} 秒内没有结果`,
  stdinTimeout: (s) => `标准输入在 ${s} 秒内没有结束`,
  extractTimeout: (s, left) => `在 --timeout ${s} 秒之内没有结果（读完输入后剩下的 ${left} 毫秒用完，提取已停止）`,
  engineError: (m) => `引擎错误：${m}`,
  outOfMemory: '内存不足',
  workerStopped: (code) => `工作线程退出（退出码 ${code}）`,
  workersBroken: (m) => `工作线程一直无法启动：${m}`,
  stoppedBefore: '开始前已停止',
  stoppedWhile: '运行中被停止',
  givenTwice: '重复给出',
  onlyHttp: '只能下载 http 和 https 网址',
  emptyDir: (exts) => `目录里没有 ${exts} 页面或文章`,
  ignoredProse: '既不是页面也不是文章（没有 front matter，也没有 HTML）',
  ignoredSpecial: (kind) => `${kind}，不是普通文件`,
  filteredNoDate: '没有发布时间',
  filteredBefore: (at, bound) => `发布于 ${at}，早于 --since ${bound}`,
  filteredAfter: (at, bound) => `发布于 ${at}，晚于 --until ${bound}`,
  merged: (docId, first) => `与 ${first} 是同一篇文章（${docId}）`,
  renamed: (file, taken, by, sameDoc) =>
    `写为 ${file}：${taken} 已被 ${by} 使用${sameDoc ? '（docId 相同；--dedupe 只保留一个）' : ''}`,
  exists: (file) => `${file} 已存在（用 --force 覆盖）`,
  existsDifferent: (file) => `${file} 已存在且内容不同（用 --force 覆盖）`,
  existsSame: (file) => `${file} 已存在`,
  declaredBut: (declared, source, why, used) => `声明为 ${declared}（${source}），但${why}；按 ${used} 解码`,
  whyValidUtf8: '字节是有效的 UTF-8',
  whyNearlyUtf8: '字节（几乎）是有效的 UTF-8',
  whyNotUtf8: '字节不是有效的 UTF-8',
  whyOtherEndian: (e) => `字节是 ${e}`,
  replaced: (n, enc) => `${n} 处无效的 ${enc} 字节序列已替换为 U+FFFD`,

  counts: (c) => `完成 ${c.done}，失败 ${c.failed}，跳过 ${c.skipped}`,
  extraCount: { ignored: '忽略', filtered: '筛除', merged: '合并', renamed: '改名' },
  seconds: (s) => `（${s} 秒）`,
  interrupted: '已中断',
  tag: { failed: '失败', skipped: '跳过', ignored: '忽略', filtered: '筛除', merged: '合并', renamed: '改名', note: '提示' },
  andMore: (n) => `……另有 ${n} 条`,
  andOthers: (first, n) => `${first} 等 ${n + 1} 个文件`,
  templates: '模板',
  sources: '来源',
  noSource: '（无来源）',
  others: (n, articles) => `其他 ${n} 个：${articles}`,

  explainHead: (label, template, n) => `${label}：模板 ${template}，按页面顺序共 ${n} 步`,
  explainNone: '引擎没有记录这个输入的任何步骤',
  explainWhy: '原因',
  explainText: '内容',
  explainSet: '取值',
  stage: {
    guard: '防护',
    parse: '解析',
    strip: '预清理',
    template: '模板',
    clean: '清理',
    blocks: '分块',
    lines: '行规则',
    metadata: '元数据',
  },
  action: { remove: '删除', move: '移出', keep: '保留', choose: '选定', skip: '跳过' },
};

const TABLES: Record<Lang, Messages> = { en, zh };

export function messages(lang: Lang): Messages {
  return TABLES[lang];
}

/** The separator between a label and its message: ": " in English, "：" in Chinese. */
export function colon(lang: Lang): string {
  return lang === 'zh' ? '：' : ': ';
}
