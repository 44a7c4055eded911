import type { CopyVars, LocaleCopy } from './types.ts';
import { word } from './words.ts';

// French copy, addressing the reader as "vous". Mirrors en.ts section by section.

const tag = (v: CopyVars, fallback: string) =>
  [v.place, v.year ? `depuis ${v.year}` : undefined].filter(Boolean).join(' · ') || fallback;

const capital = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

export const fr: LocaleCopy = {
  common: {
    where: (place) => `à ${place}`,
    since: (year) => `depuis ${year}`,
    list: (items) =>
      items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} et ${items.at(-1)}`,
    builtName: (descriptor, place) => `${descriptor} ${place}`,
    pages: {
      home: 'Accueil',
      about: 'À propos',
      contact: 'Contact',
      blog: 'Journal',
      team: 'Équipe',
      faq: 'Questions',
    },
    seo: {
      home: (name, noun, where) => `${name} · ${noun}${where}`,
      page: (title, name) => `${title} · ${name}`,
      blog: (name) => `Actualités et histoires de ${name}.`,
      contact: (name, where) => `Adresse, horaires et coordonnées de ${name}${where}.`,
    },
    reviewsHeading: 'Ce qu’on dit de nous',
    faqHeading: 'Questions fréquentes',
    logosHeading: 'En bonne compagnie',
    blog: {
      heading: 'Journal',
      intro: (v) => `Actualités, coulisses et conseils pratiques signés ${v.name}.`,
      latest: 'Dernières nouvelles',
    },
    contact: {
      heading: 'Nous contacter',
      intro: (v) =>
        `Appelez-nous, écrivez-nous ou passez nous voir${v.where}. Nous répondons à chaque message sous un jour ouvré.`,
      call: 'Appelez-nous',
      email: 'E-mail',
      hours: 'Horaires',
      closedOn: (days) => `Fermé ${days}.`,
      alwaysOpen: 'Ouvert 24 h/24, 7 j/7, jours fériés compris.',
      mapAlt: 'Plan',
      form: {
        name: 'Votre nom',
        email: 'Adresse e-mail',
        phone: 'Téléphone (facultatif)',
        topic: 'À quel sujet ?',
        message: 'Message',
        messagePlaceholder: 'Dites-nous en quelques mots ce dont vous avez besoin',
        submit: 'Envoyer le message',
        success: 'Merci ! Votre message est bien parti, nous vous répondrons très vite.',
      },
    },
    weekdays: ['le lundi', 'le mardi', 'le mercredi', 'le jeudi', 'le vendredi', 'le samedi', 'le dimanche'],
    footer: (name, noun, where, since) => `${name}, ${noun}${where}${since}.`,
    priceNotes: {
      from: 'à partir de',
      perHour: 'de l’heure',
      perNight: 'la nuit',
      perPerson: 'par personne',
      perClass: 'la séance',
      perMonth: 'par mois',
    },
    actions: { contact: 'Nous contacter', learnMore: 'En savoir plus', readMore: 'Lire la suite' },
    improve: {
      formal: [
        [word('salut'), 'bonjour'],
        [word('sympa'), 'agréable'],
        [word('super'), 'excellent'],
        [word('passez nous voir'), 'rendez-nous visite'],
        [word('les petits'), 'les enfants'],
        [word('à très vite'), 'au plaisir de vous accueillir'],
        [/ ?!/g, '.'],
      ],
      friendly: [
        [word('rendez-nous visite'), 'passez nous voir'],
        [word('bonjour'), 'salut'],
        [word('au plaisir de vous accueillir'), 'à très vite'],
      ],
    },
  },
  kinds: {
    restaurant: {
      noun: 'restaurant',
      names: ['La Grande Table', 'Sel & Braise', 'La Cuisine de la Rue'],
      hero: {
        eyebrow: (v) => tag(v, 'Cuisine de saison'),
        headings: [
          (v) => `Une place à notre table${v.where}`,
          () => 'Cuisine de saison, assiettes généreuses, bon vin',
        ],
        subheading: (v) =>
          v.products
            ? `${capital(v.products)}, cuisinés maison avec ce que le marché apporte chaque matin.`
            : 'Une carte courte qui suit les saisons, cuisinée maison avec les produits de gens que nous connaissons.',
        action: 'Voir la carte',
      },
      features: {
        heading: 'Pourquoi on revient chez nous',
        intro: (v) => `Chez ${v.name}, tout est fait dans notre cuisine, du fond de sauce à la glace.`,
        items: [
          [
            'Du marché à l’assiette',
            'Nous achetons aux maraîchers et pêcheurs du coin et écrivons les suggestions du jour à l’ardoise.',
          ],
          [
            'Fait maison',
            'Pain, sauces, pâtes et desserts : tout est préparé ici, rien n’est acheté tout fait.',
          ],
          [
            'De la place pour tous',
            'Des coins tranquilles pour deux, une grande table pour les anniversaires et un menu pour les petits.',
          ],
        ],
      },
      stats: {
        since: 'En cuisine depuis',
        items: [
          ['4,7/5', 'Note moyenne des clients'],
          ['90 %', 'De produits à moins de 100 km'],
        ],
      },
      reviews: [
        [
          'Venus pour un dîner, nous sommes revenus trois fois dans la semaine. L’agneau de sept heures est inoubliable.',
          'De passage en ville',
        ],
        [
          'Un accueil chaleureux, des prix honnêtes et les meilleurs desserts de la ville. Notre adresse pour les fêtes de famille.',
          'Client fidèle',
        ],
        [
          'Ils se sont souvenus de mon allergie depuis ma dernière visite sans que je dise un mot. Ça, c’est l’hospitalité.',
          'Cliente du quartier',
        ],
      ],
      offer: {
        title: 'Carte',
        heading: 'À la carte',
        intro:
          'Notre carte change avec les saisons. Demandez les suggestions du jour et l’accord mets et vins.',
        productNote: 'Un classique de la maison, préparé à la commande.',
        groups: [
          {
            name: 'Entrées',
            items: [
              [
                'Pain et huile d’olive',
                'Notre pain au levain, une huile d’olive locale et de la fleur de sel.',
              ],
              ['Soupe du jour', 'Préparée chaque matin avec le meilleur du marché.'],
              ['Poulpe grillé', 'Paprika fumé, pommes de terre écrasées et citron.'],
            ],
          },
          {
            name: 'Plats',
            items: [
              ['Poisson du jour', 'Grillé entier, herbes, légumes verts et sauce verte.'],
              ['Agneau de sept heures', 'Sept heures au four, légumes racines rôtis et son jus.'],
              ['Risotto aux champignons des bois', 'Riz carnaroli, fromage affiné et thym. Végétarien.'],
            ],
          },
          {
            name: 'Desserts',
            items: [
              ['Cheesecake brûlé', 'Crémeux à cœur, caramélisé dessus.'],
              ['Mousse au chocolat', 'Chocolat noir, huile d’olive et une pincée de sel.'],
              ['Fruits de saison', 'Servis simplement, des mêmes producteurs que nos légumes.'],
            ],
          },
        ],
      },
      gallery: {
        title: 'Galerie',
        heading: 'Depuis notre cuisine',
        intro: 'Un aperçu de la salle, des assiettes et de ceux qui les préparent.',
        captions: [
          'La salle un vendredi soir',
          'Tout juste rapporté du marché',
          'Le passe, juste avant le service',
          'Le dessert, le meilleur moment',
        ],
      },
      story: {
        heading: 'Notre histoire',
        paragraphs: [
          (v) =>
            v.year
              ? `${v.name} a ouvert ses portes en ${v.year} avec une idée simple : cuisiner ce que nous aimons manger, avec des produits de confiance, et le servir comme à la maison.`
              : `${v.name} est né d’une idée simple : cuisiner ce que nous aimons manger, avec des produits de confiance, et le servir comme à la maison.`,
          (v) =>
            `Aujourd’hui encore, nous faisons le marché chaque matin, nous cuisons notre pain et nous connaissons la plupart de nos clients par leur prénom. Si vous êtes${v.where || ' dans le coin'}, venez manger avec nous.`,
        ],
      },
      values: {
        heading: 'Ce en quoi nous croyons',
        intro: 'Un restaurant vaut ce que valent ses habitudes. Voici les nôtres.',
        items: [
          'Cuisiner avec les saisons, pas contre elles',
          'Payer nos producteurs au juste prix et à temps',
          'Gaspiller le moins possible',
          'Accueillir chaque client comme un habitué',
        ],
      },
      team: {
        heading: 'En cuisine',
        intro: 'Une petite équipe qui cuisine, sert et fait la plonge ensemble.',
        members: [
          ['Chef', 'Formé dans de grandes maisons, il est revenu cuisiner les produits de notre région.'],
          [
            'Responsable de salle',
            'Connaît chaque table, chaque vin et l’anniversaire de presque tous les habitués.',
          ],
          ['Cheffe pâtissière', 'Aux commandes du pain à l’aube et des desserts le soir.'],
        ],
      },
      faq: [
        [
          'Faut-il réserver ?',
          'La réservation est conseillée le soir et le week-end. Nous gardons toujours quelques tables pour les clients de passage.',
        ],
        [
          'Tenez-vous compte des allergies et régimes ?',
          'Oui. Précisez-le à la réservation ou à votre serveur et la cuisine adaptera vos plats.',
        ],
        [
          'Peut-on privatiser le restaurant ?',
          'Nous accueillons anniversaires, dîners d’entreprise et petits mariages. Écrivez-nous avec la date et le nombre de convives.',
        ],
        [
          'Y a-t-il un menu enfant ?',
          'Oui, avec des portions plus petites de nos plats, et des chaises hautes sur demande.',
        ],
      ],
      cta: {
        heading: 'Une petite faim ?',
        body: 'Réservez une table pour ce soir ou préparez avec nous votre prochaine fête.',
        action: 'Réserver une table',
      },
      posts: [
        {
          title: 'Ce que le marché nous a appris cette saison',
          excerpt:
            'Comment notre tour du marché chaque matin décide de l’ardoise, et les plats qui nous enthousiasment le plus.',
          paragraphs: [
            'Chaque matin commence de la même façon : un tour au marché avant le premier café. Nous partons sans liste de courses et revenons avec ce qui a la plus belle allure, la meilleure odeur et le meilleur goût.',
            'Cette saison, ce furent des petits pois sucrés, les premières tomates de l’année et des poissons remarquables. Chacun est devenu une suggestion, et certains ont gagné leur place à la carte.',
            'Cuisiner ainsi garde la cuisine en éveil. Et notre carte n’est jamais tout à fait la même deux fois.',
          ],
          subheading: 'De l’étal à l’assiette',
          quote: 'La bonne cuisine commence par de bonnes courses.',
        },
        {
          title: 'Petit guide des accords mets et vins',
          excerpt:
            'Notre responsable de salle partage quelques règles simples pour choisir une bouteille, que vous preniez poisson, viande ou juste un dessert.',
          paragraphs: [
            'Pas besoin d’être expert pour apprécier le vin. Partez de ce que vous aimez et laissez le plat vous guider.',
            'Les blancs et rosés frais adorent les fruits de mer et les salades. Nos plats mijotés appellent un rouge structuré. Et ne refusez jamais un verre de vin doux au dessert.',
            'Dans le doute, demandez. Nous sommes toujours ravis d’ouvrir une bouteille et de vous faire goûter.',
          ],
        },
      ],
      enquiries: ['Réservation de table', 'Événement privé', 'Autre demande'],
      imageAlt: { hero: 'Une table dressée pour le dîner', story: 'Notre salle' },
    },
    bakery: {
      noun: 'boulangerie',
      names: ['Boulangerie de l’Aurore', 'Le Four du Village', 'L’Épi Doré'],
      hero: {
        eyebrow: (v) => tag(v, 'Boulangerie et café'),
        headings: [(v) => `Du pain frais chaque matin${v.where}`, () => 'Fait sans hâte, mangé avec plaisir'],
        subheading: (v) =>
          v.products
            ? `${capital(v.products)}, tout juste sortis de notre four${v.year ? ` depuis ${v.year}` : ''}. Venez tôt : le meilleur part en premier.`
            : 'Pain à fermentation lente, viennoiseries pur beurre et bon café, tout juste sortis du four chaque matin.',
        action: 'Voir ce qui sort du four',
      },
      features: {
        heading: 'Pourquoi notre pain a un autre goût',
        intro: 'Ni raccourcis ni additifs : de la farine, de l’eau, du sel et du temps.',
        items: [
          [
            'Pâte lente',
            'Chaque pain repose jusqu’à 24 heures avant d’être enfourné, pour plus de goût et une meilleure croûte.',
          ],
          [
            'Cuit à l’aube',
            'Les fours s’allument avant le lever du soleil : tout ce qui est au comptoir est du matin même.',
          ],
          [
            'De bons ingrédients',
            'Farine moulue à la meule, vrai beurre et œufs de poules élevées en plein air dans des fermes voisines.',
          ],
        ],
      },
      stats: {
        since: 'Au fournil depuis',
        items: [
          ['600+', 'Viennoiseries par jour'],
          ['24 h', 'De fermentation lente'],
        ],
      },
      reviews: [
        [
          'Le meilleur pain que j’aie trouvé depuis des années. Croûte craquante, mie moelleuse, et il se garde plusieurs jours.',
          'Client de tous les samedis',
        ],
        [
          'Leurs viennoiseries sont dangereuses. Je viens pour une baguette et je repars toujours avec un sac de douceurs.',
          'Voisine',
        ],
        ['Ils ont fait notre gâteau de mariage et on nous en parle encore.', 'Cliente ravie'],
      ],
      offer: {
        title: 'Carte',
        heading: 'Cuit aujourd’hui',
        intro:
          'Tout est cuit chaque matin. Envie qu’on vous mette quelque chose de côté ? Appelez et nous le gardons pour vous.',
        productNote: 'Une de nos spécialités, cuite chaque matin.',
        groups: [
          {
            name: 'Pains',
            items: [
              [
                'Pain de campagne au levain',
                'Notre pain de tous les jours : 24 heures de fermentation, croûte craquante.',
              ],
              ['Seigle aux graines', 'Dense, sombre et plein de graines. Se garde une semaine.'],
              ['Petits pains rustiques', 'Parfaits au petit-déjeuner ou pour un sandwich à midi.'],
            ],
          },
          {
            name: 'Viennoiseries',
            items: [
              ['Croissant pur beurre', 'Trois jours de préparation, avec du beurre AOP.'],
              ['Roulé à la cannelle', 'Moelleux, fondant et généreux en cannelle.'],
              ['Tarte aux fruits de saison', 'Pâte croustillante, crème vanille et fruits du moment.'],
            ],
          },
          {
            name: 'Café et boissons',
            items: [
              ['Expresso', 'D’un petit torréfacteur local.'],
              ['Cappuccino', 'Au lait entier ou à la boisson d’avoine.'],
              ['Jus d’orange pressé', 'Pressé minute.'],
            ],
          },
        ],
      },
      gallery: {
        title: 'Galerie',
        heading: 'Tout juste sorti du four',
        intro: 'Un coup d’œil derrière le comptoir.',
        captions: [
          'Les pains refroidissent sur les grilles',
          'La première fournée du jour',
          'Le façonnage à la main',
          'Notre comptoir à l’ouverture',
        ],
      },
      logos: { heading: 'Nos fournisseurs' },
      story: {
        heading: 'Notre histoire',
        paragraphs: [
          (v) =>
            v.year
              ? `${v.name} fait du pain${v.where} depuis ${v.year}. Ce qui a commencé avec un four et un cahier de recettes de famille reste, au fond, une boulangerie familiale.`
              : `${v.name} a commencé avec un four et un cahier de recettes de famille, et reste au fond une boulangerie familiale.`,
          () =>
            'Nous travaillons comme toujours : à la main, en petites fournées, en laissant à la pâte le temps de faire son œuvre. Les recettes se sont transmises, tout comme l’habitude de garder la dernière miche pour un voisin.',
        ],
      },
      values: {
        heading: 'Notre façon de faire',
        intro: 'Quelques règles que nous ne transgressons jamais.',
        items: [
          'Farine, eau, sel et temps : rien d’autre dans notre pain',
          'Tout est cuit le jour même de la vente',
          'Les invendus vont aux associations du quartier, jamais à la poubelle',
        ],
      },
      team: {
        heading: 'Les boulangers',
        intro: 'Des lève-tôt, tous autant qu’ils sont.',
        members: [
          ['Chef boulanger', 'Allume les fours à quatre heures et reconnaît chaque pâte au toucher.'],
          ['Cheffe pâtissière', 'Les mains derrière nos croissants et nos gâteaux de fête.'],
          ['Vente', 'Connaît votre commande avant que vous n’arriviez au comptoir.'],
        ],
      },
      faq: [
        [
          'Puis-je commander un gâteau pour une occasion spéciale ?',
          'Oui. Prévenez-nous au moins trois jours à l’avance en précisant la date, la taille et le parfum souhaités.',
        ],
        [
          'Avez-vous des produits sans gluten ?',
          'Nous travaillons le blé toute la journée et ne pouvons donc rien garantir sans gluten. Demandez-nous nos pains d’épeautre et de seigle.',
        ],
        [
          'Puis-je réserver du pain ?',
          'Bien sûr. Appelez la veille et nous gardons votre pain jusqu’à la fermeture.',
        ],
        [
          'Livrez-vous les cafés et restaurants ?',
          'Nous fournissons quelques commerces du quartier. Contactez-nous pour parler de livraisons quotidiennes.',
        ],
      ],
      cta: {
        heading: 'Passez prendre le petit-déjeuner',
        body: (v) => `Un café, une viennoiserie tiède et l’odeur du pain chaud. À très vite${v.where}.`,
        action: 'Horaires',
      },
      posts: [
        {
          title: 'Pourquoi notre pâte repose 24 heures',
          excerpt:
            'La fermentation lente est le secret de notre croûte, de notre mie et de la conservation de notre pain. Explications.',
          paragraphs: [
            'La plupart des pains vendus aujourd’hui sont faits en moins de deux heures. Le nôtre prend une journée entière, et c’est voulu.',
            'Pendant que la pâte repose, levures sauvages et bactéries transforment lentement la farine. Cela développe les arômes, rend le pain plus digeste et donne une croûte qui chante quand on la presse.',
            'Cela oblige à tout prévoir la veille, tous les jours. Nous pensons que la différence en vaut la peine, et nous espérons que vous aussi.',
          ],
          subheading: 'Le temps est un ingrédient',
          quote: 'Le bon pain ne se presse pas.',
        },
        {
          title: 'Comment garder son pain frais plus longtemps',
          excerpt:
            'Quelques astuces simples pour profiter de votre pain toute la semaine, de la conservation au passage au four.',
          paragraphs: [
            'Posez votre pain côté coupé contre une planche en bois, ou gardez-le dans un sac en lin. Jamais au réfrigérateur : il rassit plus vite.',
            'S’il a un peu durci, humidifiez-le et passez-le cinq minutes au four. Il ressortira presque comme neuf.',
            'Trop de pain ? Tranchez-le et congelez-le. Faites-le griller directement sorti du congélateur.',
          ],
        },
      ],
      enquiries: ['Commande de gâteau', 'Réservation de pain', 'Professionnels', 'Autre demande'],
      imageAlt: { hero: 'Des pains frais sur le comptoir', story: 'Le four de la boulangerie' },
    },
    salon: {
      noun: 'salon de beauté',
      names: ['Studio Lumière', 'L’Atelier de Coupe', 'Éclat Beauté'],
      hero: {
        eyebrow: (v) => tag(v, 'Coiffure et beauté'),
        headings: [(v) => `Être belle, se sentir bien${v.where}`, () => 'Du temps pour vous, avec soin'],
        subheading: (v) =>
          v.products
            ? `${capital(v.products)} par une équipe qui écoute d’abord et coupe ensuite.`
            : 'Coupes, couleurs et soins par une équipe qui écoute d’abord et prend le temps de bien faire.',
        action: 'Prestations et tarifs',
      },
      features: {
        heading: 'Pourquoi nos clientes restent',
        intro:
          'Un salon détendu, des conseils honnêtes et un résultat qui dure au-delà du premier shampooing.',
        items: [
          [
            'Un vrai diagnostic',
            'Chaque rendez-vous commence par un échange sur vos cheveux, vos habitudes et vos envies.',
          ],
          [
            'Des coiffeurs expérimentés',
            'Notre équipe se forme chaque mois aux nouvelles techniques et couleurs.',
          ],
          [
            'Des produits respectueux',
            'Des produits professionnels non testés sur les animaux, et des conseils sur ceux qui vous conviennent.',
          ],
        ],
      },
      stats: {
        since: 'À vos côtés depuis',
        items: [
          ['4,9/5', 'Note moyenne'],
          ['8 sur 10', 'Clientes qui reprennent rendez-vous'],
        ],
      },
      reviews: [
        [
          'Enfin une couleur naturelle qui repousse joliment. Je n’irai nulle part ailleurs.',
          'Cliente depuis quatre ans',
        ],
        [
          'Ils ont écouté exactement ce que je voulais et m’ont fait ma plus belle coupe depuis des années.',
          'Nouvelle cliente',
        ],
        [
          'Un lieu calme et chaleureux. Mon rendez-vous mensuel est la meilleure heure de ma semaine.',
          'Cliente fidèle',
        ],
      ],
      offer: {
        title: 'Prestations',
        heading: 'Prestations et tarifs',
        intro:
          'Les tarifs dépendent de la longueur des cheveux et du temps nécessaire. Nous confirmons toujours le prix avant de commencer.',
        productNote: 'Une prestation signature, adaptée à vous.',
        groups: [
          {
            name: 'Coiffure',
            items: [
              ['Coupe et brushing', 'Diagnostic, shampooing, coupe et coiffage.'],
              ['Couleur', 'Couleur complète, racines ou gloss, avec test de mèche au préalable.'],
              ['Brushing', 'Lisse, volume ou ondulé : à vous de choisir.'],
            ],
          },
          {
            name: 'Soins',
            items: [
              ['Manucure', 'Mise en forme, soin des cuticules et vernis.'],
              ['Soin profond hydratant', 'Répare et adoucit en vingt minutes.'],
              ['Restructuration des sourcils', 'À la cire ou au fil, avec teinture si vous le souhaitez.'],
            ],
          },
        ],
      },
      plans: {
        title: 'Forfaits',
        heading: 'Forfaits',
        intro: 'Des formules avantageuses pour l’entretien régulier et les grands jours.',
        askNote: 'Sur devis',
        action: 'Réserver',
        items: [
          {
            name: 'Coup d’éclat',
            description: 'Un petit moment pour soi.',
            features: ['Shampooing et brushing', 'Manucure express'],
          },
          {
            name: 'Signature',
            description: 'Notre forfait le plus demandé.',
            features: ['Coupe et couleur', 'Soin hydratant', 'Sourcils'],
          },
          {
            name: 'Grand jour',
            description: 'Pour les mariages et occasions spéciales.',
            features: ['Séance d’essai', 'Coiffure et maquillage le jour J', 'Kit de retouche'],
          },
        ],
      },
      story: {
        heading: 'Le salon',
        paragraphs: [
          (v) =>
            `${v.name} a ouvert${v.year ? ` en ${v.year}` : ''} pour être le salon où nous avons toujours rêvé d’aller : accueillant, sans précipitation et honnête sur ce qui vous ira vraiment.`,
          () =>
            'Nous prévoyons des rendez-vous généreux, pour qu’il y ait toujours le temps d’un vrai diagnostic et d’une tasse de thé.',
        ],
      },
      values: {
        heading: 'Notre promesse',
        intro: 'Ce qui vous attend à chaque visite.',
        items: [
          'Des conseils honnêtes, même s’il faut en faire moins',
          'Un prix confirmé avant de commencer',
          'Retouche offerte la première semaine si vous n’êtes pas satisfaite',
        ],
      },
      team: {
        heading: 'L’équipe',
        intro: 'Des coiffeurs et esthéticiennes passionnés.',
        members: [
          ['Fondatrice et coiffeuse senior', 'Spécialiste des coupes précises et des couleurs naturelles.'],
          ['Coloriste', 'Balayage, blonds et corrections de couleur.'],
          ['Esthéticienne', 'Ongles, sourcils et les mains les plus douces du salon.'],
        ],
      },
      faq: [
        ['Comment prendre rendez-vous ?', 'Appelez-nous, écrivez-nous via le formulaire ou passez au salon.'],
        [
          'Faut-il un test d’allergie avant une couleur ?',
          'Oui, pour une première couleur chez nous. Il prend cinq minutes, au moins 48 heures avant le rendez-vous.',
        ],
        [
          'Quelle est votre politique d’annulation ?',
          'Merci de nous prévenir 24 heures à l’avance pour que nous puissions proposer le créneau à quelqu’un d’autre.',
        ],
        [
          'Proposez-vous des cartes cadeaux ?',
          'Oui, pour tout montant ou toute prestation. Demandez à l’accueil ou contactez-nous.',
        ],
      ],
      cta: {
        heading: 'Envie de changement ?',
        body: 'Prenez rendez-vous dès aujourd’hui. Diagnostic offert aux nouvelles clientes.',
        action: 'Prendre rendez-vous',
      },
      posts: [
        {
          title: 'Faire durer sa couleur plus longtemps',
          excerpt: 'Cinq gestes simples pour garder une couleur éclatante entre deux rendez-vous.',
          paragraphs: [
            'La couleur s’estompe pour plusieurs raisons : l’eau chaude, le soleil et le mauvais shampooing sont les suspects habituels.',
            'Lavez à l’eau tiède, utilisez un shampooing sans sulfates et protégez vos cheveux du soleil en été. Un masque hebdomadaire fait aussi toute la différence.',
            'Et réservez un gloss entre deux couleurs : il ravive la brillance et le reflet en une demi-heure.',
          ],
          subheading: 'Petits gestes, grande différence',
        },
        {
          title: 'Choisir la coupe qui vous va',
          excerpt:
            'Nos coiffeurs expliquent comment la forme du visage, la nature du cheveu et le mode de vie guident la coupe idéale.',
          paragraphs: [
            'Il n’y a pas de règle unique, mais quelques repères aident. Le dégradé adoucit les traits marqués, une ligne nette apporte de la structure.',
            'La nature du cheveu compte autant que la forme du visage. Les cheveux fins aiment les pointes droites ; les cheveux bouclés demandent des coupes qui respectent leur forme.',
            'Surtout, pensez à vos matins. La meilleure coupe est celle que vous savez coiffer vous-même.',
          ],
          quote: 'La meilleure coupe est celle qui s’accorde à votre vie.',
        },
      ],
      enquiries: ['Rendez-vous', 'Carte cadeau', 'Mariage ou événement', 'Autre demande'],
      imageAlt: { hero: 'L’intérieur clair et apaisant du salon', story: 'Les postes de coiffage du salon' },
    },
    'law-firm': {
      noun: 'cabinet d’avocats',
      names: ['Martin & Bernard Avocats', 'Cabinet Dubois', 'Laurent, Petit & Associés'],
      hero: {
        eyebrow: (v) => tag(v, 'Avocats'),
        headings: [
          (v) => `Des conseils juridiques clairs${v.where}`,
          () => 'Des réponses franches à vos questions juridiques',
        ],
        subheading: (v) =>
          v.products
            ? `Spécialistes en ${v.products}. Nous vous expliquons vos options simplement et nous battons pour la meilleure issue.`
            : 'Nous vous expliquons vos options simplement, vous disons ce que cela coûtera et nous battons pour la meilleure issue.',
        action: 'Nos domaines',
      },
      features: {
        heading: 'Pourquoi nos clients nous choisissent',
        intro: 'Les affaires juridiques sont assez stressantes. Nous les rendons plus claires.',
        items: [
          [
            'Un langage clair',
            'Pas de jargon. Vous savez toujours où en est votre dossier et ce qui vient ensuite.',
          ],
          [
            'Des honoraires transparents',
            'Une estimation écrite avant de commencer et aucune surprise sur la facture.',
          ],
          ['Un suivi personnel', 'Un avocat suit votre dossier du début à la fin et répond à vos appels.'],
        ],
      },
      stats: {
        since: 'Au barreau depuis',
        items: [
          ['1 200+', 'Dossiers traités'],
          ['48 h', 'Pour un premier avis écrit'],
        ],
      },
      reviews: [
        [
          'Tout m’a été expliqué clairement, et un litige qui m’inquiétait depuis des mois a été réglé.',
          'Client particulier',
        ],
        [
          'Réactifs, précis et pragmatiques. Exactement ce qu’une petite entreprise attend de ses avocats.',
          'Dirigeante d’entreprise',
        ],
        [
          'J’ai toujours su où en était mon dossier et ce qu’il allait coûter. Cela a tout changé.',
          'Client particulier',
        ],
      ],
      offer: {
        title: 'Domaines',
        heading: 'Comment nous pouvons vous aider',
        intro: 'Nous conseillons particuliers et entreprises, devant les tribunaux comme en dehors.',
        productNote: 'Un domaine central de notre cabinet.',
        groups: [
          {
            name: 'Pour les particuliers',
            items: [
              ['Droit du travail', 'Licenciements, contrats, salaires et discriminations.'],
              ['Droit de la famille', 'Divorce, garde et conventions de séparation, avec délicatesse.'],
              ['Immobilier et baux', 'Achats, ventes, baux et litiges avec les propriétaires.'],
            ],
          },
          {
            name: 'Pour les entreprises',
            items: [
              ['Contrats', 'Rédaction et relecture des contrats dont dépend votre activité.'],
              ['Droit des sociétés', 'Création, pactes d’associés et restructurations.'],
              ['Contentieux et recouvrement', 'La négociation d’abord, le procès si nécessaire.'],
            ],
          },
        ],
      },
      story: {
        heading: 'Le cabinet',
        paragraphs: [
          (v) =>
            v.year
              ? `${v.name} conseille ses clients${v.where} depuis ${v.year}. Nous avons grandi, mais nous travaillons toujours comme au premier jour : personnellement, avec soin et dans un langage clair.`
              : `${v.name} est un cabinet indépendant qui travaille comme de bons avocats devraient le faire : personnellement, avec soin et dans un langage clair.`,
          () =>
            'Nos clients vont des familles traversant un moment difficile aux entreprises qui préparent leur prochaine étape. Tous reçoivent la même attention.',
        ],
      },
      values: {
        heading: 'Notre méthode',
        intro: 'Quatre engagements envers chaque client.',
        items: [
          'Une évaluation initiale honnête de vos chances',
          'Une estimation écrite des honoraires avant tout travail',
          'Une réponse aux appels et e-mails sous un jour ouvré',
          'Une confidentialité absolue, toujours',
        ],
      },
      team: {
        heading: 'Nos avocats',
        intro: 'Expérimentés, accessibles et à vos côtés.',
        members: [
          ['Associé gérant', 'Plus de vingt ans en droit du travail et droit des affaires.'],
          ['Associée', 'Droit de la famille et immobilier, avec calme dans les dossiers difficiles.'],
          ['Avocat collaborateur', 'Contrats, droit des sociétés et référent du cabinet pour les start-up.'],
        ],
      },
      faq: [
        [
          'Combien coûte un premier rendez-vous ?',
          'Le premier rendez-vous est facturé au forfait, confirmé à la prise de rendez-vous. Si vous nous confiez le dossier, il est déduit de la facture.',
        ],
        [
          'Proposez-vous des honoraires forfaitaires ?',
          'Pour de nombreux dossiers, oui. Sinon, nous vous remettons une estimation écrite et vous tenons informé.',
        ],
        [
          'Peut-on se rencontrer en visio ?',
          'Oui. Les rendez-vous peuvent avoir lieu au cabinet, par téléphone ou en visioconférence.',
        ],
        [
          'Que dois-je apporter au premier rendez-vous ?',
          'Les courriers, contrats ou documents liés à votre affaire, et une courte chronologie des faits.',
        ],
      ],
      cta: {
        heading: 'Parlez à un avocat cette semaine',
        body: 'Décrivez-nous brièvement votre situation et nous vous dirons comment nous pouvons vous aider.',
        action: 'Prendre rendez-vous',
      },
      posts: [
        {
          title: 'Cinq points à vérifier avant de signer un contrat',
          excerpt: 'Une courte liste qui peut vous éviter bien des ennuis plus tard.',
          paragraphs: [
            'La plupart des litiges que nous voyons auraient pu être évités par une lecture attentive avant la signature. Voici ce que nous regardons en premier.',
            'Qui sont exactement les parties ? Que se passe-t-il si l’une d’elles ne tient pas ses engagements ? Comment le contrat prend-il fin, et combien coûte la sortie ? Quelle loi s’applique, et où un litige serait-il jugé ?',
            'Si une réponse n’est pas claire, posez la question avant de signer. C’est bien moins cher qu’après.',
          ],
          subheading: 'Lisez les petites lignes',
        },
        {
          title: 'Que faire en cas de licenciement',
          excerpt: 'Les premiers réflexes pour protéger vos droits, et les délais à ne pas manquer.',
          paragraphs: [
            'Perdre son emploi est un choc, mais les premiers jours comptent. Demandez les motifs par écrit et conservez chaque courrier et e-mail.',
            'Ne signez pas d’accord tout de suite. Les délais pour contester un licenciement peuvent être courts : faites-vous conseiller rapidement.',
            'En un seul rendez-vous, un avocat peut vous dire si le licenciement était justifié et à quoi vous pourriez prétendre.',
          ],
          quote: 'En droit du travail, les délais sont courts. Faites-vous conseiller tôt.',
        },
      ],
      enquiries: ['Affaire personnelle', 'Affaire d’entreprise', 'Autre demande'],
      imageAlt: { hero: 'Une salle de réunion calme avec des livres', story: 'Nos bureaux' },
    },
    clinic: {
      noun: 'cabinet médical',
      names: ['Centre Médical de la Rivière', 'Clinique Sourire Clair', 'Centre de Santé Val Vert'],
      hero: {
        eyebrow: (v) => tag(v, 'Centre de soins'),
        headings: [
          (v) => `Nous prenons soin de vous et de votre famille${v.where}`,
          () => 'Des soins experts, sans attente',
        ],
        subheading: (v) =>
          v.products
            ? `${capital(v.products)}, avec des rendez-vous à l’heure et une équipe qui prend le temps d’expliquer.`
            : 'Des traitements modernes, des rendez-vous à l’heure et une équipe qui prend le temps d’expliquer.',
        action: 'Nos soins',
      },
      features: {
        heading: 'Pourquoi nos patients nous font confiance',
        intro: 'Bien soigner, c’est autant écouter que traiter.',
        items: [
          [
            'Des rendez-vous à l’heure',
            'Nous prévoyons des créneaux larges pour vous recevoir à l’heure convenue.',
          ],
          ['Un équipement moderne', 'Un diagnostic à jour pour des soins plus rapides et plus confortables.'],
          ['Des plans de traitement clairs', 'Options et tarifs expliqués par écrit avant de commencer.'],
        ],
      },
      stats: {
        since: 'À votre service depuis',
        items: [
          ['15 000+', 'Patients soignés'],
          ['4,9/5', 'Satisfaction des patients'],
        ],
      },
      reviews: [
        [
          'Je redoutais les rendez-vous. Ici, tout le monde est calme et explique chaque étape. J’attends presque mes contrôles avec plaisir.',
          'Patiente',
        ],
        [
          'Ils m’ont trouvé un créneau le jour même alors que j’avais mal. Professionnels et bienveillants.',
          'Patient en urgence',
        ],
        [
          'Toute la famille est suivie ici, des grands-parents à notre fils de six ans.',
          'Famille de patients',
        ],
      ],
      offer: {
        title: 'Soins',
        heading: 'Soins et tarifs',
        intro:
          'Chaque soin commence par un bilan. Vous recevez un plan et un devis écrits avant que nous commencions.',
        productNote: 'L’une de nos spécialités.',
        groups: [
          {
            name: 'Consultations',
            items: [
              ['Première consultation', 'Un bilan complet, avec le temps de répondre à vos questions.'],
              ['Consultation de suivi', 'Point sur votre évolution et les prochaines étapes.'],
              ['Téléconsultation', 'Conseils et suivi depuis chez vous.'],
            ],
          },
          {
            name: 'Soins',
            items: [
              ['Bilan et prévention', 'Des contrôles réguliers pour détecter les problèmes tôt.'],
              ['Plan de traitement', 'Des soins sur mesure, expliqués et chiffrés par écrit.'],
              ['Urgence le jour même', 'Quand quelque chose ne peut pas attendre.'],
            ],
          },
        ],
      },
      story: {
        heading: 'Le cabinet',
        paragraphs: [
          (v) =>
            v.year
              ? `${v.name} soigne les patients${v.where} depuis ${v.year}. Nous associons des traitements à jour à quelque chose qui ne se démode jamais : le temps d’écouter.`
              : `${v.name} associe des traitements à jour à quelque chose qui ne se démode jamais : le temps d’écouter.`,
          () =>
            'Le cabinet est accessible, la salle d’attente est calme et notre équipe s’adresse à vous comme à une personne, pas comme à un numéro de dossier.',
        ],
      },
      values: {
        heading: 'Nos exigences',
        intro: 'Ce sur quoi chaque patient peut compter.',
        items: [
          'Un traitement seulement quand il est nécessaire',
          'Des tarifs expliqués avant tout soin',
          'Des protocoles d’hygiène et de sécurité stricts',
          'Vos données, privées et protégées',
        ],
      },
      team: {
        heading: 'Notre équipe',
        intro: 'Qualifiée, expérimentée et vraiment bienveillante.',
        members: [
          ['Directrice médicale', 'Dirige le cabinet et suit les cas complexes.'],
          ['Spécialiste', 'Se consacre à la prévention et au suivi au long cours.'],
          ['Coordinatrice des patients', 'Votre premier contact pour les rendez-vous et les questions.'],
        ],
      },
      faq: [
        [
          'Acceptez-vous de nouveaux patients ?',
          'Oui. Appelez-nous ou utilisez le formulaire et nous vous trouverons un premier rendez-vous.',
        ],
        [
          'Travaillez-vous avec les mutuelles ?',
          'Nous travaillons avec plusieurs organismes. Indiquez le vôtre à la prise de rendez-vous et nous vérifierons votre prise en charge.',
        ],
        [
          'Et en cas d’urgence ?',
          'Appelez-nous dès le matin. Nous gardons chaque jour des créneaux pour les urgences.',
        ],
        ['Le cabinet est-il accessible ?', 'Oui, avec un accès de plain-pied et des toilettes adaptées.'],
      ],
      cta: {
        heading: 'Prenez rendez-vous',
        body: 'Les nouveaux patients sont toujours les bienvenus. Nous trouverons un horaire qui vous convient.',
        action: 'Prendre rendez-vous',
      },
      posts: [
        {
          title: 'Pourquoi les contrôles réguliers comptent',
          excerpt: 'Un petit problème détecté tôt est plus simple, moins cher et plus confortable à traiter.',
          paragraphs: [
            'Beaucoup de problèmes ne font pas mal au début. C’est justement là qu’ils sont le plus faciles à traiter.',
            'Un contrôle dure moins d’une heure et vous apporte la tranquillité d’esprit. Pour la plupart des gens, une ou deux fois par an suffisent.',
            'Vous ne savez plus à quand remonte votre dernière visite ? Appelez-nous, nous vérifierons.',
          ],
          subheading: 'La prévention d’abord',
        },
        {
          title: 'Bien préparer votre première visite',
          excerpt: 'Quoi apporter, à quoi vous attendre et comment tirer le meilleur de votre rendez-vous.',
          paragraphs: [
            'Apportez une pièce d’identité, votre carte de mutuelle si vous en avez une et la liste de vos médicaments.',
            'Notez vos questions à l’avance. On les oublie facilement une fois installé.',
            'Arrivez dix minutes plus tôt pour remplir un court formulaire. Ensuite, détendez-vous : nous vous expliquerons tout au fur et à mesure.',
          ],
          quote: 'Il n’y a pas de question bête quand il s’agit de votre santé.',
        },
      ],
      enquiries: [
        'Nouveau rendez-vous',
        'Modifier un rendez-vous',
        'Question sur la prise en charge',
        'Autre demande',
      ],
      imageAlt: { hero: 'Une salle de soins claire et accueillante', story: 'L’accueil du cabinet' },
    },
    saas: {
      noun: 'logiciel',
      names: ['Ledgerline', 'Clearstack', 'Tallyflow'],
      hero: {
        eyebrow: () => 'Le logiciel des équipes modernes',
        headings: [
          () => 'Faites en minutes ce qui prenait des jours',
          () => 'Moins de tâches répétitives. Plus de vrai travail.',
        ],
        subheading: (v) =>
          v.products
            ? `${v.name} s’occupe de ${v.products}, pour que votre équipe se concentre sur l’essentiel.`
            : `${v.name} automatise le travail répétitif qui ralentit votre équipe, pour que vous puissiez vous concentrer sur l’essentiel.`,
        action: 'Essai gratuit',
      },
      features: {
        heading: 'Tout ce qu’il faut, rien de superflu',
        intro: 'Conçu avec ceux qui l’utilisent chaque jour.',
        items: [
          [
            'Une automatisation qui marche',
            'Définissez vos règles une fois et laissez-les tourner. Traitez les exceptions en un clic.',
          ],
          [
            'Connecté à vos outils',
            'Fonctionne avec les logiciels que vous utilisez déjà, sans configuration compliquée.',
          ],
          [
            'Sécurisé par défaut',
            'Chiffrement, authentification unique et piste d’audit complète en standard.',
          ],
          [
            'Des rapports en temps réel',
            'Voyez où vous en êtes à tout moment et exportez ce dont vous avez besoin.',
          ],
        ],
      },
      stats: {
        since: 'En développement depuis',
        items: [
          ['80 %', 'De temps en moins sur les tâches manuelles'],
          ['99,9 %', 'De disponibilité'],
          ['10 min', 'De mise en place en moyenne'],
        ],
      },
      reviews: [
        [
          'Nous clôturons le mois en deux jours au lieu de huit. L’équipe ne reviendrait en arrière pour rien au monde.',
          'Directrice financière',
        ],
        [
          'La mise en place a pris un après-midi et le support a répondu à chaque question en moins d’une heure.',
          'Responsable des opérations',
        ],
        ['Enfin un outil que toute l’équipe aime utiliser.', 'Fondateur'],
      ],
      offer: {
        title: 'Produit',
        heading: 'En détail',
        intro: 'Un seul endroit pour tout le processus, de la première écriture au rapport final.',
        productNote: 'Inclus dans toutes les offres.',
        groups: [
          {
            name: 'L’essentiel',
            items: [
              [
                'Rapprochement intelligent',
                'Règles et apprentissage automatique rapprochent les écritures tout seuls.',
              ],
              [
                'Circuits de validation',
                'Envoyez les exceptions à la bonne personne, avec tout l’historique.',
              ],
              ['Tableaux de bord', 'Des chiffres en direct pour votre équipe et votre direction.'],
            ],
          },
          {
            name: 'Intégrations',
            items: [
              [
                'Logiciels comptables',
                'Synchronisation bidirectionnelle avec les plateformes les plus utilisées.',
              ],
              ['Banques et paiements', 'Connexions sécurisées à vos comptes et prestataires.'],
              ['API et webhooks', 'Créez vos propres automatisations grâce à une API documentée.'],
            ],
          },
        ],
      },
      plans: {
        title: 'Tarifs',
        heading: 'Des tarifs simples et transparents',
        intro: 'Essai gratuit de 14 jours. Sans carte bancaire.',
        askNote: 'Sur devis',
        action: 'Choisir cette offre',
        items: [
          {
            name: 'Starter',
            description: 'Pour les petites équipes qui démarrent.',
            features: ['Jusqu’à 3 utilisateurs', 'Automatisation de base', 'Support par e-mail'],
          },
          {
            name: 'Équipe',
            description: 'Pour les équipes en croissance.',
            features: [
              'Jusqu’à 20 utilisateurs',
              'Toutes les intégrations',
              'Circuits de validation',
              'Support prioritaire',
            ],
          },
          {
            name: 'Entreprise',
            description: 'Pour les grandes organisations.',
            features: [
              'Utilisateurs illimités',
              'Authentification unique',
              'Responsable de compte dédié',
              'Contrat sur mesure',
            ],
          },
        ],
      },
      logos: { heading: 'Ils nous font confiance' },
      story: {
        heading: 'Pourquoi nous l’avons créé',
        paragraphs: [
          (v) =>
            `Nous avons passé des années à faire ce travail à la main, dans des tableurs, tard le soir. ${v.name} est l’outil que nous aurions aimé avoir${v.year ? `, et nous le construisons depuis ${v.year}` : ''}.`,
          (v) =>
            `Aujourd’hui, nous sommes une petite équipe concentrée${v.where}, qui travaille main dans la main avec ses clients pour que chaque version soit meilleure que la précédente.`,
        ],
      },
      values: {
        heading: 'Ce qui compte pour nous',
        intro: 'Les principes derrière chacune de nos décisions.',
        items: [
          'Vos données vous appartiennent',
          'Le simple l’emporte sur l’astucieux',
          'Un support assuré par ceux qui construisent le produit',
          'Des prix justes et prévisibles',
        ],
      },
      team: {
        heading: 'L’équipe',
        intro: 'Ingénieurs, designers et anciens financiers.',
        members: [
          ['Cofondatrice et CEO', 'Dix ans dans les opérations financières avant de créer l’entreprise.'],
          ['Cofondateur et CTO', 'Construit des systèmes fiables et l’équipe qui les fait tourner.'],
          [
            'Responsable de la réussite client',
            'Veille à ce que chaque client en tire profit dès la première semaine.',
          ],
        ],
      },
      faq: [
        [
          'Y a-t-il un essai gratuit ?',
          'Oui, chaque offre comprend 14 jours d’essai gratuit. Sans carte bancaire.',
        ],
        [
          'Puis-je changer d’offre plus tard ?',
          'À tout moment. Les montées en gamme s’appliquent tout de suite ; les baisses, à la fin de la période de facturation.',
        ],
        [
          'Où sont stockées mes données ?',
          'Dans des centres de données certifiés et chiffrés dans l’UE, avec des sauvegardes quotidiennes.',
        ],
        [
          'Proposez-vous un accompagnement au démarrage ?',
          'Toutes les offres incluent une mise en place guidée. Les offres Équipe et Entreprise bénéficient d’une session dédiée avec notre équipe.',
        ],
      ],
      cta: {
        heading: 'Essayez-le avec vos propres données',
        body: 'Lancez votre essai gratuit dès aujourd’hui ou réservez une démo de 20 minutes avec notre équipe.',
        action: 'Réserver une démo',
      },
      posts: [
        {
          title: 'Le coût caché du travail manuel',
          excerpt:
            'Les tâches répétitives coûtent plus que du temps. Comment le mesurer, et quoi automatiser en premier.',
          paragraphs: [
            'Le travail manuel apparaît rarement dans le budget, et pourtant c’est l’un des plus gros coûts de la plupart des équipes.',
            'Commencez par lister les tâches que votre équipe répète chaque semaine. Estimez les heures, puis ajoutez le coût des erreurs et des retards. Le total surprend souvent.',
            'Automatisez d’abord les tâches les plus fréquentes et les plus régies par des règles. Laissez les décisions aux humains.',
          ],
          subheading: 'Mesurer avant d’automatiser',
        },
        {
          title: 'Nouveautés : un rapprochement plus rapide et un nouveau tableau de bord',
          excerpt:
            'Notre dernière version rapproche deux fois plus vite et réunit vos chiffres clés sur un seul écran.',
          paragraphs: [
            'Nous avons reconstruit notre moteur de rapprochement de zéro. Les gros comptes sont désormais traités deux fois plus vite.',
            'Le nouveau tableau de bord rassemble vos chiffres essentiels, avec des filtres par équipe, par période et par statut.',
            'Les deux nouveautés sont disponibles dès aujourd’hui pour tous les clients, sans surcoût.',
          ],
          quote: 'Chaque version commence par une conversation avec un client.',
        },
      ],
      enquiries: ['Réserver une démo', 'Question commerciale', 'Support', 'Partenariat'],
      imageAlt: { hero: 'Le tableau de bord du produit', story: 'Notre équipe au travail' },
    },
    portfolio: {
      noun: 'photographe',
      names: ['Studio Lumen', 'Lumière du Nord Photographie', 'Cadre & Champ'],
      hero: {
        eyebrow: (v) => tag(v, 'Photographie'),
        headings: [() => 'Des images sincères de vrais moments', (v) => `Photographe${v.where}`],
        subheading: (v) =>
          v.products
            ? `${capital(v.products)}. Des images naturelles, sans poses figées, qui gardent la journée telle que vous l’avez vécue.`
            : 'Des images naturelles, sans poses figées, qui gardent la journée telle que vous l’avez vécue, pour les couples, les familles et les marques.',
        action: 'Voir le portfolio',
      },
      features: {
        heading: 'Travailler ensemble',
        intro: 'Détendu, bien préparé et centré sur vous.',
        items: [
          ['On prépare ensemble', 'Un échange avant chaque séance pour parler de ce qui compte pour vous.'],
          ['En toute légèreté', 'Peu de poses, beaucoup de vrais moments. Vous oublierez l’appareil.'],
          [
            'Une retouche soignée',
            'Chaque image est retouchée à la main et livrée dans une galerie en ligne.',
          ],
        ],
      },
      stats: {
        since: 'Photographe depuis',
        items: [
          ['300+', 'Histoires photographiées'],
          ['3 semaines', 'Délai de livraison habituel'],
        ],
      },
      reviews: [
        [
          'Nous avons à peine remarqué l’appareil, et pourtant tous les moments importants sont là. Nous pleurons à chaque fois que nous regardons les photos.',
          'Mariés l’été dernier',
        ],
        [
          'Professionnel, créatif et tellement facile à vivre. Nos nouvelles photos de marque sont parfaites.',
          'Gérante d’une petite entreprise',
        ],
        [
          'La séance en famille a amusé les enfants, et ce sont les plus belles photos que nous ayons jamais eues.',
          'Séance famille',
        ],
      ],
      plans: {
        title: 'Formules',
        heading: 'Formules',
        intro: 'Chaque formule comprend un échange de préparation et une galerie privée en ligne.',
        askNote: 'Sur devis',
        action: 'Vérifier mes disponibilités',
        items: [
          {
            name: 'Séance portrait',
            description: 'Une heure, un lieu.',
            features: ['40+ images retouchées', 'Galerie en ligne', 'Droit d’impression'],
          },
          {
            name: 'Journée complète',
            description: 'La formule la plus demandée pour les mariages et événements.',
            features: [
              'Jusqu’à 10 heures',
              '500+ images retouchées',
              'Second photographe',
              'Galerie en ligne',
            ],
          },
          {
            name: 'Histoire de marque',
            description: 'Pour les entreprises qui ont besoin d’une banque d’images.',
            features: ['Demi-journée ou journée', 'Équipe, produits et lieux', 'Licence d’usage commercial'],
          },
        ],
      },
      gallery: {
        title: 'Portfolio',
        heading: 'Travaux choisis',
        intro: 'Quelques images préférées tirées d’histoires récentes.',
        captions: [
          'Le premier regard, juste avant la cérémonie',
          'Portraits à l’heure dorée',
          'Une matinée en famille à la maison',
          'Dans les coulisses d’un atelier du quartier',
          'La dernière danse',
          'Un moment calme entre deux discours',
        ],
      },
      story: {
        heading: 'À propos',
        paragraphs: [
          (v) =>
            `J’ai commencé la photo adolescent et je ne me suis jamais arrêté. ${v.name} est né${v.year ? ` en ${v.year}` : ''} de l’envie de raconter l’histoire des autres avec le soin que je voudrais pour la mienne.`,
          (v) =>
            `Installé${v.where || ' près de chez vous'} et toujours prêt à voyager, je photographie mariages, familles et petites entreprises.`,
        ],
      },
      values: {
        heading: 'Mes engagements',
        intro: 'Pour chaque client, à chaque fois.',
        items: [
          'Des images livrées à la date convenue',
          'Vos photos conservées en sécurité pendant cinq ans',
          'Aucun frais surprise',
        ],
      },
      faq: [
        [
          'Combien de temps à l’avance faut-il réserver ?',
          'Pour un mariage, six à douze mois avant. Les séances portrait se réservent en général en quelques semaines.',
        ],
        [
          'Vous déplacez-vous ?',
          'Oui. Les déplacements dans la région sont inclus ; au-delà, nous convenons des frais à l’avance.',
        ],
        [
          'Quand recevrons-nous nos photos ?',
          'En général sous trois semaines, avec un avant-goût dans les premiers jours.',
        ],
        [
          'Peut-on commander tirages et albums ?',
          'Oui, imprimés par un laboratoire professionnel sur papier d’archive.',
        ],
      ],
      cta: {
        heading: 'Racontez-moi votre histoire',
        body: 'Vérifiez mes disponibilités pour votre date. Je réponds personnellement à chaque message.',
        action: 'Vérifier mes disponibilités',
      },
      posts: [
        {
          title: 'Se sentir à l’aise devant l’objectif',
          excerpt:
            'Presque tout le monde se dit peu photogénique. Pourquoi c’est faux, et comment se détendre le jour J.',
          paragraphs: [
            'Presque tout le monde se sent un peu gauche au début. C’est tout à fait normal, et cela passe vite.',
            'Portez des vêtements dans lesquels vous vous sentez bien, venez avec quelqu’un qui vous fait rire et oubliez l’objectif. Mon travail est de saisir les moments ; le vôtre, d’en profiter.',
            'À la fin de la plupart des séances, on me dit que c’était comme une promenade avec un ami.',
          ],
          subheading: 'Oubliez l’appareil',
        },
        {
          title: 'Organiser sa journée autour de la plus belle lumière',
          excerpt: 'Un peu d’organisation autour du soleil change tout sur vos photos.',
          paragraphs: [
            'En photographie, la lumière fait tout. L’heure qui précède le coucher du soleil offre une lumière douce et chaude qui flatte tout le monde.',
            'Si vous le pouvez, prévoyez les portraits à ce moment-là. Le soleil de midi est dur : cherchez l’ombre ou l’encadrement d’une porte.',
            'Partagez-moi votre planning tôt et je vous suggérerai où garder un peu de marge.',
          ],
          quote: 'La lumière est la première chose que je regarde, et la dernière que je retouche.',
        },
      ],
      enquiries: ['Mariage', 'Séance portrait', 'Photographie de marque', 'Autre demande'],
      imageAlt: { hero: 'Un portrait dans la douce lumière du soir', story: 'Derrière l’appareil' },
    },
    trades: {
      noun: 'entreprise de dépannage',
      names: ['Services Maison Sûre', 'Dépann’Express', 'Atelier Central'],
      hero: {
        eyebrow: (v) => tag(v, 'Local et fiable'),
        headings: [
          (v) => `Un travail rapide, propre et fiable${v.where}`,
          () => 'Le travail bien fait du premier coup',
        ],
        subheading: (v) =>
          v.products
            ? `${capital(v.products)}. Des prix fixes et justes, des artisans qualifiés et un chantier propre à notre départ.`
            : 'Réparations, installations et urgences. Des prix fixes et justes, des artisans qualifiés et un chantier propre à notre départ.',
        action: 'Nos services',
      },
      features: {
        heading: 'Pourquoi nos clients nous rappellent',
        intro: 'Du bon travail, des prix justes et aucun désordre laissé derrière nous.',
        items: [
          ['Toujours à l’heure', 'Nous vous donnons un créneau d’arrivée et nous le respectons.'],
          ['Prix annoncé d’avance', 'Un devis clair avant de commencer. Aucun supplément caché.'],
          [
            'Qualifiés et assurés',
            'Des professionnels certifiés, entièrement assurés, et un travail garanti.',
          ],
        ],
      },
      stats: {
        since: 'À votre service depuis',
        items: [
          ['2 500+', 'Interventions réalisées'],
          ['60 min', 'Délai habituel en urgence'],
        ],
      },
      reviews: [
        [
          'Arrivés en moins d’une heure un dimanche, ils ont trouvé la panne vite et facturé exactement le devis.',
          'Propriétaire',
        ],
        ['Soigneux, polis et un travail excellent. Ils ont même protégé le sol.', 'Propriétaire'],
        [
          'Nous faisons appel à eux pour tous nos logements. Fiables à chaque fois.',
          'Gestionnaire immobilier',
        ],
      ],
      offer: {
        title: 'Services',
        heading: 'Ce que nous faisons',
        intro:
          'Prix indicatifs, main-d’œuvre comprise. Nous confirmons un prix ferme avant toute intervention.',
        productNote: 'L’une de nos interventions les plus demandées.',
        groups: [
          {
            name: 'Dépannage',
            items: [
              [
                'Intervention d’urgence',
                'De jour comme de nuit, pour les problèmes qui ne peuvent pas attendre.',
              ],
              ['Réparation et recherche de panne', 'Nous trouvons la cause, pas seulement le symptôme.'],
              ['Contrôle de sécurité', 'Une vérification complète avec rapport écrit et attestation.'],
            ],
          },
          {
            name: 'Installation',
            items: [
              ['Nouvelle installation', 'Fournie et posée selon les dernières normes.'],
              [
                'Mise à niveau et remplacement',
                'Des équipements modernes et économes, installés en une journée.',
              ],
              ['Contrat d’entretien', 'Entretien annuel et interventions prioritaires.'],
            ],
          },
        ],
      },
      story: {
        heading: 'Qui sommes-nous',
        paragraphs: [
          (v) =>
            v.year
              ? `${v.name} prend soin des logements et des commerces${v.where} depuis ${v.year}. La plupart de nos clients viennent par recommandation, et nous comptons bien que cela continue.`
              : `${v.name} prend soin des logements et des commerces${v.where}. La plupart de nos clients viennent par recommandation, et nous comptons bien que cela continue.`,
          () =>
            'Nous sommes une équipe locale d’artisans qualifiés. Nous arrivons à l’heure dite, expliquons ce que nous trouvons et laissons votre logement aussi propre qu’à notre arrivée.',
        ],
      },
      values: {
        heading: 'Notre garantie',
        intro: 'Pour chaque intervention, petite ou grande.',
        items: [
          'Un prix ferme convenu avant de commencer',
          'Douze mois de garantie sur notre travail',
          'Propres, soigneux et respectueux de votre logement',
        ],
      },
      team: {
        heading: 'L’équipe',
        intro: 'Qualifiés, assurés et sympathiques.',
        members: [
          ['Gérant et artisan', 'Plus de vingt ans de métier et toujours d’astreinte.'],
          ['Technicien confirmé', 'Installations, mises à niveau et chantiers délicats.'],
          ['Responsable administrative', 'Planifie votre intervention et veille au respect des horaires.'],
        ],
      },
      faq: [
        [
          'Les devis sont-ils payants ?',
          'Les devis pour les travaux programmés sont gratuits. Les urgences comportent un forfait de déplacement.',
        ],
        [
          'En combien de temps pouvez-vous venir ?',
          'En urgence, généralement en moins d’une heure. Les travaux programmés, sous quelques jours.',
        ],
        ['Êtes-vous assurés ?', 'Oui, entièrement assurés, et tous nos travaux sont garantis douze mois.'],
        [
          'Quelle zone couvrez-vous ?',
          'La ville et ses alentours dans un rayon d’environ 30 km. Demandez-nous si vous êtes plus loin.',
        ],
      ],
      cta: {
        heading: 'Besoin d’aide aujourd’hui ?',
        body: 'Appelez-nous pour une urgence, ou écrivez-nous pour un devis gratuit.',
        action: 'Demander un devis gratuit',
      },
      posts: [
        {
          title: 'Cinq signaux d’alerte à ne pas ignorer',
          excerpt: 'Les petits problèmes font les grosses factures. Ce qu’il faut surveiller chez vous.',
          paragraphs: [
            'Bruits étranges, taches d’humidité, lumières qui clignotent et factures qui grimpent sont souvent les premiers signes qu’il faut agir.',
            'Pris tôt, la plupart des problèmes se règlent vite et pour pas cher. Laissés de côté, ils peuvent abîmer sols, murs ou pire.',
            'Dans le doute, prenez une photo et envoyez-la-nous. Nous vous dirons honnêtement si une visite est nécessaire.',
          ],
          subheading: 'Petits signes, grosses économies',
        },
        {
          title: 'Préparer son logement pour l’hiver',
          excerpt: 'Une courte liste pour éviter les pannes quand le froid arrive.',
          paragraphs: [
            'L’hiver est notre saison la plus chargée, et la plupart des urgences auraient pu être évitées avec un peu de préparation.',
            'Faites faire l’entretien avant les premiers froids, vérifiez que les canalisations extérieures sont isolées et repérez votre robinet d’arrêt général.',
            'Dix minutes maintenant peuvent vous épargner une très longue soirée plus tard.',
          ],
          quote: 'La meilleure réparation est celle dont on n’a jamais besoin.',
        },
      ],
      enquiries: ['Urgence', 'Devis gratuit', 'Contrat d’entretien', 'Autre demande'],
      imageAlt: { hero: 'Un artisan au travail', story: 'Notre camionnette et nos outils' },
    },
    fitness: {
      noun: 'studio de sport',
      names: ['Studio Force', 'Flow & Force', 'Sommet Fitness'],
      hero: {
        eyebrow: (v) => tag(v, 'Studio de sport'),
        headings: [
          (v) => `Bougez mieux, sentez-vous plus fort${v.where}`,
          () => 'Un entraînement qui s’adapte à votre vie',
        ],
        subheading: (v) =>
          v.products
            ? `${capital(v.products)} en petits groupes, avec des coachs qui connaissent votre prénom et vos objectifs.`
            : 'Des cours en petits groupes, des coachs experts et une communauté chaleureuse qui donne envie de revenir.',
        action: 'Voir les cours',
      },
      features: {
        heading: 'Pourquoi on s’entraîne chez nous',
        intro: 'Que ce soit votre premier cours ou votre millième.',
        items: [
          ['Petits groupes', 'Jamais plus de douze personnes, pour que le coach voie chaque mouvement.'],
          [
            'Tous niveaux',
            'Chaque cours propose des options plus faciles et plus difficiles. Commencez où vous en êtes.',
          ],
          [
            'Une vraie communauté',
            'Des visages sympathiques, des objectifs partagés et beaucoup d’encouragements.',
          ],
        ],
      },
      stats: {
        since: 'Sur les tapis depuis',
        items: [
          ['40+', 'Cours par semaine'],
          ['12', 'Personnes par cours au maximum'],
        ],
      },
      reviews: [
        [
          'J’appréhendais de commencer, mais tout le monde m’a si bien accueillie. Six mois plus tard, je ne me suis jamais sentie aussi forte.',
          'Membre depuis l’an dernier',
        ],
        [
          'Les coachs corrigent vraiment la posture. J’ai plus appris ici en trois mois qu’en des années dans une grande salle.',
          'Membre',
        ],
        ['C’est le seul endroit pour lequel j’aime me lever tôt.', 'Habitué du matin'],
      ],
      offer: {
        title: 'Cours',
        heading: 'Cours et séances',
        intro: 'Réservez en ligne ou à l’accueil. Votre premier cours est offert.',
        productNote: 'L’un des favoris de notre planning.',
        groups: [
          {
            name: 'Cours collectifs',
            items: [
              ['Flow du matin', 'Mouvement doux et respiration pour bien commencer la journée.'],
              ['Renforcement', 'Gagnez en force avec des exercices simples et efficaces.'],
              ['Mobilité et étirements', 'Bougez plus librement et récupérez mieux.'],
            ],
          },
          {
            name: 'Individuel',
            items: [
              ['Coaching personnel', 'Un programme construit pour vous et vos objectifs.'],
              ['Séance découverte', 'Rencontrez un coach, découvrez le lieu et établissez un plan.'],
              ['Bilan de programme', 'Faites le point sur vos progrès et fixez de nouveaux objectifs.'],
            ],
          },
        ],
      },
      plans: {
        title: 'Abonnements',
        heading: 'Abonnements',
        intro: 'Sans frais d’inscription ni engagement long. Suspendez quand vous voulez.',
        askNote: 'Nous consulter',
        action: 'S’inscrire',
        items: [
          {
            name: 'Carte 10 cours',
            description: 'Dix cours à utiliser en trois mois.',
            features: ['Tous les cours collectifs', 'Réservation en ligne', 'À partager avec un ami'],
          },
          {
            name: 'Illimité',
            description: 'Notre abonnement le plus populaire.',
            features: ['Cours collectifs illimités', 'Une séance découverte offerte', 'Événements membres'],
          },
          {
            name: 'Personnel',
            description: 'Un coaching sur mesure.',
            features: ['Quatre séances individuelles par mois', 'Programme personnel', 'Cours illimités'],
          },
        ],
      },
      story: {
        heading: 'Notre histoire',
        paragraphs: [
          (v) =>
            `${v.name} a ouvert${v.year ? ` en ${v.year}` : ''} parce que nous voulions un lieu où le sport soit accueillant et non intimidant : des petits cours, un vrai coaching et aucun miroir rempli de jugements.`,
          (v) =>
            `Aujourd’hui, nous sommes une communauté de tous âges et de tous niveaux${v.where}, qui s’entraîne ensemble et s’encourage.`,
        ],
      },
      values: {
        heading: 'Ce que nous défendons',
        intro: 'Le sport pour tous, bien fait.',
        items: [
          'La technique avant les charges lourdes',
          'Le progrès, pas la perfection',
          'Tout le monde est le bienvenu, quel que soit son niveau',
        ],
      },
      team: {
        heading: 'Nos coachs',
        intro: 'Diplômés, expérimentés et vraiment encourageants.',
        members: [
          ['Fondateur et coach principal', 'Coach en force avec un faible pour les débutants.'],
          ['Coach', 'Mobilité et récupération, et nos cours du petit matin.'],
          ['Coach', 'Coaching personnel et programmes pour les gens pressés.'],
        ],
      },
      faq: [
        [
          'Je suis grand débutant. Puis-je m’inscrire ?',
          'Bien sûr. La plupart de nos membres ont commencé de zéro. Réservez une séance découverte et nous vous aiderons à démarrer en sécurité.',
        ],
        [
          'Que dois-je apporter ?',
          'Une tenue confortable, une gourde et une serviette. Nous fournissons tout le matériel.',
        ],
        ['Puis-je essayer avant de m’inscrire ?', 'Oui, votre premier cours est offert.'],
        ['Puis-je suspendre mon abonnement ?', 'Oui, pour des vacances ou une blessure, sans frais.'],
      ],
      cta: {
        heading: 'Votre premier cours est offert',
        body: 'Venez essayer. Sans pression, sans engagement, juste une bonne séance.',
        action: 'Réserver un cours offert',
      },
      posts: [
        {
          title: 'Reprendre le sport après des années d’arrêt',
          excerpt:
            'Commencer doucement, rester régulier et laisser venir les progrès : le guide d’un coach pour s’y remettre.',
          paragraphs: [
            'Le plus dur, c’est la première semaine. Ensuite, l’habitude fait l’essentiel du travail.',
            'Commencez par deux ou trois séances par semaine, courtes. Choisissez une activité qui vous plaît et ne vous comparez à personne.',
            'En un mois, vous sentirez la différence : plus d’énergie, un meilleur sommeil et un peu plus de confiance chaque semaine.',
          ],
          subheading: 'Commencer petit',
        },
        {
          title: 'Pourquoi la récupération compte autant que l’entraînement',
          excerpt: 'Les muscles se construisent au repos. Comment bien récupérer entre deux séances.',
          paragraphs: [
            'L’entraînement fatigue le corps ; la récupération le reconstruit plus fort. Sans récupération, les progrès stagnent.',
            'Dormez sept à neuf heures, mangez assez de protéines, buvez beaucoup d’eau et bougez en douceur les jours de repos.',
            'Un cours de mobilité par semaine est l’un des meilleurs investissements qui soient.',
          ],
          quote: 'On ne devient pas plus fort à la salle. On devient plus fort en récupérant.',
        },
      ],
      enquiries: ['Cours d’essai offert', 'Abonnement', 'Coaching personnel', 'Autre demande'],
      imageAlt: { hero: 'Un studio d’entraînement lumineux', story: 'Un cours en pleine séance' },
    },
    nonprofit: {
      noun: 'association',
      names: ['Mains Ouvertes', 'Terrain Commun', 'Fondation Passerelles'],
      hero: {
        eyebrow: (v) => tag(v, 'Association à but non lucratif'),
        headings: [(v) => `Ensemble, on va plus loin${v.where}`, () => 'Petits gestes, grands changements'],
        subheading: (v) =>
          v.products
            ? `Nous agissons pour ${v.products}, grâce aux bénévoles, donateurs et partenaires qui croient au changement.`
            : 'Nous soutenons les personnes et les familles de notre quartier, grâce aux bénévoles, donateurs et partenaires qui croient au changement.',
        action: 'Découvrir nos actions',
      },
      features: {
        heading: 'Ce que permet votre soutien',
        intro: 'Chaque contribution va directement à nos actions.',
        items: [
          [
            'Une aide directe',
            'Un soutien concret pour ceux qui en ont le plus besoin, au moment où ils en ont besoin.',
          ],
          ['Un changement durable', 'Des programmes qui développent compétences, confiance et autonomie.'],
          ['Une transparence totale', 'Nous publions nos comptes et nos résultats chaque année.'],
        ],
      },
      stats: {
        since: 'Engagés depuis',
        items: [
          ['3 000+', 'Personnes accompagnées l’an dernier'],
          ['150', 'Bénévoles actifs'],
          ['89 %', 'Des fonds consacrés aux actions'],
        ],
      },
      reviews: [
        [
          'Quand tout était le plus difficile, ils étaient là pour ma famille. Aujourd’hui, je suis bénévole chaque semaine.',
          'Bénévole et ancienne bénéficiaire',
        ],
        ['Une association qui fait exactement ce qu’elle dit, avec cœur et sans tapage.', 'Donateur mensuel'],
        [
          'Travailler avec eux a donné tout son sens au programme de bénévolat de notre entreprise.',
          'Entreprise partenaire',
        ],
      ],
      offer: {
        title: 'Nos actions',
        heading: 'Nos programmes',
        intro: 'Concrets, de proximité et construits avec les personnes que nous accompagnons.',
        productNote: 'L’un de nos programmes phares.',
        groups: [
          {
            name: 'Ce que nous faisons',
            items: [
              [
                'Aide d’urgence',
                'Alimentation, produits de première nécessité et conseils quand survient une crise.',
              ],
              ['Formation et emploi', 'Ateliers, parrainage et aide à la recherche d’emploi.'],
              [
                'Lieux de partage',
                'Un endroit chaleureux et sûr pour se retrouver, manger et se sentir chez soi.',
              ],
            ],
          },
          {
            name: 'S’engager',
            items: [
              ['Devenir bénévole', 'Donnez quelques heures par mois. Formation assurée.'],
              ['Collecter des fonds', 'Courez, cuisinez, pédalez : nous soutenons votre défi.'],
              ['Devenir partenaire', 'Entreprises et fondations qui veulent agir.'],
            ],
          },
        ],
      },
      plans: {
        title: 'Faire un don',
        heading: 'Faire un don',
        intro: 'Les dons réguliers nous permettent de voir loin. Chaque montant compte.',
        askNote: 'Montant libre',
        action: 'Donner',
        items: [
          {
            name: 'Ami',
            description: 'Fournit l’essentiel à une famille pendant une semaine.',
            features: ['Nouvelles chaque mois', 'Rapport annuel'],
          },
          {
            name: 'Soutien',
            description: 'Finance un mois de parrainage pour un jeune.',
            features: ['Nouvelles chaque mois', 'Invitation à notre rencontre annuelle'],
          },
          {
            name: 'Don ponctuel',
            description: 'Donnez ce que vous pouvez, quand vous pouvez.',
            features: ['Reçu fiscal', 'Nos remerciements sincères'],
          },
        ],
      },
      logos: { heading: 'Nos partenaires' },
      story: {
        heading: 'Qui sommes-nous',
        paragraphs: [
          (v) =>
            v.year
              ? `${v.name} a été fondée en ${v.year} par des voisins qui ont refusé de détourner le regard. Depuis, notre action${v.where} a grandi, mais l’idée reste la même : des gens qui aident des gens.`
              : `${v.name} a été fondée par des voisins qui ont refusé de détourner le regard. Notre idée est simple : des gens qui aident des gens.`,
          () =>
            'Nous sommes indépendants, animés par une petite équipe salariée et de nombreux bénévoles. Chaque décision est guidée par les personnes que nous accompagnons.',
        ],
      },
      values: {
        heading: 'Nos valeurs',
        intro: 'Ce qui guide notre action.',
        items: [
          'Dignité et respect pour chacun',
          'Écouter avant d’agir',
          'Dire honnêtement ce qui marche et ce qui ne marche pas',
          'Chaque euro justifié',
        ],
      },
      team: {
        heading: 'Notre équipe',
        intro: 'Une petite équipe et une grande famille de bénévoles.',
        members: [
          ['Directrice', 'Dirige l’association et nos partenariats.'],
          [
            'Coordinateur des programmes',
            'Veille à ce que nos programmes atteignent ceux qui en ont besoin.',
          ],
          ['Coordinatrice des bénévoles', 'Accueille, forme et accompagne nos bénévoles.'],
        ],
      },
      faq: [
        [
          'Comment mon don est-il utilisé ?',
          'Près de neuf euros sur dix vont directement aux programmes. Notre rapport annuel montre exactement où.',
        ],
        [
          'Puis-je être bénévole si j’ai peu de temps ?',
          'Oui. Même quelques heures par mois aident, et nous trouverons une mission qui vous convient.',
        ],
        [
          'Mon don est-il déductible des impôts ?',
          'Dans la plupart des cas, oui. Nous envoyons un reçu fiscal pour chaque don.',
        ],
        [
          'Mon entreprise peut-elle s’impliquer ?',
          'Avec plaisir. Nous proposons des journées de bénévolat d’équipe et des partenariats.',
        ],
      ],
      cta: {
        heading: 'Rejoignez-nous',
        body: 'Donnez, devenez bénévole ou faites passer le mot. Chaque aide compte.',
        action: 'Faire un don',
      },
      posts: [
        {
          title: 'Notre année en chiffres',
          excerpt: 'Ce que votre soutien a rendu possible cette année, et nos prochaines étapes.',
          paragraphs: [
            'Cette année, plus de personnes que jamais se sont tournées vers nous. Grâce à vous, nous avons pu dire oui à presque toutes.',
            'Nos bénévoles ont donné des milliers d’heures, notre programme de formation a doublé et notre lieu de partage a accueilli de nouveaux voisins chaque semaine.',
            'L’an prochain, nous voulons atteindre plus de familles plus tôt, avant qu’un moment difficile ne devienne une crise.',
          ],
          subheading: 'Regarder devant',
        },
        {
          title: 'Une journée dans la vie d’une bénévole',
          excerpt:
            'Concrètement, à quoi ressemble le bénévolat chez nous ? Une bénévole nous raconte son mardi.',
          paragraphs: [
            'Le mardi commence par un café et un point rapide. Puis les portes s’ouvrent, et la journée ne se passe jamais tout à fait comme prévu.',
            'Certains jours, on trie des dons ; d’autres, on écoute simplement. Les plus beaux moments sont souvent les plus petits.',
            'Si vous avez déjà pensé au bénévolat, venez à une séance découverte. Vous serez très bien accueilli.',
          ],
          quote: 'Je suis venue aider les autres et j’ai trouvé ma propre communauté.',
        },
      ],
      enquiries: ['Bénévolat', 'Dons', 'Partenariats', 'J’ai besoin d’aide'],
      imageAlt: { hero: 'Des bénévoles travaillant ensemble', story: 'Notre lieu de partage' },
    },
    agency: {
      noun: 'agence',
      names: ['Studio Nord', 'Agence Claire', 'Champ & Forme'],
      hero: {
        eyebrow: (v) => tag(v, 'Agence indépendante'),
        headings: [() => 'Des idées qui font bouger les gens', (v) => `Marque, web et marketing${v.where}`],
        subheading: (v) =>
          v.products
            ? `${capital(v.products)} pour les entreprises ambitieuses. Stratégie, design et résultats mesurables.`
            : 'Nous aidons les entreprises ambitieuses à grandir grâce à une stratégie, un design et un marketing aux résultats mesurables.',
        action: 'Voir nos réalisations',
      },
      features: {
        heading: 'Notre façon de travailler',
        intro: 'Une petite équipe senior, proche de chaque projet.',
        items: [
          [
            'La stratégie d’abord',
            'Nous partons de vos objectifs et de vos clients, pas d’une palette de couleurs.',
          ],
          ['Pensé pour performer', 'Un travail beau, conçu pour être trouvé, utilisé et mesuré.'],
          [
            'Une seule équipe',
            'Vous travaillez directement avec ceux qui font le travail. Pas de labyrinthe de chefs de projet.',
          ],
        ],
      },
      stats: {
        since: 'Indépendants depuis',
        items: [
          ['120+', 'Projets livrés'],
          ['+65 %', 'De contacts en moyenne'],
        ],
      },
      reviews: [
        [
          'Ils ont compris notre activité en une semaine et nous ont donné une marque dont nous sommes fiers.',
          'Fondatrice',
        ],
        [
          'Notre nouveau site a doublé nos demandes en trois mois. Une méthode claire et des gens formidables.',
          'Directeur marketing',
        ],
        ['Honnêtes, rapides et agréables. Ils font partie de l’équipe.', 'CEO'],
      ],
      offer: {
        title: 'Services',
        heading: 'Ce que nous faisons',
        intro: 'Du premier atelier au lancement, et après.',
        productNote: 'L’un de nos services phares.',
        groups: [
          {
            name: 'Stratégie et marque',
            items: [
              ['Stratégie de marque', 'Positionnement, messages et un récit clair.'],
              ['Identité visuelle', 'Logo, couleurs, typographie et charte.'],
              ['Ateliers', 'Alignez votre équipe en une journée.'],
            ],
          },
          {
            name: 'Digital',
            items: [
              ['Sites web', 'Des sites rapides et accessibles qui convertissent.'],
              ['Campagnes', 'Des campagnes créatives sur tous les canaux.'],
              [
                'Contenus et réseaux sociaux',
                'Un flux régulier de contenus qui fait grandir votre audience.',
              ],
            ],
          },
        ],
      },
      plans: {
        title: 'Formules',
        heading: 'Travailler avec nous',
        intro: 'Des projets au forfait ou un partenariat dans la durée.',
        askNote: 'Parlons-en',
        action: 'Lancer un projet',
        items: [
          {
            name: 'Sprint',
            description: 'Un projet ciblé de deux semaines.',
            features: ['Atelier', 'Un livrable clair', 'Séance de passation'],
          },
          {
            name: 'Partenaire',
            description: 'Une équipe senior disponible chaque mois.',
            features: ['Stratégie et design', 'Reporting mensuel', 'Délais prioritaires'],
          },
          {
            name: 'Sur mesure',
            description: 'Grands projets et refontes de marque.',
            features: ['Équipe dédiée', 'Périmètre sur mesure', 'Jalons fixes'],
          },
        ],
      },
      gallery: {
        title: 'Réalisations',
        heading: 'Réalisations choisies',
        intro: 'Quelques projets dont nous sommes fiers.',
        captions: [
          'Nouvelle marque pour un producteur alimentaire régional',
          'Site web pour un hôtel design',
          'Campagne de lancement pour une start-up fintech',
          'Identité d’un festival culturel',
        ],
      },
      logos: { heading: 'Ils nous ont fait confiance' },
      story: {
        heading: 'Qui sommes-nous',
        paragraphs: [
          (v) =>
            `${v.name} est une agence indépendante${v.where}${v.year ? `, fondée en ${v.year}` : ''}. Nous sommes stratèges, designers, rédacteurs et développeurs, et nous aimons résoudre de vrais problèmes.`,
          () =>
            'Nous restons petits exprès, pour que des profils seniors travaillent sur chaque projet et que chaque client ait toute notre attention.',
        ],
      },
      values: {
        heading: 'Nos convictions',
        intro: 'Les principes avec lesquels nous travaillons.',
        items: [
          'La clarté avant l’astuce',
          'Mesurer ce qui compte',
          'Dire ce que nous pensons, avec bienveillance',
          'Rendre chaque client plus fort',
        ],
      },
      team: {
        heading: 'L’équipe',
        intro: 'Une petite équipe senior et pluridisciplinaire.',
        members: [
          ['Fondatrice et directrice de la stratégie', 'Quinze ans à aider les marques à trouver leur voix.'],
          ['Directeur artistique', 'Identité, web et tout ce qui est visuel.'],
          ['Responsable digital', 'Sites, performance et données.'],
        ],
      },
      faq: [
        [
          'Combien coûte un projet ?',
          'Cela dépend du périmètre. Après un court échange, nous envoyons une proposition claire à prix ferme.',
        ],
        [
          'Combien de temps faut-il pour un site ?',
          'La plupart des sites prennent de six à dix semaines, du premier atelier à la mise en ligne.',
        ],
        [
          'Travaillez-vous avec des clients à l’étranger ?',
          'Oui. Beaucoup de nos clients sont à l’étranger ; nous travaillons à distance et nous déplaçons quand c’est utile.',
        ],
        ['Assurez-vous le suivi après le lancement ?', 'Oui, via notre partenariat mensuel ou au projet.'],
      ],
      cta: {
        heading: 'Un projet en tête ?',
        body: 'Parlez-nous-en. Nous répondons sous un jour ouvré.',
        action: 'Lancer la discussion',
      },
      posts: [
        {
          title: 'Ce qui fait un bon brief',
          excerpt:
            'Un bon brief fait gagner des semaines. Voici ce que nous demandons toujours avant de commencer un projet.',
          paragraphs: [
            'Les meilleurs projets commencent par un brief clair. Il n’a pas besoin d’être long, mais il doit répondre à quelques questions clés.',
            'Quel problème résolvons-nous ? Pour qui ? Comment saurons-nous que cela a marché ? Quels sont le budget et l’échéance ?',
            'Si vous ne pouvez pas encore y répondre, ce n’est pas grave. Les trouver ensemble est souvent la partie la plus précieuse du projet.',
          ],
          subheading: 'Partir du problème',
        },
        {
          title: 'Cinq erreurs sur votre site qui vous coûtent des clients',
          excerpt:
            'Pages lentes, messages flous et coordonnées introuvables. Comment les repérer et les corriger.',
          paragraphs: [
            'La plupart des sites perdent leurs visiteurs dans les premières secondes. Les raisons sont souvent simples.',
            'Des pages lentes sur mobile, des titres qui ne disent pas ce que vous faites et des coordonnées difficiles à trouver sont les plus fréquentes.',
            'Corrigez ces trois points et vous verrez la différence sur vos demandes en quelques semaines.',
          ],
          quote: 'Si vos visiteurs doivent réfléchir, vous en avez déjà perdu la moitié.',
        },
      ],
      enquiries: ['Nouveau projet', 'Partenariat', 'Recrutement', 'Autre demande'],
      imageAlt: { hero: 'Notre studio', story: 'L’équipe au travail' },
    },
    'real-estate': {
      noun: 'agence immobilière',
      names: ['Clé de Maison Immobilier', 'Port d’Attache Immobilier', 'Pierre & Chêne'],
      hero: {
        eyebrow: (v) => tag(v, 'Agence immobilière'),
        headings: [
          (v) => `Trouvez votre prochain chez-vous${v.where}`,
          () => 'Acheter, vendre et louer, en toute simplicité',
        ],
        subheading: (v) =>
          v.products
            ? `${capital(v.products)}. Une connaissance fine du quartier, des estimations honnêtes et un conseiller qui décroche.`
            : 'Une connaissance fine du quartier, des estimations honnêtes et un conseiller qui décroche, de la première visite à la remise des clés.',
        action: 'Voir les biens',
      },
      features: {
        heading: 'Pourquoi vendre ou louer avec nous',
        intro: 'Des experts locaux qui connaissent chaque rue.',
        items: [
          [
            'Des estimations honnêtes',
            'Un prix réaliste fondé sur les ventes récentes du secteur, pas un chiffre pour décrocher le mandat.',
          ],
          ['Une belle mise en valeur', 'Photos professionnelles, plans et annonces qui donnent envie.'],
          ['Toujours joignables', 'Un conseiller, un numéro et des nouvelles chaque semaine.'],
        ],
      },
      stats: {
        since: 'Dans le quartier depuis',
        items: [
          ['450+', 'Biens vendus'],
          ['38 jours', 'Délai moyen de vente'],
        ],
      },
      reviews: [
        [
          'Ils ont vendu notre appartement en trois semaines au prix demandé et nous ont tenus informés à chaque étape.',
          'Vendeur',
        ],
        ['Premiers acheteurs, nous avions mille questions. Ils ont répondu à chacune.', 'Primo-accédants'],
        [
          'Une gestion locative fiable et réactive. Je ne m’inquiète jamais pour mon appartement.',
          'Propriétaire bailleuse',
        ],
      ],
      offer: {
        title: 'Nos biens',
        heading: 'Biens à la une',
        intro:
          'Une sélection de ce qui est sur le marché en ce moment. Contactez-nous pour les détails et les visites.',
        productNote: 'L’une de nos spécialités.',
        groups: [
          {
            name: 'À vendre',
            items: [
              ['Trois-pièces lumineux', 'Rénové, avec balcon et ascenseur, proche du centre.'],
              ['Maison familiale avec jardin', 'Quatre chambres, rue calme, près des écoles.'],
              ['Studio près de la gare', 'Idéal premier achat ou investissement.'],
            ],
          },
          {
            name: 'À louer',
            items: [
              ['Deux-pièces', 'Meublé, avec fibre.'],
              ['Quatre-pièces', 'Spacieux, avec parking et cave.'],
              ['Local commercial ou bureau', 'En rez-de-chaussée, 80 m², aménagement libre.'],
            ],
          },
        ],
      },
      gallery: {
        title: 'Galerie',
        heading: 'Des biens que nous aimons',
        intro: 'Quelques ventes et locations récentes.',
        captions: [
          'Séjour ensoleillé, vendu en deux semaines',
          'Cuisine rénovée',
          'Terrasse et jardin',
          'Vue du dernier étage',
        ],
      },
      story: {
        heading: 'Qui sommes-nous',
        paragraphs: [
          (v) =>
            v.year
              ? `${v.name} accompagne acheteurs, vendeurs et locataires${v.where} depuis ${v.year}. Nous connaissons les quartiers, les écoles et les prix, rue par rue.`
              : `${v.name} accompagne acheteurs, vendeurs et locataires${v.where}. Nous connaissons les quartiers, les écoles et les prix, rue par rue.`,
          () =>
            'Nous sommes une agence indépendante qui grandit grâce au bouche-à-oreille. Cela nous garde honnêtes et proches de nos clients.',
        ],
      },
      values: {
        heading: 'Nos engagements',
        intro: 'Ce sur quoi vous pouvez compter.',
        items: [
          'Des estimations honnêtes, par écrit',
          'Des honoraires clairs, convenus d’avance',
          'Des nouvelles chaque semaine jusqu’à la remise des clés',
        ],
      },
      team: {
        heading: 'Nos conseillers',
        intro: 'Des gens du coin qui connaissent le marché.',
        members: [
          ['Directeur', 'Vingt ans sur le marché immobilier local.'],
          ['Conseillère en vente', 'Accompagne acheteurs et vendeurs de l’estimation à la signature.'],
          ['Gestionnaire locatif', 'S’occupe des locataires, des propriétaires et de tout le reste.'],
        ],
      },
      faq: [
        [
          'Combien vaut mon bien ?',
          'Demandez une estimation gratuite. Nous visitons, comparons les ventes récentes et vous remettons un avis de valeur écrit.',
        ],
        [
          'Quels sont vos honoraires ?',
          'Un pourcentage clair du prix de vente, convenu avant de commencer. Pas de vente, pas d’honoraires.',
        ],
        [
          'Faites-vous de la gestion locative ?',
          'Oui, de la recherche de locataires à l’entretien et à l’encaissement des loyers.',
        ],
        [
          'Pouvez-vous m’aider pour mon prêt ?',
          'Nous travaillons avec des courtiers indépendants qui vous aident à trouver la meilleure offre.',
        ],
      ],
      cta: {
        heading: 'Vous pensez vendre ?',
        body: 'Demandez cette semaine une estimation gratuite et sans engagement.',
        action: 'Demander une estimation',
      },
      posts: [
        {
          title: 'Préparer son logement pour une visite',
          excerpt: 'De petits changements qui font une grande première impression sur les acheteurs.',
          paragraphs: [
            'Les acheteurs se décident dans les premières minutes. Faites que ces minutes comptent.',
            'Dégagez les surfaces, ouvrez les rideaux, réglez les petits défauts et aérez. Un logement rangé et lumineux paraît plus grand et plus précieux.',
            'Et si possible, absentez-vous pendant les visites. Les acheteurs parlent plus librement quand le propriétaire n’est pas là.',
          ],
          subheading: 'Premières impressions',
        },
        {
          title: 'Acheter son premier logement : le guide étape par étape',
          excerpt: 'Du budget aux clés, à quoi s’attendre pour un premier achat.',
          paragraphs: [
            'Commencez par le budget : parlez à un courtier avant de tomber amoureux d’un bien.',
            'Visitez beaucoup, posez beaucoup de questions et vérifiez les frais au-delà du prix : taxes, frais de notaire et travaux.',
            'Quand vous aurez trouvé le bon, nous vous accompagnerons pour l’offre, les papiers et le jour de la remise des clés.',
          ],
          quote: 'Le meilleur moment pour faire ses comptes, c’est avant la première visite.',
        },
      ],
      enquiries: ['Organiser une visite', 'Estimation gratuite', 'Gestion locative', 'Autre demande'],
      imageAlt: { hero: 'Un séjour ensoleillé', story: 'Notre agence' },
    },
    hotel: {
      noun: 'maison d’hôtes',
      names: ['Maison Alba', 'L’Auberge de la Lanterne', 'La Maison du Port'],
      hero: {
        eyebrow: (v) => tag(v, 'Maison d’hôtes de charme'),
        headings: [
          (v) => `Comme à la maison${v.where}`,
          () => 'Matins tranquilles, chambres confortables, accueil chaleureux',
        ],
        subheading: (v) =>
          v.products
            ? `${capital(v.products)}. Des chambres confortables, un petit-déjeuner généreux et des hôtes qui connaissent les meilleures adresses.`
            : 'Des chambres confortables, un petit-déjeuner généreux et des hôtes qui connaissent les meilleures adresses pour manger, se promener et explorer.',
        action: 'Voir les chambres',
      },
      features: {
        heading: 'Pourquoi nos hôtes adorent séjourner ici',
        intro:
          'Assez petite pour connaître votre prénom, assez confortable pour vous donner envie de prolonger.',
        items: [
          [
            'Un petit-déjeuner qui vaut le réveil',
            'Pain du coin, fruits frais, gâteaux maison et œufs comme vous les aimez.',
          ],
          [
            'Des chambres calmes et confortables',
            'Bonne literie, rideaux occultants et douches à l’italienne.',
          ],
          [
            'Des conseils d’initiés',
            'Nous vous dirons où mangent les gens d’ici et quelles vues valent la montée.',
          ],
        ],
      },
      stats: {
        since: 'Accueille des hôtes depuis',
        items: [
          ['9,4/10', 'Note des voyageurs'],
          ['12', 'Chambres'],
        ],
      },
      reviews: [
        [
          'Le meilleur petit-déjeuner de tout notre voyage et des hôtes qui nous ont fait sentir chez nous. Nous reviendrons.',
          'Couple, quatre nuits',
        ],
        [
          'Impeccable, calme et parfaitement situé. Les conseils pour dîner étaient excellents.',
          'Voyageur solo',
        ],
        [
          'Les enfants ont adoré, et nous aussi. De la place pour se reposer après de longues journées.',
          'Famille de quatre',
        ],
      ],
      offer: {
        title: 'Chambres',
        heading: 'Chambres et tarifs',
        intro:
          'Toutes les chambres comprennent le petit-déjeuner, le Wi-Fi gratuit et des serviettes changées chaque jour. Meilleur prix en réservant en direct.',
        productNote: 'L’un des coups de cœur de nos hôtes.',
        groups: [
          {
            name: 'Chambres',
            items: [
              ['Chambre double', 'Cosy et calme, avec un grand lit.'],
              ['Chambre supérieure avec vue', 'Plus d’espace, un coin salon et la plus belle vue.'],
              ['Suite familiale', 'Deux chambres communicantes pour quatre personnes.'],
            ],
          },
          {
            name: 'En plus',
            items: [
              [
                'Petit-déjeuner pour les visiteurs',
                'Vous ne dormez pas chez nous ? Venez prendre le petit-déjeuner.',
              ],
              ['Départ tardif', 'Gardez votre chambre jusqu’à 14 h.'],
              ['Transfert aéroport', 'Un chauffeur vous attend à l’arrivée.'],
            ],
          },
        ],
      },
      gallery: {
        title: 'Galerie',
        heading: 'Faites le tour',
        intro: 'Les chambres, le petit-déjeuner et la vue depuis la terrasse.',
        captions: [
          'Lumière du matin dans la chambre supérieure',
          'Petit-déjeuner en terrasse',
          'Le salon, avec livres et jeux',
          'La vue au coucher du soleil',
        ],
      },
      story: {
        heading: 'Notre maison',
        paragraphs: [
          (v) =>
            v.year
              ? `${v.name} accueille des hôtes${v.where} depuis ${v.year}. Nous avons restauré la maison avec soin, en gardant son caractère et en y ajoutant tout le confort.`
              : `${v.name} est une petite maison d’hôtes indépendante${v.where}. Nous l’avons restaurée avec soin, en gardant son caractère et en y ajoutant tout le confort.`,
          () =>
            'Nous habitons tout près et prenons soin de chaque hôte personnellement, des adresses pour dîner au petit-déjeuner à emporter pour un départ matinal.',
        ],
      },
      values: {
        heading: 'Notre façon de recevoir',
        intro: 'Les petites attentions qui font un séjour.',
        items: [
          'Meilleur prix garanti en réservant en direct',
          'Annulation gratuite jusqu’à 48 heures avant l’arrivée',
          'Un petit-déjeuner local et de saison',
          'Produits d’accueil et linge écoresponsables',
        ],
      },
      team: {
        heading: 'Vos hôtes',
        intro: 'Au plaisir de vous accueillir.',
        members: [
          ['Propriétaire et hôtesse', 'Adore partager les meilleurs secrets du coin avec ses hôtes.'],
          ['Relations clients', 'Là pour vous aider avec les réservations, les visites et les restaurants.'],
          ['Cuisinière du petit-déjeuner', 'Prépare une nouvelle douceur chaque matin.'],
        ],
      },
      faq: [
        [
          'À quelle heure sont l’arrivée et le départ ?',
          'L’arrivée se fait à partir de 15 h et le départ jusqu’à 11 h. Demandez-nous si vous avez besoin de souplesse.',
        ],
        ['Le petit-déjeuner est-il inclus ?', 'Oui, le petit-déjeuner est inclus dans tous nos tarifs.'],
        [
          'Y a-t-il un parking ?',
          'Il y a un parking public à proximité ; nous vous indiquons la meilleure option à la réservation.',
        ],
        [
          'Puis-je annuler ma réservation ?',
          'L’annulation est gratuite jusqu’à 48 heures avant l’arrivée pour les réservations en direct.',
        ],
      ],
      cta: {
        heading: 'Préparez votre séjour',
        body: 'Réservez en direct pour le meilleur prix et l’annulation gratuite.',
        action: 'Vérifier les disponibilités',
      },
      posts: [
        {
          title: 'Un week-end idéal dans la région',
          excerpt: 'Où se promener, manger et admirer le coucher du soleil, par ceux qui vivent ici.',
          paragraphs: [
            'Commencez le samedi par un petit-déjeuner sans hâte, puis explorez à pied les vieilles rues avant l’arrivée de la foule.',
            'Déjeunez là où mangent les gens d’ici, passez l’après-midi dans un musée ou au bord de l’eau, et trouvez un bon endroit pour le coucher du soleil. Nous vous dirons le nôtre.',
            'Le dimanche, allez au marché, rapportez un souvenir gourmand et gardez un peu de temps pour ne rien faire.',
          ],
          subheading: 'Samedi et dimanche',
        },
        {
          title: 'Les coulisses de notre petit-déjeuner',
          excerpt:
            'Rencontrez les boulangers, agriculteurs et producteurs qui garnissent notre table chaque matin.',
          paragraphs: [
            'Le petit-déjeuner est le repas dont nos hôtes parlent le plus, et il commence bien avant leur réveil.',
            'Le pain vient d’une boulangerie au bout de la rue, les œufs d’une petite ferme et les confitures de fruits achetés au marché.',
            'C’est notre façon de partager la région avec vous, une assiette à la fois.',
          ],
          quote: 'Une belle journée commence par un bon petit-déjeuner.',
        },
      ],
      enquiries: ['Réservation', 'Groupe ou événement', 'Autre demande'],
      imageAlt: { hero: 'Une chambre lumineuse et confortable', story: 'La maison vue du jardin' },
    },
    school: {
      noun: 'école',
      names: ['Centre d’Études Apprendre', 'La Maison des Études', 'Académie Étoile'],
      hero: {
        eyebrow: (v) => tag(v, 'Cours et soutien scolaire'),
        headings: [(v) => `Apprendre en confiance${v.where}`, () => 'Petits groupes, grands progrès'],
        subheading: (v) =>
          v.products
            ? `${capital(v.products)} avec des enseignants expérimentés, en petits groupes, pour des progrès visibles.`
            : 'Cours et soutien scolaire avec des enseignants expérimentés, en petits groupes, pour des progrès visibles.',
        action: 'Voir les cours',
      },
      features: {
        heading: 'Pourquoi on apprend mieux ici',
        intro: 'Chaque élève est différent. Notre enseignement aussi.',
        items: [
          ['Petits groupes', 'Huit élèves au maximum par cours, pour que personne ne reste à la traîne.'],
          ['Des enseignants expérimentés', 'Diplômés, patients et passionnés par leur matière.'],
          ['Un suivi régulier', 'Des bilans de progression clairs pour les élèves et les parents.'],
        ],
      },
      stats: {
        since: 'Enseigne depuis',
        items: [
          ['95 %', 'De réussite aux examens'],
          ['8', 'Élèves par cours au maximum'],
        ],
      },
      reviews: [
        [
          'Mon fils est passé de la détestation des maths au plaisir d’en faire. Les notes ont suivi.',
          'Parent d’élève',
        ],
        [
          'Les enseignants sont patients et expliquent tout clairement. J’ai réussi mon examen du premier coup.',
          'Ancienne élève',
        ],
        [
          'Des horaires souples et de vrais progrès. Exactement ce qu’il me fallait en travaillant à plein temps.',
          'Apprenant adulte',
        ],
      ],
      offer: {
        title: 'Cours',
        heading: 'Cours et leçons',
        intro:
          'De nouveaux groupes démarrent chaque mois. Vous ne connaissez pas votre niveau ? Réservez un test gratuit.',
        productNote: 'L’un de nos cours les plus demandés.',
        groups: [
          {
            name: 'Cours collectifs',
            items: [
              ['Cours collectif hebdomadaire', 'Deux séances par semaine en petit groupe.'],
              ['Préparation aux examens', 'Un entraînement ciblé avec examens blancs.'],
              ['Stage intensif pendant les vacances', 'Deux semaines, tous les matins.'],
            ],
          },
          {
            name: 'Cours particuliers',
            items: [
              ['Cours individuel', 'Adapté à vos objectifs et à votre rythme.'],
              ['Cours en ligne', 'La même qualité, depuis chez vous.'],
              ['Test de niveau', 'Gratuit, avec des conseils personnalisés.'],
            ],
          },
        ],
      },
      plans: {
        title: 'Tarifs',
        heading: 'Tarifs',
        intro: 'Pas de frais d’inscription. Supports inclus.',
        askNote: 'Gratuit',
        action: 'S’inscrire',
        items: [
          {
            name: 'À la carte',
            description: 'Des cours particuliers quand vous en avez besoin.',
            features: ['Individuel', 'Horaires souples', 'En présentiel ou en ligne'],
          },
          {
            name: 'Forfait mensuel',
            description: 'Notre formule la plus choisie.',
            features: ['Deux cours collectifs par semaine', 'Bilans de progression', 'Supports inclus'],
          },
          {
            name: 'Test de niveau',
            description: 'Connaître son niveau avant de commencer.',
            features: ['Séance de 30 minutes', 'Plan de travail personnalisé'],
          },
        ],
      },
      story: {
        heading: 'Qui sommes-nous',
        paragraphs: [
          (v) =>
            v.year
              ? `${v.name} accompagne les élèves${v.where} depuis ${v.year}. Tout a commencé avec une salle de classe et une conviction simple : tout le monde peut apprendre avec le bon enseignant.`
              : `${v.name} a commencé avec une salle de classe et une conviction simple : tout le monde peut apprendre avec le bon enseignant.`,
          () =>
            'Aujourd’hui, nous enseignons aux enfants, aux adolescents et aux adultes, en petits groupes et en individuel, et nous y croyons toujours.',
        ],
      },
      values: {
        heading: 'Notre approche',
        intro: 'Comment nous aidons chaque élève à réussir.',
        items: [
          'Partir du niveau de chaque élève',
          'Donner confiance autant que des connaissances',
          'Tenir les parents informés',
          'Rendre l’apprentissage agréable',
        ],
      },
      team: {
        heading: 'Nos enseignants',
        intro: 'Diplômés, expérimentés et patients.',
        members: [
          [
            'Fondatrice et directrice pédagogique',
            'Vingt ans en classe et elle enseigne toujours chaque semaine.',
          ],
          ['Enseignant', 'Spécialiste de la préparation aux examens.'],
          ['Enseignante', 'Adore travailler avec les plus jeunes.'],
        ],
      },
      faq: [
        [
          'Comment connaître le bon niveau ?',
          'Réservez un test de niveau gratuit. Nous vous recommanderons le cours adapté.',
        ],
        [
          'Et si mon enfant manque un cours ?',
          'Les cours manqués peuvent être rattrapés dans un autre groupe le même mois.',
        ],
        [
          'Proposez-vous des cours en ligne ?',
          'Oui, la plupart de nos cours existent en ligne comme en présentiel.',
        ],
        [
          'Peut-on commencer en cours d’année ?',
          'Oui. De nouveaux groupes démarrent chaque mois, et les cours particuliers peuvent commencer à tout moment.',
        ],
      ],
      cta: {
        heading: 'Commencez dès ce mois-ci',
        body: 'Réservez un test gratuit et essayez un cours sans engagement.',
        action: 'Réserver un test gratuit',
      },
      posts: [
        {
          title: 'Une routine de travail qui tient dans la durée',
          excerpt:
            'De courtes séances régulières valent mieux que le bachotage de dernière minute. Comment en faire une habitude.',
          paragraphs: [
            'Le secret des bons résultats n’est pas de travailler plus, mais de travailler régulièrement.',
            'Vingt-cinq minutes concentrées par jour, à la même heure et au même endroit, font plus qu’un week-end entier avant l’examen.',
            'Laissez le téléphone dans une autre pièce, commencez par le plus difficile et récompensez-vous une fois fini.',
          ],
          subheading: 'Peu mais souvent',
        },
        {
          title: 'Cinq conseils pour le jour de l’examen',
          excerpt:
            'Dormir, déjeuner et commencer au calme : des habitudes simples pour donner le meilleur de soi.',
          paragraphs: [
            'Dormez bien. Réviser à la dernière minute aide rarement autant que le repos.',
            'Prenez un petit-déjeuner, arrivez en avance et lisez chaque question deux fois avant de répondre.',
            'Si vous bloquez, passez à la suite et revenez-y plus tard. Et rappelez-vous : vous êtes mieux préparé que vous ne le pensez.',
          ],
          quote: 'La confiance naît de la préparation.',
        },
      ],
      enquiries: [
        'Renseignements sur les cours',
        'Test de niveau gratuit',
        'Cours particuliers',
        'Autre demande',
      ],
      imageAlt: { hero: 'Une salle de classe lumineuse', story: 'Des élèves au travail' },
    },
    generic: {
      noun: 'entreprise',
      names: ['Vent du Nord & Cie', 'Rue Claire', 'Pierre Angulaire'],
      hero: {
        eyebrow: (v) => tag(v, 'Bienvenue'),
        headings: [(v) => `Qualité et attention${v.where}`, () => 'Du bon travail, bien fait'],
        subheading: (v) =>
          v.products
            ? `${capital(v.products)}, avec le soin de ceux qui sont fiers de leur travail.`
            : 'Aimables, professionnels et fiables. Nous sommes fiers de notre travail, et cela se voit.',
        action: 'Nos services',
      },
      features: {
        heading: 'Pourquoi nous choisir',
        intro: 'Ce qui fait la différence quand on travaille avec nous.',
        items: [
          [
            'Un service personnalisé',
            'Vous parlez à de vraies personnes qui connaissent votre nom et vos besoins.',
          ],
          ['La qualité d’abord', 'Nous préférons bien faire une chose que mal en faire plusieurs.'],
          ['Des prix justes', 'Des tarifs clairs et honnêtes, sans surprise.'],
        ],
      },
      stats: {
        since: 'En activité depuis',
        items: [
          ['500+', 'Clients satisfaits'],
          ['4,8/5', 'Note moyenne'],
        ],
      },
      reviews: [
        ['Aimables, professionnels et toujours à l’heure. Je les recommande à tout le monde.', 'Client'],
        ['Ils sont allés bien au-delà de nos attentes. Un service comme ça, c’est rare.', 'Cliente fidèle'],
        ['Un excellent rapport qualité-prix et un vrai plaisir de travailler avec eux.', 'Client'],
      ],
      offer: {
        title: 'Services',
        heading: 'Ce que nous proposons',
        intro: 'Dites-nous ce dont vous avez besoin, nous trouverons la bonne solution.',
        productNote: 'L’une de nos spécialités.',
        groups: [
          {
            name: 'Services',
            items: [
              ['Premier rendez-vous', 'Nous écoutons et proposons la meilleure approche.'],
              ['Prestation standard', 'Notre formule la plus demandée.'],
              ['Accompagnement continu', 'Une aide régulière, quand vous en avez besoin.'],
            ],
          },
        ],
      },
      story: {
        heading: 'Qui sommes-nous',
        paragraphs: [
          (v) =>
            v.year
              ? `${v.name} sert ses clients${v.where} depuis ${v.year}. Nous sommes fiers de notre travail et des relations tissées au fil des années.`
              : `${v.name} sert ses clients${v.where} avec soin. Nous sommes fiers de notre travail et des relations que nous tissons au fil du temps.`,
          () => 'Chaque client reçoit toute notre attention, que ce soit sa première visite ou sa centième.',
        ],
      },
      values: {
        heading: 'Nos valeurs',
        intro: 'Les principes derrière notre travail.',
        items: [
          'L’honnêteté en toutes choses',
          'Une qualité que nous pouvons garantir',
          'Le respect du temps de nos clients',
        ],
      },
      team: {
        heading: 'L’équipe',
        intro: 'Les personnes derrière l’entreprise.',
        members: [
          ['Fondateur', 'A créé l’entreprise et suit encore chaque client.'],
          ['Opérations', 'Veille à ce que tout fonctionne sans accroc.'],
          ['Service client', 'Votre premier contact.'],
        ],
      },
      faq: [
        [
          'Comment vous contacter ?',
          'Par téléphone, par e-mail ou via le formulaire de contact. Nous répondons sous un jour ouvré.',
        ],
        ['Où êtes-vous situés ?', 'Vous trouverez notre adresse et nos horaires sur la page contact.'],
        [
          'Combien coûtent vos services ?',
          'Nos tarifs figurent sur la page des services. Pour le reste, demandez un devis gratuit.',
        ],
      ],
      cta: {
        heading: 'Travaillons ensemble',
        body: 'Contactez-nous dès aujourd’hui. Nous serons ravis d’échanger avec vous.',
        action: 'Nous contacter',
      },
      posts: [
        {
          title: 'Bienvenue sur notre nouveau site',
          excerpt: 'Un nouveau visage, la même équipe. Voici ce que vous trouverez sur notre nouveau site.',
          paragraphs: [
            'Nous avons créé un nouveau site pour vous permettre de trouver plus facilement ce qu’il vous faut et de nous contacter.',
            'Vous y trouverez nos services, nos tarifs et nos horaires, et nous y partagerons régulièrement nos nouvelles.',
            'Dites-nous ce que vous en pensez.',
          ],
        },
        {
          title: 'Notre façon de travailler avec nos clients',
          excerpt:
            'Du premier échange au travail terminé : à quoi vous attendre quand vous travaillez avec nous.',
          paragraphs: [
            'Chaque projet commence par une conversation. Nous écoutons vos besoins et proposons la meilleure approche.',
            'Vous recevez un devis clair avant de commencer, des nouvelles en cours de route et un suivi à la fin.',
            'Simple, honnête et personnel : c’est ainsi que nous aimons travailler.',
          ],
          subheading: 'Étape par étape',
        },
      ],
      enquiries: ['Devis', 'Question', 'Autre demande'],
      imageAlt: { hero: 'Notre espace de travail', story: 'L’équipe au travail' },
    },
  },
};
