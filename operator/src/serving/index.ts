// Serving sites from their Builds' images: the layer cache the API's Build previews read through.

export { type SiteFiles, SiteFilesCache } from './site-files.ts';
