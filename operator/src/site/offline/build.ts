import {
  type ART_MOTIFS,
  type BusinessKind,
  type Image,
  type LocalizedContent,
  type Page,
  type Post,
  pagePath,
  type RichBlock,
  type Section,
  WEEKDAYS,
} from '@pagemagic/crds/site-document';
import { productPrice, translateProduct } from './copy/glossary.ts';
import { copyFor } from './copy/index.ts';
import type { CommonCopy, CopyVars, KindCopy, Tpl } from './copy/types.ts';
import {
  type Gender,
  KIND_DATA,
  type KindData,
  type PageKey,
  type PagePlan,
  type SectionKey,
} from './kinds.ts';
import { copyLanguage } from './locales.ts';
import { PEOPLE } from './people.ts';
import { type Country, localPrice } from './places.ts';
import { createRng, seedFrom } from './random.ts';
import { capitalize, clip, slugify } from './text.ts';

/** Everything the builder needs, all of it recoverable from a generated document (see translate.ts). */
/** Seed parts for a later take; none for the first, so first takes stay as they always were. */
export function takeOf(facts: Pick<SiteFacts, 'variant'>): number[] {
  return facts.variant ? [facts.variant] : [];
}

export interface SiteFacts {
  name: string;
  kind: BusinessKind;
  place?: string;
  country: Country;
  currency: string;
  year?: number;
  /** As the brief wrote them; each locale translates the ones it knows. */
  products: string[];
  alwaysOpen: boolean;
  postalCode?: string;
  pages: PagePlan[];
  /** SiteBrief.variant: 0 for the first take. */
  variant?: number;
}

const SECTION_IDS: Record<Exclude<SectionKey, 'offer'>, string> = {
  hero: 'welcome',
  features: 'highlights',
  stats: 'numbers',
  reviews: 'reviews',
  cta: 'next-step',
  plans: 'plans',
  gallery: 'gallery',
  logos: 'partners',
  story: 'story',
  values: 'values',
  team: 'team',
  faq: 'faq',
  contact: 'visit',
  posts: 'journal',
};

// The offer section is named after its page ("menu", "rooms"), so "/menu#menu" reads naturally.
export function sectionId(key: SectionKey, pages: readonly PagePlan[]): string {
  if (key !== 'offer') return SECTION_IDS[key];
  return pages.find((p) => p.sections.includes('offer'))?.slug.replace(/^index$/, 'offer') ?? 'offer';
}

// Choices that must be the same in every locale, drawn once from the facts.
interface Choices {
  heroVariant: number;
  team: string[];
  reviewers: string[];
  postDays: number[];
}

// The name pools alternate women and men, so a role written as "Pasteleira" or "Vecina" gets a woman's
// name and "Mestre padeiro" a man's; "x" (either) takes whoever is next.
function choose(facts: SiteFacts): Choices {
  const rng = createRng(seedFrom('copy', facts.kind, facts.name, ...takeOf(facts)));
  const pool = [...PEOPLE[facts.country.names]];
  const byGender = { f: pool.filter((_, i) => i % 2 === 0), m: pool.filter((_, i) => i % 2 === 1) };
  const take = (gender: Gender): string => {
    const from =
      gender === 'x' ? (byGender.f.length >= byGender.m.length ? byGender.f : byGender.m) : byGender[gender];
    return from.splice(rng.int(from.length), 1)[0] ?? 'Alex Morgan';
  };
  const { people } = KIND_DATA[facts.kind];
  return {
    heroVariant: rng.int(2),
    team: people.team.map(take),
    reviewers: people.reviews.map(take),
    postDays: [1 + rng.int(27), 1 + rng.int(27)],
  };
}

/** The navigation, footer, pages and posts of one locale. */
export function buildContent(facts: SiteFacts, locale: string): LocalizedContent {
  const language = copyLanguage(locale);
  const { common, kinds } = copyFor(language);
  const kind = kinds[facts.kind];
  const data = KIND_DATA[facts.kind];
  const choices = choose(facts);
  const products = facts.products.map((p) => translateProduct(p, language));
  // Mid-sentence, "Sourdough" reads "sourdough"; German keeps its capitalised nouns, acronyms stay as they are.
  const inText = products.map((p) =>
    language === 'de' || !/^\p{Lu}\p{Ll}/u.test(p) ? p : p.charAt(0).toLowerCase() + p.slice(1),
  );
  const vars: CopyVars = {
    name: facts.name,
    place: facts.place,
    where: facts.place ? ` ${common.where(facts.place)}` : '',
    year: facts.year,
    since: facts.year ? ` ${common.since(facts.year)}` : '',
    products: common.list(inText),
  };
  const ctx: Context = { facts, common, kind, data, choices, vars, products };
  const hasBlog = facts.pages.some((p) => p.sections.includes('posts'));
  return {
    navigation: {
      items: facts.pages
        .slice(0, 8)
        .map((p) => ({ label: clip(pageTitle(ctx, p.key), 40), href: pagePath(p.slug) })),
    },
    footer: footer(ctx),
    pages: facts.pages.map((p) => page(ctx, p)),
    posts: hasBlog ? posts(ctx) : [],
  };
}

interface Context {
  facts: SiteFacts;
  common: CommonCopy;
  kind: KindCopy;
  data: KindData;
  choices: Choices;
  vars: CopyVars;
  products: string[];
}

const text = (ctx: Context, tpl: Tpl): string => (typeof tpl === 'string' ? tpl : tpl(ctx.vars));

function need<T>(value: T | undefined, what: string): T {
  if (value === undefined) throw new Error(`offline copy is missing ${what}`);
  return value;
}

function pageTitle(ctx: Context, key: PageKey): string {
  switch (key) {
    case 'offer':
      return need(ctx.kind.offer, 'offer').title;
    case 'plans':
      return need(ctx.kind.plans, 'plans').title;
    case 'gallery':
      return need(ctx.kind.gallery, 'gallery').title;
    default:
      return ctx.common.pages[key];
  }
}

// A link to a section: the page itself when the section opens it, else an anchor on its page.
function linkTo(ctx: Context, key: SectionKey): string | undefined {
  const plan = ctx.facts.pages.find((p) => p.sections.includes(key));
  if (!plan) return undefined;
  if (plan.slug !== 'index' && plan.sections[0] === key) return pagePath(plan.slug);
  return `${pagePath(plan.slug)}#${sectionId(key, ctx.facts.pages)}`;
}

function contactLink(ctx: Context): string {
  return linkTo(ctx, 'contact') ?? '/';
}

function art(ctx: Context, slot: string, motif: number, alt: string, width = 1200, height = 800): Image {
  const motifs = ctx.data.motifs;
  return {
    kind: 'art',
    seed: seedFrom('art', ctx.facts.name, slot, ...takeOf(ctx.facts)),
    motif: motifs[motif % motifs.length] as (typeof ART_MOTIFS)[number],
    alt: clip(alt, 250),
    width,
    height,
  };
}

function footer(ctx: Context): LocalizedContent['footer'] {
  const { common, facts, vars } = ctx;
  return {
    text: clip(common.footer(facts.name, ctx.kind.noun, vars.where, vars.since), 300),
    links: [
      { label: common.contact.call, href: `tel:${facts.country.phone.replace(/[^+\d]/g, '')}` },
      { label: common.contact.email, href: `mailto:${email(facts)}` },
      { label: common.contact.hours, href: contactLink(ctx) },
    ],
    social: [],
  };
}

export function email(facts: Pick<SiteFacts, 'name'>): string {
  return `hello@${slugify(facts.name, 'business')}.example`;
}

function page(ctx: Context, plan: PagePlan): Page {
  const title = pageTitle(ctx, plan.key);
  return {
    slug: plan.slug,
    title: clip(title, 80),
    seo: seo(ctx, plan.key, title),
    sections: plan.sections.map((key) => section(ctx, key)),
  };
}

function seo(ctx: Context, key: PageKey, title: string): Page['seo'] {
  const { common, kind, facts, vars } = ctx;
  const descriptions: Record<PageKey, () => string> = {
    home: () => text(ctx, kind.hero.subheading),
    offer: () => text(ctx, need(kind.offer, 'offer').intro),
    plans: () => need(kind.plans, 'plans').intro,
    gallery: () => need(kind.gallery, 'gallery').intro,
    about: () => text(ctx, kind.story.paragraphs[0] ?? kind.story.heading),
    team: () => need(kind.team, 'team').intro,
    faq: () => kind.faq.map(([question]) => question).join(' '),
    blog: () => common.seo.blog(facts.name),
    contact: () => common.seo.contact(facts.name, vars.where),
  };
  return {
    title: clip(
      key === 'home'
        ? common.seo.home(facts.name, capitalize(kind.noun), vars.where)
        : common.seo.page(title, facts.name),
      70,
    ),
    description: clip(descriptions[key](), 160),
  };
}

function section(ctx: Context, key: SectionKey): Section {
  const id = sectionId(key, ctx.facts.pages);
  const { common, kind, facts, choices } = ctx;
  switch (key) {
    case 'hero': {
      const actions = [
        { label: kind.hero.action, href: linkTo(ctx, heroTarget(facts.kind)) },
        { label: common.actions.contact, href: linkTo(ctx, 'contact') },
      ].filter((a): a is { label: string; href: string } => a.href !== undefined);
      return {
        id,
        type: 'hero',
        props: {
          eyebrow: clip(text(ctx, kind.hero.eyebrow), 60),
          heading: clip(
            text(
              ctx,
              need(kind.hero.headings[choices.heroVariant % kind.hero.headings.length], 'hero heading'),
            ),
            100,
          ),
          subheading: clip(text(ctx, kind.hero.subheading), 300),
          actions: dedupeLinks(actions).map((a) => ({ label: clip(a.label, 40), href: a.href })),
          image: art(ctx, 'hero', 0, kind.imageAlt.hero, 1600, 1000),
        },
      };
    }
    case 'features':
      return {
        id,
        type: 'features',
        props: {
          heading: text(ctx, kind.features.heading),
          intro: clip(text(ctx, kind.features.intro), 300),
          items: kind.features.items.map(([title, body]) => ({ title, body })),
        },
      };
    case 'stats': {
      const items = kind.stats.items.map(([value, label]) => ({ value, label }));
      if (facts.year) items.unshift({ value: String(facts.year), label: kind.stats.since });
      return { id, type: 'stats', props: { items: items.slice(0, 8) } };
    }
    case 'reviews':
      return {
        id,
        type: 'testimonials',
        props: {
          heading: common.reviewsHeading,
          items: kind.reviews.map(([quote, role], i) => ({
            quote,
            author: need(choices.reviewers[i], 'a reviewer'),
            role,
            rating: 5,
          })),
        },
      };
    case 'cta':
      return {
        id,
        type: 'cta',
        props: {
          heading: text(ctx, kind.cta.heading),
          body: clip(text(ctx, kind.cta.body), 300),
          actions: [{ label: kind.cta.action, href: linkTo(ctx, ctaTarget(facts.kind)) ?? contactLink(ctx) }],
        },
      };
    case 'offer':
      return offer(ctx, id);
    case 'plans':
      return plans(ctx, id);
    case 'gallery': {
      const gallery = need(kind.gallery, 'gallery');
      return {
        id,
        type: 'gallery',
        props: {
          heading: gallery.heading,
          intro: gallery.intro,
          items: gallery.captions.map((caption, i) => ({
            image: art(ctx, `gallery-${i}`, i + 1, caption, 1200, i % 3 === 1 ? 1500 : 900),
            caption,
          })),
        },
      };
    }
    case 'logos':
      return {
        id,
        type: 'logos',
        props: {
          heading: kind.logos?.heading ?? common.logosHeading,
          items: need(ctx.data.logos, 'logo names').map((name, i) => ({
            name,
            image: art(ctx, `logo-${i}`, i, name, 240, 120),
          })),
        },
      };
    case 'story':
      return {
        id,
        type: 'about',
        props: {
          heading: kind.story.heading,
          paragraphs: kind.story.paragraphs.map((p) => clip(text(ctx, p), 1200)),
          image: art(ctx, 'story', 2, kind.imageAlt.story, 1200, 900),
        },
      };
    case 'values':
      return {
        id,
        type: 'text',
        props: {
          heading: kind.values.heading,
          blocks: [
            { kind: 'paragraph', text: kind.values.intro },
            { kind: 'list', ordered: false, items: [...kind.values.items] },
          ],
        },
      };
    case 'team': {
      const team = need(kind.team, 'team');
      return {
        id,
        type: 'team',
        props: {
          heading: team.heading,
          intro: team.intro,
          members: team.members.map(([role, bio], i) => {
            const name = need(choices.team[i], 'a team member');
            return { name, role, bio, photo: art(ctx, `team-${i}`, 3 + i, name, 600, 600) };
          }),
        },
      };
    }
    case 'faq':
      return {
        id,
        type: 'faq',
        props: {
          heading: common.faqHeading,
          items: kind.faq.map(([question, answer]) => ({ question, answer })),
        },
      };
    case 'contact':
      return contact(ctx, id);
    case 'posts':
      return {
        id,
        type: 'blog-list',
        props: { heading: common.blog.heading, intro: clip(text(ctx, common.blog.intro), 300), limit: 6 },
      };
  }
}

function heroTarget(kind: BusinessKind): SectionKey {
  if (kind === 'saas') return 'plans';
  if (kind === 'portfolio' || kind === 'agency') return 'gallery';
  return 'offer';
}

function ctaTarget(kind: BusinessKind): SectionKey {
  return kind === 'nonprofit' ? 'plans' : 'contact';
}

function dedupeLinks<T extends { href: string }>(links: T[]): T[] {
  return links.filter((link, i) => links.findIndex((l) => l.href === link.href) === i);
}

function price(ctx: Context, euros: number | null | undefined) {
  if (euros === null || euros === undefined) return undefined;
  return { amount: localPrice(euros, ctx.facts.currency), currency: ctx.facts.currency };
}

function offer(ctx: Context, id: string): Section {
  const copy = need(ctx.kind.offer, 'offer');
  const prices = need(ctx.data.offer, 'offer prices');
  if (prices.length !== copy.groups.length)
    throw new Error(`offer groups and prices differ for ${ctx.facts.kind}`);
  const groups = copy.groups.map((group, g) => {
    const row = need(prices[g], 'a price row');
    if (row.prices.length !== group.items.length)
      throw new Error(`offer items and prices differ for ${ctx.facts.kind}`);
    const items = group.items.map(([name, description], i) => ({ name, description, euros: row.prices[i] }));
    if (g === 0 && ctx.products.length > 0) {
      const taken = new Set(ctx.products.map((p) => p.toLocaleLowerCase()));
      const fromBrief = ctx.facts.products.map((product, i) => ({
        name: capitalize(ctx.products[i] ?? product),
        description: copy.productNote,
        euros: productPrice(product) ?? ctx.data.productPrice ?? row.prices[i % row.prices.length],
      }));
      // The brief's products come first; the kind's own items fill the rest of the group from its end,
      // since its first item is usually the house staple the brief just named in its own words.
      const rest = items.filter((item) => !taken.has(item.name.toLocaleLowerCase()));
      const room = Math.max(0, items.length - fromBrief.length);
      items.splice(0, items.length, ...fromBrief, ...rest.slice(rest.length - room));
    }
    return {
      name: group.name,
      items: items.map((item) => {
        const amount = price(ctx, item.euros);
        return {
          name: clip(item.name, 80),
          description: item.description,
          ...(amount ? { price: amount } : {}),
          ...(amount && row.note ? { priceNote: ctx.common.priceNotes[row.note] } : {}),
        };
      }),
    };
  });
  return {
    id,
    type: 'services',
    props: { heading: text(ctx, copy.heading), intro: clip(text(ctx, copy.intro), 300), groups },
  };
}

function plans(ctx: Context, id: string): Section {
  const copy = need(ctx.kind.plans, 'plans');
  const data = need(ctx.data.plans, 'plan prices');
  if (data.length !== copy.items.length) throw new Error(`plans and prices differ for ${ctx.facts.kind}`);
  const action = { label: clip(copy.action, 40), href: contactLink(ctx) };
  return {
    id,
    type: 'pricing',
    props: {
      heading: copy.heading,
      intro: copy.intro,
      plans: copy.items.map((plan, i) => {
        const { price: euros, period, highlighted } = data[i] ?? { price: null };
        const amount = price(ctx, euros);
        return {
          name: plan.name,
          ...(amount ? { price: amount } : { priceNote: clip(copy.askNote, 40) }),
          ...(amount && period ? { period } : {}),
          description: plan.description,
          features: [...plan.features],
          action,
          ...(highlighted ? { highlighted: true } : {}),
        };
      }),
    },
  };
}

function contact(ctx: Context, id: string): Section {
  const { common, facts, kind, data } = ctx;
  const hours = facts.alwaysOpen
    ? WEEKDAYS.map((day) => ({ day, opens: '00:00', closes: '23:59' }))
    : data.hours.flatMap(([days, opens, closes]) => days.map((day) => ({ day, opens, closes })));
  hours.sort((a, b) => WEEKDAYS.indexOf(a.day) - WEEKDAYS.indexOf(b.day) || a.opens.localeCompare(b.opens));
  const closed = WEEKDAYS.flatMap((day, i) =>
    hours.some((h) => h.day === day) ? [] : [common.weekdays[i] as string],
  );
  const hoursNote = facts.alwaysOpen
    ? common.contact.alwaysOpen
    : closed.length > 0
      ? common.contact.closedOn(common.list(closed))
      : undefined;
  const form = common.contact.form;
  return {
    id,
    type: 'contact',
    props: {
      heading: common.contact.heading,
      intro: clip(text(ctx, common.contact.intro), 300),
      ...(facts.place
        ? {
            address: {
              street: facts.country.street(12 + (seedFrom('street', facts.name) % 180)),
              locality: clip(facts.place, 80),
              ...(facts.postalCode ? { postalCode: facts.postalCode } : {}),
              country: facts.country.code,
            },
            mapUrl: `https://www.openstreetmap.org/search?query=${encodeURIComponent(facts.place)}`,
          }
        : {}),
      phone: facts.country.phone,
      email: email(facts),
      hours,
      ...(hoursNote ? { hoursNote: clip(hoursNote, 160) } : {}),
      form: {
        fields: [
          { name: 'name', label: form.name, type: 'text', required: true },
          { name: 'email', label: form.email, type: 'email', required: true },
          { name: 'phone', label: form.phone, type: 'tel', required: false },
          { name: 'topic', label: form.topic, type: 'select', required: true, options: [...kind.enquiries] },
          {
            name: 'message',
            label: form.message,
            type: 'textarea',
            required: true,
            placeholder: form.messagePlaceholder,
          },
        ],
        submitLabel: clip(form.submit, 40),
        successMessage: clip(form.success, 200),
      },
    },
  };
}

function posts(ctx: Context): Post[] {
  const { kind, data, choices } = ctx;
  return kind.posts.map((post, i) => {
    const body: RichBlock[] = [];
    post.paragraphs.forEach((paragraph, j) => {
      if (j === 1 && post.subheading) body.push({ kind: 'heading', text: post.subheading });
      body.push({ kind: 'paragraph', text: paragraph });
    });
    if (post.quote) body.push({ kind: 'quote', text: post.quote, cite: ctx.facts.name });
    const month = i === 0 ? '03' : '05';
    const day = String(choices.postDays[i] ?? 1).padStart(2, '0');
    return {
      slug: need(data.postSlugs[i], 'a post slug'),
      title: post.title,
      date: `2025-${month}-${day}`,
      author: need(choices.team[0] ?? choices.reviewers[0], 'an author'),
      excerpt: clip(post.excerpt, 160),
      image: art(ctx, `post-${i}`, i + 2, '', 1200, 630),
      body,
    };
  });
}
