// The static site renderer: a site document in, files out. See render-site.ts for the layout of the output.

export { formatPrice } from './format.ts';
export { type HeaderRule, headersForPath, parseHeadersFile } from './headers.ts';
export { localeRoot, RenderError, resolveHref } from './links.ts';
export {
  type FormProblem,
  type FormRetry,
  formSentPath,
  RENDERER_VERSION,
  type RenderedFile,
  type RenderedPage,
  type RenderedSite,
  type RenderOptions,
  renderFormRetry,
  renderSite,
} from './render-site.ts';
export type { FormProblemCode } from './strings.ts';
export { escapeHtml } from './templates.ts';
export { ensureContrast, type SafeTheme, safeTheme, type ThemeColors } from './theme.ts';
