// What a newly added section contains: valid under the schema as it stands, so adding a section never makes
// the document unsaveable, and worded as prompts that tell the person what to write there.

import type { Image, Section, SectionType } from '@pagemagic/crds/site-document';

/** People-facing names of the section types, in the order the "add section" menu lists them. */
export const SECTION_TYPE_LABELS: Readonly<Record<SectionType, string>> = {
  hero: 'Hero banner',
  features: 'Features',
  services: 'Services or menu',
  about: 'About',
  testimonials: 'Testimonials',
  gallery: 'Gallery',
  pricing: 'Pricing',
  team: 'Team',
  faq: 'Questions and answers',
  contact: 'Contact',
  cta: 'Call to action',
  stats: 'Numbers',
  logos: 'Logos',
  'blog-list': 'Blog posts',
  text: 'Text',
};

// A stable seed from the id, so the same new section draws the same picture on every render.
function seedFor(id: string): number {
  let hash = 2166136261;
  for (const char of id) hash = Math.imul(hash ^ (char.codePointAt(0) ?? 0), 16777619) >>> 0;
  return hash;
}

function art(id: string, alt: string): Image {
  return { kind: 'art', seed: seedFor(id), motif: 'blobs', alt, width: 1200, height: 800 };
}

/** A new section of `type` with id `id`; `title` (the page's title) seeds the hero's heading. */
export function defaultSection(type: SectionType, id: string, title = 'Welcome'): Section {
  switch (type) {
    case 'hero':
      return {
        id,
        type,
        props: {
          heading: title.slice(0, 100) || 'Welcome',
          subheading: 'One sentence that tells visitors what this page offers them.',
          actions: [],
        },
      };
    case 'features':
      return {
        id,
        type,
        props: {
          heading: 'Why choose us',
          items: [{ title: 'A reason to choose you', body: 'Say in a sentence or two why it matters.' }],
        },
      };
    case 'services':
      return {
        id,
        type,
        props: {
          heading: 'What we offer',
          groups: [{ items: [{ name: 'Your first service', description: 'What it includes.' }] }],
        },
      };
    case 'about':
      return {
        id,
        type,
        props: {
          heading: 'About us',
          paragraphs: ['Tell visitors who you are, what you do and why you do it.'],
        },
      };
    case 'testimonials':
      return {
        id,
        type,
        props: {
          heading: 'What people say',
          items: [{ quote: 'A few words from someone you helped.', author: 'A happy customer' }],
        },
      };
    case 'gallery':
      return {
        id,
        type,
        props: { heading: 'Gallery', items: [{ image: art(id, 'An illustration'), caption: 'A caption' }] },
      };
    case 'pricing':
      return {
        id,
        type,
        props: {
          heading: 'Prices',
          plans: [{ name: 'Standard', priceNote: 'Ask us', features: ['What this plan includes'] }],
        },
      };
    case 'team':
      return {
        id,
        type,
        props: { heading: 'Our team', members: [{ name: 'A team member', role: 'Their role' }] },
      };
    case 'faq':
      return {
        id,
        type,
        props: {
          heading: 'Questions and answers',
          items: [{ question: 'A question visitors often ask?', answer: 'Your answer to it.' }],
        },
      };
    case 'contact':
      return {
        id,
        type,
        props: { heading: 'Get in touch', intro: 'How and when visitors can reach you.' },
      };
    case 'cta':
      return {
        id,
        type,
        props: {
          heading: 'Ready to start?',
          body: 'One sentence that invites visitors to take the next step.',
          actions: [{ label: 'Get in touch', href: '/' }],
        },
      };
    case 'stats':
      return {
        id,
        type,
        props: { items: [{ value: '10+', label: 'Years of experience' }] },
      };
    case 'logos':
      return {
        id,
        type,
        props: { heading: 'Who we work with', items: [{ name: 'A partner', image: art(id, 'A partner') }] },
      };
    case 'blog-list':
      return { id, type, props: { heading: 'Latest posts', limit: 3 } };
    case 'text':
      return {
        id,
        type,
        props: { blocks: [{ kind: 'paragraph', text: 'Write your text here.' }] },
      };
  }
}
