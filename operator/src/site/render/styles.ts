// The stylesheet, in blocks. A page's <style> holds the theme variables, the base block and only the blocks
// its sections need, always in the order below so the cascade (and the CSP hash) never depends on section
// order. Values come from SafeTheme only: hex colours, allowlisted font stacks, fixed radii.

import type { SafeTheme } from './theme.ts';

/**
 * The widths (rem) from which header.ejs may show the plain navigation list instead of its menu: the
 * multiples of 4 from 24 to 76 (a list that fits at 20rem, 320px, gets no menu at all). The header names
 * the one it needs as a class, n24 to n76.
 */
export const NAV_BREAKPOINTS: readonly number[] = Array.from({ length: 14 }, (_, i) => 24 + 4 * i);

const NAV_RULES = NAV_BREAKPOINTS.map(
  (rem) => `@media (min-width:${rem}rem){.n${rem} .menu{display:none}.n${rem} .nav{display:block}}`,
).join('\n');

const BLOCKS = {
  base: `
*,*::before,*::after{box-sizing:border-box}
html{-webkit-text-size-adjust:100%;text-size-adjust:100%}
@media (prefers-reduced-motion:no-preference){html{scroll-behavior:smooth}}
body{margin:0;background:var(--bg);color:var(--text);font:1.0625rem/1.65 var(--fb);overflow-wrap:anywhere}
h1,h2,h3,h4,h5,h6{font-family:var(--fh);line-height:1.15;margin:0 0 .6em;text-wrap:balance}
h1{font-size:clamp(2.2rem,1.5rem + 3.4vw,3.7rem);letter-spacing:-.02em}
h2{font-size:clamp(1.7rem,1.3rem + 1.9vw,2.5rem);letter-spacing:-.01em}
h3{font-size:1.25rem}
h4,h5,h6{font-size:1.05rem}
.sub{font-size:1.25rem;letter-spacing:0}
p{margin:0 0 1em}
a{color:var(--link);text-underline-offset:.18em;text-decoration-thickness:1px}
a:hover{text-decoration-thickness:2px}
:focus-visible{outline:3px solid var(--link);outline-offset:3px}
img{display:block;max-width:100%;height:auto}
ul,ol{padding-inline-start:1.25rem}
.w{width:min(100% - 2.5rem,72rem);margin-inline:auto}
.vh{position:absolute;width:1px;height:1px;overflow:hidden;clip-path:inset(50%);white-space:nowrap}
.skip{position:absolute;inset-inline-start:.75rem;top:-5rem;z-index:9;padding:.75rem 1.1rem;background:var(--btn);color:var(--on-btn);border-radius:var(--rs);font-weight:700}
.skip:focus{top:.75rem}
.hd{border-bottom:1px solid var(--line)}
/* Below 60rem a row that wraps (the language links, say) ends under the menu button, not alone at the start. */
.hd .w{position:relative;display:flex;flex-wrap:wrap;justify-content:flex-end;align-items:center;gap:0 1rem;padding-block:.5rem}
.brand{display:flex;align-items:center;gap:.65rem;min-height:48px;margin-inline-end:auto;color:var(--text);font:700 1.2rem/1.2 var(--fh);text-decoration:none}
.mark{display:grid;place-items:center;flex:none;width:2.25rem;height:2.25rem;border-radius:var(--rs);background:var(--btn);color:var(--on-btn);font-size:1.15rem}
.hd ul,.ft ul{display:flex;flex-wrap:wrap;gap:0 .25rem;margin:0;padding:0;list-style:none}
.nav{flex-basis:100%;order:2;margin-inline:-.6rem}
.hd li a{display:flex;align-items:center;min-height:44px;padding:0 .6rem;border-radius:var(--rs);color:var(--text);text-decoration:none}
.hd li span{display:flex;align-items:center;min-height:44px;padding:0 .6rem;color:var(--muted)}
.hd li a:hover{text-decoration:underline}
.hd li a[aria-current=page]{color:var(--link);text-decoration:underline;text-decoration-thickness:2px;text-underline-offset:.45em}
.langs li a{padding:0 .45rem;font-size:.9rem;font-weight:600;letter-spacing:.04em}
.langs li a[aria-current]{color:var(--link);text-decoration:underline;text-decoration-thickness:2px;text-underline-offset:.45em}
@media (min-width:60rem){.nav{flex-basis:auto;order:0;margin:0}.hd .w{justify-content:flex-start}}
/* The main navigation as a menu (a details element) or a plain list: header.ejs renders the list only where it can
   fit on one line, and the NAV_RULES below show it, hiding the menu, from the width it names (n24 to n76). */
.menu~.nav{display:none}
.menu summary{display:flex;align-items:center;gap:.55rem;min-height:44px;padding:0 .8rem;border:1px solid var(--line);border-radius:var(--rs);cursor:pointer;font-weight:650;list-style:none}
.menu summary::-webkit-details-marker{display:none}
.menu [open] summary{background:var(--surface)}
.menu summary::before{content:"";flex:none;width:1.1rem;height:.8rem;border-block:2px solid;background:linear-gradient(currentColor,currentColor) 50%/100% 2px no-repeat}
/* The open menu spans the header's content width just below it, over the page, not pushing it down. */
.menu ul{position:absolute;inset-inline:0;top:100%;z-index:8;display:block;padding:.4rem;border:1px solid var(--line);border-radius:var(--r);background:var(--bg);box-shadow:0 .6rem 1.5rem rgb(0 0 0/.2)}
.menu li a,.menu li span{min-height:48px}
${NAV_RULES}
main{display:block}
main:focus{outline:none}
.s{padding-block:clamp(3rem,2rem + 4vw,5.5rem)}
main>.s:nth-child(even){background:var(--surface)}
.intro{max-width:42rem;margin-bottom:2.5rem}
.lead{font-size:1.15rem;color:var(--muted)}
.intro>:last-child{margin-bottom:0}
.ph{padding-block:clamp(2.5rem,2rem + 3vw,4.5rem) 0}
.ph+.s{padding-top:2rem}
.ft{padding-block:3rem;border-top:1px solid var(--line);background:var(--bg);color:var(--muted);font-size:.95rem}
.ft .w{display:grid;gap:1.5rem}
.ft strong{display:block;color:var(--text);font:700 1.15rem/1.3 var(--fh);margin-bottom:.35rem}
.ft p{max-width:36rem;margin:0}
.ft li a,.ft li span{display:flex;align-items:center;min-height:44px;padding-inline-end:1rem}
.ft h2{font:700 .8rem/1.2 var(--fb);letter-spacing:.08em;text-transform:uppercase;color:var(--muted);margin:0 0 .25rem}
@media (min-width:48rem){.ft .w{grid-template-columns:2fr 1fr 1fr}}
@media (prefers-reduced-motion:reduce){*,*::before,*::after{animation:none!important;transition:none!important;scroll-behavior:auto!important}}
`,
  buttons: `
.btns{display:flex;flex-wrap:wrap;gap:.75rem;margin-top:1.75rem}
.btn{display:inline-flex;align-items:center;justify-content:center;min-height:48px;padding:.7rem 1.4rem;border:2px solid var(--btn);border-radius:var(--rb);background:var(--btn);color:var(--on-btn);font-weight:650;line-height:1.2;text-decoration:none}
.btn:hover{text-decoration:underline}
.btn.alt{background:transparent;border-color:currentColor;color:var(--link)}
`,
  cards: `
.grid{display:grid;gap:1.25rem;margin:0;padding:0;list-style:none;grid-template-columns:repeat(auto-fit,minmax(min(100%,16.5rem),1fr))}
.card{padding:1.6rem;border:1px solid var(--line);border-radius:var(--r);background:var(--surface)}
main>.s:nth-child(even) .card{background:var(--bg)}
.card>:last-child{margin-bottom:0}
`,
  figures: `
figure{margin:0}
figure img{border-radius:var(--r);width:100%}
figcaption{margin-top:.6rem;color:var(--muted);font-size:.95rem}
`,
  prose: `
.prose{max-width:42rem}
.prose h2,.prose h3,.prose h4{margin-top:1.6em}
.prose>:first-child{margin-top:0}
.prose li{margin-bottom:.35em}
blockquote{margin:1.5rem 0;padding-block:.25rem;padding-inline-start:1.25rem;border-inline-start:4px solid var(--accent);font-size:1.15rem}
blockquote p{margin:0}
blockquote footer{margin-top:.5rem;color:var(--muted);font-size:.95rem}
`,
  hero: `
.hero .w{display:grid;gap:2.5rem;align-items:center}
.hero .lead{font-size:clamp(1.1rem,1rem + .5vw,1.3rem);max-width:36rem}
.eyebrow{margin:0 0 .9rem;color:var(--accent-t);font-size:.85rem;font-weight:700;letter-spacing:.1em;text-transform:uppercase}
.hero img{width:100%;border-radius:var(--r)}
@media (min-width:56rem){.hero .w{grid-template-columns:1.1fr 1fr}}
`,
  features: `
.feat .card{border-top:4px solid var(--accent)}
.feat .sub{margin-bottom:.4rem}
.feat p{color:var(--muted)}
`,
  services: `
.group+.group{margin-top:2.75rem}
.group .sub{padding-bottom:.5rem;border-bottom:2px solid var(--line)}
.group>p{color:var(--muted)}
.items{display:grid;gap:0 3rem;margin:0;padding:0;list-style:none}
@media (min-width:50rem){.items{grid-template-columns:1fr 1fr}}
.item{display:flex;flex-wrap:wrap;justify-content:space-between;gap:.25rem 1rem;padding-block:.9rem;border-bottom:1px dashed var(--line)}
.item>div{flex:1 1 10rem}
.item b{font-weight:650}
.item p{margin:.2rem 0 0;color:var(--muted);font-size:.95rem}
/* A price never breaks: the item's name wraps instead, or the price moves under it; a note breaks between words. */
.price{flex:0 1 auto;max-width:100%;margin-inline-start:auto;text-align:end;font-weight:700;font-variant-numeric:tabular-nums;white-space:nowrap}
.price small{display:block;color:var(--muted);font-size:.8rem;font-weight:400;white-space:normal;overflow-wrap:break-word}
.tags{display:flex;flex-wrap:wrap;gap:.35rem;margin:.45rem 0 0;padding:0;list-style:none}
.tags li{padding:0 .55rem;border:1px solid var(--line);border-radius:999px;color:var(--muted);font-size:.8rem}
`,
  about: `
.about .w{display:grid;gap:2.5rem;align-items:center}
.about.has-img .w{grid-template-columns:repeat(auto-fit,minmax(min(100%,22rem),1fr))}
.about p{max-width:40rem}
.about img{width:100%;border-radius:var(--r)}
`,
  testimonials: `
.quote{display:flex;flex-direction:column;margin:0}
.quote blockquote{flex:1;margin:0 0 1.25rem;padding:0;border:0;font-size:1.1rem}
.quote blockquote::before{content:"\\201C";display:block;height:2.4rem;color:var(--accent-t);font:700 3.5rem/1 var(--fh)}
.quote figcaption{margin:0;color:var(--muted)}
.quote figcaption b{display:block;color:var(--text)}
.quote:only-child{max-width:46rem}
.quote:only-child blockquote{font-size:1.3rem}
.stars{display:block;margin-bottom:.6rem;color:var(--accent-t);letter-spacing:.15em}
`,
  gallery: `
.gal{display:grid;gap:1.25rem;align-items:start;grid-template-columns:repeat(auto-fill,minmax(min(100%,18rem),1fr))}
`,
  pricing: `
.plans{align-items:stretch}
.plan{display:flex;flex-direction:column;position:relative}
.plan.hi{border:2px solid var(--btn)}
.badge{align-self:flex-start;margin:0 0 .75rem;padding:.2rem .7rem;border-radius:999px;background:var(--btn);color:var(--on-btn);font-size:.8rem;font-weight:700}
.amount{display:flex;flex-wrap:wrap;align-items:baseline;column-gap:.4rem;margin:.25rem 0 .5rem;font:700 2.3rem/1.1 var(--fh);white-space:nowrap}
.amount.ask{white-space:normal;overflow-wrap:break-word}
.amount.fit1{font-size:1.8rem}
.amount.fit2{font-size:1.45rem}
.amount.fit3{font-size:1.2rem}
.amount.fit4{font-size:1rem}
.amount.fit5{font-size:.85rem}
.amount small{color:var(--muted);font:400 1rem var(--fb)}
.plan ul{flex:1;margin:1rem 0 1.5rem;padding:0;list-style:none}
.plan li{position:relative;padding-block:.35rem;padding-inline-start:1.7rem}
.plan li::before{content:"\\2713";position:absolute;inset-inline-start:0;color:var(--accent-t);font-weight:700}
.plan .btn{width:100%}
`,
  team: `
.member{text-align:center}
.member img,.avatar{width:7rem;height:7rem;margin:0 auto 1rem;border-radius:50%;object-fit:cover}
.avatar{display:grid;place-items:center;background:var(--btn);color:var(--on-btn);font:700 2rem/1 var(--fh)}
.member .sub{margin-bottom:.2rem}
.role{color:var(--muted)}
`,
  faq: `
.faq{max-width:48rem}
.faq details{border-bottom:1px solid var(--line)}
.faq summary{display:flex;justify-content:space-between;align-items:center;gap:1rem;min-height:48px;padding:.9rem 0;cursor:pointer;font-weight:650;list-style:none}
.faq summary::-webkit-details-marker{display:none}
.faq summary::after{content:"+";flex:none;color:var(--link);font-size:1.5rem;line-height:1}
.faq details[open] summary::after{content:"\\2212"}
.faq details p{margin:0 0 1.2rem;color:var(--muted)}
`,
  contact: `
.contact .cols{display:grid;gap:2.5rem;grid-template-columns:repeat(auto-fit,minmax(min(100%,22rem),1fr))}
address{font-style:normal}
.facts{display:grid;gap:1.25rem;margin:0}
.facts dt{color:var(--muted);font-size:.85rem;font-weight:700;letter-spacing:.06em;text-transform:uppercase}
.facts dd{margin:0}
.facts a{display:inline-block;padding-block:.6rem}
.hours{width:100%;margin-top:1.75rem;border-collapse:collapse;font-variant-numeric:tabular-nums}
.hours th,.hours td{padding:.45rem 0;border-bottom:1px solid var(--line);text-align:start;vertical-align:top}
.hours td{text-align:end}
.hours thead th{color:var(--muted);font-size:.85rem}
.hours caption{margin-bottom:.5rem;color:var(--muted);font-size:.85rem;font-weight:700;letter-spacing:.06em;text-align:start;text-transform:uppercase}
.note{margin-top:.75rem;color:var(--muted);font-size:.95rem}
.form{display:grid;gap:1.1rem}
.field label{display:block;margin-bottom:.35rem;font-weight:650}
.field input,.field select,.field textarea{width:100%;min-height:48px;padding:.65rem .85rem;border:1px solid var(--muted);border-radius:var(--rs);background:var(--bg);color:var(--text);font:inherit}
.field textarea{min-height:8rem;resize:vertical}
.check{display:flex;gap:.6rem;align-items:center}
.check input{width:1.4rem;height:1.4rem;margin:0;accent-color:var(--btn)}
.check label{margin:0}
.req{color:var(--muted);font-weight:400}
.form .btn{justify-self:start;font:inherit;font-weight:650;cursor:pointer}
`,
  cta: `
main>.s.cta{background:var(--btn);color:var(--on-btn);text-align:center}
.cta .w{max-width:44rem}
.cta p{font-size:1.15rem}
.cta .btns{justify-content:center}
.cta .btn{background:var(--on-btn);border-color:var(--on-btn);color:var(--btn)}
.cta .btn.alt{background:transparent;color:var(--on-btn)}
.cta :focus-visible{outline-color:var(--on-btn)}
`,
  stats: `
.stats ul{display:grid;gap:2rem;margin:0;padding:0;list-style:none;text-align:center;grid-template-columns:repeat(auto-fit,minmax(min(100%,10rem),1fr))}
.stats b{display:block;color:var(--link);font:700 clamp(2.2rem,1.8rem + 2vw,3.2rem)/1.1 var(--fh)}
.stats span{color:var(--muted)}
`,
  logos: `
.logos ul{display:grid;gap:1.5rem;margin:0;padding:0;list-style:none;grid-template-columns:repeat(auto-fill,minmax(min(100%,10rem),1fr))}
.logos li{text-align:center;color:var(--muted);font-size:.9rem}
.logos img{width:100%;max-width:10rem;height:auto;margin:0 auto .5rem;border-radius:var(--rs)}
.logos a{display:block;padding:.25rem}
`,
  posts: `
.post-card{display:flex;flex-direction:column;overflow:hidden;padding:0}
.post-card img{width:100%;border-radius:0}
.post-card div{padding:1.5rem}
.post-card .sub a{color:var(--text);text-decoration:none}
.post-card .sub a:hover{text-decoration:underline}
.post-card p{color:var(--muted)}
.post-card .meta{display:block;margin-bottom:.5rem;color:var(--muted);font-size:.9rem}
`,
  post: `
.article header{margin-bottom:2rem}
.article .meta{color:var(--muted)}
.article figure{margin-bottom:2rem}
.back{display:inline-block;margin-top:2.5rem;padding-block:.6rem}
`,
  formTrap: `
.form .trap{position:absolute;left:-10000px;width:1px;height:1px;overflow:hidden}
`,
  formRetry: `
.retry .alert{margin:0 0 2rem;padding:1rem 1.25rem;border:2px solid var(--link);border-radius:var(--rs);background:var(--surface)}
.retry .alert p,.retry .alert ul{margin:0}
.retry .alert ul{margin-top:.5rem}
.err{margin:0 0 .35rem;font-weight:650}
.field [aria-invalid=true]{border:2px solid var(--link)}
`,
  notFound: `
.nf{text-align:center}
.nf .btns{justify-content:center}
.nf ul{display:flex;flex-wrap:wrap;justify-content:center;gap:0 1rem;margin:1.5rem 0 0;padding:0;list-style:none}
.nf li a{display:inline-block;padding-block:.6rem}
`,
} as const;

export type StyleBlock = keyof typeof BLOCKS;

const ORDER = Object.keys(BLOCKS) as StyleBlock[];

/** Which blocks a section type needs besides base; unknown types need nothing (they render nothing). */
export const SECTION_BLOCKS: Readonly<Record<string, readonly StyleBlock[]>> = {
  hero: ['buttons', 'hero'],
  features: ['cards', 'features'],
  services: ['services'],
  about: ['about'],
  testimonials: ['cards', 'testimonials'],
  gallery: ['figures', 'gallery'],
  pricing: ['buttons', 'cards', 'pricing'],
  team: ['cards', 'team'],
  faq: ['faq'],
  contact: ['buttons', 'contact'],
  cta: ['buttons', 'cta'],
  stats: ['stats'],
  logos: ['logos'],
  'blog-list': ['cards', 'posts'],
  text: ['prose'],
};

/** A small, safe minifier for the stylesheet above (not for arbitrary CSS): comments and spare whitespace. */
export function minifyCss(css: string): string {
  return css
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/\s+/g, ' ')
    .replace(/\s*([{};,>])\s*/g, '$1')
    .replace(/:\s+/g, ':')
    .replace(/;}/g, '}')
    .trim();
}

const MINIFIED = Object.fromEntries(ORDER.map((name) => [name, minifyCss(BLOCKS[name])])) as Record<
  StyleBlock,
  string
>;

/** The complete stylesheet for a page using `blocks`. */
export function pageCss(theme: SafeTheme, blocks: Iterable<StyleBlock>): string {
  const wanted = new Set<StyleBlock>(['base', ...blocks]);
  const c = theme.colors;
  const vars =
    `:root{color-scheme:${theme.mode};--bg:${c.background};--surface:${c.surface};--text:${c.text};` +
    `--muted:${c.muted};--link:${c.link};--accent:${c.accent};--accent-t:${c.accentText};--btn:${c.button};` +
    `--on-btn:${c.onButton};--line:${c.line};--r:${theme.radius};--rb:${theme.buttonRadius};` +
    `--rs:${theme.smallRadius};--fh:${theme.headingFont};--fb:${theme.bodyFont}}`;
  const css =
    vars +
    ORDER.filter((name) => wanted.has(name))
      .map((name) => MINIFIED[name])
      .join('');
  // Every value above comes from an allowlist or a checked hex colour; this guards the guard, since the
  // stylesheet is written into a <style> element unescaped.
  if (css.includes('<')) throw new Error('refusing to emit a stylesheet containing "<"');
  return css;
}
