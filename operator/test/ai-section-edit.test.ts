import { exampleSiteDocument, findSection, type SiteDocument } from '@pagemagic/crds/site-document';
import { describe, expect, it } from 'vitest';
import { applyImprovedSection, guardOtherContent, withoutSection } from '../src/site/ai/index.ts';
import type { BriefFacts } from '../src/site/brief/types.ts';

/** What an instruction tells, as understandBrief() would read it: here only an email address, if any. */
function instructionFacts(text: string, email?: string): BriefFacts {
  return {
    text,
    language: { code: 'en', name: 'English', supported: true, confidence: 0.5 },
    kind: { id: 'generic', family: 'neutral', schemaType: 'LocalBusiness', confidence: 0, alternatives: [] },
    people: [],
    counts: [],
    prices: [],
    hours: { alwaysOpen: false, spans: [], mentions: [] },
    offerings: [],
    attributes: [],
    contact: email ? { email } : {},
  };
}

function sections(site: SiteDocument, id: string) {
  const en = structuredClone(findSection(site, id)?.section);
  const pt = structuredClone(findSection(site, id, 'pt')?.section);
  if (!en || !pt) throw new Error(`the example has section ${id}`);
  return { en, pt };
}

describe('applyImprovedSection', () => {
  const site = exampleSiteDocument();

  it('splices the section into every locale and leaves the rest untouched', () => {
    const { en, pt } = sections(site, 'story');
    if (en.type !== 'about' || pt.type !== 'about') throw new Error('story is an about section');
    en.props.paragraphs = ['Rosa opened the bakery in 1962.'];
    pt.props.paragraphs = ['A Rosa abriu a padaria em 1962.'];

    const result = applyImprovedSection(site, 'story', { section: en, translations: { pt } });

    if (!result.ok) throw new Error(JSON.stringify(result.errors));
    expect(findSection(result.value, 'story')?.section).toEqual(en);
    expect(findSection(result.value, 'story', 'pt')?.section).toEqual(pt);
    expect(withoutSection(result.value, 'story')).toEqual(withoutSection(site, 'story'));
    expect(site).toEqual(exampleSiteDocument());
  });

  it('rejects a section that carries another section’s id, as overwriting it', () => {
    const { en, pt } = sections(site, 'story');
    const result = applyImprovedSection(site, 'story', {
      section: { ...en, id: 'team' },
      translations: { pt },
    });
    expect(result).toEqual({
      ok: false,
      errors: [
        {
          path: '/section/id',
          message:
            'is "team", the id of another section (on page /about): the answer would overwrite that section, but only section "story" may change',
        },
      ],
    });
  });

  it('rejects a new id and a new type', () => {
    const { en, pt } = sections(site, 'story');
    const renamed = applyImprovedSection(site, 'story', {
      section: en,
      translations: { pt: { ...pt, id: 'historia' } },
    });
    expect(!renamed.ok && renamed.errors).toEqual([
      {
        path: '/translations/pt/id',
        message: 'must stay "story" (got "historia"): the rewritten section keeps its id',
      },
    ]);
    const retyped = applyImprovedSection(site, 'story', {
      section: { ...en, type: 'text' },
      translations: { pt },
    });
    expect(!retyped.ok && retyped.errors).toEqual([
      {
        path: '/section/type',
        message: 'must stay "about" (got "text"): the rewritten section keeps its type',
      },
    ]);
  });

  it('requires the section in every locale', () => {
    const { en } = sections(site, 'story');
    const result = applyImprovedSection(site, 'story', { section: en });
    expect(!result.ok && result.errors.map((e) => e.path)).toEqual(['/translations/pt']);
  });

  it('reports validation errors at their place in the answer', () => {
    const { en, pt } = sections(site, 'story');
    if (pt.type !== 'about') throw new Error('story is an about section');
    pt.props.heading = '';
    const result = applyImprovedSection(site, 'story', { section: en, translations: { pt } });
    expect(!result.ok && result.errors).toEqual([
      { path: '/translations/pt/props/heading', message: 'must not be empty' },
    ]);
  });
});

describe('applyImprovedSection: honesty', () => {
  const site = exampleSiteDocument();

  function visitWith(change: (props: Record<string, unknown>) => void) {
    const { en, pt } = sections(site, 'visit');
    change(en.props as Record<string, unknown>);
    change(pt.props as Record<string, unknown>);
    return { section: en, translations: { pt } };
  }

  it('keeps what the site already states, even what no instruction gave', () => {
    // The example's phone number and hours are its own; rewriting the heading keeps them.
    const answer = visitWith((props) => {
      props.heading = 'Come by';
    });
    const result = applyImprovedSection(site, 'visit', answer, instructionFacts('Shorter heading'));
    expect(result.ok).toBe(true);
  });

  it('reports an invented fact at its place in the answer, in every locale', () => {
    const answer = visitWith((props) => {
      props.email = 'orders@padaria-ribeira.example';
    });
    const result = applyImprovedSection(site, 'visit', answer, instructionFacts('Add an orders email'));
    expect(!result.ok && result.errors).toEqual([
      {
        path: '/section/props/email',
        message:
          'invents an email address ("orders@padaria-ribeira.example"): use {"placeholder": "email"} instead',
      },
      {
        path: '/translations/pt/props/email',
        message:
          'invents an email address ("orders@padaria-ribeira.example"): use {"placeholder": "email"} instead',
      },
    ]);
    expect(!result.ok && result.violations?.map((v) => [v.category, v.path])).toEqual([
      ['email', '/pages/5/sections/0/props/email'],
      ['email', '/translations/pt/pages/5/sections/0/props/email'],
    ]);
  });

  it('accepts a fact the instruction gives', () => {
    const text = 'Use orders@padaria-ribeira.example for orders';
    const answer = visitWith((props) => {
      props.email = 'orders@padaria-ribeira.example';
    });
    const result = applyImprovedSection(
      site,
      'visit',
      answer,
      instructionFacts(text, 'orders@padaria-ribeira.example'),
    );
    expect(result.ok).toBe(true);
  });
});

describe('guardOtherContent', () => {
  it('passes when only the section changed, and names any other change', () => {
    const before = exampleSiteDocument();
    const after = exampleSiteDocument();
    const story = findSection(after, 'story')?.section;
    if (story?.type !== 'about') throw new Error('story is an about section');
    story.props.heading = 'Changed';
    expect(guardOtherContent(before, after, 'story')).toEqual([]);

    const team = findSection(after, 'team', 'pt')?.section;
    if (team?.type !== 'team') throw new Error('team is a team section');
    team.props.heading = 'Também mudou';
    expect(guardOtherContent(before, after, 'story').map((e) => e.path)).toEqual(['/translations/pt/id']);
  });

  it('catches a change outside every section', () => {
    const after = exampleSiteDocument();
    after.footer.text = 'Something else entirely.';
    expect(guardOtherContent(exampleSiteDocument(), after, 'story')).toEqual([
      { path: '', message: 'changes the site outside section "story"' },
    ]);
  });
});
