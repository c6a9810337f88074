export { extract } from './engine/extract';
export { DEFAULT_BUDGET_MS, LIMITS } from './engine/limits';
export type { Article, Block, ImageRef, Inline, Stock, TemplateId, ArticleKind, ExtractOptions, ExtractErrorReason, TraceEntry } from './article';
export { ExtractError } from './article';
