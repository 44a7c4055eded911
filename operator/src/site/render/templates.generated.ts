// @ts-nocheck
// Generated from operator/src/site/render/templates/*.ejs by compile-templates.ts. Do not edit by hand:
// change the .ejs file and run `make templates` (node operator/src/site/render/compile-templates.ts).

/** A compiled template: its data as `it`, and the function that HTML-escapes what <%= %> prints. */
export type CompiledTemplate = (it: Record<string, unknown>, escapeFn: (value: unknown) => string) => string;

/** Template name (its file name without .ejs) → compiled template. */
export const TEMPLATES: Readonly<Record<string, CompiledTemplate>> = {
  "blocks": function (it, escapeFn) {
  var __output = "";
  function __append(s) { if (s !== undefined && s !== null) __output += s }
    ;  for (const b of it.h.list(it.blocks)) { 
    ;  if (b.kind === 'paragraph') { 
    ; __append("<p>")
    ; __append(escapeFn( b.text ))
    ; __append("</p>")
    ;  } else if (b.kind === 'heading') { 
    ; __append("<")
    ; __append(escapeFn( it.h.hx(it.level) ))
    ; __append(">")
    ; __append(escapeFn( b.text ))
    ; __append("</")
    ; __append(escapeFn( it.h.hx(it.level) ))
    ; __append(">")
    ;  } else if (b.kind === 'list') { 
    ; __append("<")
    ; __append(escapeFn( b.ordered === true ? 'ol' : 'ul' ))
    ; __append(">")
    ;  for (const item of it.h.list(b.items)) { 
    ; __append("<li>")
    ; __append(escapeFn( item ))
    ; __append("</li>")
    ;  } 
    ; __append("</")
    ; __append(escapeFn( b.ordered === true ? 'ol' : 'ul' ))
    ; __append(">")
    ;  } else if (b.kind === 'quote') { 
    ; __append("<figure><blockquote><p>")
    ; __append(escapeFn( b.text ))
    ; __append("</p></blockquote>")
    ;  if (b.cite) { 
    ; __append("<figcaption>— ")
    ; __append(escapeFn( b.cite ))
    ; __append("</figcaption>")
    ;  } 
    ; __append("</figure>")
    ;  } 
    ;  } 
  return __output;
  },
  "footer": function (it, escapeFn) {
  var __output = "";
  function __append(s) { if (s !== undefined && s !== null) __output += s }
    ; __append("<footer class=\"ft\"><div class=\"w\"><div><strong>")
    ; __append(escapeFn( it.siteName ))
    ; __append("</strong>")
    ;  if (it.footer.text) { 
    ; __append("<p>")
    ; __append(escapeFn( it.footer.text ))
    ; __append("</p>")
    ;  } 
    ; __append("</div>")
    ;  if (it.footer.links.length > 0) { 
    ; __append("<nav aria-label=\"")
    ; __append(escapeFn( it.t.footerNav ))
    ; __append("\"><ul>")
    ;  for (const item of it.footer.links) { 
    ; __append("<li>")
    ; __append( it.part('link', { link: item }) )
    ; __append("</li>")
    ;  } 
    ; __append("</ul></nav>")
    ;  } 
    ;  if (it.footer.social.length > 0) { 
    ; __append("<div><h2>")
    ; __append(escapeFn( it.t.social ))
    ; __append("</h2><ul>")
    ;  for (const item of it.footer.social) { 
    ; __append("<li>")
    ; __append( it.part('link', { link: item }) )
    ; __append("</li>")
    ;  } 
    ; __append("</ul></div>")
    ;  } 
    ; __append("</div></footer>")
  return __output;
  },
  "form-retry": function (it, escapeFn) {
  var __output = "";
  function __append(s) { if (s !== undefined && s !== null) __output += s }
    ; __append("<section class=\"s contact retry\" aria-labelledby=\"_h-retry\"><div class=\"w\"><h1 id=\"_h-retry\">")
    ; __append(escapeFn( it.t.formNotSentTitle ))
    ; __append("</h1><div class=\"alert\" role=\"alert\"><p>")
    ; __append(escapeFn( it.t.formNotSentBody ))
    ; __append("</p>")
    ;  if (it.general.length > 0) { 
    ; __append("<ul>")
    ;  for (const message of it.general) { 
    ; __append("<li>")
    ; __append(escapeFn( message ))
    ; __append("</li>")
    ;  } 
    ; __append("</ul>")
    ;  } 
    ; __append("</div>")
    ; __append( it.part('form', { form: it.form, values: it.values, problems: it.problems }) )
    ; __append("</div></section>")
  return __output;
  },
  "form-sent": function (it, escapeFn) {
  var __output = "";
  function __append(s) { if (s !== undefined && s !== null) __output += s }
    ; __append("<section class=\"s nf\"><div class=\"w\"><h1>")
    ; __append(escapeFn( it.t.formSentTitle ))
    ; __append("</h1><p class=\"lead\">")
    ; __append(escapeFn( it.message ))
    ; __append("</p><div class=\"btns\"><a class=\"btn\" href=\"")
    ; __append(escapeFn( it.home ))
    ; __append("\">")
    ; __append(escapeFn( it.t.home ))
    ; __append("</a></div></div></section>")
  return __output;
  },
  "form": function (it, escapeFn) {
  var __output = "";
  function __append(s) { if (s !== undefined && s !== null) __output += s }
    ;  const form = it.form; const values = it.values; const problems = it.problems; 
    ; __append("<form class=\"form\" action=\"")
    ; __append(escapeFn( form.action ))
    ; __append("\" method=\"post\"")
    ;  if (form.enctype) { 
    ; __append(" enctype=\"")
    ; __append(escapeFn( form.enctype ))
    ; __append("\"")
    ;  } 
    ; __append(">")
    ;  for (const hidden of form.hidden) { 
    ; __append("<input type=\"hidden\" name=\"")
    ; __append(escapeFn( hidden.name ))
    ; __append("\" value=\"")
    ; __append(escapeFn( hidden.value ))
    ; __append("\">")
    ;  } 
    ;  if (form.trap) { 
    ; __append("<div class=\"trap\" aria-hidden=\"true\"><label for=\"")
    ; __append(escapeFn( form.trap.id ))
    ; __append("\">")
    ; __append(escapeFn( form.trap.label ))
    ; __append("</label><input type=\"text\" id=\"")
    ; __append(escapeFn( form.trap.id ))
    ; __append("\" name=\"")
    ; __append(escapeFn( form.trap.name ))
    ; __append("\" tabindex=\"-1\" autocomplete=\"off\"></div>")
    ;  } 
    ;  for (const f of form.fields) { const value = values.get(f.name); const problem = problems.get(f.name); 
    ;  if (f.type === 'checkbox') { 
    ; __append("<div class=\"field check\"><input type=\"checkbox\" id=\"")
    ; __append(escapeFn( f.id ))
    ; __append("\" name=\"")
    ; __append(escapeFn( f.name ))
    ; __append("\" value=\"yes\"")
    ;  if (f.required) { 
    ; __append(" required")
    ;  } 
    ;  if (value === 'yes') { 
    ; __append(" checked")
    ;  } 
    ;  if (problem) { 
    ; __append(" aria-invalid=\"true\" aria-describedby=\"")
    ; __append(escapeFn( f.id ))
    ; __append("-e\"")
    ;  } 
    ; __append("><label for=\"")
    ; __append(escapeFn( f.id ))
    ; __append("\">")
    ; __append(escapeFn( f.label ))
    ;  if (f.required) { 
    ; __append(" <span class=\"req\">(")
    ; __append(escapeFn( it.t.required ))
    ; __append(")</span>")
    ;  } 
    ; __append("</label>")
    ;  if (problem) { 
    ; __append("<p class=\"err\" id=\"")
    ; __append(escapeFn( f.id ))
    ; __append("-e\">")
    ; __append(escapeFn( problem ))
    ; __append("</p>")
    ;  } 
    ; __append("</div>")
    ;  } else { 
    ; __append("<div class=\"field\"><label for=\"")
    ; __append(escapeFn( f.id ))
    ; __append("\">")
    ; __append(escapeFn( f.label ))
    ;  if (f.required) { 
    ; __append(" <span class=\"req\">(")
    ; __append(escapeFn( it.t.required ))
    ; __append(")</span>")
    ;  } 
    ; __append("</label>")
    ;  if (problem) { 
    ; __append("<p class=\"err\" id=\"")
    ; __append(escapeFn( f.id ))
    ; __append("-e\">")
    ; __append(escapeFn( problem ))
    ; __append("</p>")
    ;  } 
    ;  if (f.type === 'textarea') { 
    ; __append("<textarea id=\"")
    ; __append(escapeFn( f.id ))
    ; __append("\" name=\"")
    ; __append(escapeFn( f.name ))
    ; __append("\" rows=\"5\"")
    ;  if (f.required) { 
    ; __append(" required")
    ;  } 
    ;  if (f.placeholder) { 
    ; __append(" placeholder=\"")
    ; __append(escapeFn( f.placeholder ))
    ; __append("\"")
    ;  } 
    ;  if (problem) { 
    ; __append(" aria-invalid=\"true\" aria-describedby=\"")
    ; __append(escapeFn( f.id ))
    ; __append("-e\"")
    ;  } 
    ; __append(">")
    ; __append(escapeFn( value ?? '' ))
    ; __append("</textarea>")
    ;  } else if (f.type === 'select') { 
    ; __append("<select id=\"")
    ; __append(escapeFn( f.id ))
    ; __append("\" name=\"")
    ; __append(escapeFn( f.name ))
    ; __append("\"")
    ;  if (f.required) { 
    ; __append(" required")
    ;  } 
    ;  if (problem) { 
    ; __append(" aria-invalid=\"true\" aria-describedby=\"")
    ; __append(escapeFn( f.id ))
    ; __append("-e\"")
    ;  } 
    ; __append("><option value=\"\">")
    ; __append(escapeFn( f.placeholder || it.t.choose ))
    ; __append("</option>")
    ;  for (const option of f.options) { 
    ; __append("<option")
    ;  if (option === value) { 
    ; __append(" selected")
    ;  } 
    ; __append(">")
    ; __append(escapeFn( option ))
    ; __append("</option>")
    ;  } 
    ; __append("</select>")
    ;  } else { 
    ; __append("<input type=\"")
    ; __append(escapeFn( f.type ))
    ; __append("\" id=\"")
    ; __append(escapeFn( f.id ))
    ; __append("\" name=\"")
    ; __append(escapeFn( f.name ))
    ; __append("\"")
    ;  if (f.autocomplete) { 
    ; __append(" autocomplete=\"")
    ; __append(escapeFn( f.autocomplete ))
    ; __append("\"")
    ;  } 
    ;  if (f.required) { 
    ; __append(" required")
    ;  } 
    ;  if (f.placeholder) { 
    ; __append(" placeholder=\"")
    ; __append(escapeFn( f.placeholder ))
    ; __append("\"")
    ;  } 
    ;  if (value !== undefined) { 
    ; __append(" value=\"")
    ; __append(escapeFn( value ))
    ; __append("\"")
    ;  } 
    ;  if (problem) { 
    ; __append(" aria-invalid=\"true\" aria-describedby=\"")
    ; __append(escapeFn( f.id ))
    ; __append("-e\"")
    ;  } 
    ; __append(">")
    ;  } 
    ; __append("</div>")
    ;  } 
    ;  } 
    ;  if (form.mailNote) { 
    ; __append("<p class=\"note\">")
    ; __append(escapeFn( it.t.formMailNote ))
    ; __append("</p>")
    ;  } 
    ; __append("<button class=\"btn\" type=\"submit\">")
    ; __append(escapeFn( form.submitLabel ))
    ; __append("</button></form>")
  return __output;
  },
  "header": function (it, escapeFn) {
  var __output = "";
  function __append(s) { if (s !== undefined && s !== null) __output += s }
    ; 
let navRem = 0;
for (const item of it.nav) {
  let em = 0;
  for (const c of String(item.label)) {
    em += /\s/.test(c) ? 0.3 : /\p{M}/u.test(c) ? 0 : /[\p{Lu}\p{Nd}]/u.test(c) ? 0.72 : /[\p{Extended_Pictographic}\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/u.test(c) ? 1.2 : 0.6;
  }
  navRem += em * 1.0625 + 1.45;
}
const fitsFrom = navRem <= 70.75 ? Math.max(20, Math.ceil((navRem + 3.75) / 4) * 4) : undefined;
const menu = it.nav.length > 0 && fitsFrom !== 20;
const list = it.nav.length > 0 && fitsFrom !== undefined;

    ; __append("<header class=\"hd")
    ;  if (menu && list) { 
    ; __append(" n")
    ; __append(escapeFn( fitsFrom ))
    ;  } 
    ; __append("\"><div class=\"w\"><a class=\"brand\" href=\"")
    ; __append(escapeFn( it.homeHref ))
    ; __append("\"><span class=\"mark\" aria-hidden=\"true\">")
    ; __append(escapeFn( it.letter ))
    ; __append("</span>")
    ; __append(escapeFn( it.siteName ))
    ; __append("</a>")
    ;  if (menu) { 
    ; __append("<nav class=\"menu\" aria-label=\"")
    ; __append(escapeFn( it.t.mainNav ))
    ; __append("\"><details><summary>")
    ; __append(escapeFn( it.t.menu ))
    ; __append("</summary><ul>")
    ;  for (const item of it.nav) { 
    ; __append("<li>")
    ; __append( it.part('link', { link: item }) )
    ; __append("</li>")
    ;  } 
    ; __append("</ul></details></nav>")
    ;  } 
    ;  if (list) { 
    ; __append("<nav class=\"nav\" aria-label=\"")
    ; __append(escapeFn( it.t.mainNav ))
    ; __append("\"><ul>")
    ;  for (const item of it.nav) { 
    ; __append("<li>")
    ; __append( it.part('link', { link: item }) )
    ; __append("</li>")
    ;  } 
    ; __append("</ul></nav>")
    ;  } 
    ;  if (it.languages.length > 1) { 
    ; __append("<nav class=\"langs\" aria-label=\"")
    ; __append(escapeFn( it.t.languageNav ))
    ; __append("\"><ul>")
    ;  for (const l of it.languages) { 
    ; __append("<li><a href=\"")
    ; __append(escapeFn( l.href ))
    ; __append("\" hreflang=\"")
    ; __append(escapeFn( l.locale ))
    ; __append("\" lang=\"")
    ; __append(escapeFn( l.locale ))
    ; __append("\"")
    ;  if (l.current) { 
    ; __append(" aria-current=\"true\"")
    ;  } 
    ; __append(">")
    ; __append(escapeFn( l.locale.toUpperCase() ))
    ; __append("<span class=\"vh\"> ")
    ; __append(escapeFn( l.label ))
    ; __append("</span></a></li>")
    ;  } 
    ; __append("</ul></nav>")
    ;  } 
    ; __append("</div></header>")
  return __output;
  },
  "img": function (it, escapeFn) {
  var __output = "";
  function __append(s) { if (s !== undefined && s !== null) __output += s }
    ; __append("<img src=\"")
    ; __append(escapeFn( it.img.src ))
    ; __append("\" width=\"")
    ; __append(escapeFn( it.img.width ))
    ; __append("\" height=\"")
    ; __append(escapeFn( it.img.height ))
    ; __append("\" alt=\"")
    ; __append(escapeFn( it.img.alt ))
    ; __append("\"")
    ;  if (it.img.priority) { 
    ; __append(" fetchpriority=\"high\"")
    ;  } 
    ;  if (!it.img.eager) { 
    ; __append(" loading=\"lazy\"")
    ;  } 
    ; __append(" decoding=\"async\">")
  return __output;
  },
  "intro": function (it, escapeFn) {
  var __output = "";
  function __append(s) { if (s !== undefined && s !== null) __output += s }
    ;  if (it.heading || it.intro) { 
    ; __append("<div class=\"intro\">")
    ;  if (it.heading) { 
    ; __append("<")
    ; __append(escapeFn( it.h.hx(it.level) ))
    ; __append(" id=\"_h-")
    ; __append(escapeFn( it.id ))
    ; __append("\">")
    ; __append(escapeFn( it.heading ))
    ; __append("</")
    ; __append(escapeFn( it.h.hx(it.level) ))
    ; __append(">")
    ;  } 
    ;  if (it.intro) { 
    ; __append("<p class=\"lead\">")
    ; __append(escapeFn( it.intro ))
    ; __append("</p>")
    ;  } 
    ; __append("</div>")
    ;  } 
  return __output;
  },
  "link": function (it, escapeFn) {
  var __output = "";
  function __append(s) { if (s !== undefined && s !== null) __output += s }
    ;  if (it.link.href) { 
    ; __append("<a")
    ;  if (it.cls) { 
    ; __append(" class=\"")
    ; __append(escapeFn( it.cls ))
    ; __append("\"")
    ;  } 
    ; __append(" href=\"")
    ; __append(escapeFn( it.link.href ))
    ; __append("\"")
    ;  if (it.link.current) { 
    ; __append(" aria-current=\"page\"")
    ;  } 
    ; __append(">")
    ; __append(escapeFn( it.link.label ))
    ; __append("</a>")
    ;  } else { 
    ; __append("<span")
    ;  if (it.cls) { 
    ; __append(" class=\"")
    ; __append(escapeFn( it.cls ))
    ; __append("\"")
    ;  } 
    ; __append(">")
    ; __append(escapeFn( it.link.label ))
    ; __append("</span>")
    ;  } 
  return __output;
  },
  "not-found": function (it, escapeFn) {
  var __output = "";
  function __append(s) { if (s !== undefined && s !== null) __output += s }
    ; __append("<section class=\"s nf\"><div class=\"w\"><h1>")
    ; __append(escapeFn( it.t.notFoundTitle ))
    ; __append("</h1><p class=\"lead\">")
    ; __append(escapeFn( it.t.notFoundBody ))
    ; __append("</p><div class=\"btns\"><a class=\"btn\" href=\"/\">")
    ; __append(escapeFn( it.t.home ))
    ; __append("</a></div>")
    ;  if (it.others.length > 0) { 
    ; __append("<ul>")
    ;  for (const l of it.others) { 
    ; __append("<li><a href=\"")
    ; __append(escapeFn( l.href ))
    ; __append("\" hreflang=\"")
    ; __append(escapeFn( l.locale ))
    ; __append("\" lang=\"")
    ; __append(escapeFn( l.locale ))
    ; __append("\">")
    ; __append(escapeFn( l.label ))
    ; __append("</a></li>")
    ;  } 
    ; __append("</ul>")
    ;  } 
    ; __append("</div></section>")
  return __output;
  },
  "page-header": function (it, escapeFn) {
  var __output = "";
  function __append(s) { if (s !== undefined && s !== null) __output += s }
    ; __append("<div class=\"ph\"><div class=\"w\"><h1>")
    ; __append(escapeFn( it.title ))
    ; __append("</h1></div></div>")
  return __output;
  },
  "page": function (it, escapeFn) {
  var __output = "";
  function __append(s) { if (s !== undefined && s !== null) __output += s }
    ; __append("<!doctype html><html lang=\"")
    ; __append(escapeFn( it.lang ))
    ; __append("\" dir=\"")
    ; __append(escapeFn( it.dir ))
    ; __append("\"><head><meta charset=\"utf-8\">")
    ;  if (it.baseHref) { 
    ; __append("<base href=\"")
    ; __append(escapeFn( it.baseHref ))
    ; __append("\">")
    ;  } 
    ; __append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"><title>")
    ; __append(escapeFn( it.title ))
    ; __append("</title><meta name=\"description\" content=\"")
    ; __append(escapeFn( it.description ))
    ; __append("\">")
    ;  if (it.noindex) { 
    ; __append("<meta name=\"robots\" content=\"noindex\">")
    ;  } 
    ;  if (it.canonical) { 
    ; __append("<link rel=\"canonical\" href=\"")
    ; __append(escapeFn( it.canonical ))
    ; __append("\">")
    ;  } 
    ;  for (const a of it.alternates) { 
    ; __append("<link rel=\"alternate\" hreflang=\"")
    ; __append(escapeFn( a.hreflang ))
    ; __append("\" href=\"")
    ; __append(escapeFn( a.href ))
    ; __append("\">")
    ;  } 
    ; __append("<link rel=\"icon\" href=\"/favicon.svg\" type=\"image/svg+xml\"><meta name=\"theme-color\" content=\"")
    ; __append(escapeFn( it.themeColor ))
    ; __append("\"><meta name=\"generator\" content=\"Page Magic\"><meta property=\"og:type\" content=\"")
    ; __append(escapeFn( it.ogType ))
    ; __append("\"><meta property=\"og:site_name\" content=\"")
    ; __append(escapeFn( it.siteName ))
    ; __append("\"><meta property=\"og:title\" content=\"")
    ; __append(escapeFn( it.title ))
    ; __append("\"><meta property=\"og:description\" content=\"")
    ; __append(escapeFn( it.description ))
    ; __append("\">")
    ;  if (it.canonical) { 
    ; __append("<meta property=\"og:url\" content=\"")
    ; __append(escapeFn( it.canonical ))
    ; __append("\">")
    ;  } 
    ; __append("<meta property=\"og:locale\" content=\"")
    ; __append(escapeFn( it.ogLocale ))
    ; __append("\">")
    ;  for (const l of it.ogAlternateLocales) { 
    ; __append("<meta property=\"og:locale:alternate\" content=\"")
    ; __append(escapeFn( l ))
    ; __append("\">")
    ;  } 
    ;  if (it.ogImage) { 
    ; __append("<meta property=\"og:image\" content=\"")
    ; __append(escapeFn( it.ogImage ))
    ; __append("\"><meta name=\"twitter:card\" content=\"summary_large_image\">")
    ;  } 
    ; __append("<style>")
    ; __append( it.css )
    ; __append("</style>")
    ;  for (const json of it.jsonLd) { 
    ; __append("<script type=\"application/ld+json\">")
    ; __append( json )
    ; __append("</script>")
    ;  } 
    ; __append("</head><body><a class=\"skip\" href=\"#_main\">")
    ; __append(escapeFn( it.t.skip ))
    ; __append("</a>")
    ; __append( it.part('header', it.chrome) )
    ; __append("<main id=\"_main\" tabindex=\"-1\">")
    ; __append( it.main )
    ; __append("</main>")
    ; __append( it.part('footer', it.chrome) )
    ; __append("</body></html>")
  return __output;
  },
  "post": function (it, escapeFn) {
  var __output = "";
  function __append(s) { if (s !== undefined && s !== null) __output += s }
    ;  const post = it.post; 
    ; __append("<article class=\"s article\"><div class=\"w\"><div class=\"prose\"><header><h1>")
    ; __append(escapeFn( post.title ))
    ; __append("</h1><p class=\"meta\"><time datetime=\"")
    ; __append(escapeFn( post.date ))
    ; __append("\">")
    ; __append(escapeFn( it.h.date(post.date) || post.date ))
    ; __append("</time>")
    ;  if (post.author) { 
    ; __append(" · ")
    ; __append(escapeFn( it.t.by.replace('{name}', () => post.author) ))
    ;  } 
    ; __append("</p></header>")
    ;  const img = it.h.image(post.image, true, true); if (img) { 
    ; __append("<figure>")
    ; __append( it.part('img', { img }) )
    ; __append("</figure>")
    ;  } 
    ; __append( it.part('blocks', { blocks: post.body, level: 2 }) )
    ;  if (it.back) { 
    ; __append("<a class=\"back\" href=\"")
    ; __append(escapeFn( it.back ))
    ; __append("\">← ")
    ; __append(escapeFn( it.t.allPosts ))
    ; __append("</a>")
    ;  } 
    ; __append("</div></div></article>")
  return __output;
  },
  "section-about": function (it, escapeFn) {
  var __output = "";
  function __append(s) { if (s !== undefined && s !== null) __output += s }
    ;  const p = it.s.props; const img = it.h.image(p.image, it.eager); 
    ; __append("<section class=\"s about")
    ; __append(escapeFn( img ? ' has-img' : '' ))
    ; __append("\" id=\"")
    ; __append(escapeFn( it.s.id ))
    ; __append("\" aria-labelledby=\"_h-")
    ; __append(escapeFn( it.s.id ))
    ; __append("\"><div class=\"w\"><div>")
    ; __append( it.part('intro', { id: it.s.id, level: it.level, heading: p.heading }) )
    ;  for (const paragraph of it.h.list(p.paragraphs)) { 
    ; __append("<p>")
    ; __append(escapeFn( paragraph ))
    ; __append("</p>")
    ;  } 
    ; __append("</div>")
    ;  if (img) { 
    ; __append( it.part('img', { img }) )
    ;  } 
    ; __append("</div></section>")
  return __output;
  },
  "section-blog-list": function (it, escapeFn) {
  var __output = "";
  function __append(s) { if (s !== undefined && s !== null) __output += s }
    ;  const p = it.s.props; 
    ; __append("<section class=\"s blog\" id=\"")
    ; __append(escapeFn( it.s.id ))
    ; __append("\" aria-labelledby=\"_h-")
    ; __append(escapeFn( it.s.id ))
    ; __append("\"><div class=\"w\">")
    ; __append( it.part('intro', { id: it.s.id, level: it.level, heading: p.heading, intro: p.intro }) )
    ; __append("<ul class=\"grid\">")
    ;  for (const post of it.h.posts(p)) { 
    ; __append("<li class=\"card post-card\">")
    ;  if (post.image) { 
    ; __append( it.part('img', { img: { ...post.image, alt: '' } }) )
    ;  } 
    ; __append("<div><time class=\"meta\" datetime=\"")
    ; __append(escapeFn( post.date ))
    ; __append("\">")
    ; __append(escapeFn( post.dateLabel ))
    ; __append("</time><")
    ; __append(escapeFn( it.h.hx(it.level + 1) ))
    ; __append(" class=\"sub\"><a href=\"")
    ; __append(escapeFn( post.href ))
    ; __append("\">")
    ; __append(escapeFn( post.title ))
    ; __append("</a></")
    ; __append(escapeFn( it.h.hx(it.level + 1) ))
    ; __append("><p>")
    ; __append(escapeFn( post.excerpt ))
    ; __append("</p></div></li>")
    ;  } 
    ; __append("</ul></div></section>")
  return __output;
  },
  "section-contact": function (it, escapeFn) {
  var __output = "";
  function __append(s) { if (s !== undefined && s !== null) __output += s }
    ;  const p = it.s.props; const a = p.address && typeof p.address === 'object' ? p.address : undefined; const tel = it.h.tel(p.phone); const mail = it.h.mailto(p.email); const map = it.h.https(p.mapUrl); const hours = it.h.hours(p.hours); const form = it.h.form(it.s.id, p); 
    ; __append("<section class=\"s contact\" id=\"")
    ; __append(escapeFn( it.s.id ))
    ; __append("\" aria-labelledby=\"_h-")
    ; __append(escapeFn( it.s.id ))
    ; __append("\"><div class=\"w\">")
    ; __append( it.part('intro', { id: it.s.id, level: it.level, heading: p.heading, intro: p.intro }) )
    ; __append("<div class=\"cols\"><div>")
    ;  if (a || p.phone || p.email) { 
    ; __append("<dl class=\"facts\">")
    ;  if (a) { 
    ; __append("<div><dt>")
    ; __append(escapeFn( it.t.address ))
    ; __append("</dt><dd><address>")
    ; __append(escapeFn( a.street ))
    ; __append("<br>")
    ; __append(escapeFn( [a.postalCode, a.locality].filter(Boolean).join(' ') ))
    ;  if (a.region) { 
    ; __append("<br>")
    ; __append(escapeFn( a.region ))
    ;  } 
    ; __append("<br>")
    ; __append(escapeFn( it.h.country(a.country) ))
    ; __append("</address>")
    ;  if (map) { 
    ; __append("<a href=\"")
    ; __append(escapeFn( map ))
    ; __append("\">")
    ; __append(escapeFn( it.t.map ))
    ; __append("</a>")
    ;  } 
    ; __append("</dd></div>")
    ;  } 
    ;  if (p.phone) { 
    ; __append("<div><dt>")
    ; __append(escapeFn( it.t.phone ))
    ; __append("</dt><dd>")
    ;  if (tel) { 
    ; __append("<a href=\"")
    ; __append(escapeFn( tel ))
    ; __append("\">")
    ; __append(escapeFn( p.phone ))
    ; __append("</a>")
    ;  } else { 
    ; __append(escapeFn( p.phone ))
    ;  } 
    ; __append("</dd></div>")
    ;  } 
    ;  if (p.email) { 
    ; __append("<div><dt>")
    ; __append(escapeFn( it.t.email ))
    ; __append("</dt><dd>")
    ;  if (mail) { 
    ; __append("<a href=\"")
    ; __append(escapeFn( mail ))
    ; __append("\">")
    ; __append(escapeFn( p.email ))
    ; __append("</a>")
    ;  } else { 
    ; __append(escapeFn( p.email ))
    ;  } 
    ; __append("</dd></div>")
    ;  } 
    ; __append("</dl>")
    ;  } 
    ;  if (hours.length > 0) { 
    ; __append("<table class=\"hours\"><caption>")
    ; __append(escapeFn( it.t.hours ))
    ; __append("</caption><tbody>")
    ;  for (const row of hours) { 
    ; __append("<tr><th scope=\"row\">")
    ; __append(escapeFn( row.days ))
    ; __append("</th><td>")
    ; __append(escapeFn( row.spans.length > 0 ? row.spans.join(', ') : it.t.closed ))
    ; __append("</td></tr>")
    ;  } 
    ; __append("</tbody></table>")
    ;  } 
    ;  if (p.hoursNote) { 
    ; __append("<p class=\"note\">")
    ; __append(escapeFn( p.hoursNote ))
    ; __append("</p>")
    ;  } 
    ; __append("</div>")
    ;  if (form) { 
    ; __append( it.part('form', { form, values: new Map(), problems: new Map() }) )
    ;  } 
    ; __append("</div></div></section>")
  return __output;
  },
  "section-cta": function (it, escapeFn) {
  var __output = "";
  function __append(s) { if (s !== undefined && s !== null) __output += s }
    ;  const p = it.s.props; 
    ; __append("<section class=\"s cta\" id=\"")
    ; __append(escapeFn( it.s.id ))
    ; __append("\" aria-labelledby=\"_h-")
    ; __append(escapeFn( it.s.id ))
    ; __append("\"><div class=\"w\"><")
    ; __append(escapeFn( it.h.hx(it.level) ))
    ; __append(" id=\"_h-")
    ; __append(escapeFn( it.s.id ))
    ; __append("\">")
    ; __append(escapeFn( p.heading ))
    ; __append("</")
    ; __append(escapeFn( it.h.hx(it.level) ))
    ; __append(">")
    ;  if (p.body) { 
    ; __append("<p>")
    ; __append(escapeFn( p.body ))
    ; __append("</p>")
    ;  } 
    ; __append("<div class=\"btns\">")
    ;  it.h.list(p.actions).forEach((action, i) => { 
    ; __append( it.part('link', { link: it.h.link(action), cls: i === 0 ? 'btn' : 'btn alt' }) )
    ;  }) 
    ; __append("</div></div></section>")
  return __output;
  },
  "section-faq": function (it, escapeFn) {
  var __output = "";
  function __append(s) { if (s !== undefined && s !== null) __output += s }
    ;  const p = it.s.props; 
    ; __append("<section class=\"s faq-s\" id=\"")
    ; __append(escapeFn( it.s.id ))
    ; __append("\" aria-labelledby=\"_h-")
    ; __append(escapeFn( it.s.id ))
    ; __append("\"><div class=\"w\"><div class=\"faq\">")
    ; __append( it.part('intro', { id: it.s.id, level: it.level, heading: p.heading }) )
    ;  for (const item of it.h.list(p.items)) { 
    ; __append("<details><summary>")
    ; __append(escapeFn( item.question ))
    ; __append("</summary><p>")
    ; __append(escapeFn( item.answer ))
    ; __append("</p></details>")
    ;  } 
    ; __append("</div></div></section>")
  return __output;
  },
  "section-features": function (it, escapeFn) {
  var __output = "";
  function __append(s) { if (s !== undefined && s !== null) __output += s }
    ;  const p = it.s.props; 
    ; __append("<section class=\"s feat\" id=\"")
    ; __append(escapeFn( it.s.id ))
    ; __append("\" aria-labelledby=\"_h-")
    ; __append(escapeFn( it.s.id ))
    ; __append("\"><div class=\"w\">")
    ; __append( it.part('intro', { id: it.s.id, level: it.level, heading: p.heading, intro: p.intro }) )
    ; __append("<ul class=\"grid\">")
    ;  for (const item of it.h.list(p.items)) { 
    ; __append("<li class=\"card\"><")
    ; __append(escapeFn( it.h.hx(it.level + 1) ))
    ; __append(" class=\"sub\">")
    ; __append(escapeFn( item.title ))
    ; __append("</")
    ; __append(escapeFn( it.h.hx(it.level + 1) ))
    ; __append("><p>")
    ; __append(escapeFn( item.body ))
    ; __append("</p></li>")
    ;  } 
    ; __append("</ul></div></section>")
  return __output;
  },
  "section-gallery": function (it, escapeFn) {
  var __output = "";
  function __append(s) { if (s !== undefined && s !== null) __output += s }
    ;  const p = it.s.props; 
    ; __append("<")
    ; __append(escapeFn( p.heading ? 'section' : 'div' ))
    ; __append(" class=\"s gallery\" id=\"")
    ; __append(escapeFn( it.s.id ))
    ; __append("\"")
    ;  if (p.heading) { 
    ; __append(" aria-labelledby=\"_h-")
    ; __append(escapeFn( it.s.id ))
    ; __append("\"")
    ;  } 
    ; __append("><div class=\"w\">")
    ; __append( it.part('intro', { id: it.s.id, level: it.level, heading: p.heading, intro: p.intro }) )
    ; __append("<div class=\"gal\">")
    ;  for (const item of it.h.list(p.items)) { const img = it.h.image(item.image, it.eager); if (!img) continue; 
    ; __append("<figure>")
    ; __append( it.part('img', { img }) )
    ;  if (item.caption) { 
    ; __append("<figcaption>")
    ; __append(escapeFn( item.caption ))
    ; __append("</figcaption>")
    ;  } 
    ; __append("</figure>")
    ;  } 
    ; __append("</div></div></")
    ; __append(escapeFn( p.heading ? 'section' : 'div' ))
    ; __append(">")
  return __output;
  },
  "section-hero": function (it, escapeFn) {
  var __output = "";
  function __append(s) { if (s !== undefined && s !== null) __output += s }
    ;  const p = it.s.props; const img = it.h.image(p.image, it.eager, true); 
    ; __append("<section class=\"s hero\" id=\"")
    ; __append(escapeFn( it.s.id ))
    ; __append("\" aria-labelledby=\"_h-")
    ; __append(escapeFn( it.s.id ))
    ; __append("\"><div class=\"w\"><div>")
    ;  if (p.eyebrow) { 
    ; __append("<p class=\"eyebrow\">")
    ; __append(escapeFn( p.eyebrow ))
    ; __append("</p>")
    ;  } 
    ; __append("<")
    ; __append(escapeFn( it.h.hx(it.level) ))
    ; __append(" id=\"_h-")
    ; __append(escapeFn( it.s.id ))
    ; __append("\">")
    ; __append(escapeFn( p.heading ))
    ; __append("</")
    ; __append(escapeFn( it.h.hx(it.level) ))
    ; __append(">")
    ;  if (p.subheading) { 
    ; __append("<p class=\"lead\">")
    ; __append(escapeFn( p.subheading ))
    ; __append("</p>")
    ;  } 
    ;  if (it.h.list(p.actions).length > 0) { 
    ; __append("<div class=\"btns\">")
    ;  it.h.list(p.actions).forEach((action, i) => { 
    ; __append( it.part('link', { link: it.h.link(action), cls: i === 0 ? 'btn' : 'btn alt' }) )
    ;  }) 
    ; __append("</div>")
    ;  } 
    ; __append("</div>")
    ;  if (img) { 
    ; __append( it.part('img', { img }) )
    ;  } 
    ; __append("</div></section>")
  return __output;
  },
  "section-logos": function (it, escapeFn) {
  var __output = "";
  function __append(s) { if (s !== undefined && s !== null) __output += s }
    ;  const p = it.s.props; 
    ; __append("<")
    ; __append(escapeFn( p.heading ? 'section' : 'div' ))
    ; __append(" class=\"s logos\" id=\"")
    ; __append(escapeFn( it.s.id ))
    ; __append("\"")
    ;  if (p.heading) { 
    ; __append(" aria-labelledby=\"_h-")
    ; __append(escapeFn( it.s.id ))
    ; __append("\"")
    ;  } 
    ; __append("><div class=\"w\">")
    ; __append( it.part('intro', { id: it.s.id, level: it.level, heading: p.heading }) )
    ; __append("<ul>")
    ;  for (const item of it.h.list(p.items)) { const img = it.h.image(item.image, it.eager); const href = it.h.href(item.href); 
    ; __append("<li>")
    ;  if (href) { 
    ; __append("<a href=\"")
    ; __append(escapeFn( href ))
    ; __append("\">")
    ;  } 
    ;  if (img) { 
    ; __append( it.part('img', { img: { ...img, alt: '' } }) )
    ;  } 
    ; __append("<span>")
    ; __append(escapeFn( item.name ))
    ; __append("</span>")
    ;  if (href) { 
    ; __append("</a>")
    ;  } 
    ; __append("</li>")
    ;  } 
    ; __append("</ul></div></")
    ; __append(escapeFn( p.heading ? 'section' : 'div' ))
    ; __append(">")
  return __output;
  },
  "section-pricing": function (it, escapeFn) {
  var __output = "";
  function __append(s) { if (s !== undefined && s !== null) __output += s }
    ;  const p = it.s.props; 
    ; __append("<section class=\"s pricing\" id=\"")
    ; __append(escapeFn( it.s.id ))
    ; __append("\" aria-labelledby=\"_h-")
    ; __append(escapeFn( it.s.id ))
    ; __append("\"><div class=\"w\">")
    ; __append( it.part('intro', { id: it.s.id, level: it.level, heading: p.heading, intro: p.intro }) )
    ; __append("<ul class=\"grid plans\">")
    ;  for (const plan of it.h.list(p.plans)) { const price = it.h.price(plan.price); const period = it.h.period(plan.period); 
    ; __append("<li class=\"card plan")
    ; __append(escapeFn( plan.highlighted === true ? ' hi' : '' ))
    ; __append("\">")
    ;  if (plan.highlighted === true) { 
    ; __append("<p class=\"badge\">")
    ; __append(escapeFn( it.t.popular ))
    ; __append("</p>")
    ;  } 
    ; __append("<")
    ; __append(escapeFn( it.h.hx(it.level + 1) ))
    ; __append(" class=\"sub\">")
    ; __append(escapeFn( plan.name ))
    ; __append("</")
    ; __append(escapeFn( it.h.hx(it.level + 1) ))
    ; __append(">")
    ;  if (price || plan.priceNote) { 
    ;  const unit = price || String(plan.priceNote).split(/\s+/).reduce((a, b) => ([...b].length > [...a].length ? b : a), ''); const chars = [...unit].length; 
    ; __append("<p class=\"amount")
    ; __append(escapeFn( price ? '' : ' ask' ))
    ; __append(escapeFn( chars <= 8 ? '' : chars <= 11 ? ' fit1' : chars <= 13 ? ' fit2' : chars <= 16 ? ' fit3' : chars <= 19 ? ' fit4' : ' fit5' ))
    ; __append("\">")
    ; __append(escapeFn( price || plan.priceNote ))
    ;  if (price && period) { 
    ; __append(" <small>")
    ; __append(escapeFn( period ))
    ; __append("</small>")
    ;  } 
    ; __append("</p>")
    ;  } 
    ;  if (price && plan.priceNote) { 
    ; __append("<p class=\"lead\">")
    ; __append(escapeFn( plan.priceNote ))
    ; __append("</p>")
    ;  } 
    ;  if (plan.description) { 
    ; __append("<p>")
    ; __append(escapeFn( plan.description ))
    ; __append("</p>")
    ;  } 
    ; __append("<ul>")
    ;  for (const feature of it.h.list(plan.features)) { 
    ; __append("<li>")
    ; __append(escapeFn( feature ))
    ; __append("</li>")
    ;  } 
    ; __append("</ul>")
    ;  if (plan.action) { 
    ; __append( it.part('link', { link: it.h.link(plan.action), cls: plan.highlighted === true ? 'btn' : 'btn alt' }) )
    ;  } 
    ; __append("</li>")
    ;  } 
    ; __append("</ul></div></section>")
  return __output;
  },
  "section-services": function (it, escapeFn) {
  var __output = "";
  function __append(s) { if (s !== undefined && s !== null) __output += s }
    ;  const p = it.s.props; 
    ; __append("<section class=\"s services\" id=\"")
    ; __append(escapeFn( it.s.id ))
    ; __append("\" aria-labelledby=\"_h-")
    ; __append(escapeFn( it.s.id ))
    ; __append("\"><div class=\"w\">")
    ; __append( it.part('intro', { id: it.s.id, level: it.level, heading: p.heading, intro: p.intro }) )
    ;  for (const group of it.h.list(p.groups)) { 
    ; __append("<div class=\"group\">")
    ;  if (group.name) { 
    ; __append("<")
    ; __append(escapeFn( it.h.hx(it.level + 1) ))
    ; __append(" class=\"sub\">")
    ; __append(escapeFn( group.name ))
    ; __append("</")
    ; __append(escapeFn( it.h.hx(it.level + 1) ))
    ; __append(">")
    ;  } 
    ;  if (group.description) { 
    ; __append("<p>")
    ; __append(escapeFn( group.description ))
    ; __append("</p>")
    ;  } 
    ; __append("<ul class=\"items\">")
    ;  for (const item of it.h.list(group.items)) { const price = it.h.price(item.price); 
    ; __append("<li class=\"item\"><div><b>")
    ; __append(escapeFn( item.name ))
    ; __append("</b>")
    ;  if (item.description) { 
    ; __append("<p>")
    ; __append(escapeFn( item.description ))
    ; __append("</p>")
    ;  } 
    ;  if (it.h.list(item.tags).length > 0) { 
    ; __append("<ul class=\"tags\">")
    ;  for (const tag of it.h.list(item.tags)) { 
    ; __append("<li>")
    ; __append(escapeFn( tag ))
    ; __append("</li>")
    ;  } 
    ; __append("</ul>")
    ;  } 
    ; __append("</div>")
    ;  if (price || item.priceNote) { 
    ; __append("<span class=\"price\">")
    ; __append(escapeFn( price || '' ))
    ;  if (item.priceNote) { 
    ; __append("<small>")
    ; __append(escapeFn( item.priceNote ))
    ; __append("</small>")
    ;  } 
    ; __append("</span>")
    ;  } 
    ; __append("</li>")
    ;  } 
    ; __append("</ul></div>")
    ;  } 
    ; __append("</div></section>")
  return __output;
  },
  "section-stats": function (it, escapeFn) {
  var __output = "";
  function __append(s) { if (s !== undefined && s !== null) __output += s }
    ;  const p = it.s.props; 
    ; __append("<")
    ; __append(escapeFn( p.heading ? 'section' : 'div' ))
    ; __append(" class=\"s stats\" id=\"")
    ; __append(escapeFn( it.s.id ))
    ; __append("\"")
    ;  if (p.heading) { 
    ; __append(" aria-labelledby=\"_h-")
    ; __append(escapeFn( it.s.id ))
    ; __append("\"")
    ;  } 
    ; __append("><div class=\"w\">")
    ; __append( it.part('intro', { id: it.s.id, level: it.level, heading: p.heading }) )
    ; __append("<ul>")
    ;  for (const item of it.h.list(p.items)) { 
    ; __append("<li><b>")
    ; __append(escapeFn( item.value ))
    ; __append("</b><span>")
    ; __append(escapeFn( item.label ))
    ; __append("</span></li>")
    ;  } 
    ; __append("</ul></div></")
    ; __append(escapeFn( p.heading ? 'section' : 'div' ))
    ; __append(">")
  return __output;
  },
  "section-team": function (it, escapeFn) {
  var __output = "";
  function __append(s) { if (s !== undefined && s !== null) __output += s }
    ;  const p = it.s.props; 
    ; __append("<section class=\"s team\" id=\"")
    ; __append(escapeFn( it.s.id ))
    ; __append("\" aria-labelledby=\"_h-")
    ; __append(escapeFn( it.s.id ))
    ; __append("\"><div class=\"w\">")
    ; __append( it.part('intro', { id: it.s.id, level: it.level, heading: p.heading, intro: p.intro }) )
    ; __append("<ul class=\"grid\">")
    ;  for (const member of it.h.list(p.members)) { const img = it.h.image(member.photo, it.eager); 
    ; __append("<li class=\"card member\">")
    ;  if (img) { 
    ; __append( it.part('img', { img }) )
    ;  } else { 
    ; __append("<span class=\"avatar\" aria-hidden=\"true\">")
    ; __append(escapeFn( it.h.initials(member.name) ))
    ; __append("</span>")
    ;  } 
    ; __append("<")
    ; __append(escapeFn( it.h.hx(it.level + 1) ))
    ; __append(" class=\"sub\">")
    ; __append(escapeFn( member.name ))
    ; __append("</")
    ; __append(escapeFn( it.h.hx(it.level + 1) ))
    ; __append("><p class=\"role\">")
    ; __append(escapeFn( member.role ))
    ; __append("</p>")
    ;  if (member.bio) { 
    ; __append("<p>")
    ; __append(escapeFn( member.bio ))
    ; __append("</p>")
    ;  } 
    ; __append("</li>")
    ;  } 
    ; __append("</ul></div></section>")
  return __output;
  },
  "section-testimonials": function (it, escapeFn) {
  var __output = "";
  function __append(s) { if (s !== undefined && s !== null) __output += s }
    ;  const p = it.s.props; 
    ; __append("<section class=\"s testimonials\" id=\"")
    ; __append(escapeFn( it.s.id ))
    ; __append("\" aria-labelledby=\"_h-")
    ; __append(escapeFn( it.s.id ))
    ; __append("\"><div class=\"w\">")
    ; __append( it.part('intro', { id: it.s.id, level: it.level, heading: p.heading }) )
    ; __append("<div class=\"grid\">")
    ;  for (const item of it.h.list(p.items)) { const stars = it.h.stars(item.rating); 
    ; __append("<figure class=\"card quote\">")
    ;  if (stars) { 
    ; __append("<span class=\"stars\" role=\"img\" aria-label=\"")
    ; __append(escapeFn( stars.label ))
    ; __append("\">")
    ; __append(escapeFn( stars.glyphs ))
    ; __append("</span>")
    ;  } 
    ; __append("<blockquote><p>")
    ; __append(escapeFn( item.quote ))
    ; __append("</p></blockquote><figcaption><b>")
    ; __append(escapeFn( item.author ))
    ; __append("</b>")
    ;  if (item.role) { 
    ; __append(escapeFn( item.role ))
    ;  } 
    ; __append("</figcaption></figure>")
    ;  } 
    ; __append("</div></div></section>")
  return __output;
  },
  "section-text": function (it, escapeFn) {
  var __output = "";
  function __append(s) { if (s !== undefined && s !== null) __output += s }
    ;  const p = it.s.props; 
    ; __append("<")
    ; __append(escapeFn( p.heading ? 'section' : 'div' ))
    ; __append(" class=\"s text\" id=\"")
    ; __append(escapeFn( it.s.id ))
    ; __append("\"")
    ;  if (p.heading) { 
    ; __append(" aria-labelledby=\"_h-")
    ; __append(escapeFn( it.s.id ))
    ; __append("\"")
    ;  } 
    ; __append("><div class=\"w\"><div class=\"prose\">")
    ;  if (p.heading) { 
    ; __append("<")
    ; __append(escapeFn( it.h.hx(it.level) ))
    ; __append(" id=\"_h-")
    ; __append(escapeFn( it.s.id ))
    ; __append("\">")
    ; __append(escapeFn( p.heading ))
    ; __append("</")
    ; __append(escapeFn( it.h.hx(it.level) ))
    ; __append(">")
    ;  } 
    ; __append( it.part('blocks', { blocks: p.blocks, level: p.heading ? it.level + 1 : it.level }) )
    ; __append("</div></div></")
    ; __append(escapeFn( p.heading ? 'section' : 'div' ))
    ; __append(">")
  return __output;
  },
};
