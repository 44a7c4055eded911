import type { CopyVars, LocaleCopy } from './types.ts';
import { word } from './words.ts';

// German copy, addressing the reader as "Sie", as most German small businesses do. Mirrors en.ts section
// by section.

const tag = (v: CopyVars, fallback: string) =>
  [v.place, v.year ? `seit ${v.year}` : undefined].filter(Boolean).join(' · ') || fallback;

const capital = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

export const de: LocaleCopy = {
  common: {
    where: (place) => `in ${place}`,
    since: (year) => `seit ${year}`,
    list: (items) =>
      items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} und ${items.at(-1)}`,
    builtName: (descriptor, place) => `${descriptor} ${place}`,
    pages: {
      home: 'Start',
      about: 'Über uns',
      contact: 'Kontakt',
      blog: 'Journal',
      team: 'Team',
      faq: 'Fragen',
    },
    seo: {
      home: (name, noun, where) => `${name} · ${noun}${where}`,
      page: (title, name) => `${title} · ${name}`,
      blog: (name) => `Neuigkeiten und Geschichten von ${name}.`,
      contact: (name, where) => `Adresse, Öffnungszeiten und Kontakt: ${name}${where}.`,
    },
    reviewsHeading: 'Das sagen unsere Kunden',
    faqHeading: 'Häufige Fragen',
    logosHeading: 'In guter Gesellschaft',
    blog: {
      heading: 'Journal',
      intro: (v) => `Neuigkeiten, Blicke hinter die Kulissen und praktische Tipps von ${v.name}.`,
      latest: 'Neu im Journal',
    },
    contact: {
      heading: 'Kontakt',
      intro: (v) =>
        `Rufen Sie an, schreiben Sie uns oder besuchen Sie uns${v.where}. Wir antworten auf jede Nachricht innerhalb eines Werktags.`,
      call: 'Anrufen',
      email: 'E-Mail',
      hours: 'Öffnungszeiten',
      closedOn: (days) => `Ruhetag: ${days}.`,
      alwaysOpen: 'Rund um die Uhr erreichbar, 7 Tage die Woche, auch an Feiertagen.',
      mapAlt: 'Karte',
      form: {
        name: 'Ihr Name',
        email: 'E-Mail-Adresse',
        phone: 'Telefon (optional)',
        topic: 'Worum geht es?',
        message: 'Nachricht',
        messagePlaceholder: 'Erzählen Sie uns kurz, was Sie brauchen',
        submit: 'Nachricht senden',
        success: 'Vielen Dank! Ihre Nachricht ist unterwegs, wir melden uns bald.',
      },
    },
    weekdays: ['Montag', 'Dienstag', 'Mittwoch', 'Donnerstag', 'Freitag', 'Samstag', 'Sonntag'],
    footer: (name, noun, where, since) => `${name}, ${noun}${where}${since}.`,
    priceNotes: {
      from: 'ab',
      perHour: 'pro Stunde',
      perNight: 'pro Nacht',
      perPerson: 'pro Person',
      perClass: 'pro Einheit',
      perMonth: 'pro Monat',
    },
    actions: { contact: 'Kontakt aufnehmen', learnMore: 'Mehr erfahren', readMore: 'Weiterlesen' },
    improve: {
      formal: [
        [word('hallo'), 'guten Tag'],
        [word('super'), 'hervorragend'],
        [word('toll'), 'ausgezeichnet'],
        [word('kommen Sie vorbei'), 'besuchen Sie uns'],
        [word('bis bald'), 'wir freuen uns auf Ihren Besuch'],
        [word('die Kleinen'), 'die Kinder'],
        [/!/g, '.'],
      ],
      friendly: [
        [word('besuchen Sie uns'), 'kommen Sie vorbei'],
        [word('guten Tag'), 'hallo'],
      ],
    },
  },
  kinds: {
    restaurant: {
      noun: 'Restaurant',
      names: ['Die Lange Tafel', 'Salz & Glut', 'Straßenküche'],
      hero: {
        eyebrow: (v) => tag(v, 'Saisonale Küche'),
        headings: [
          (v) => `Ein Platz an unserem Tisch${v.where}`,
          () => 'Saisonal gekocht, großzügig serviert, guter Wein',
        ],
        subheading: (v) =>
          v.products
            ? `${capital(v.products)}, frisch gekocht mit dem, was der Markt jeden Morgen bringt.`
            : 'Eine kleine Karte, die den Jahreszeiten folgt, frisch gekocht mit Zutaten von Menschen, die wir kennen.',
        action: 'Zur Speisekarte',
      },
      features: {
        heading: 'Warum unsere Gäste wiederkommen',
        intro: (v) => `Im ${v.name} entsteht alles in unserer eigenen Küche, vom Fond bis zum Eis.`,
        items: [
          [
            'Vom Markt auf den Teller',
            'Wir kaufen bei Bauern und Fischern aus der Region und schreiben die Tagesgerichte jeden Tag an die Tafel.',
          ],
          [
            'Alles hausgemacht',
            'Brot, Saucen, Pasta und Desserts machen wir selbst, nichts wird fertig eingekauft.',
          ],
          [
            'Platz für alle',
            'Ruhige Ecken für zwei, eine lange Tafel für Geburtstage und eine Karte für die Kleinen.',
          ],
        ],
      },
      stats: {
        since: 'Wir kochen seit',
        items: [
          ['4,7/5', 'Durchschnittliche Bewertung'],
          ['90 %', 'Zutaten aus unter 100 km'],
        ],
      },
      reviews: [
        [
          'Wir kamen für ein Abendessen und waren in einer Woche dreimal da. Das geschmorte Lamm ist unvergesslich.',
          'Zu Besuch in der Stadt',
        ],
        [
          'Herzlicher Service, faire Preise und die besten Desserts der Stadt. Unser Lieblingsort für Familienfeiern.',
          'Stammgast',
        ],
        [
          'Sie haben sich an meine Allergie vom letzten Besuch erinnert, ohne dass ich etwas sagen musste. Das ist echte Gastfreundschaft.',
          'Gast aus der Nachbarschaft',
        ],
      ],
      offer: {
        title: 'Speisekarte',
        heading: 'Auf der Karte',
        intro:
          'Unsere Karte wechselt mit den Jahreszeiten. Fragen Sie nach den Tagesgerichten und der passenden Weinbegleitung.',
        productNote: 'Ein Klassiker des Hauses, frisch zubereitet.',
        groups: [
          {
            name: 'Vorspeisen',
            items: [
              ['Brot und Olivenöl', 'Unser Sauerteigbrot mit regionalem Olivenöl und Meersalz.'],
              ['Tagessuppe', 'Jeden Morgen aus dem Besten vom Markt gekocht.'],
              ['Gegrillter Oktopus', 'Mit geräuchertem Paprika, Quetschkartoffeln und Zitrone.'],
            ],
          },
          {
            name: 'Hauptgerichte',
            items: [
              ['Fang des Tages', 'Im Ganzen gegrillt, mit Kräutern, Gemüse und grüner Sauce.'],
              ['Geschmortes Lamm', 'Sieben Stunden im Ofen, mit gerösteten Wurzeln und eigenem Jus.'],
              ['Risotto mit Waldpilzen', 'Carnaroli-Reis, gereifter Käse und Thymian. Vegetarisch.'],
            ],
          },
          {
            name: 'Desserts',
            items: [
              ['Gebrannter Käsekuchen', 'Innen cremig, oben karamellisiert.'],
              ['Schokoladenmousse', 'Dunkle Schokolade, Olivenöl und eine Prise Salz.'],
              ['Obst der Saison', 'Einfach serviert, von denselben Erzeugern wie unser Gemüse.'],
            ],
          },
        ],
      },
      gallery: {
        title: 'Galerie',
        heading: 'Aus unserer Küche',
        intro: 'Ein Blick auf den Gastraum, die Teller und die Menschen dahinter.',
        captions: [
          'Der Gastraum an einem Freitagabend',
          'Frisch vom Markt',
          'Der Pass kurz vor dem Service',
          'Das Dessert, der beste Teil',
        ],
      },
      story: {
        heading: 'Unsere Geschichte',
        paragraphs: [
          (v) =>
            v.year
              ? `Das ${v.name} hat ${v.year} mit einer einfachen Idee eröffnet: das kochen, was wir selbst gern essen, mit Zutaten, denen wir vertrauen, und es servieren wie zu Hause.`
              : `Das ${v.name} begann mit einer einfachen Idee: das kochen, was wir selbst gern essen, mit Zutaten, denen wir vertrauen, und es servieren wie zu Hause.`,
          (v) =>
            `Noch heute gehen wir jeden Morgen auf den Markt, backen unser eigenes Brot und kennen die meisten Gäste beim Namen. Wenn Sie${v.where || ' in der Nähe'} sind, essen Sie mit uns.`,
        ],
      },
      values: {
        heading: 'Woran wir glauben',
        intro: 'Ein Restaurant ist nur so gut wie seine Gewohnheiten. Das sind unsere.',
        items: [
          'Mit den Jahreszeiten kochen, nicht gegen sie',
          'Unsere Erzeuger fair und pünktlich bezahlen',
          'So wenig wie möglich verschwenden',
          'Jeden Gast wie einen Stammgast behandeln',
        ],
      },
      team: {
        heading: 'Die Menschen in der Küche',
        intro: 'Ein kleines Team, das zusammen kocht, serviert und abwäscht.',
        members: [
          [
            'Küchenchef',
            'Hat in großen Küchen gelernt und ist zurückgekommen, um die Küche unserer Region zu kochen.',
          ],
          ['Restaurantleiterin', 'Kennt jeden Tisch, jeden Wein und die Geburtstage fast aller Stammgäste.'],
          ['Patissière', 'Zuständig für das Brot im Morgengrauen und die Desserts am Abend.'],
        ],
      },
      faq: [
        [
          'Muss ich reservieren?',
          'Abends und am Wochenende empfehlen wir eine Reservierung. Ein paar Tische halten wir immer für spontane Gäste frei.',
        ],
        [
          'Berücksichtigen Sie Allergien und Ernährungsweisen?',
          'Ja. Sagen Sie es uns bei der Reservierung oder Ihrer Bedienung, und die Küche passt Ihre Gerichte an.',
        ],
        [
          'Können wir das Restaurant für eine private Feier buchen?',
          'Wir richten Geburtstage, Firmenessen und kleine Hochzeiten aus. Schreiben Sie uns Datum und Gästezahl.',
        ],
        [
          'Gibt es eine Kinderkarte?',
          'Ja, mit kleineren Portionen unserer Gerichte, und Hochstühle auf Wunsch.',
        ],
      ],
      cta: {
        heading: 'Schon Hunger?',
        body: 'Reservieren Sie einen Tisch für heute Abend oder planen Sie mit uns Ihre nächste Feier.',
        action: 'Tisch reservieren',
      },
      posts: [
        {
          title: 'Was uns der Markt in dieser Saison gelehrt hat',
          excerpt:
            'Wie unser morgendlicher Marktbesuch die Tageskarte bestimmt und auf welche Gerichte wir uns gerade am meisten freuen.',
          paragraphs: [
            'Jeder Morgen beginnt gleich: ein Gang über den Markt vor dem ersten Kaffee. Wir gehen ohne Einkaufszettel los und kommen mit dem zurück, was am besten aussieht, riecht und schmeckt.',
            'In dieser Saison waren das süße junge Erbsen, die ersten Tomaten des Jahres und hervorragender Fisch. Jedes davon wurde zum Tagesgericht, und manche haben es auf die Karte geschafft.',
            'So zu kochen hält die Küche wach. Und es bedeutet, dass unsere Karte nie ganz dieselbe ist.',
          ],
          subheading: 'Vom Marktstand auf den Teller',
          quote: 'Gutes Kochen beginnt mit gutem Einkaufen.',
        },
        {
          title: 'Kleiner Leitfaden: Wein zu unserer Karte',
          excerpt:
            'Unsere Restaurantleiterin verrät ein paar einfache Regeln für die Weinwahl, ob zu Fisch, Fleisch oder nur zum Dessert.',
          paragraphs: [
            'Man muss kein Experte sein, um Wein zu genießen. Beginnen Sie mit dem, was Ihnen schmeckt, und lassen Sie sich vom Essen leiten.',
            'Frische Weiß- und Roséweine lieben Meeresfrüchte und Salate. Unsere Schmorgerichte verlangen nach einem kräftigen Roten. Und verzichten Sie nie auf ein Glas Süßwein zum Dessert.',
            'Im Zweifel fragen Sie einfach. Wir öffnen gern eine Flasche und lassen Sie probieren.',
          ],
        },
      ],
      enquiries: ['Tischreservierung', 'Private Feier', 'Etwas anderes'],
      imageAlt: { hero: 'Ein gedeckter Tisch zum Abendessen', story: 'Unser Gastraum' },
    },
    bakery: {
      noun: 'Bäckerei',
      names: ['Bäckerei Morgenrot', 'Dorfbackstube', 'Goldene Kruste'],
      hero: {
        eyebrow: (v) => tag(v, 'Bäckerei und Café'),
        headings: [
          (v) => `Jeden Morgen frisches Brot${v.where}`,
          () => 'In Ruhe gebacken, mit Freude gegessen',
        ],
        subheading: (v) =>
          v.products
            ? `${capital(v.products)}, frisch aus unserem Ofen${v.year ? ` seit ${v.year}` : ''}. Kommen Sie früh: Das Beste ist schnell weg.`
            : 'Lang geführtes Brot, buttrige Backwaren und guter Kaffee, jeden Morgen frisch aus dem Ofen.',
        action: 'Was gerade im Ofen ist',
      },
      features: {
        heading: 'Warum unser Brot anders schmeckt',
        intro: 'Keine Abkürzungen, keine Zusätze: nur Mehl, Wasser, Salz und Zeit.',
        items: [
          [
            'Langsamer Teig',
            'Jeder Laib ruht bis zu 24 Stunden vor dem Backen, für mehr Aroma und eine bessere Kruste.',
          ],
          [
            'Im Morgengrauen gebacken',
            'Die Öfen laufen vor Sonnenaufgang, alles in der Theke ist von heute Morgen.',
          ],
          ['Gute Zutaten', 'Steingemahlenes Mehl, echte Butter und Freilandeier von Höfen aus der Nähe.'],
        ],
      },
      stats: {
        since: 'Wir backen seit',
        items: [
          ['600+', 'Backwaren jeden Tag'],
          ['24 h', 'Lange Teigführung'],
        ],
      },
      reviews: [
        [
          'Das beste Brot, das ich seit Jahren gefunden habe. Knusprige Kruste, saftige Krume, und es hält tagelang.',
          'Kunde an jedem Samstag',
        ],
        [
          'Das Gebäck ist gefährlich. Ich komme für ein Brot und gehe immer mit einer Tüte voller Leckereien.',
          'Nachbarin',
        ],
        ['Sie haben unsere Hochzeitstorte gebacken, und alle reden heute noch davon.', 'Glückliche Kundin'],
      ],
      offer: {
        title: 'Sortiment',
        heading: 'Heute gebacken',
        intro:
          'Alles wird jeden Morgen frisch gebacken. Sollen wir Ihnen etwas zurücklegen? Rufen Sie vorher an.',
        productNote: 'Eine unserer Spezialitäten, jeden Morgen frisch gebacken.',
        groups: [
          {
            name: 'Brot',
            items: [
              ['Landbrot mit Sauerteig', 'Unser Alltagsbrot: 24 Stunden Teigführung, krachende Kruste.'],
              ['Roggenbrot mit Saaten', 'Kräftig, dunkel und voller Saaten. Hält eine Woche.'],
              ['Rustikale Brötchen', 'Perfekt zum Frühstück oder für ein Sandwich am Mittag.'],
            ],
          },
          {
            name: 'Feingebäck',
            items: [
              ['Buttercroissant', 'Drei Tage in der Herstellung, mit französischer Butter.'],
              ['Zimtschnecke', 'Weich, klebrig und großzügig mit Zimt.'],
              ['Obsttarte der Saison', 'Mürber Boden, Vanillecreme und Früchte der Saison.'],
            ],
          },
          {
            name: 'Kaffee und Getränke',
            items: [
              ['Espresso', 'Von einer kleinen Rösterei aus der Region.'],
              ['Cappuccino', 'Mit Vollmilch oder Haferdrink.'],
              ['Frischer Orangensaft', 'Frisch gepresst.'],
            ],
          },
        ],
      },
      gallery: {
        title: 'Galerie',
        heading: 'Frisch aus dem Ofen',
        intro: 'Ein Blick hinter die Theke.',
        captions: [
          'Brote kühlen auf den Gittern aus',
          'Das erste Blech des Tages',
          'Der Teig wird von Hand geformt',
          'Unsere Theke zur Öffnung',
        ],
      },
      logos: { heading: 'Unsere Lieferanten' },
      story: {
        heading: 'Unsere Geschichte',
        paragraphs: [
          (v) =>
            v.year
              ? `Die ${v.name} backt seit ${v.year}${v.where}. Was mit einem Ofen und einem Familienrezeptbuch begann, ist im Herzen bis heute eine Familienbäckerei.`
              : `Die ${v.name} begann mit einem Ofen und einem Familienrezeptbuch und ist im Herzen bis heute eine Familienbäckerei.`,
          () =>
            'Wir backen, wie wir es immer getan haben: von Hand, in kleinen Mengen und mit Zeit, damit der Teig seine Arbeit tun kann. Die Rezepte wurden weitergegeben, genau wie die Gewohnheit, das letzte Brot für einen Nachbarn zurückzulegen.',
        ],
      },
      values: {
        heading: 'So backen wir',
        intro: 'Ein paar Regeln, die wir nie brechen.',
        items: [
          'Mehl, Wasser, Salz und Zeit: mehr kommt nicht in unser Brot',
          'Alles wird am Verkaufstag gebacken',
          'Was übrig bleibt, geht an soziale Einrichtungen, nie in die Tonne',
        ],
      },
      team: {
        heading: 'Die Bäcker',
        intro: 'Frühaufsteher, jeder Einzelne.',
        members: [
          ['Bäckermeister', 'Heizt um vier die Öfen an und erkennt jeden Teig am Gefühl.'],
          ['Konditorin', 'Die Hände hinter unseren Croissants und Festtagstorten.'],
          ['Verkauf', 'Kennt Ihre Bestellung, bevor Sie an der Theke sind.'],
        ],
      },
      faq: [
        [
          'Kann ich eine Torte für einen besonderen Anlass bestellen?',
          'Ja. Geben Sie uns mindestens drei Tage vorher Bescheid, mit Datum, Größe und Wunschgeschmack.',
        ],
        [
          'Haben Sie glutenfreie Produkte?',
          'Wir arbeiten den ganzen Tag mit Weizen und können daher nichts glutenfrei garantieren. Fragen Sie nach unseren Dinkel- und Roggenbroten.',
        ],
        [
          'Kann ich Brot reservieren?',
          'Natürlich. Rufen Sie am Vortag an, und wir legen Ihr Brot bis Ladenschluss zurück.',
        ],
        [
          'Beliefern Sie Cafés und Restaurants?',
          'Wir beliefern einige Betriebe in der Nachbarschaft. Sprechen Sie uns auf tägliche Lieferungen an.',
        ],
      ],
      cta: {
        heading: 'Kommen Sie zum Frühstück',
        body: (v) => `Kaffee, ein warmes Gebäck und der Duft von frischem Brot. Bis bald${v.where}.`,
        action: 'Öffnungszeiten',
      },
      posts: [
        {
          title: 'Warum unser Teig 24 Stunden ruht',
          excerpt:
            'Lange Teigführung ist das Geheimnis unserer Kruste, unserer Krume und der langen Frische. So funktioniert es.',
          paragraphs: [
            'Das meiste Brot entsteht heute in weniger als zwei Stunden. Unseres braucht einen ganzen Tag, und das mit Absicht.',
            'Während der Teig ruht, bauen wilde Hefen und Milchsäurebakterien das Mehl langsam ab. Das bringt Aroma, macht das Brot bekömmlicher und sorgt für eine Kruste, die beim Drücken knistert.',
            'Das heißt: jeden Tag einen Tag vorausplanen. Wir finden, der Unterschied lohnt sich, und hoffen, Sie sehen das auch so.',
          ],
          subheading: 'Zeit ist eine Zutat',
          quote: 'Gutes Brot braucht Zeit.',
        },
        {
          title: 'So bleibt Ihr Brot länger frisch',
          excerpt:
            'Ein paar einfache Tipps, damit Sie die ganze Woche Freude an Ihrem Brot haben, von der Aufbewahrung bis zum Aufbacken.',
          paragraphs: [
            'Legen Sie Ihr Brot mit der Schnittfläche nach unten auf ein Holzbrett oder bewahren Sie es in einem Leinenbeutel auf. Nie in den Kühlschrank: Dort wird es schneller altbacken.',
            'Ist es etwas hart geworden, befeuchten Sie es leicht und backen es fünf Minuten im Ofen auf. Es wird fast wie neu.',
            'Brot, das Sie nicht aufessen? In Scheiben schneiden und einfrieren. Direkt aus dem Gefrierfach toasten.',
          ],
        },
      ],
      enquiries: ['Tortenbestellung', 'Brot reservieren', 'Gewerbekunden', 'Etwas anderes'],
      imageAlt: { hero: 'Frische Brote in der Bäckertheke', story: 'Der Ofen der Bäckerei' },
    },
    salon: {
      noun: 'Salon',
      names: ['Studio Lumière', 'Der Schneideraum', 'Glanz Beauty'],
      hero: {
        eyebrow: (v) => tag(v, 'Friseur und Kosmetik'),
        headings: [(v) => `Gut aussehen, besser fühlen${v.where}`, () => 'Zeit für Sie, mit viel Sorgfalt'],
        subheading: (v) =>
          v.products
            ? `${capital(v.products)} von einem Team, das erst zuhört und dann schneidet.`
            : 'Schnitt, Farbe und Pflege von einem Team, das erst zuhört und sich Zeit nimmt, es richtig zu machen.',
        action: 'Leistungen und Preise',
      },
      features: {
        heading: 'Warum unsere Kundinnen bleiben',
        intro:
          'Ein entspannter Salon, ehrliche Beratung und Ergebnisse, die länger halten als bis zur ersten Wäsche.',
        items: [
          [
            'Echte Beratung',
            'Jeder Termin beginnt mit einem Gespräch über Ihr Haar, Ihre Routine und Ihre Wünsche.',
          ],
          ['Erfahrene Stylisten', 'Unser Team bildet sich jeden Monat in neuen Techniken und Farben weiter.'],
          [
            'Schonende Produkte',
            'Wir verwenden professionelle, tierversuchsfreie Produkte und sagen Ihnen, welche zu Ihnen passen.',
          ],
        ],
      },
      stats: {
        since: 'Für Sie da seit',
        items: [
          ['4,9/5', 'Durchschnittliche Bewertung'],
          ['8 von 10', 'Kundinnen buchen wieder'],
        ],
      },
      reviews: [
        [
          'Endlich eine natürliche Farbe, die schön herauswächst. Ich gehe nirgendwo anders mehr hin.',
          'Kundin seit vier Jahren',
        ],
        [
          'Sie haben genau zugehört, was ich wollte, und mir den besten Schnitt seit Jahren verpasst.',
          'Neue Kundin',
        ],
        [
          'Ein ruhiger, freundlicher Ort. Mein monatlicher Termin ist die schönste Stunde meiner Woche.',
          'Stammkundin',
        ],
      ],
      offer: {
        title: 'Leistungen',
        heading: 'Leistungen und Preise',
        intro:
          'Die Preise hängen von Haarlänge und Zeitaufwand ab. Wir bestätigen den Preis immer, bevor wir beginnen.',
        productNote: 'Eine Spezialität des Hauses, auf Sie abgestimmt.',
        groups: [
          {
            name: 'Haare',
            items: [
              ['Schnitt und Föhnen', 'Beratung, Waschen, Schneiden und Styling.'],
              ['Farbe', 'Komplettfarbe, Ansatz oder Glossing, vorab mit Strähnentest.'],
              ['Föhnfrisur', 'Glatt, mit Volumen oder Wellen: Sie entscheiden.'],
            ],
          },
          {
            name: 'Pflege',
            items: [
              ['Maniküre', 'Formen, Nagelhautpflege und Lack.'],
              ['Intensive Feuchtigkeitspflege', 'Repariert und macht geschmeidig, in zwanzig Minuten.'],
              ['Augenbrauen in Form', 'Mit Wachs oder Faden, auf Wunsch mit Färben.'],
            ],
          },
        ],
      },
      plans: {
        title: 'Pakete',
        heading: 'Pakete',
        intro: 'Preiswert für die regelmäßige Pflege und für große Tage.',
        askNote: 'Auf Anfrage',
        action: 'Termin buchen',
        items: [
          {
            name: 'Frische',
            description: 'Eine kleine Auszeit.',
            features: ['Waschen und Föhnen', 'Express-Maniküre'],
          },
          {
            name: 'Signature',
            description: 'Unser beliebtestes Paket.',
            features: ['Schnitt und Farbe', 'Feuchtigkeitspflege', 'Augenbrauen in Form'],
          },
          {
            name: 'Großer Tag',
            description: 'Für Hochzeiten und besondere Anlässe.',
            features: ['Probetermin', 'Haare und Make-up am großen Tag', 'Set zum Nachbessern'],
          },
        ],
      },
      story: {
        heading: 'Über den Salon',
        paragraphs: [
          (v) =>
            `${v.name} hat${v.year ? ` ${v.year}` : ''} eröffnet, um der Salon zu sein, in den wir selbst immer gehen wollten: einladend, ohne Hektik und ehrlich darin, was wirklich zu Ihnen passt.`,
          () =>
            'Wir planen großzügige Termine, damit immer Zeit für eine echte Beratung und eine Tasse Tee bleibt.',
        ],
      },
      values: {
        heading: 'Unser Versprechen',
        intro: 'Was Sie bei jedem Besuch erwarten dürfen.',
        items: [
          'Ehrliche Beratung, auch wenn das heißt, weniger zu machen',
          'Preis vor Beginn bestätigt',
          'Kostenlose Korrektur innerhalb einer Woche, wenn Sie nicht zufrieden sind',
        ],
      },
      team: {
        heading: 'Unser Team',
        intro: 'Stylistinnen und Kosmetikerinnen, die lieben, was sie tun.',
        members: [
          [
            'Inhaberin und Senior-Stylistin',
            'Spezialistin für Präzisionsschnitte und natürlich wirkende Farben.',
          ],
          ['Colorationsexpertin', 'Balayage, Blondierungen und Farbkorrekturen.'],
          ['Kosmetikerin', 'Nägel, Augenbrauen und die ruhigsten Hände im Salon.'],
        ],
      },
      faq: [
        [
          'Wie buche ich einen Termin?',
          'Rufen Sie uns an, schreiben Sie über das Kontaktformular oder kommen Sie im Salon vorbei.',
        ],
        [
          'Brauche ich vor dem Färben einen Allergietest?',
          'Ja, bei der ersten Farbe bei uns. Er dauert fünf Minuten, mindestens 48 Stunden vor dem Termin.',
        ],
        [
          'Wie sind Ihre Stornobedingungen?',
          'Bitte sagen Sie 24 Stunden vorher ab, damit wir den Termin weitergeben können.',
        ],
        [
          'Gibt es Gutscheine?',
          'Ja, über jeden Betrag oder jede Leistung. Fragen Sie am Empfang oder schreiben Sie uns.',
        ],
      ],
      cta: {
        heading: 'Lust auf Veränderung?',
        body: 'Buchen Sie noch heute Ihren Termin. Neukundinnen erhalten eine kostenlose Beratung.',
        action: 'Termin vereinbaren',
      },
      posts: [
        {
          title: 'So hält Ihre Haarfarbe länger',
          excerpt: 'Fünf einfache Gewohnheiten, damit die Farbe zwischen zwei Terminen strahlt.',
          paragraphs: [
            'Farbe verblasst aus mehreren Gründen: heißes Wasser, Sonne und das falsche Shampoo sind die üblichen Verdächtigen.',
            'Waschen Sie lauwarm, verwenden Sie ein sulfatfreies Shampoo und schützen Sie Ihr Haar im Sommer vor der Sonne. Auch eine wöchentliche Maske macht viel aus.',
            'Und gönnen Sie sich zwischen zwei Colorationen ein Glossing: Es frischt Glanz und Farbton in einer halben Stunde auf.',
          ],
          subheading: 'Kleine Gewohnheiten, großer Unterschied',
        },
        {
          title: 'Der Haarschnitt, der zu Ihrem Gesicht passt',
          excerpt:
            'Unsere Stylistinnen erklären, wie Gesichtsform, Haartyp und Alltag den perfekten Schnitt bestimmen.',
          paragraphs: [
            'Es gibt keine feste Regel, aber ein paar Anhaltspunkte helfen. Stufen machen markante Züge weicher, eine klare Linie gibt Struktur.',
            'Ihr Haartyp zählt genauso viel wie Ihre Gesichtsform. Feines Haar mag gerade Spitzen, Locken brauchen Schnitte, die ihre Form respektieren.',
            'Denken Sie vor allem an Ihre Morgen. Der beste Schnitt ist einer, den Sie selbst stylen können.',
          ],
          quote: 'Der beste Haarschnitt ist der, der zu Ihrem Leben passt.',
        },
      ],
      enquiries: ['Termin', 'Gutschein', 'Hochzeit oder Event', 'Etwas anderes'],
      imageAlt: { hero: 'Das helle, ruhige Innere des Salons', story: 'Die Frisierplätze im Salon' },
    },
    'law-firm': {
      noun: 'Kanzlei',
      names: ['Hartmann & Weber Rechtsanwälte', 'Kanzlei Becker', 'Schulz, Fischer & Partner'],
      hero: {
        eyebrow: (v) => tag(v, 'Rechtsanwälte'),
        headings: [(v) => `Klare Rechtsberatung${v.where}`, () => 'Klare Antworten auf rechtliche Fragen'],
        subheading: (v) =>
          v.products
            ? `Schwerpunkt ${v.products}. Wir erklären Ihre Möglichkeiten verständlich und setzen uns für das beste Ergebnis ein.`
            : 'Wir erklären Ihre Möglichkeiten verständlich, sagen Ihnen, was es kostet, und setzen uns für das beste Ergebnis ein.',
        action: 'Unsere Rechtsgebiete',
      },
      features: {
        heading: 'Warum Mandanten uns wählen',
        intro: 'Rechtliche Fragen sind belastend genug. Wir machen sie verständlicher.',
        items: [
          [
            'Klare Sprache',
            'Kein Juristendeutsch. Sie wissen immer, wo Ihr Fall steht und was als Nächstes kommt.',
          ],
          [
            'Transparente Honorare',
            'Eine schriftliche Kostenschätzung vor Beginn und keine Überraschungen auf der Rechnung.',
          ],
          [
            'Persönliche Betreuung',
            'Ein Anwalt begleitet Ihren Fall von Anfang bis Ende und ist für Sie erreichbar.',
          ],
        ],
      },
      stats: {
        since: 'Tätig seit',
        items: [
          ['1.200+', 'Betreute Mandate'],
          ['48 h', 'Bis zur ersten schriftlichen Einschätzung'],
        ],
      },
      reviews: [
        [
          'Mir wurde alles klar erklärt, und ein Streit, der mich monatelang belastet hat, wurde gelöst.',
          'Privatmandant',
        ],
        [
          'Schnell, präzise und pragmatisch. Genau das, was ein kleines Unternehmen von seiner Kanzlei braucht.',
          'Geschäftsführerin',
        ],
        [
          'Ich wusste immer, was passiert und was es kostet. Das hat den Unterschied gemacht.',
          'Privatmandant',
        ],
      ],
      offer: {
        title: 'Rechtsgebiete',
        heading: 'Wobei wir helfen',
        intro: 'Wir beraten Privatpersonen und Unternehmen, außergerichtlich und vor Gericht.',
        productNote: 'Ein Schwerpunkt unserer Kanzlei.',
        groups: [
          {
            name: 'Für Privatpersonen',
            items: [
              ['Arbeitsrecht', 'Kündigungen, Arbeitsverträge, Vergütung und Diskriminierung.'],
              ['Familienrecht', 'Scheidung, Sorgerecht und Trennungsvereinbarungen, mit Feingefühl.'],
              ['Miet- und Immobilienrecht', 'Kauf, Verkauf, Mietverträge und Streit mit Vermietern.'],
            ],
          },
          {
            name: 'Für Unternehmen',
            items: [
              ['Verträge', 'Entwurf und Prüfung der Verträge, auf die Ihr Unternehmen baut.'],
              ['Gesellschaftsrecht', 'Gründung, Gesellschaftervereinbarungen und Umstrukturierungen.'],
              ['Prozessführung und Forderungsmanagement', 'Erst verhandeln, vor Gericht, wenn nötig.'],
            ],
          },
        ],
      },
      story: {
        heading: 'Über die Kanzlei',
        paragraphs: [
          (v) =>
            v.year
              ? `${v.name} berät Mandanten${v.where} seit ${v.year}. Wir sind gewachsen, arbeiten aber noch immer wie am ersten Tag: persönlich, sorgfältig und verständlich.`
              : `${v.name} ist eine unabhängige Kanzlei, die so arbeitet, wie gute Anwälte arbeiten sollten: persönlich, sorgfältig und verständlich.`,
          () =>
            'Unsere Mandanten reichen von Familien in einer schwierigen Lage bis zu Unternehmen, die ihren nächsten Schritt planen. Alle bekommen dieselbe Aufmerksamkeit.',
        ],
      },
      values: {
        heading: 'So arbeiten wir',
        intro: 'Vier Zusagen an jeden Mandanten.',
        items: [
          'Eine ehrliche erste Einschätzung Ihrer Chancen',
          'Eine schriftliche Honorarschätzung vor Beginn der Arbeit',
          'Antwort auf Anrufe und E-Mails innerhalb eines Werktags',
          'Absolute Verschwiegenheit, immer',
        ],
      },
      team: {
        heading: 'Unsere Anwälte',
        intro: 'Erfahren, ansprechbar und auf Ihrer Seite.',
        members: [
          ['Managing Partner', 'Über zwanzig Jahre im Arbeits- und Wirtschaftsrecht.'],
          ['Partnerin', 'Familien- und Immobilienrecht, mit Ruhe auch in schwierigen Fällen.'],
          ['Rechtsanwalt', 'Verträge, Gesellschaftsrecht und Ansprechpartner der Kanzlei für Start-ups.'],
        ],
      },
      faq: [
        [
          'Was kostet eine Erstberatung?',
          'Die Erstberatung kostet einen festen Betrag, den wir bei der Terminvereinbarung bestätigen. Bei einer Mandatierung wird er angerechnet.',
        ],
        [
          'Arbeiten Sie mit Pauschalhonoraren?',
          'In vielen Fällen ja. Ansonsten erhalten Sie eine schriftliche Schätzung und laufende Informationen.',
        ],
        [
          'Können wir uns online treffen?',
          'Ja. Besprechungen sind in der Kanzlei, am Telefon oder per Videocall möglich.',
        ],
        [
          'Was bringe ich zum ersten Termin mit?',
          'Briefe, Verträge oder Unterlagen zu Ihrem Anliegen und eine kurze Übersicht, was wann passiert ist.',
        ],
      ],
      cta: {
        heading: 'Sprechen Sie noch diese Woche mit einem Anwalt',
        body: 'Schildern Sie uns kurz Ihre Situation, und wir sagen Ihnen, wie wir helfen können.',
        action: 'Beratungstermin vereinbaren',
      },
      posts: [
        {
          title: 'Fünf Dinge, die Sie vor der Vertragsunterschrift prüfen sollten',
          excerpt: 'Eine kurze Checkliste, die Ihnen später viel Ärger ersparen kann.',
          paragraphs: [
            'Die meisten Streitfälle, die wir sehen, hätten sich mit sorgfältigem Lesen vor der Unterschrift vermeiden lassen. Darauf achten wir zuerst.',
            'Wer genau sind die Vertragsparteien? Was passiert, wenn jemand nicht liefert? Wie endet der Vertrag, und was kostet der Ausstieg? Welches Recht gilt, und wo würde ein Streit verhandelt?',
            'Ist eine Antwort unklar, fragen Sie vor der Unterschrift. Das ist deutlich günstiger als danach.',
          ],
          subheading: 'Das Kleingedruckte lesen',
        },
        {
          title: 'Was tun bei einer Kündigung?',
          excerpt:
            'Die ersten Schritte, um Ihre Rechte zu wahren, und die Fristen, die Sie nicht verpassen dürfen.',
          paragraphs: [
            'Den Job zu verlieren ist ein Schock, aber die ersten Tage zählen. Lassen Sie sich die Gründe schriftlich geben und heben Sie alle Briefe und E-Mails auf.',
            'Unterschreiben Sie keinen Aufhebungsvertrag sofort. Die Frist für eine Kündigungsschutzklage ist kurz, holen Sie sich also schnell Rat.',
            'In einem einzigen Gespräch kann ein Anwalt einschätzen, ob die Kündigung wirksam war und was Ihnen zustehen könnte.',
          ],
          quote: 'Im Arbeitsrecht sind die Fristen kurz. Lassen Sie sich früh beraten.',
        },
      ],
      enquiries: ['Privates Anliegen', 'Unternehmensanliegen', 'Etwas anderes'],
      imageAlt: { hero: 'Ein ruhiger Besprechungsraum mit Büchern', story: 'Unsere Kanzleiräume' },
    },
    clinic: {
      noun: 'Praxis',
      names: ['Praxis am Fluss', 'Zahnpraxis Lächeln', 'Gesundheitszentrum Grüntal'],
      hero: {
        eyebrow: (v) => tag(v, 'Praxis'),
        headings: [
          (v) => `Wir kümmern uns um Sie und Ihre Familie${v.where}`,
          () => 'Fachkundige Behandlung ohne lange Wartezeiten',
        ],
        subheading: (v) =>
          v.products
            ? `${capital(v.products)}, mit pünktlichen Terminen und einem Team, das sich Zeit zum Erklären nimmt.`
            : 'Moderne Behandlung, pünktliche Termine und ein Team, das sich Zeit zum Erklären nimmt.',
        action: 'Unsere Leistungen',
      },
      features: {
        heading: 'Warum Patienten uns vertrauen',
        intro: 'Gute Behandlung heißt genauso zuhören wie behandeln.',
        items: [
          ['Pünktliche Termine', 'Wir planen großzügig, damit Sie zur vereinbarten Zeit drankommen.'],
          ['Moderne Ausstattung', 'Aktuelle Diagnostik für schnellere und angenehmere Behandlungen.'],
          ['Klare Behandlungspläne', 'Optionen und Kosten schriftlich erklärt, bevor es losgeht.'],
        ],
      },
      stats: {
        since: 'Für Sie da seit',
        items: [
          ['15.000+', 'Behandelte Patienten'],
          ['4,9/5', 'Patientenzufriedenheit'],
        ],
      },
      reviews: [
        [
          'Früher hatte ich Angst vor Terminen. Hier sind alle ruhig und erklären jeden Schritt. Inzwischen freue ich mich fast auf die Kontrolle.',
          'Patientin',
        ],
        [
          'Als ich Schmerzen hatte, bekam ich noch am selben Tag einen Termin. Professionell und freundlich.',
          'Akutpatient',
        ],
        [
          'Die ganze Familie ist hier in Behandlung, von den Großeltern bis zu unserem Sechsjährigen.',
          'Patientenfamilie',
        ],
      ],
      offer: {
        title: 'Leistungen',
        heading: 'Leistungen und Preise',
        intro:
          'Jede Behandlung beginnt mit einer Untersuchung. Sie erhalten vorab einen schriftlichen Plan und Kostenvoranschlag.',
        productNote: 'Einer unserer Schwerpunkte.',
        groups: [
          {
            name: 'Sprechstunden',
            items: [
              ['Erstuntersuchung', 'Eine gründliche Untersuchung, mit Zeit für Ihre Fragen.'],
              ['Kontrolltermin', 'Wir besprechen Ihren Verlauf und die nächsten Schritte.'],
              ['Videosprechstunde', 'Beratung und Nachsorge von zu Hause.'],
            ],
          },
          {
            name: 'Behandlung',
            items: [
              ['Vorsorge und Check-up', 'Regelmäßige Kontrollen, um Probleme früh zu erkennen.'],
              ['Behandlungsplan', 'Individuelle Behandlung, schriftlich erklärt und kalkuliert.'],
              ['Akuttermin am selben Tag', 'Wenn etwas nicht warten kann.'],
            ],
          },
        ],
      },
      story: {
        heading: 'Über die Praxis',
        paragraphs: [
          (v) =>
            v.year
              ? `${v.name} behandelt Patienten${v.where} seit ${v.year}. Wir verbinden moderne Behandlung mit etwas, das nie aus der Mode kommt: Zeit zum Zuhören.`
              : `${v.name} verbindet moderne Behandlung mit etwas, das nie aus der Mode kommt: Zeit zum Zuhören.`,
          () =>
            'Die Praxis ist barrierefrei, das Wartezimmer ruhig, und unser Team spricht mit Ihnen als Mensch, nicht als Aktennummer.',
        ],
      },
      values: {
        heading: 'Unsere Standards',
        intro: 'Darauf kann sich jeder Patient verlassen.',
        items: [
          'Behandlung nur, wenn sie nötig ist',
          'Kosten vor jeder Behandlung erklärt',
          'Strenge Hygiene- und Sicherheitsstandards',
          'Ihre Daten privat und sicher',
        ],
      },
      team: {
        heading: 'Unser Team',
        intro: 'Qualifiziert, erfahren und herzlich.',
        members: [
          ['Praxisinhaberin', 'Leitet die Praxis und betreut die komplexen Fälle.'],
          ['Facharzt', 'Schwerpunkt Vorsorge und langfristige Betreuung.'],
          ['Patientenkoordinatorin', 'Ihre erste Ansprechpartnerin für Termine und Fragen.'],
        ],
      },
      faq: [
        [
          'Nehmen Sie neue Patienten auf?',
          'Ja. Rufen Sie an oder nutzen Sie das Kontaktformular, und wir finden einen ersten Termin für Sie.',
        ],
        [
          'Rechnen Sie mit meiner Versicherung ab?',
          'Wir arbeiten mit gesetzlichen und privaten Versicherungen. Nennen Sie uns Ihre bei der Terminvereinbarung, und wir klären die Kostenübernahme.',
        ],
        [
          'Was, wenn es dringend ist?',
          'Rufen Sie morgens gleich an. Wir halten jeden Tag Termine für Akutfälle frei.',
        ],
        ['Ist die Praxis barrierefrei?', 'Ja, mit stufenlosem Zugang und barrierefreiem WC.'],
      ],
      cta: {
        heading: 'Vereinbaren Sie Ihren Termin',
        body: 'Neue Patienten sind immer willkommen. Wir finden eine Zeit, die Ihnen passt.',
        action: 'Termin buchen',
      },
      posts: [
        {
          title: 'Warum regelmäßige Vorsorge wichtig ist',
          excerpt:
            'Kleine Probleme, früh erkannt, lassen sich einfacher, günstiger und angenehmer behandeln.',
          paragraphs: [
            'Viele Beschwerden tun am Anfang nicht weh. Genau dann lassen sie sich am leichtesten behandeln.',
            'Eine Vorsorgeuntersuchung dauert weniger als eine Stunde und gibt Ihnen Sicherheit. Für die meisten Menschen reichen ein bis zwei Termine im Jahr.',
            'Sie wissen nicht mehr, wann Sie zuletzt da waren? Rufen Sie an, wir sehen nach.',
          ],
          subheading: 'Vorsorge zuerst',
        },
        {
          title: 'So bereiten Sie Ihren ersten Besuch vor',
          excerpt:
            'Was Sie mitbringen sollten, was Sie erwartet und wie Sie das Beste aus Ihrem Termin machen.',
          paragraphs: [
            'Bringen Sie Ihre Versichertenkarte, einen Ausweis und eine Liste Ihrer Medikamente mit.',
            'Schreiben Sie Ihre Fragen vorher auf. Im Behandlungszimmer vergisst man sie schnell.',
            'Kommen Sie zehn Minuten früher, um einen kurzen Bogen auszufüllen. Dann entspannen Sie sich: Wir erklären alles Schritt für Schritt.',
          ],
          quote: 'Es gibt keine dummen Fragen, wenn es um Ihre Gesundheit geht.',
        },
      ],
      enquiries: ['Neuer Termin', 'Termin verschieben', 'Frage zur Versicherung', 'Etwas anderes'],
      imageAlt: { hero: 'Ein heller, freundlicher Behandlungsraum', story: 'Der Empfang der Praxis' },
    },
    saas: {
      noun: 'Software',
      names: ['Ledgerline', 'Clearstack', 'Tallyflow'],
      hero: {
        eyebrow: () => 'Software für moderne Teams',
        headings: [
          () => 'In Minuten erledigt, was früher Tage dauerte',
          () => 'Weniger Routinearbeit. Mehr echte Arbeit.',
        ],
        subheading: (v) =>
          v.products
            ? `${v.name} kümmert sich um ${v.products}, damit sich Ihr Team auf die Arbeit konzentrieren kann, die zählt.`
            : `${v.name} automatisiert die Routinearbeit, die Ihr Team ausbremst, damit Sie sich auf das Wesentliche konzentrieren können.`,
        action: 'Kostenlos testen',
      },
      features: {
        heading: 'Alles, was Sie brauchen, nichts, was Sie nicht brauchen',
        intro: 'Entwickelt mit den Menschen, die es jeden Tag nutzen.',
        items: [
          [
            'Automatisierung, die funktioniert',
            'Einmal Regeln festlegen und laufen lassen. Ausnahmen mit einem Klick erledigen.',
          ],
          [
            'Verbindet sich mit Ihren Tools',
            'Funktioniert mit der Software, die Sie schon nutzen, ohne komplizierte Einrichtung.',
          ],
          ['Sicher von Anfang an', 'Verschlüsselung, Single Sign-on und vollständiger Prüfpfad inklusive.'],
          ['Berichte in Echtzeit', 'Jederzeit sehen, wo Sie stehen, und exportieren, was Sie brauchen.'],
        ],
      },
      stats: {
        since: 'Wir entwickeln seit',
        items: [
          ['80 %', 'Weniger Zeit für manuelle Arbeit'],
          ['99,9 %', 'Verfügbarkeit'],
          ['10 Min.', 'Durchschnittliche Einrichtungszeit'],
        ],
      },
      reviews: [
        [
          'Wir schließen den Monat jetzt in zwei statt acht Tagen ab. Zurück will im Team niemand mehr.',
          'Leiterin Finanzen',
        ],
        [
          'Die Einrichtung hat einen Nachmittag gedauert, und der Support hat jede Frage innerhalb einer Stunde beantwortet.',
          'Operations Manager',
        ],
        ['Endlich ein Tool, das das ganze Team gern benutzt.', 'Gründer'],
      ],
      offer: {
        title: 'Produkt',
        heading: 'Im Detail',
        intro: 'Ein Ort für den ganzen Ablauf, vom ersten Datensatz bis zum fertigen Bericht.',
        productNote: 'In jedem Tarif enthalten.',
        groups: [
          {
            name: 'Kernfunktionen',
            items: [
              [
                'Intelligenter Abgleich',
                'Regeln und maschinelles Lernen gleichen Datensätze automatisch ab.',
              ],
              ['Freigabe-Workflows', 'Ausnahmen mit vollständigem Verlauf an die richtige Person leiten.'],
              ['Dashboards', 'Live-Zahlen für Ihr Team und Ihre Geschäftsführung.'],
            ],
          },
          {
            name: 'Integrationen',
            items: [
              ['Buchhaltungssoftware', 'Zwei-Wege-Synchronisierung mit den gängigsten Plattformen.'],
              ['Banken und Zahlungen', 'Sichere Verbindungen zu Ihren Konten und Anbietern.'],
              ['API und Webhooks', 'Eigene Automatisierungen mit einer dokumentierten API.'],
            ],
          },
        ],
      },
      plans: {
        title: 'Preise',
        heading: 'Einfache, transparente Preise',
        intro: '14 Tage kostenlos testen. Keine Kreditkarte nötig.',
        askNote: 'Individuelles Angebot',
        action: 'Tarif wählen',
        items: [
          {
            name: 'Starter',
            description: 'Für kleine Teams am Anfang.',
            features: ['Bis zu 3 Nutzer', 'Basis-Automatisierung', 'Support per E-Mail'],
          },
          {
            name: 'Team',
            description: 'Für wachsende Teams.',
            features: [
              'Bis zu 20 Nutzer',
              'Alle Integrationen',
              'Freigabe-Workflows',
              'Priorisierter Support',
            ],
          },
          {
            name: 'Enterprise',
            description: 'Für große Organisationen.',
            features: [
              'Unbegrenzt viele Nutzer',
              'Single Sign-on',
              'Persönlicher Customer Success Manager',
              'Individueller Vertrag',
            ],
          },
        ],
      },
      logos: { heading: 'Diese Teams vertrauen uns' },
      story: {
        heading: 'Warum wir es gebaut haben',
        paragraphs: [
          (v) =>
            `Wir haben diese Arbeit jahrelang von Hand erledigt, in Tabellen, bis spät in die Nacht. ${v.name} ist das Tool, das wir uns damals gewünscht hätten${v.year ? `, und wir bauen es seit ${v.year}` : ''}.`,
          (v) =>
            `Heute sind wir ein kleines, fokussiertes Team${v.where}, das eng mit seinen Kunden arbeitet, damit jede Version besser wird als die letzte.`,
        ],
      },
      values: {
        heading: 'Was uns wichtig ist',
        intro: 'Die Prinzipien hinter jeder Entscheidung.',
        items: [
          'Ihre Daten gehören Ihnen',
          'Einfach schlägt raffiniert',
          'Support von den Menschen, die das Produkt bauen',
          'Faire, planbare Preise',
        ],
      },
      team: {
        heading: 'Das Team',
        intro: 'Entwickler, Designer und ehemalige Finanzprofis.',
        members: [
          ['Mitgründerin und CEO', 'Zehn Jahre im Finanzbereich, bevor sie das Unternehmen gründete.'],
          ['Mitgründer und CTO', 'Baut verlässliche Systeme und das Team, das sie betreibt.'],
          [
            'Leiterin Customer Success',
            'Sorgt dafür, dass jeder Kunde schon in der ersten Woche profitiert.',
          ],
        ],
      },
      faq: [
        [
          'Gibt es eine kostenlose Testphase?',
          'Ja, jeder Tarif beginnt mit 14 kostenlosen Tagen. Keine Kreditkarte nötig.',
        ],
        [
          'Kann ich den Tarif später wechseln?',
          'Jederzeit. Upgrades gelten sofort, Downgrades zum Ende des Abrechnungszeitraums.',
        ],
        [
          'Wo werden meine Daten gespeichert?',
          'In verschlüsselten, zertifizierten Rechenzentren in der EU, mit täglichen Backups.',
        ],
        [
          'Helfen Sie bei der Einrichtung?',
          'Alle Tarife enthalten eine geführte Einrichtung. Team und Enterprise bekommen eine eigene Session mit unserem Team.',
        ],
      ],
      cta: {
        heading: 'Sehen Sie es mit Ihren eigenen Daten',
        body: 'Starten Sie heute Ihre kostenlose Testphase oder buchen Sie eine 20-minütige Demo mit unserem Team.',
        action: 'Demo buchen',
      },
      posts: [
        {
          title: 'Die versteckten Kosten manueller Arbeit',
          excerpt:
            'Routinearbeit kostet mehr als Zeit. So messen Sie es und das sollten Sie zuerst automatisieren.',
          paragraphs: [
            'Manuelle Arbeit taucht selten als Posten im Budget auf, ist aber in den meisten Teams einer der größten Kostenfaktoren.',
            'Listen Sie zuerst die Aufgaben auf, die Ihr Team jede Woche wiederholt. Schätzen Sie die Stunden und rechnen Sie die Kosten von Fehlern und Verzögerungen hinzu. Das Ergebnis überrascht meist.',
            'Automatisieren Sie zuerst die häufigsten, am stärksten regelbasierten Aufgaben. Entscheidungen überlassen Sie Menschen.',
          ],
          subheading: 'Erst messen, dann automatisieren',
        },
        {
          title: 'Neu: schnellerer Abgleich und ein neues Dashboard',
          excerpt:
            'Unser neuestes Release gleicht doppelt so schnell ab und bringt Ihre wichtigsten Zahlen auf einen Bildschirm.',
          paragraphs: [
            'Wir haben unsere Abgleich-Engine von Grund auf neu gebaut. Große Konten werden jetzt in der halben Zeit verarbeitet.',
            'Das neue Dashboard bündelt Ihre wichtigsten Zahlen, mit Filtern nach Team, Zeitraum und Status.',
            'Beide Neuerungen sind ab heute für alle Kunden verfügbar, ohne Aufpreis.',
          ],
          quote: 'Jedes Release beginnt mit einem Kundengespräch.',
        },
      ],
      enquiries: ['Demo buchen', 'Vertriebsanfrage', 'Support', 'Partnerschaft'],
      imageAlt: { hero: 'Das Dashboard des Produkts', story: 'Unser Team bei der Arbeit' },
    },
    portfolio: {
      noun: 'Fotograf',
      names: ['Studio Lumen', 'Nordlicht Fotografie', 'Rahmen & Feld'],
      hero: {
        eyebrow: (v) => tag(v, 'Fotografie'),
        headings: [() => 'Ehrliche Bilder von echten Momenten', (v) => `Fotografie${v.where}`],
        subheading: (v) =>
          v.products
            ? `${capital(v.products)}. Natürliche Bilder ohne steife Posen, die sich anfühlen wie der Tag selbst.`
            : 'Natürliche Bilder ohne steife Posen, die sich anfühlen wie der Tag selbst, für Paare, Familien und Marken.',
        action: 'Portfolio ansehen',
      },
      features: {
        heading: 'So arbeiten wir zusammen',
        intro: 'Entspannt, gut vorbereitet und ganz bei Ihnen.',
        items: [
          ['Gemeinsam planen', 'Vor jedem Shooting ein Gespräch darüber, was Ihnen wichtig ist.'],
          ['Mit leichter Hand', 'Wenig Posen, viele echte Momente. Sie werden die Kamera vergessen.'],
          [
            'Sorgfältig bearbeitet',
            'Jedes Bild wird von Hand bearbeitet und in einer Online-Galerie geliefert.',
          ],
        ],
      },
      stats: {
        since: 'Fotografiert seit',
        items: [
          ['300+', 'Fotografierte Geschichten'],
          ['3 Wochen', 'Übliche Lieferzeit'],
        ],
      },
      reviews: [
        [
          'Wir haben die Kamera kaum bemerkt, und trotzdem ist jeder wichtige Moment da. Wir weinen jedes Mal, wenn wir die Bilder ansehen.',
          'Letzten Sommer geheiratet',
        ],
        [
          'Professionell, kreativ und unkompliziert. Unsere neuen Markenfotos sind perfekt.',
          'Inhaberin eines kleinen Unternehmens',
        ],
        [
          'Das Familienshooting hat den Kindern Spaß gemacht, und es sind die schönsten Fotos, die wir je hatten.',
          'Familienshooting',
        ],
      ],
      plans: {
        title: 'Pakete',
        heading: 'Pakete',
        intro: 'Jedes Paket enthält ein Planungsgespräch und eine private Online-Galerie.',
        askNote: 'Auf Anfrage',
        action: 'Verfügbarkeit prüfen',
        items: [
          {
            name: 'Porträtshooting',
            description: 'Eine Stunde, ein Ort.',
            features: ['40+ bearbeitete Bilder', 'Online-Galerie', 'Druckrechte'],
          },
          {
            name: 'Ganzer Tag',
            description: 'Das beliebteste Paket für Hochzeiten und Events.',
            features: ['Bis zu 10 Stunden', '500+ bearbeitete Bilder', 'Zweitfotograf', 'Online-Galerie'],
          },
          {
            name: 'Markengeschichte',
            description: 'Für Unternehmen, die eine Bildbibliothek brauchen.',
            features: [
              'Halber oder ganzer Tag',
              'Team, Produkte und Räume',
              'Lizenz zur kommerziellen Nutzung',
            ],
          },
        ],
      },
      gallery: {
        title: 'Portfolio',
        heading: 'Ausgewählte Arbeiten',
        intro: 'Ein paar Lieblingsbilder aus aktuellen Geschichten.',
        captions: [
          'Der erste Blick, kurz vor der Trauung',
          'Porträts zur goldenen Stunde',
          'Ein Familienmorgen zu Hause',
          'Hinter den Kulissen einer Werkstatt',
          'Der letzte Tanz',
          'Ein stiller Moment zwischen den Reden',
        ],
      },
      story: {
        heading: 'Über mich',
        paragraphs: [
          (v) =>
            `Ich habe als Teenager mit dem Fotografieren angefangen und nie wieder aufgehört. ${v.name} entstand${v.year ? ` ${v.year}` : ''}, um die Geschichten anderer mit derselben Sorgfalt zu erzählen, die ich mir für meine eigene wünschen würde.`,
          (v) =>
            `Zu Hause${v.where || ' in der Region'} und gern unterwegs, fotografiere ich Hochzeiten, Familien und kleine Unternehmen.`,
        ],
      },
      values: {
        heading: 'Mein Versprechen',
        intro: 'Für jeden Kunden, jedes Mal.',
        items: [
          'Bilder pünktlich zum vereinbarten Termin',
          'Ihre Fotos fünf Jahre sicher archiviert',
          'Keine überraschenden Zusatzkosten',
        ],
      },
      faq: [
        [
          'Wie früh sollten wir buchen?',
          'Für Hochzeiten sechs bis zwölf Monate im Voraus. Porträtshootings lassen sich meist innerhalb weniger Wochen buchen.',
        ],
        [
          'Reisen Sie auch?',
          'Ja. Anfahrten in der Region sind inklusive, für weitere Strecken vereinbaren wir die Kosten vorab.',
        ],
        [
          'Wann bekommen wir unsere Fotos?',
          'In der Regel nach drei Wochen, mit ein paar Vorschaubildern schon in den ersten Tagen.',
        ],
        [
          'Können wir Abzüge und Alben bestellen?',
          'Ja, gedruckt in einem Fachlabor auf archivfestem Papier.',
        ],
      ],
      cta: {
        heading: 'Erzählen Sie mir Ihre Geschichte',
        body: 'Prüfen Sie meine Verfügbarkeit für Ihr Datum. Ich beantworte jede Nachricht persönlich.',
        action: 'Verfügbarkeit prüfen',
      },
      posts: [
        {
          title: 'Entspannt vor der Kamera',
          excerpt:
            'Fast jeder sagt, er sei nicht fotogen. Warum das nicht stimmt und wie Sie am Tag selbst entspannen.',
          paragraphs: [
            'Fast jeder fühlt sich am Anfang etwas unbeholfen. Das ist völlig normal und geht schnell vorbei.',
            'Tragen Sie Kleidung, in der Sie sich wohlfühlen, bringen Sie jemanden mit, der Sie zum Lachen bringt, und vergessen Sie das Objektiv. Meine Aufgabe ist es, die Momente zu finden; Ihre, sie zu genießen.',
            'Am Ende der meisten Shootings höre ich, dass es sich wie ein Spaziergang mit einem Freund angefühlt hat.',
          ],
          subheading: 'Vergessen Sie die Kamera',
        },
        {
          title: 'Den Tag nach dem besten Licht planen',
          excerpt: 'Ein wenig Planung rund um die Sonne macht bei Ihren Fotos einen großen Unterschied.',
          paragraphs: [
            'In der Fotografie ist Licht alles. Die Stunde vor Sonnenuntergang schenkt weiches, warmes Licht, das jedem schmeichelt.',
            'Wenn möglich, planen Sie die Porträts in dieses Zeitfenster. Mittagssonne ist hart, suchen Sie Schatten oder einen offenen Hauseingang.',
            'Teilen Sie Ihren Zeitplan früh mit mir, dann schlage ich vor, wo etwas Puffer sinnvoll ist.',
          ],
          quote: 'Licht ist das Erste, worauf ich achte, und das Letzte, was ich bearbeite.',
        },
      ],
      enquiries: ['Hochzeit', 'Porträtshooting', 'Markenfotografie', 'Etwas anderes'],
      imageAlt: { hero: 'Ein Porträt im weichen Abendlicht', story: 'Hinter der Kamera' },
    },
    trades: {
      noun: 'Handwerksbetrieb',
      names: ['Haus & Technik Service', 'Fix & Fertig', 'Meisterbetrieb Zentral'],
      hero: {
        eyebrow: (v) => tag(v, 'Regional und zuverlässig'),
        headings: [
          (v) => `Schnell, sauber und zuverlässig${v.where}`,
          () => 'Gleich beim ersten Mal richtig gemacht',
        ],
        subheading: (v) =>
          v.products
            ? `${capital(v.products)}. Faire Festpreise, qualifizierte Fachleute und eine saubere Baustelle, wenn wir gehen.`
            : 'Reparaturen, Installationen und Notdienst. Faire Festpreise, qualifizierte Fachleute und eine saubere Baustelle, wenn wir gehen.',
        action: 'Unsere Leistungen',
      },
      features: {
        heading: 'Warum Kunden uns wieder anrufen',
        intro: 'Gute Arbeit, faire Preise und kein Dreck, der zurückbleibt.',
        items: [
          ['Immer pünktlich', 'Wir nennen Ihnen ein Zeitfenster und halten es ein.'],
          ['Preis vorab', 'Ein klares Angebot, bevor wir anfangen. Keine versteckten Kosten.'],
          [
            'Qualifiziert und versichert',
            'Zertifizierte Fachleute, voll versichert und mit Garantie auf die Arbeit.',
          ],
        ],
      },
      stats: {
        since: 'Zuverlässig seit',
        items: [
          ['2.500+', 'Erledigte Aufträge'],
          ['60 Min.', 'Übliche Reaktionszeit im Notfall'],
        ],
      },
      reviews: [
        [
          'An einem Sonntag innerhalb einer Stunde da, Problem schnell gefunden und genau den angebotenen Preis berechnet.',
          'Hausbesitzer',
        ],
        [
          'Ordentlich, höflich und hervorragende Arbeit. Sie haben sogar den Boden abgedeckt.',
          'Hausbesitzerin',
        ],
        ['Wir beauftragen sie für alle unsere Objekte. Jedes Mal zuverlässig.', 'Hausverwalter'],
      ],
      offer: {
        title: 'Leistungen',
        heading: 'Was wir machen',
        intro: 'Richtpreise inklusive Arbeitszeit. Vor Beginn vereinbaren wir einen Festpreis.',
        productNote: 'Einer unserer häufigsten Aufträge.',
        groups: [
          {
            name: 'Reparaturen',
            items: [
              ['Notdienst', 'Tag und Nacht, für Probleme, die nicht warten können.'],
              ['Reparatur und Fehlersuche', 'Wir finden die Ursache, nicht nur das Symptom.'],
              [
                'Sicherheitsprüfung',
                'Eine vollständige Prüfung mit schriftlichem Bericht und Prüfprotokoll.',
              ],
            ],
          },
          {
            name: 'Installationen',
            items: [
              ['Neuinstallation', 'Geliefert und montiert nach den neuesten Normen.'],
              ['Modernisierung und Austausch', 'Moderne, effiziente Technik, an einem Tag eingebaut.'],
              ['Wartungsvertrag', 'Jährliche Wartung und Vorrang im Notfall.'],
            ],
          },
        ],
      },
      story: {
        heading: 'Über uns',
        paragraphs: [
          (v) =>
            v.year
              ? `${v.name} kümmert sich seit ${v.year} um Häuser und Betriebe${v.where}. Die meisten Aufträge kommen über Empfehlungen, und das soll so bleiben.`
              : `${v.name} kümmert sich um Häuser und Betriebe${v.where}. Die meisten Aufträge kommen über Empfehlungen, und das soll so bleiben.`,
          () =>
            'Wir sind ein regionales Team aus qualifizierten Fachleuten. Wir kommen, wann wir es sagen, erklären, was wir finden, und hinterlassen Ihr Zuhause so sauber, wie wir es vorgefunden haben.',
        ],
      },
      values: {
        heading: 'Unsere Garantie',
        intro: 'Bei jedem Auftrag, ob groß oder klein.',
        items: [
          'Festpreis vor Arbeitsbeginn vereinbart',
          'Zwölf Monate Garantie auf unsere Arbeit',
          'Sauber, ordentlich und respektvoll in Ihrem Zuhause',
        ],
      },
      team: {
        heading: 'Das Team',
        intro: 'Qualifiziert, versichert und freundlich.',
        members: [
          ['Inhaber und Meister', 'Über zwanzig Jahre im Handwerk und noch immer in Rufbereitschaft.'],
          ['Obermonteur', 'Installationen, Modernisierungen und die kniffligen Aufträge.'],
          ['Büroleitung', 'Plant Ihren Termin und sorgt dafür, dass alle pünktlich sind.'],
        ],
      },
      faq: [
        [
          'Kosten Angebote etwas?',
          'Angebote für planbare Arbeiten sind kostenlos. Für Notdiensteinsätze gilt eine feste Anfahrtspauschale.',
        ],
        [
          'Wie schnell können Sie kommen?',
          'Im Notfall meist innerhalb einer Stunde, planbare Arbeiten innerhalb weniger Tage.',
        ],
        [
          'Sind Sie versichert?',
          'Ja, voll versichert, und auf alle Arbeiten geben wir zwölf Monate Garantie.',
        ],
        [
          'Welches Gebiet decken Sie ab?',
          'Die Stadt und das Umland im Umkreis von etwa 30 km. Fragen Sie uns, wenn Sie weiter weg sind.',
        ],
      ],
      cta: {
        heading: 'Brauchen Sie heute Hilfe?',
        body: 'Rufen Sie im Notfall direkt an, oder schreiben Sie uns für ein kostenloses Angebot.',
        action: 'Kostenloses Angebot anfordern',
      },
      posts: [
        {
          title: 'Fünf Warnzeichen, die Sie nicht ignorieren sollten',
          excerpt: 'Aus kleinen Problemen werden große Rechnungen. Darauf sollten Sie zu Hause achten.',
          paragraphs: [
            'Seltsame Geräusche, feuchte Flecken, flackerndes Licht und steigende Rechnungen sind oft die ersten Zeichen, dass etwas nicht stimmt.',
            'Früh erkannt, lassen sich die meisten Probleme schnell und günstig beheben. Sonst können sie Böden, Wände oder Schlimmeres beschädigen.',
            'Im Zweifel machen Sie ein Foto und schicken es uns. Wir sagen Ihnen ehrlich, ob ein Besuch nötig ist.',
          ],
          subheading: 'Kleine Zeichen, große Ersparnis',
        },
        {
          title: 'So machen Sie Ihr Zuhause winterfest',
          excerpt: 'Eine kurze Checkliste gegen Ausfälle, wenn es kalt wird.',
          paragraphs: [
            'Der Winter ist unsere arbeitsreichste Zeit, und die meisten Notfälle hätten sich mit etwas Vorbereitung vermeiden lassen.',
            'Lassen Sie die Wartung vor dem ersten Frost machen, prüfen Sie, ob Außenleitungen gedämmt sind, und wissen Sie, wo Ihr Hauptabsperrhahn ist.',
            'Zehn Minuten jetzt können Ihnen später einen sehr langen Abend ersparen.',
          ],
          quote: 'Die beste Reparatur ist die, die man nie braucht.',
        },
      ],
      enquiries: ['Notfall', 'Kostenloses Angebot', 'Wartungsvertrag', 'Etwas anderes'],
      imageAlt: { hero: 'Ein Handwerker bei der Arbeit', story: 'Unser Transporter und Werkzeug' },
    },
    fitness: {
      noun: 'Fitnessstudio',
      names: ['Studio Stark', 'Flow & Kraft', 'Gipfel Fitness'],
      hero: {
        eyebrow: (v) => tag(v, 'Trainingsstudio'),
        headings: [
          (v) => `Besser bewegen, stärker fühlen${v.where}`,
          () => 'Training, das in Ihr Leben passt',
        ],
        subheading: (v) =>
          v.products
            ? `${capital(v.products)} in kleinen Gruppen, mit Coaches, die Ihren Namen und Ihre Ziele kennen.`
            : 'Kleine Kurse, erfahrene Coaches und eine herzliche Gemeinschaft, die Sie wiederkommen lässt.',
        action: 'Kurse ansehen',
      },
      features: {
        heading: 'Warum Menschen bei uns trainieren',
        intro: 'Ob erste Stunde oder tausendste.',
        items: [
          ['Kleine Gruppen', 'Nie mehr als zwölf Personen, damit der Coach jede Bewegung sieht.'],
          [
            'Für jedes Level',
            'Jeder Kurs hat leichtere und schwerere Varianten. Starten Sie, wo Sie stehen.',
          ],
          ['Echte Gemeinschaft', 'Freundliche Gesichter, gemeinsame Ziele und viel Motivation.'],
        ],
      },
      stats: {
        since: 'Wir trainieren seit',
        items: [
          ['40+', 'Kurse pro Woche'],
          ['12', 'Personen pro Kurs, höchstens'],
        ],
      },
      reviews: [
        [
          'Ich war nervös vor dem Anfang, aber alle haben mich so herzlich aufgenommen. Sechs Monate später habe ich mich nie stärker gefühlt.',
          'Mitglied seit letztem Jahr',
        ],
        [
          'Die Coaches korrigieren wirklich die Technik. Hier habe ich in drei Monaten mehr gelernt als in Jahren im großen Studio.',
          'Mitglied',
        ],
        ['Der einzige Ort, für den ich gern früh aufstehe.', 'Stammgast am Morgen'],
      ],
      offer: {
        title: 'Kurse',
        heading: 'Kurse und Einheiten',
        intro: 'Online oder am Empfang buchen. Ihre erste Stunde geht auf uns.',
        productNote: 'Ein Favorit auf unserem Stundenplan.',
        groups: [
          {
            name: 'Gruppenkurse',
            items: [
              ['Morning Flow', 'Sanfte Bewegung und Atmung für den Start in den Tag.'],
              ['Kraft', 'Echte Kraft aufbauen mit einfachen, wirksamen Übungen.'],
              ['Mobility und Dehnen', 'Freier bewegen und besser regenerieren.'],
            ],
          },
          {
            name: 'Einzeltraining',
            items: [
              ['Personal Training', 'Ein Programm, das auf Sie und Ihre Ziele zugeschnitten ist.'],
              ['Kennenlerntermin', 'Einen Coach treffen, das Studio ausprobieren und einen Plan machen.'],
              ['Trainingscheck', 'Fortschritt prüfen und neue Ziele setzen.'],
            ],
          },
        ],
      },
      plans: {
        title: 'Mitgliedschaften',
        heading: 'Mitgliedschaften',
        intro: 'Keine Aufnahmegebühr und keine langen Verträge. Jederzeit pausierbar.',
        askNote: 'Auf Anfrage',
        action: 'Mitglied werden',
        items: [
          {
            name: '10er-Karte',
            description: 'Zehn Kurse, einlösbar innerhalb von drei Monaten.',
            features: ['Alle Gruppenkurse', 'Online buchen', 'Mit Freunden teilbar'],
          },
          {
            name: 'Unbegrenzt',
            description: 'Unsere beliebteste Mitgliedschaft.',
            features: [
              'Unbegrenzt Gruppenkurse',
              'Ein kostenloser Kennenlerntermin',
              'Events für Mitglieder',
            ],
          },
          {
            name: 'Persönlich',
            description: 'Betreuung ganz nach Ihnen.',
            features: ['Vier Einzeltrainings im Monat', 'Persönlicher Trainingsplan', 'Unbegrenzt Kurse'],
          },
        ],
      },
      story: {
        heading: 'Unsere Geschichte',
        paragraphs: [
          (v) =>
            `${v.name} hat${v.year ? ` ${v.year}` : ''} eröffnet, weil wir einen Ort wollten, an dem sich Training einladend anfühlt statt einschüchternd: kleine Kurse, gutes Coaching und keine Spiegel voller Urteile.`,
          (v) =>
            `Heute sind wir eine Gemeinschaft aus Menschen jeden Alters und jedes Levels${v.where}, die zusammen trainieren und sich gegenseitig anfeuern.`,
        ],
      },
      values: {
        heading: 'Wofür wir stehen',
        intro: 'Fitness für alle, richtig gemacht.',
        items: [
          'Saubere Technik vor schweren Gewichten',
          'Fortschritt statt Perfektion',
          'Jeder ist willkommen, egal auf welchem Level',
        ],
      },
      team: {
        heading: 'Unsere Coaches',
        intro: 'Zertifiziert, erfahren und wirklich motivierend.',
        members: [
          ['Gründer und Head Coach', 'Krafttrainer mit einer Schwäche für Einsteiger.'],
          ['Coach', 'Mobility und Regeneration, dazu unsere Frühkurse.'],
          ['Coach', 'Personal Training und Programme für Vielbeschäftigte.'],
        ],
      },
      faq: [
        [
          'Ich bin absoluter Anfänger. Kann ich mitmachen?',
          'Auf jeden Fall. Die meisten Mitglieder haben bei null angefangen. Buchen Sie einen Kennenlerntermin, und wir helfen Ihnen beim sicheren Einstieg.',
        ],
        [
          'Was muss ich mitbringen?',
          'Bequeme Kleidung, eine Wasserflasche und ein Handtuch. Die Ausrüstung stellen wir.',
        ],
        ['Kann ich vorher ausprobieren?', 'Ja, Ihre erste Stunde ist kostenlos.'],
        ['Kann ich die Mitgliedschaft pausieren?', 'Ja, bei Urlaub oder Verletzung, kostenlos.'],
      ],
      cta: {
        heading: 'Ihre erste Stunde ist kostenlos',
        body: 'Kommen Sie vorbei und probieren Sie es aus. Ohne Druck, ohne Vertrag, einfach ein gutes Training.',
        action: 'Kostenlose Stunde buchen',
      },
      posts: [
        {
          title: 'Wieder einsteigen nach Jahren ohne Sport',
          excerpt:
            'Klein anfangen, dranbleiben und den Fortschritt kommen lassen. Der Leitfaden eines Coaches für den Neustart.',
          paragraphs: [
            'Das Schwerste ist die erste Woche. Danach übernimmt die Gewohnheit den Großteil der Arbeit.',
            'Beginnen Sie mit zwei oder drei kurzen Einheiten pro Woche. Wählen Sie Bewegung, die Ihnen Spaß macht, und vergleichen Sie sich mit niemandem.',
            'Nach einem Monat spüren Sie den Unterschied: mehr Energie, besserer Schlaf und jede Woche etwas mehr Selbstvertrauen.',
          ],
          subheading: 'Klein anfangen',
        },
        {
          title: 'Warum Regeneration so wichtig ist wie Training',
          excerpt: 'Muskeln wachsen in der Pause. So erholen Sie sich gut zwischen den Einheiten.',
          paragraphs: [
            'Training beansprucht den Körper, Regeneration baut ihn stärker wieder auf. Ohne Erholung stagniert der Fortschritt.',
            'Schlafen Sie sieben bis neun Stunden, essen Sie genug Eiweiß, trinken Sie viel Wasser und bewegen Sie sich an Ruhetagen sanft.',
            'Eine Mobility-Stunde pro Woche ist eine der besten Investitionen, die Sie machen können.',
          ],
          quote: 'Stärker werden Sie nicht im Studio, sondern in der Erholung danach.',
        },
      ],
      enquiries: ['Kostenlose Probestunde', 'Mitgliedschaft', 'Personal Training', 'Etwas anderes'],
      imageAlt: { hero: 'Ein helles Trainingsstudio', story: 'Ein laufender Kurs' },
    },
    nonprofit: {
      noun: 'gemeinnütziger Verein',
      names: ['Offene Hände', 'Gemeinsamer Grund', 'Stiftung Brücken'],
      hero: {
        eyebrow: (v) => tag(v, 'Gemeinnütziger Verein'),
        headings: [(v) => `Gemeinsam erreichen wir mehr${v.where}`, () => 'Kleine Gesten, große Wirkung'],
        subheading: (v) =>
          v.products
            ? `Wir engagieren uns für ${v.products}, mit der Hilfe von Ehrenamtlichen, Spendern und Partnern, die an Veränderung glauben.`
            : 'Wir unterstützen Menschen und Familien in unserer Nachbarschaft, mit der Hilfe von Ehrenamtlichen, Spendern und Partnern, die an Veränderung glauben.',
        action: 'Was wir tun',
      },
      features: {
        heading: 'Was Ihre Unterstützung bewirkt',
        intro: 'Jeder Beitrag fließt direkt in unsere Arbeit.',
        items: [
          [
            'Direkte Hilfe',
            'Praktische Unterstützung für die, die sie am dringendsten brauchen, wenn sie sie brauchen.',
          ],
          [
            'Nachhaltige Veränderung',
            'Programme, die Fähigkeiten, Selbstvertrauen und Unabhängigkeit stärken.',
          ],
          ['Volle Transparenz', 'Wir veröffentlichen jedes Jahr unsere Finanzen und Ergebnisse.'],
        ],
      },
      stats: {
        since: 'Aktiv seit',
        items: [
          ['3.000+', 'Unterstützte Menschen im letzten Jahr'],
          ['150', 'Aktive Ehrenamtliche'],
          ['89 %', 'Der Mittel fließen in die Projekte'],
        ],
      },
      reviews: [
        [
          'Als es am schwersten war, waren sie für meine Familie da. Heute helfe ich jede Woche ehrenamtlich mit.',
          'Ehrenamtliche und frühere Klientin',
        ],
        [
          'Ein Verein, der genau das tut, was er sagt, mit Herz und ohne großes Aufheben.',
          'Monatlicher Spender',
        ],
        [
          'Die Zusammenarbeit hat dem Ehrenamtsprogramm unseres Unternehmens echten Sinn gegeben.',
          'Partnerunternehmen',
        ],
      ],
      offer: {
        title: 'Unsere Arbeit',
        heading: 'Unsere Projekte',
        intro: 'Praktisch, nah und gemeinsam mit den Menschen entwickelt, die wir unterstützen.',
        productNote: 'Eines unserer Kernprojekte.',
        groups: [
          {
            name: 'Was wir tun',
            items: [
              [
                'Soforthilfe',
                'Lebensmittel, Dinge des täglichen Bedarfs und Beratung, wenn eine Krise kommt.',
              ],
              ['Bildung und Arbeit', 'Kurse, Mentoring und Hilfe bei der Jobsuche.'],
              ['Begegnungsorte', 'Ein warmer, sicherer Ort zum Treffen, Essen und Dazugehören.'],
            ],
          },
          {
            name: 'Mitmachen',
            items: [
              ['Ehrenamt', 'Ein paar Stunden im Monat schenken. Wir schulen Sie.'],
              ['Spenden sammeln', 'Laufen, backen, radeln: Wir unterstützen Ihre Aktion.'],
              ['Partner werden', 'Unternehmen und Stiftungen, die etwas bewegen wollen.'],
            ],
          },
        ],
      },
      plans: {
        title: 'Spenden',
        heading: 'Jetzt spenden',
        intro: 'Regelmäßige Spenden geben uns Planungssicherheit. Jeder Betrag hilft.',
        askNote: 'Beliebiger Betrag',
        action: 'Spenden',
        items: [
          {
            name: 'Freund',
            description: 'Sichert einer Familie eine Woche lang das Nötigste.',
            features: ['Monatliche Neuigkeiten', 'Jahresbericht'],
          },
          {
            name: 'Unterstützer',
            description: 'Finanziert einen Monat Mentoring für einen jungen Menschen.',
            features: ['Monatliche Neuigkeiten', 'Einladung zu unserem Jahrestreffen'],
          },
          {
            name: 'Einmalspende',
            description: 'Geben Sie, was Sie können, wann Sie können.',
            features: ['Spendenquittung', 'Unser herzlicher Dank'],
          },
        ],
      },
      logos: { heading: 'Unsere Partner' },
      story: {
        heading: 'Wer wir sind',
        paragraphs: [
          (v) =>
            v.year
              ? `${v.name} wurde ${v.year} von Nachbarn gegründet, die nicht länger wegsehen wollten. Seitdem ist unsere Arbeit${v.where} gewachsen, aber die Idee ist dieselbe: Menschen helfen Menschen.`
              : `${v.name} wurde von Nachbarn gegründet, die nicht länger wegsehen wollten. Unsere Idee ist einfach: Menschen helfen Menschen.`,
          () =>
            'Wir sind unabhängig und werden von einem kleinen Team mit der Hilfe vieler Ehrenamtlicher getragen. Jede Entscheidung richtet sich nach den Menschen, für die wir da sind.',
        ],
      },
      values: {
        heading: 'Unsere Werte',
        intro: 'Was unsere Arbeit leitet.',
        items: [
          'Würde und Respekt für alle',
          'Erst zuhören, dann handeln',
          'Ehrlich sagen, was funktioniert und was nicht',
          'Jeder Euro nachvollziehbar',
        ],
      },
      team: {
        heading: 'Unser Team',
        intro: 'Ein kleines Team und eine große Familie von Ehrenamtlichen.',
        members: [
          ['Geschäftsführerin', 'Leitet den Verein und unsere Partnerschaften.'],
          [
            'Projektkoordinator',
            'Sorgt dafür, dass unsere Projekte die Menschen erreichen, die sie brauchen.',
          ],
          ['Ehrenamtskoordinatorin', 'Begrüßt, schult und begleitet unsere Ehrenamtlichen.'],
        ],
      },
      faq: [
        [
          'Wie wird meine Spende verwendet?',
          'Fast neun von zehn Euro fließen direkt in unsere Projekte. Unser Jahresbericht zeigt genau, wohin.',
        ],
        [
          'Kann ich mich engagieren, wenn ich wenig Zeit habe?',
          'Ja. Schon ein paar Stunden im Monat helfen, und wir finden eine Aufgabe, die zu Ihnen passt.',
        ],
        [
          'Ist meine Spende steuerlich absetzbar?',
          'In den meisten Fällen ja. Für jede Spende stellen wir eine Zuwendungsbestätigung aus.',
        ],
        [
          'Kann sich mein Unternehmen beteiligen?',
          'Sehr gern. Wir bieten Teamtage im Ehrenamt und Partnerschaftsprogramme.',
        ],
      ],
      cta: {
        heading: 'Machen Sie mit',
        body: 'Spenden Sie, engagieren Sie sich oder erzählen Sie es weiter. Jede Hilfe zählt.',
        action: 'Jetzt spenden',
      },
      posts: [
        {
          title: 'Unser Jahr in Zahlen',
          excerpt: 'Was Ihre Unterstützung dieses Jahr möglich gemacht hat und wie es weitergeht.',
          paragraphs: [
            'Dieses Jahr kamen mehr Menschen zu uns als je zuvor. Dank Ihnen konnten wir fast allen helfen.',
            'Unsere Ehrenamtlichen haben Tausende Stunden geschenkt, unser Bildungsprogramm hat sich verdoppelt, und unser Begegnungsort hat jede Woche neue Nachbarn willkommen geheißen.',
            'Im nächsten Jahr wollen wir mehr Familien früher erreichen, bevor aus einer schwierigen Phase eine Krise wird.',
          ],
          subheading: 'Der Blick nach vorn',
        },
        {
          title: 'Ein Tag im Leben einer Ehrenamtlichen',
          excerpt:
            'Wie sieht ehrenamtliche Arbeit bei uns eigentlich aus? Eine Ehrenamtliche erzählt von ihrem Dienstag.',
          paragraphs: [
            'Dienstags geht es mit Kaffee und einer kurzen Besprechung los. Dann öffnen sich die Türen, und der Tag läuft nie ganz wie geplant.',
            'An manchen Tagen sortieren wir Spenden, an anderen hören wir einfach zu. Die schönsten Momente sind oft die kleinsten.',
            'Wenn Sie schon einmal an ein Ehrenamt gedacht haben, kommen Sie zu einem Schnuppertermin. Sie sind herzlich willkommen.',
          ],
          quote: 'Ich kam, um anderen zu helfen, und habe meine eigene Gemeinschaft gefunden.',
        },
      ],
      enquiries: ['Ehrenamt', 'Spenden', 'Partnerschaften', 'Ich brauche Unterstützung'],
      imageAlt: { hero: 'Ehrenamtliche bei der gemeinsamen Arbeit', story: 'Unser Begegnungsort' },
    },
    agency: {
      noun: 'Agentur',
      names: ['Studio Nord', 'Agentur Klar', 'Feld & Form'],
      hero: {
        eyebrow: (v) => tag(v, 'Unabhängige Agentur'),
        headings: [() => 'Ideen, die Menschen bewegen', (v) => `Marke, Web und Marketing${v.where}`],
        subheading: (v) =>
          v.products
            ? `${capital(v.products)} für ambitionierte Unternehmen. Strategie, Design und messbare Ergebnisse.`
            : 'Wir helfen ambitionierten Unternehmen zu wachsen, mit Strategie, Design und Marketing, die messbar wirken.',
        action: 'Arbeiten ansehen',
      },
      features: {
        heading: 'So arbeiten wir',
        intro: 'Ein kleines, erfahrenes Team, nah an jedem Projekt.',
        items: [
          [
            'Strategie zuerst',
            'Wir beginnen bei Ihren Zielen und Ihren Kunden, nicht bei einer Farbpalette.',
          ],
          ['Gemacht, um zu wirken', 'Schöne Arbeit, die gefunden, genutzt und gemessen werden kann.'],
          [
            'Ein Team',
            'Sie arbeiten direkt mit den Menschen, die die Arbeit machen. Kein Labyrinth aus Kundenberatern.',
          ],
        ],
      },
      stats: {
        since: 'Unabhängig seit',
        items: [
          ['120+', 'Umgesetzte Projekte'],
          ['+65 %', 'Mehr Anfragen im Schnitt'],
        ],
      },
      reviews: [
        [
          'Sie haben unser Geschäft in einer Woche verstanden und uns eine Marke gegeben, auf die wir stolz sind.',
          'Gründerin',
        ],
        [
          'Unsere neue Website hat die Anfragen in drei Monaten verdoppelt. Klarer Prozess, großartige Leute.',
          'Marketingleiter',
        ],
        [
          'Ehrlich, schnell und angenehm in der Zusammenarbeit. Sie fühlen sich an wie ein Teil unseres Teams.',
          'CEO',
        ],
      ],
      offer: {
        title: 'Leistungen',
        heading: 'Was wir machen',
        intro: 'Vom ersten Workshop bis zum Launch und darüber hinaus.',
        productNote: 'Eine unserer Kernleistungen.',
        groups: [
          {
            name: 'Strategie und Marke',
            items: [
              ['Markenstrategie', 'Positionierung, Botschaften und eine klare Geschichte.'],
              ['Corporate Design', 'Logo, Farben, Schrift und Gestaltungsrichtlinien.'],
              ['Workshops', 'Ihr Team an einem Tag auf eine Linie bringen.'],
            ],
          },
          {
            name: 'Digital',
            items: [
              ['Websites', 'Schnelle, barrierefreie Websites, die konvertieren.'],
              ['Kampagnen', 'Kreative Kampagnen über alle Kanäle.'],
              [
                'Content und Social Media',
                'Ein stetiger Strom an Inhalten, der Ihre Reichweite wachsen lässt.',
              ],
            ],
          },
        ],
      },
      plans: {
        title: 'Modelle',
        heading: 'So arbeiten Sie mit uns',
        intro: 'Projekte mit festem Umfang oder eine laufende Partnerschaft.',
        askNote: 'Sprechen wir darüber',
        action: 'Projekt starten',
        items: [
          {
            name: 'Sprint',
            description: 'Ein fokussiertes Zwei-Wochen-Projekt.',
            features: ['Workshop', 'Ein klares Ergebnis', 'Übergabetermin'],
          },
          {
            name: 'Partner',
            description: 'Ein erfahrenes Team, jeden Monat für Sie da.',
            features: ['Strategie und Design', 'Monatliches Reporting', 'Bevorzugte Bearbeitung'],
          },
          {
            name: 'Individuell',
            description: 'Größere Projekte und Rebrandings.',
            features: ['Eigenes Team', 'Individueller Umfang', 'Feste Meilensteine'],
          },
        ],
      },
      gallery: {
        title: 'Arbeiten',
        heading: 'Ausgewählte Arbeiten',
        intro: 'Ein paar Projekte, auf die wir stolz sind.',
        captions: [
          'Rebranding für einen regionalen Lebensmittelhersteller',
          'Website für ein Designhotel',
          'Launch-Kampagne für ein Fintech-Start-up',
          'Erscheinungsbild für ein Kulturfestival',
        ],
      },
      logos: { heading: 'Kunden, mit denen wir gearbeitet haben' },
      story: {
        heading: 'Über uns',
        paragraphs: [
          (v) =>
            `${v.name} ist eine unabhängige Agentur${v.where}${v.year ? `, gegründet ${v.year}` : ''}. Wir sind Strategen, Designer, Texter und Entwickler, die gern echte Probleme lösen.`,
          () =>
            'Wir bleiben bewusst klein, damit erfahrene Leute an jedem Projekt arbeiten und jeder Kunde unsere volle Aufmerksamkeit bekommt.',
        ],
      },
      values: {
        heading: 'Woran wir glauben',
        intro: 'Prinzipien, nach denen wir arbeiten.',
        items: [
          'Klarheit schlägt Cleverness',
          'Messen, was zählt',
          'Sagen, was wir denken, freundlich',
          'Jeden Kunden stärker zurücklassen',
        ],
      },
      team: {
        heading: 'Das Team',
        intro: 'Ein kleines, erfahrenes, interdisziplinäres Team.',
        members: [
          ['Gründerin und Strategiechefin', 'Seit fünfzehn Jahren hilft sie Marken, ihre Stimme zu finden.'],
          ['Designdirektor', 'Erscheinungsbild, Web und alles Visuelle.'],
          ['Leiterin Digital', 'Websites, Performance und Analytics.'],
        ],
      },
      faq: [
        [
          'Was kostet ein Projekt?',
          'Das hängt vom Umfang ab. Nach einem kurzen Gespräch schicken wir Ihnen ein klares Angebot zum Festpreis.',
        ],
        [
          'Wie lange dauert eine Website?',
          'Die meisten Websites dauern sechs bis zehn Wochen, vom ersten Workshop bis zum Launch.',
        ],
        [
          'Arbeiten Sie mit Kunden im Ausland?',
          'Ja. Viele unserer Kunden sitzen in anderen Ländern; wir arbeiten remote und reisen, wenn es hilft.',
        ],
        [
          'Betreuen Sie uns auch nach dem Launch?',
          'Ja, über unsere monatliche Partnerschaft oder projektweise.',
        ],
      ],
      cta: {
        heading: 'Haben Sie ein Projekt im Kopf?',
        body: 'Erzählen Sie uns davon. Wir antworten innerhalb eines Werktags.',
        action: 'Gespräch beginnen',
      },
      posts: [
        {
          title: 'Was ein gutes Briefing ausmacht',
          excerpt: 'Ein gutes Briefing spart Wochen. Danach fragen wir immer, bevor ein Projekt startet.',
          paragraphs: [
            'Die besten Projekte beginnen mit einem klaren Briefing. Es muss nicht lang sein, aber ein paar Kernfragen beantworten.',
            'Welches Problem lösen wir? Für wen? Woran erkennen wir, dass es funktioniert hat? Wie sehen Budget und Zeitplan aus?',
            'Wenn Sie das noch nicht beantworten können, ist das in Ordnung. Die Antworten gemeinsam zu finden, ist oft der wertvollste Teil eines Projekts.',
          ],
          subheading: 'Beim Problem anfangen',
        },
        {
          title: 'Fünf Website-Fehler, die Sie Kunden kosten',
          excerpt:
            'Langsame Seiten, unklare Botschaften und versteckte Kontaktdaten. So erkennen und beheben Sie sie.',
          paragraphs: [
            'Die meisten Websites verlieren Besucher in den ersten Sekunden. Die Gründe sind meist einfach.',
            'Seiten, die auf dem Handy langsam laden, Überschriften, die nicht sagen, was Sie tun, und schwer auffindbare Kontaktdaten sind die häufigsten.',
            'Beheben Sie diese drei, und Sie sehen den Unterschied bei Ihren Anfragen innerhalb weniger Wochen.',
          ],
          quote: 'Wenn Besucher nachdenken müssen, haben Sie schon die Hälfte verloren.',
        },
      ],
      enquiries: ['Neues Projekt', 'Partnerschaft', 'Karriere', 'Etwas anderes'],
      imageAlt: { hero: 'Unser Studio', story: 'Das Team bei der Arbeit' },
    },
    'real-estate': {
      noun: 'Immobilienmakler',
      names: ['Schlüssel Immobilien', 'Hafen Immobilien', 'Stein & Eiche Immobilien'],
      hero: {
        eyebrow: (v) => tag(v, 'Immobilienmakler'),
        headings: [
          (v) => `Finden Sie Ihr nächstes Zuhause${v.where}`,
          () => 'Kaufen, verkaufen und mieten, ganz einfach',
        ],
        subheading: (v) =>
          v.products
            ? `${capital(v.products)}. Ortskenntnis, ehrliche Bewertungen und ein Makler, der ans Telefon geht.`
            : 'Ortskenntnis, ehrliche Bewertungen und ein Makler, der ans Telefon geht, von der ersten Besichtigung bis zur Schlüsselübergabe.',
        action: 'Objekte ansehen',
      },
      features: {
        heading: 'Warum mit uns verkaufen oder vermieten',
        intro: 'Lokale Experten, die jede Straße kennen.',
        items: [
          [
            'Ehrliche Bewertungen',
            'Ein realistischer Preis auf Basis echter Verkäufe in der Nähe, keine Zahl, um den Auftrag zu gewinnen.',
          ],
          ['Starke Präsentation', 'Professionelle Fotos, Grundrisse und Exposés, die verkaufen.'],
          ['Immer erreichbar', 'Ein Ansprechpartner, eine Telefonnummer, jede Woche ein Update.'],
        ],
      },
      stats: {
        since: 'Vor Ort seit',
        items: [
          ['450+', 'Verkaufte Immobilien'],
          ['38 Tage', 'Durchschnittliche Vermarktungsdauer'],
        ],
      },
      reviews: [
        [
          'Sie haben unsere Wohnung in drei Wochen zum Angebotspreis verkauft und uns bei jedem Schritt informiert.',
          'Verkäufer',
        ],
        ['Als Erstkäufer hatten wir tausend Fragen. Sie haben jede einzelne beantwortet.', 'Erstkäufer'],
        ['Zuverlässige, schnelle Mietverwaltung. Ich mache mir nie Sorgen um meine Wohnung.', 'Vermieterin'],
      ],
      offer: {
        title: 'Objekte',
        heading: 'Ausgewählte Objekte',
        intro: 'Eine Auswahl aktueller Angebote. Sprechen Sie uns für Details und Besichtigungen an.',
        productNote: 'Einer unserer Schwerpunkte.',
        groups: [
          {
            name: 'Zum Kauf',
            items: [
              ['Helle Dreizimmerwohnung', 'Renoviert, mit Balkon und Aufzug, nahe dem Zentrum.'],
              ['Familienhaus mit Garten', 'Vier Schlafzimmer, ruhige Straße, Schulen in der Nähe.'],
              ['Apartment am Bahnhof', 'Ideal als erstes Zuhause oder Kapitalanlage.'],
            ],
          },
          {
            name: 'Zur Miete',
            items: [
              ['Zweizimmerwohnung', 'Möbliert, mit schnellem Internet.'],
              ['Vierzimmerwohnung', 'Großzügig, mit Stellplatz und Keller.'],
              ['Laden- oder Bürofläche', 'Im Erdgeschoss, 80 m², flexibler Grundriss.'],
            ],
          },
        ],
      },
      gallery: {
        title: 'Galerie',
        heading: 'Zuhause, die wir lieben',
        intro: 'Einige aktuelle Verkäufe und Vermietungen.',
        captions: [
          'Sonniges Wohnzimmer, in zwei Wochen verkauft',
          'Renovierte Küche',
          'Terrasse mit Garten',
          'Ausblick aus dem Dachgeschoss',
        ],
      },
      story: {
        heading: 'Über uns',
        paragraphs: [
          (v) =>
            v.year
              ? `${v.name} hilft seit ${v.year} beim Kaufen, Verkaufen und Mieten${v.where}. Wir kennen die Viertel, die Schulen und die Preise, Straße für Straße.`
              : `${v.name} hilft beim Kaufen, Verkaufen und Mieten${v.where}. Wir kennen die Viertel, die Schulen und die Preise, Straße für Straße.`,
          () =>
            'Wir sind ein unabhängiges Maklerbüro und wachsen durch Empfehlungen. Das hält uns ehrlich und nah an unseren Kunden.',
        ],
      },
      values: {
        heading: 'Unsere Zusagen',
        intro: 'Darauf können Sie sich verlassen.',
        items: [
          'Ehrliche Bewertungen, schriftlich',
          'Klare Provision, vorab vereinbart',
          'Wöchentliche Updates bis zur Schlüsselübergabe',
        ],
      },
      team: {
        heading: 'Unsere Makler',
        intro: 'Menschen aus der Gegend, die den Markt kennen.',
        members: [
          ['Geschäftsführer', 'Zwanzig Jahre auf dem lokalen Immobilienmarkt.'],
          ['Immobilienberaterin', 'Begleitet Käufer und Verkäufer von der Bewertung bis zum Notartermin.'],
          ['Vermietung und Verwaltung', 'Kümmert sich um Mieter, Vermieter und alles dazwischen.'],
        ],
      },
      faq: [
        [
          'Was ist meine Immobilie wert?',
          'Vereinbaren Sie eine kostenlose Bewertung. Wir besichtigen, vergleichen aktuelle Verkäufe und geben Ihnen eine schriftliche Einschätzung.',
        ],
        [
          'Wie hoch ist Ihre Provision?',
          'Ein klarer Prozentsatz des Kaufpreises, vor Beginn vereinbart. Kein Verkauf, keine Provision.',
        ],
        [
          'Verwalten Sie auch Mietobjekte?',
          'Ja, von der Mietersuche über die Instandhaltung bis zum Mieteinzug.',
        ],
        [
          'Helfen Sie bei der Finanzierung?',
          'Wir arbeiten mit unabhängigen Finanzierungsberatern, die das passende Angebot für Sie finden.',
        ],
      ],
      cta: {
        heading: 'Sie denken über einen Verkauf nach?',
        body: 'Vereinbaren Sie noch diese Woche eine kostenlose, unverbindliche Bewertung.',
        action: 'Bewertung anfragen',
      },
      posts: [
        {
          title: 'So bereiten Sie Ihr Zuhause auf eine Besichtigung vor',
          excerpt: 'Kleine Veränderungen, die bei Käufern einen großen ersten Eindruck hinterlassen.',
          paragraphs: [
            'Käufer entscheiden in den ersten Minuten. Machen Sie diese Minuten zu Ihren.',
            'Flächen freiräumen, Vorhänge öffnen, Kleinigkeiten reparieren und lüften. Ein aufgeräumtes, helles Zuhause wirkt größer und wertvoller.',
            'Und wenn möglich, gehen Sie während der Besichtigung aus dem Haus. Käufer sprechen freier, wenn der Eigentümer nicht da ist.',
          ],
          subheading: 'Der erste Eindruck',
        },
        {
          title: 'Das erste eigene Zuhause: Schritt für Schritt',
          excerpt: 'Vom Budget bis zum Schlüssel: Was Sie beim ersten Kauf erwartet.',
          paragraphs: [
            'Beginnen Sie beim Budget: Sprechen Sie mit einem Finanzierungsberater, bevor Sie sich in eine Immobilie verlieben.',
            'Besichtigen Sie viel, stellen Sie viele Fragen und prüfen Sie die Kosten neben dem Kaufpreis: Steuern, Notar und Renovierung.',
            'Wenn Sie das Richtige gefunden haben, begleiten wir Sie beim Angebot, beim Papierkram und am Tag der Schlüsselübergabe.',
          ],
          quote: 'Der beste Zeitpunkt für die Budgetplanung ist vor der ersten Besichtigung.',
        },
      ],
      enquiries: ['Besichtigung vereinbaren', 'Kostenlose Bewertung', 'Mietverwaltung', 'Etwas anderes'],
      imageAlt: { hero: 'Ein sonniges Wohnzimmer', story: 'Unser Büro' },
    },
    hotel: {
      noun: 'Gästehaus',
      names: ['Haus Alba', 'Gasthof Laterne', 'Haus am Hafen'],
      hero: {
        eyebrow: (v) => tag(v, 'Boutique-Unterkunft'),
        headings: [
          (v) => `Ihr Zuhause auf Zeit${v.where}`,
          () => 'Ruhige Morgen, bequeme Zimmer, herzlicher Empfang',
        ],
        subheading: (v) =>
          v.products
            ? `${capital(v.products)}. Bequeme Zimmer, ein großzügiges Frühstück und Gastgeber, die die besten Adressen kennen.`
            : 'Bequeme Zimmer, ein großzügiges Frühstück und Gastgeber, die die besten Adressen zum Essen, Spazieren und Entdecken kennen.',
        action: 'Zimmer ansehen',
      },
      features: {
        heading: 'Warum Gäste so gern bei uns wohnen',
        intro: 'Klein genug, um Ihren Namen zu kennen, bequem genug, um länger zu bleiben.',
        items: [
          [
            'Ein Frühstück, für das sich Aufstehen lohnt',
            'Brot aus der Region, frisches Obst, hausgemachter Kuchen und Eier, wie Sie sie mögen.',
          ],
          ['Ruhige, bequeme Zimmer', 'Gute Betten, Verdunkelungsvorhänge und Regenduschen.'],
          [
            'Tipps von Einheimischen',
            'Wir verraten Ihnen, wo die Einheimischen essen und welche Aussicht den Aufstieg lohnt.',
          ],
        ],
      },
      stats: {
        since: 'Gastgeber seit',
        items: [
          ['9,4/10', 'Gästebewertung'],
          ['12', 'Zimmer'],
        ],
      },
      reviews: [
        [
          'Das beste Frühstück der ganzen Reise und Gastgeber, bei denen wir uns wie zu Hause gefühlt haben. Wir kommen wieder.',
          'Paar, vier Nächte',
        ],
        [
          'Blitzsauber, ruhig und perfekt gelegen. Die Restauranttipps waren ein Volltreffer.',
          'Alleinreisender',
        ],
        [
          'Die Kinder waren begeistert und wir auch. Platz zum Entspannen nach langen Tagen unterwegs.',
          'Familie mit zwei Kindern',
        ],
      ],
      offer: {
        title: 'Zimmer',
        heading: 'Zimmer und Preise',
        intro:
          'Alle Zimmer mit Frühstück, kostenlosem WLAN und täglich frischen Handtüchern. Bester Preis bei Direktbuchung.',
        productNote: 'Ein Liebling unserer Gäste.',
        groups: [
          {
            name: 'Zimmer',
            items: [
              ['Doppelzimmer', 'Gemütlich und ruhig, mit Queensize-Bett.'],
              ['Superior-Zimmer mit Aussicht', 'Mehr Platz, eine Sitzecke und die schönste Aussicht.'],
              ['Familiensuite', 'Zwei verbundene Zimmer für bis zu vier Gäste.'],
            ],
          },
          {
            name: 'Extras',
            items: [
              ['Frühstück für Besucher', 'Sie wohnen nicht bei uns? Kommen Sie trotzdem zum Frühstück.'],
              ['Später Check-out', 'Behalten Sie Ihr Zimmer bis 14 Uhr.'],
              ['Flughafentransfer', 'Ein Fahrer erwartet Sie bei Ankunft.'],
            ],
          },
        ],
      },
      gallery: {
        title: 'Galerie',
        heading: 'Schauen Sie sich um',
        intro: 'Zimmer, Frühstück und der Blick von der Terrasse.',
        captions: [
          'Morgenlicht im Superior-Zimmer',
          'Frühstück auf der Terrasse',
          'Die Lounge mit Büchern und Spielen',
          'Der Ausblick bei Sonnenuntergang',
        ],
      },
      story: {
        heading: 'Unser Haus',
        paragraphs: [
          (v) =>
            v.year
              ? `${v.name} empfängt seit ${v.year} Gäste${v.where}. Wir haben das Haus mit viel Liebe restauriert, seinen Charakter bewahrt und jeden Komfort ergänzt.`
              : `${v.name} ist eine kleine, unabhängige Unterkunft${v.where}. Wir haben das Haus mit viel Liebe restauriert, seinen Charakter bewahrt und jeden Komfort ergänzt.`,
          () =>
            'Wir wohnen ganz in der Nähe und kümmern uns persönlich um jeden Gast, von Restauranttipps bis zum Frühstückspaket für den frühen Aufbruch.',
        ],
      },
      values: {
        heading: 'Unsere Art, Gastgeber zu sein',
        intro: 'Kleine Dinge, die einen Aufenthalt ausmachen.',
        items: [
          'Bestpreisgarantie bei Direktbuchung',
          'Kostenlose Stornierung bis 48 Stunden vor Anreise',
          'Regionales, saisonales Frühstück',
          'Umweltfreundliche Pflegeprodukte und Bettwäsche',
        ],
      },
      team: {
        heading: 'Ihre Gastgeber',
        intro: 'Wir freuen uns auf Sie.',
        members: [
          ['Inhaberin und Gastgeberin', 'Teilt gern die besten Geheimtipps der Gegend mit ihren Gästen.'],
          ['Gästebetreuung', 'Hilft bei Buchungen, Ausflügen und Tischreservierungen.'],
          ['Frühstücksköchin', 'Backt jeden Morgen etwas Neues.'],
        ],
      },
      faq: [
        [
          'Wann sind Check-in und Check-out?',
          'Check-in ab 15 Uhr, Check-out bis 11 Uhr. Fragen Sie uns, wenn Sie mehr Flexibilität brauchen.',
        ],
        ['Ist das Frühstück inklusive?', 'Ja, das Frühstück ist in allen Preisen enthalten.'],
        [
          'Gibt es Parkplätze?',
          'In der Nähe gibt es öffentliche Parkplätze; bei der Buchung empfehlen wir Ihnen die beste Option.',
        ],
        [
          'Kann ich meine Buchung stornieren?',
          'Bei Direktbuchung ist die Stornierung bis 48 Stunden vor Anreise kostenlos.',
        ],
      ],
      cta: {
        heading: 'Planen Sie Ihren Aufenthalt',
        body: 'Buchen Sie direkt für den besten Preis und kostenlose Stornierung.',
        action: 'Verfügbarkeit prüfen',
      },
      posts: [
        {
          title: 'Ein perfektes Wochenende in der Gegend',
          excerpt:
            'Wo man spazieren, essen und den Sonnenuntergang sehen sollte, erzählt von Menschen, die hier leben.',
          paragraphs: [
            'Beginnen Sie den Samstag mit einem gemütlichen Frühstück und erkunden Sie die Altstadt zu Fuß, bevor die Menschenmengen kommen.',
            'Essen Sie mittags, wo die Einheimischen essen, verbringen Sie den Nachmittag im Museum oder am Wasser und suchen Sie sich einen guten Platz für den Sonnenuntergang. Wir verraten Ihnen unseren.',
            'Am Sonntag geht es auf den Markt, nehmen Sie etwas mit nach Hause und lassen Sie ein wenig Zeit für gar nichts.',
          ],
          subheading: 'Samstag und Sonntag',
        },
        {
          title: 'Hinter unserem Frühstück',
          excerpt:
            'Lernen Sie die Bäcker, Bauern und Erzeuger kennen, die jeden Morgen unseren Frühstückstisch füllen.',
          paragraphs: [
            'Das Frühstück ist die Mahlzeit, über die unsere Gäste am meisten sprechen, und es beginnt lange bevor sie aufwachen.',
            'Das Brot kommt von einer Bäckerei die Straße hinunter, die Eier von einem kleinen Hof und die Marmeladen aus Obst, das wir auf dem Markt kaufen.',
            'So teilen wir die Region mit Ihnen, Teller für Teller.',
          ],
          quote: 'Ein guter Tag beginnt mit einem guten Frühstück.',
        },
      ],
      enquiries: ['Buchung', 'Gruppe oder Veranstaltung', 'Etwas anderes'],
      imageAlt: { hero: 'Ein helles, bequemes Gästezimmer', story: 'Das Haus vom Garten aus' },
    },
    school: {
      noun: 'Schule',
      names: ['Lernwerk', 'Das Lernhaus', 'Akademie Leitstern'],
      hero: {
        eyebrow: (v) => tag(v, 'Kurse und Nachhilfe'),
        headings: [(v) => `Lernen mit Selbstvertrauen${v.where}`, () => 'Kleine Gruppen, große Fortschritte'],
        subheading: (v) =>
          v.products
            ? `${capital(v.products)} mit erfahrenen Lehrkräften, kleinen Gruppen und sichtbaren Fortschritten.`
            : 'Kurse und Nachhilfe mit erfahrenen Lehrkräften, kleinen Gruppen und sichtbaren Fortschritten.',
        action: 'Kurse ansehen',
      },
      features: {
        heading: 'Warum man hier besser lernt',
        intro: 'Jeder Lernende ist anders. Unser Unterricht auch.',
        items: [
          ['Kleine Gruppen', 'Höchstens acht Lernende pro Kurs, damit niemand zurückbleibt.'],
          ['Erfahrene Lehrkräfte', 'Qualifiziert, geduldig und begeistert von ihrem Fach.'],
          ['Regelmäßiges Feedback', 'Klare Lernberichte für Lernende und Eltern.'],
        ],
      },
      stats: {
        since: 'Wir unterrichten seit',
        items: [
          ['95 %', 'Bestehensquote bei Prüfungen'],
          ['8', 'Lernende pro Kurs, höchstens'],
        ],
      },
      reviews: [
        [
          'Mein Sohn hat Mathe früher gehasst und mag es jetzt richtig. Die Noten kamen von allein.',
          'Mutter eines Schülers',
        ],
        [
          'Die Lehrkräfte sind geduldig und erklären alles verständlich. Ich habe meine Prüfung beim ersten Versuch bestanden.',
          'Ehemalige Schülerin',
        ],
        [
          'Flexible Zeiten und echte Fortschritte. Genau das, was ich als Berufstätiger gebraucht habe.',
          'Erwachsener Lernender',
        ],
      ],
      offer: {
        title: 'Kurse',
        heading: 'Kurse und Unterricht',
        intro:
          'Jeden Monat starten neue Gruppen. Nicht sicher, welches Niveau? Buchen Sie einen kostenlosen Einstufungstest.',
        productNote: 'Einer unserer gefragtesten Kurse.',
        groups: [
          {
            name: 'Gruppenkurse',
            items: [
              ['Wöchentlicher Gruppenkurs', 'Zwei Termine pro Woche in einer kleinen Gruppe.'],
              ['Prüfungsvorbereitung', 'Gezieltes Üben mit Probeprüfungen.'],
              ['Intensivkurs in den Ferien', 'Zwei Wochen, jeden Vormittag.'],
            ],
          },
          {
            name: 'Einzelunterricht',
            items: [
              ['Einzelstunde', 'Abgestimmt auf Ihre Ziele und Ihr Tempo.'],
              ['Online-Unterricht', 'Dieselbe Qualität, von zu Hause.'],
              ['Einstufungstest', 'Kostenlos, mit persönlicher Beratung.'],
            ],
          },
        ],
      },
      plans: {
        title: 'Preise',
        heading: 'Preise',
        intro: 'Keine Anmeldegebühr. Lernmaterial inklusive.',
        askNote: 'Kostenlos',
        action: 'Jetzt anmelden',
        items: [
          {
            name: 'Einzeln buchen',
            description: 'Einzelstunden, wann Sie sie brauchen.',
            features: ['Einzelunterricht', 'Flexible Zeiten', 'Vor Ort oder online'],
          },
          {
            name: 'Monatskurs',
            description: 'Unsere beliebteste Option.',
            features: ['Zwei Gruppentermine pro Woche', 'Lernberichte', 'Material inklusive'],
          },
          {
            name: 'Einstufung',
            description: 'Ihr Niveau finden, bevor Sie starten.',
            features: ['30-minütiger Termin', 'Persönlicher Lernplan'],
          },
        ],
      },
      story: {
        heading: 'Über uns',
        paragraphs: [
          (v) =>
            v.year
              ? `${v.name} hilft Lernenden${v.where} seit ${v.year}. Wir haben mit einem Klassenzimmer und einer einfachen Überzeugung angefangen: Jeder kann lernen, mit der richtigen Lehrkraft.`
              : `${v.name} hat mit einem Klassenzimmer und einer einfachen Überzeugung angefangen: Jeder kann lernen, mit der richtigen Lehrkraft.`,
          () =>
            'Heute unterrichten wir Kinder, Jugendliche und Erwachsene, in kleinen Gruppen und einzeln, und glauben noch immer daran.',
        ],
      },
      values: {
        heading: 'Unser Ansatz',
        intro: 'So helfen wir Lernenden zum Erfolg.',
        items: [
          'Dort anfangen, wo jeder Lernende steht',
          'Selbstvertrauen aufbauen, nicht nur Wissen',
          'Eltern auf dem Laufenden halten',
          'Lernen Freude machen lassen',
        ],
      },
      team: {
        heading: 'Unsere Lehrkräfte',
        intro: 'Qualifiziert, erfahren und geduldig.',
        members: [
          [
            'Gründerin und Studienleiterin',
            'Zwanzig Jahre im Klassenzimmer und unterrichtet noch jede Woche.',
          ],
          ['Lehrer', 'Spezialist für Prüfungsvorbereitung.'],
          ['Lehrerin', 'Arbeitet am liebsten mit den Jüngsten.'],
        ],
      },
      faq: [
        [
          'Woher weiß ich, welches Niveau passt?',
          'Buchen Sie einen kostenlosen Einstufungstest. Wir empfehlen Ihnen den passenden Kurs.',
        ],
        [
          'Was, wenn mein Kind eine Stunde verpasst?',
          'Verpasste Stunden können im selben Monat in einer anderen Gruppe nachgeholt werden.',
        ],
        ['Gibt es Online-Unterricht?', 'Ja, die meisten Kurse gibt es online und vor Ort.'],
        [
          'Kann ich mitten im Jahr einsteigen?',
          'Ja. Jeden Monat starten neue Gruppen, und Einzelunterricht ist jederzeit möglich.',
        ],
      ],
      cta: {
        heading: 'Starten Sie noch diesen Monat',
        body: 'Buchen Sie einen kostenlosen Einstufungstest und probieren Sie eine Stunde unverbindlich aus.',
        action: 'Kostenlosen Test buchen',
      },
      posts: [
        {
          title: 'Eine Lernroutine, die bleibt',
          excerpt:
            'Kurze, regelmäßige Einheiten schlagen Pauken in letzter Minute. So wird es zur Gewohnheit.',
          paragraphs: [
            'Das Geheimnis guter Ergebnisse ist nicht mehr lernen, sondern regelmäßig lernen.',
            'Fünfundzwanzig konzentrierte Minuten am Tag, zur selben Zeit und am selben Ort, bringen mehr als ein ganzes Wochenende vor der Prüfung.',
            'Legen Sie das Handy in ein anderes Zimmer, beginnen Sie mit der schwersten Aufgabe und belohnen Sie sich, wenn Sie fertig sind.',
          ],
          subheading: 'Wenig, aber oft',
        },
        {
          title: 'Fünf Tipps für den Prüfungstag',
          excerpt:
            'Schlaf, Frühstück und ein ruhiger Start. Einfache Gewohnheiten, die helfen, Ihr Bestes zu geben.',
          paragraphs: [
            'Schlafen Sie gut. Lernen in letzter Minute hilft selten so viel wie Ausruhen.',
            'Frühstücken Sie, kommen Sie früh und lesen Sie jede Frage zweimal, bevor Sie antworten.',
            'Wenn Sie hängen bleiben, machen Sie weiter und kommen Sie später zurück. Und denken Sie daran: Sie sind besser vorbereitet, als Sie glauben.',
          ],
          quote: 'Selbstvertrauen kommt aus Vorbereitung.',
        },
      ],
      enquiries: ['Kursinformationen', 'Kostenloser Einstufungstest', 'Einzelunterricht', 'Etwas anderes'],
      imageAlt: { hero: 'Ein helles Klassenzimmer', story: 'Lernende bei der Arbeit' },
    },
    generic: {
      noun: 'Unternehmen',
      names: ['Nordwind & Co.', 'Helle Gasse', 'Eckstein'],
      hero: {
        eyebrow: (v) => tag(v, 'Willkommen'),
        headings: [(v) => `Qualität und Sorgfalt${v.where}`, () => 'Gute Arbeit, richtig gemacht'],
        subheading: (v) =>
          v.products
            ? `${capital(v.products)}, mit der Sorgfalt von Menschen, die stolz auf ihre Arbeit sind.`
            : 'Freundlich, professionell und zuverlässig. Wir sind stolz auf unsere Arbeit, und das merkt man.',
        action: 'Unsere Leistungen',
      },
      features: {
        heading: 'Warum wir',
        intro: 'Was die Zusammenarbeit mit uns ausmacht.',
        items: [
          [
            'Persönlicher Service',
            'Sie sprechen mit echten Menschen, die Ihren Namen und Ihr Anliegen kennen.',
          ],
          ['Qualität zuerst', 'Lieber eine Sache gut machen als viele schlecht.'],
          ['Faire Preise', 'Klare, ehrliche Preise ohne Überraschungen.'],
        ],
      },
      stats: {
        since: 'Für Sie da seit',
        items: [
          ['500+', 'Zufriedene Kunden'],
          ['4,8/5', 'Durchschnittliche Bewertung'],
        ],
      },
      reviews: [
        ['Freundlich, professionell und immer pünktlich. Ich empfehle sie allen weiter.', 'Kunde'],
        ['Sie haben weit mehr getan als erwartet. Solchen Service findet man selten.', 'Stammkundin'],
        ['Sehr gutes Preis-Leistungs-Verhältnis und eine echte Freude in der Zusammenarbeit.', 'Kunde'],
      ],
      offer: {
        title: 'Leistungen',
        heading: 'Was wir anbieten',
        intro: 'Sagen Sie uns, was Sie brauchen, und wir finden die passende Lösung.',
        productNote: 'Eine unserer Spezialitäten.',
        groups: [
          {
            name: 'Leistungen',
            items: [
              ['Erstgespräch', 'Wir hören zu und schlagen den besten Weg vor.'],
              ['Standardleistung', 'Unsere meistgefragte Option.'],
              ['Laufende Betreuung', 'Regelmäßige Unterstützung, wann immer Sie sie brauchen.'],
            ],
          },
        ],
      },
      story: {
        heading: 'Über uns',
        paragraphs: [
          (v) =>
            v.year
              ? `${v.name} ist seit ${v.year} für Kunden${v.where} da. Wir sind stolz auf unsere Arbeit und auf die Beziehungen, die dabei entstanden sind.`
              : `${v.name} ist mit Sorgfalt für Kunden${v.where} da. Wir sind stolz auf unsere Arbeit und auf die Beziehungen, die dabei entstehen.`,
          () =>
            'Jeder Kunde bekommt unsere volle Aufmerksamkeit, ob beim ersten Besuch oder beim hundertsten.',
        ],
      },
      values: {
        heading: 'Was uns wichtig ist',
        intro: 'Die Prinzipien hinter unserer Arbeit.',
        items: [
          'Ehrlichkeit in allem, was wir tun',
          'Qualität, für die wir geradestehen',
          'Respekt vor der Zeit unserer Kunden',
        ],
      },
      team: {
        heading: 'Das Team',
        intro: 'Die Menschen hinter dem Unternehmen.',
        members: [
          ['Gründer', 'Hat das Unternehmen aufgebaut und betreut noch immer jeden Kunden.'],
          ['Organisation', 'Sorgt dafür, dass alles reibungslos läuft.'],
          ['Kundenservice', 'Ihr erster Ansprechpartner.'],
        ],
      },
      faq: [
        [
          'Wie erreiche ich Sie?',
          'Telefonisch, per E-Mail oder über das Kontaktformular. Wir antworten innerhalb eines Werktags.',
        ],
        ['Wo finde ich Sie?', 'Adresse und Öffnungszeiten finden Sie auf der Kontaktseite.'],
        [
          'Was kosten Ihre Leistungen?',
          'Unsere Preise stehen auf der Leistungsseite. Für alles andere fragen Sie ein kostenloses Angebot an.',
        ],
      ],
      cta: {
        heading: 'Lassen Sie uns zusammenarbeiten',
        body: 'Melden Sie sich noch heute. Wir freuen uns, von Ihnen zu hören.',
        action: 'Kontakt aufnehmen',
      },
      posts: [
        {
          title: 'Willkommen auf unserer neuen Website',
          excerpt: 'Neuer Auftritt, dieselben Menschen. Das finden Sie auf unserer neuen Website.',
          paragraphs: [
            'Wir haben eine neue Website gebaut, damit Sie schneller finden, was Sie brauchen, und uns leichter erreichen.',
            'Hier finden Sie unsere Leistungen, Preise und Öffnungszeiten, und wir teilen regelmäßig Neuigkeiten.',
            'Wir freuen uns auf Ihre Meinung.',
          ],
        },
        {
          title: 'So arbeiten wir mit unseren Kunden',
          excerpt:
            'Vom ersten Gespräch bis zum fertigen Auftrag: Was Sie bei der Zusammenarbeit mit uns erwartet.',
          paragraphs: [
            'Jeder Auftrag beginnt mit einem Gespräch. Wir hören zu, was Sie brauchen, und schlagen den besten Weg vor.',
            'Sie erhalten vor Beginn ein klares Angebot, unterwegs Updates und danach eine Nachbetreuung.',
            'Einfach, ehrlich und persönlich: So arbeiten wir am liebsten.',
          ],
          subheading: 'Schritt für Schritt',
        },
      ],
      enquiries: ['Angebot', 'Frage', 'Etwas anderes'],
      imageAlt: { hero: 'Unser Arbeitsplatz', story: 'Das Team bei der Arbeit' },
    },
  },
};
