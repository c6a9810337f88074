export { extract } from './engine/extract';
export type { Article, Block, ImageRef, Stock, TemplateId, ArticleKind, ExtractOptions } from './article';
export { ExtractError } from './article';
