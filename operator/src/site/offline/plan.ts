import type { BusinessKind } from '@pagemagic/crds/site-document';
import type { KindCopy } from './copy/types.ts';
import { KIND_DATA, type PageKey, type PagePlan, type SectionKey } from './kinds.ts';
import { fold } from './text.ts';

// Which pages a site gets: the kind's default set, or the owner's `pages` hints mapped onto what the
// generator can write for that kind. Hints are free text in any of the five languages ("Speisekarte",
// "sobre nós") or page slugs, so a document's own slugs map back to the same plan.

const ALIASES: Record<PageKey, readonly string[]> = {
  home: ['home', 'index', 'inicio', 'accueil', 'startseite', 'start', 'principal', 'homepage'],
  offer: [
    'menu',
    'carta',
    'cardapio',
    'ementa',
    'speisekarte',
    'karte',
    'services',
    'service',
    'servicos',
    'servicios',
    'prestations',
    'leistungen',
    'dienstleistungen',
    'treatments',
    'tratamentos',
    'tratamientos',
    'soins',
    'behandlungen',
    'rooms',
    'quartos',
    'habitaciones',
    'chambres',
    'zimmer',
    'classes',
    'aulas',
    'clases',
    'cours',
    'kurse',
    'courses',
    'cursos',
    'formations',
    'practice areas',
    'areas de pratica',
    'areas de practica',
    'domaines',
    'rechtsgebiete',
    'listings',
    'imoveis',
    'inmuebles',
    'proprietes',
    'biens',
    'immobilien',
    'angebote',
    'angebot',
    'programmes',
    'programs',
    'programas',
    'programme',
    'our work',
    'product',
    'products',
    'produtos',
    'productos',
    'produits',
    'produkte',
    'features',
    'funcionalidades',
    'fonctionnalites',
    'funktionen',
    'offer',
    'what we do',
  ],
  plans: [
    'pricing',
    'prices',
    'price',
    'precos',
    'precios',
    'tarifs',
    'tarifas',
    'preise',
    'plans',
    'planos',
    'planes',
    'memberships',
    'membership',
    'mitgliedschaft',
    'adhesion',
    'abonnement',
    'packages',
    'pacotes',
    'paquetes',
    'forfaits',
    'pakete',
    'donate',
    'donations',
    'doar',
    'donativos',
    'donar',
    'dons',
    'faire un don',
    'spenden',
    'fees',
    'propinas',
    'mensalidades',
  ],
  gallery: [
    'gallery',
    'galeria',
    'galerie',
    'photos',
    'fotos',
    'portfolio',
    'portefolio',
    'work',
    'trabalhos',
    'trabajos',
    'realisations',
    'projects',
    'projetos',
    'proyectos',
    'projets',
    'projekte',
    'referenzen',
  ],
  about: [
    'about',
    'about us',
    'sobre',
    'sobre nos',
    'quem somos',
    'sobre nosotros',
    'nosotros',
    'quienes somos',
    'a propos',
    'qui sommes nous',
    'uber uns',
    'ueber uns',
    'story',
    'our story',
    'history',
    'historia',
    'histoire',
    'geschichte',
  ],
  team: [
    'team',
    'equipa',
    'equipe',
    'equipo',
    'staff',
    'our team',
    'people',
    'lawyers',
    'advogados',
    'abogados',
    'avocats',
    'anwalte',
    'doctors',
    'medicos',
    'coaches',
    'teachers',
    'professores',
    'profesores',
  ],
  faq: [
    'faq',
    'faqs',
    'questions',
    'perguntas',
    'preguntas',
    'fragen',
    'perguntas frequentes',
    'preguntas frecuentes',
    'questions frequentes',
    'haufige fragen',
  ],
  blog: [
    'blog',
    'news',
    'noticias',
    'actualites',
    'aktuelles',
    'neuigkeiten',
    'journal',
    'diario',
    'articles',
    'artigos',
    'articulos',
    'magazine',
    'stories',
  ],
  contact: [
    'contact',
    'contacts',
    'contacto',
    'contato',
    'contactos',
    'kontakt',
    'contact us',
    'fale connosco',
    'contactanos',
    'contactez nous',
    'visit',
    'location',
    'localizacao',
    'ubicacion',
    'acces',
    'anfahrt',
    'booking',
    'book',
    'reservations',
    'reservas',
    'reservation',
    'reservierung',
    'find us',
  ],
};

const LOOKUP = new Map<string, PageKey>(
  Object.entries(ALIASES).flatMap(([key, words]) => words.map((w) => [w, key as PageKey] as const)),
);

/** The kind of page a hint asks for, or undefined when the generator has nothing to write for it. */
export function pageKeyOf(hint: string): PageKey | undefined {
  const words = fold(hint)
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
  return LOOKUP.get(words) ?? LOOKUP.get(words.replace(/s$/, ''));
}

const STANDALONE_SLUG: Partial<Record<PageKey, string>> = {
  team: 'team',
  faq: 'faq',
  gallery: 'gallery',
  plans: 'pricing',
};

/**
 * The pages for a kind and the owner's hints. Without hints, the kind's default pages. With hints: the home
 * page, then each hinted page in the owner's order; a hint for a section that lives on a default page
 * brings that page ("pricing" for a salon brings its services page, which lists prices); a hint the kind
 * has copy for but no page gets a page of its own. Unknown hints are ignored: there is nothing honest to
 * write for them offline. The contact section moves to the home page when there is no contact page, so a
 * site always says how to reach the business.
 */
export function planPages(
  kind: BusinessKind,
  copy: KindCopy,
  hints: readonly string[] | undefined,
): PagePlan[] {
  const defaults = KIND_DATA[kind].pages;
  if (!hints || hints.length === 0) return defaults.map(clonePage);

  const has: Record<SectionKey, boolean> = {
    hero: true,
    features: true,
    stats: true,
    reviews: true,
    cta: true,
    story: true,
    values: true,
    faq: true,
    contact: true,
    posts: true,
    offer: Boolean(copy.offer),
    plans: Boolean(copy.plans),
    gallery: Boolean(copy.gallery),
    logos: Boolean(copy.logos),
    team: Boolean(copy.team),
  };
  const pages: PagePlan[] = [clonePage(defaults[0] as PagePlan)];
  const add = (plan: PagePlan) => {
    if (!pages.some((p) => p.slug === plan.slug)) pages.push(clonePage(plan));
  };
  for (const hint of hints) {
    const key = pageKeyOf(hint);
    if (!key || key === 'home') continue;
    const own = defaults.find((p) => p.key === key);
    const host = defaults.find((p) => p.key !== 'home' && p.sections.includes(key as SectionKey));
    if (own) add(own);
    else if (host) add(host);
    else if (has[key as SectionKey] && STANDALONE_SLUG[key]) {
      add({ key, slug: STANDALONE_SLUG[key] as string, sections: [key as SectionKey] });
    } else {
      // "services" for a photographer, "pricing" for a restaurant: the nearest page that does exist.
      const nearest = defaults.find(
        (p) => (key === 'offer' || key === 'plans') && (p.key === 'offer' || p.key === 'plans'),
      );
      if (nearest) add(nearest);
    }
  }
  // A section that got a page of its own leaves the page it normally sits on.
  for (const plan of pages) {
    if (plan.sections.length === 1 && STANDALONE_SLUG[plan.key] === plan.slug) {
      for (const other of pages) {
        if (other !== plan) other.sections = other.sections.filter((s) => s !== plan.sections[0]);
      }
    }
  }
  if (!pages.some((p) => p.sections.includes('contact'))) pages[0]?.sections.push('contact');
  return pages;
}

function clonePage(plan: PagePlan): PagePlan {
  return { key: plan.key, slug: plan.slug, sections: [...plan.sections] };
}
