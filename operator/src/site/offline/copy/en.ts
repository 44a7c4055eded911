import type { CopyVars, LocaleCopy } from './types.ts';

// English copy. The other languages translate this file section by section; keep list lengths in step.

const tag = (v: CopyVars, fallback: string) =>
  [v.place, v.year ? `since ${v.year}` : undefined].filter(Boolean).join(' · ') || fallback;

export const en: LocaleCopy = {
  common: {
    where: (place) => `in ${place}`,
    since: (year) => `since ${year}`,
    list: (items) =>
      items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`,
    builtName: (descriptor, place) => `${place} ${descriptor}`,
    pages: { home: 'Home', about: 'About', contact: 'Contact', blog: 'Journal', team: 'Team', faq: 'FAQ' },
    seo: {
      home: (name, noun, where) => `${name} · ${noun}${where}`,
      page: (title, name) => `${title} · ${name}`,
      blog: (name) => `News and stories from ${name}.`,
      contact: (name, where) => `Address, opening hours and how to reach ${name}${where}.`,
    },
    reviewsHeading: 'What people say',
    faqHeading: 'Questions we hear a lot',
    logosHeading: 'In good company',
    blog: {
      heading: 'Journal',
      intro: (v) => `News, behind-the-scenes stories and practical tips from ${v.name}.`,
      latest: 'Latest from the journal',
    },
    contact: {
      heading: 'Get in touch',
      intro: (v) => `Call, write or drop by${v.where}. We reply to every message within one working day.`,
      call: 'Call us',
      email: 'Email',
      hours: 'Opening hours',
      closedOn: (days) => `Closed on ${days}.`,
      alwaysOpen: 'Open 24 hours a day, 7 days a week, bank holidays included.',
      mapAlt: 'Map',
      form: {
        name: 'Your name',
        email: 'Email address',
        phone: 'Phone (optional)',
        topic: 'What is it about?',
        message: 'Message',
        messagePlaceholder: 'Tell us a little about what you need',
        submit: 'Send message',
        success: "Thank you! Your message is on its way and we'll get back to you soon.",
      },
    },
    weekdays: ['Mondays', 'Tuesdays', 'Wednesdays', 'Thursdays', 'Fridays', 'Saturdays', 'Sundays'],
    footer: (name, noun, where, since) => `${name}, ${noun}${where}${since}.`,
    priceNotes: {
      from: 'from',
      perHour: 'per hour',
      perNight: 'per night',
      perPerson: 'per person',
      perClass: 'per session',
      perMonth: 'per month',
    },
    actions: { contact: 'Get in touch', learnMore: 'Learn more', readMore: 'Read more' },
    improve: {
      formal: [
        [/\bwe['’]re\b/gi, 'we are'],
        [/\byou['’]re\b/gi, 'you are'],
        [/\bwe['’]ll\b/gi, 'we will'],
        [/\byou['’]ll\b/gi, 'you will'],
        [/\bit['’]s\b/gi, 'it is'],
        [/\bdon['’]t\b/gi, 'do not'],
        [/\bcan['’]t\b/gi, 'cannot'],
        [/\bwon['’]t\b/gi, 'will not'],
        [/\bthat['’]s\b/gi, 'that is'],
        [/\blet['’]s\b/gi, 'let us'],
        [/\bdrop by\b/gi, 'visit'],
        [/\bcome by\b/gi, 'visit'],
        [/\bget in touch\b/gi, 'contact us'],
        [/\bkids\b/gi, 'children'],
        [/\bthanks\b/gi, 'thank you'],
        [/!/g, '.'],
      ],
      friendly: [
        [/\bwe are\b/gi, 'we’re'],
        [/\byou are\b/gi, 'you’re'],
        [/\bwe will\b/gi, 'we’ll'],
        [/\bdo not\b/gi, 'don’t'],
        [/\bcontact us\b/gi, 'get in touch'],
        [/\bvisit us\b/gi, 'come and say hello'],
      ],
    },
  },
  kinds: {
    restaurant: {
      noun: 'restaurant',
      names: ['The Long Table', 'Salt & Ember', 'Olive Street Kitchen'],
      hero: {
        eyebrow: (v) => tag(v, 'Seasonal kitchen'),
        headings: [
          (v) => `A seat at our table${v.where}`,
          () => 'Seasonal cooking, generous plates, good wine',
        ],
        subheading: (v) =>
          v.products
            ? `${capital(v.products)}, cooked from scratch with what the market brings in each morning.`
            : 'A short menu that follows the seasons, cooked from scratch with produce from people we know.',
        action: 'See the menu',
      },
      features: {
        heading: 'Why people keep coming back',
        intro: (v) => `Everything at ${v.name} is made in our own kitchen, from the stock to the ice cream.`,
        items: [
          [
            'Market to plate',
            'We shop from local growers and fishermen and write the specials on the board every day.',
          ],
          ['Made from scratch', 'Bread, sauces, pasta and desserts are all made in house, never bought in.'],
          [
            'Room for everyone',
            'Quiet corners for two, a long table for birthdays and a menu for little ones.',
          ],
        ],
      },
      stats: {
        since: 'Cooking since',
        items: [
          ['4.7/5', 'Average guest rating'],
          ['90%', 'Produce from within 100 km'],
        ],
      },
      reviews: [
        [
          'We came for one dinner and ended up back three times in a week. The slow-cooked lamb is unforgettable.',
          'Visiting from abroad',
        ],
        [
          'Warm service, honest prices and the best dessert menu in town. Our go-to for family celebrations.',
          'Regular guest',
        ],
        [
          'They remembered my allergy from my last visit without me saying a word. That is real hospitality.',
          'Local guest',
        ],
      ],
      offer: {
        title: 'Menu',
        heading: 'On the menu',
        intro:
          'Our menu changes with the seasons. Ask your server about today’s specials and the wine pairing.',
        productNote: 'A house favourite, cooked to order.',
        groups: [
          {
            name: 'Starters',
            items: [
              ['Bread and olive oil', 'Our own sourdough with a peppery local olive oil and sea salt.'],
              ['Soup of the day', 'Made each morning with whatever looked best at the market.'],
              ['Grilled octopus', 'With smoked paprika, crushed potatoes and lemon.'],
            ],
          },
          {
            name: 'Mains',
            items: [
              ['Catch of the day', 'Grilled whole with herbs, greens and a bright salsa verde.'],
              ['Slow-cooked lamb', 'Seven hours in the oven, with roasted roots and its own jus.'],
              ['Wild mushroom risotto', 'Carnaroli rice, aged cheese and thyme. Vegetarian.'],
            ],
          },
          {
            name: 'Desserts',
            items: [
              ['Burnt cheesecake', 'Creamy in the middle, caramelised on top.'],
              ['Chocolate mousse', 'Dark chocolate, olive oil and a pinch of salt.'],
              ['Seasonal fruit', 'Simply served, from the same growers as our vegetables.'],
            ],
          },
        ],
      },
      gallery: {
        title: 'Gallery',
        heading: 'From our kitchen',
        intro: 'A taste of the room, the plates and the people behind them.',
        captions: [
          'The dining room on a Friday night',
          'Fresh from the market',
          'The pass, just before service',
          'Dessert, the best part',
        ],
      },
      story: {
        heading: 'Our story',
        paragraphs: [
          (v) =>
            v.year
              ? `${v.name} opened its doors in ${v.year} with a simple idea: cook the food we love to eat, with ingredients we trust, and serve it like you would at home.`
              : `${v.name} started with a simple idea: cook the food we love to eat, with ingredients we trust, and serve it like you would at home.`,
          (v) =>
            `Today we still shop every morning, still bake our own bread and still know most of our guests by name. If you are${v.where ? ` ${v.where.trim()}` : ' nearby'}, come and eat with us.`,
        ],
      },
      values: {
        heading: 'What we believe in',
        intro: 'A restaurant is only as good as its habits. These are ours.',
        items: [
          'Cook with the seasons, not against them',
          'Pay our growers fairly and on time',
          'Waste as little as we can',
          'Treat every guest like a regular',
        ],
      },
      team: {
        heading: 'The people in the kitchen',
        intro: 'A small team that cooks, serves and washes up together.',
        members: [
          ['Head chef', 'Trained in some big kitchens and came home to cook the food of our region.'],
          ['Restaurant manager', 'Knows every table, every wine and most of our regulars’ birthdays.'],
          ['Pastry chef', 'In charge of bread at dawn and desserts at night.'],
        ],
      },
      faq: [
        [
          'Do I need to book?',
          'Booking is recommended for dinner and weekends. We always keep a few tables for walk-ins.',
        ],
        [
          'Do you cater for allergies and dietary needs?',
          'Yes. Tell us when you book or let your server know and the kitchen will adapt your dishes.',
        ],
        [
          'Can we book the restaurant for a private event?',
          'We host birthdays, company dinners and small weddings. Write to us with the date and number of guests.',
        ],
        [
          'Is there a children’s menu?',
          'Yes, with smaller portions of our regular dishes, plus high chairs on request.',
        ],
      ],
      cta: {
        heading: 'Hungry yet?',
        body: 'Book a table for tonight or plan your next celebration with us.',
        action: 'Book a table',
      },
      posts: [
        {
          title: 'What the market taught us this season',
          excerpt:
            'How our morning trip to the market shapes the specials board, and the dishes we are most excited about.',
          paragraphs: [
            'Every morning starts the same way: a walk through the market before the first coffee. We go without a shopping list and come back with whatever looks, smells and tastes best.',
            'This season that meant sweet young peas, the first tomatoes of the year and some remarkable fish. Each became a special, and a few earned a place on the menu.',
            'Cooking like this keeps the kitchen on its toes. It also means our menu is never quite the same twice.',
          ],
          subheading: 'From stall to plate',
          quote: 'Good cooking starts with good shopping.',
        },
        {
          title: 'A guide to pairing wine with our menu',
          excerpt:
            'Our manager shares a few easy rules for choosing a bottle, whether you are having fish, meat or just dessert.',
          paragraphs: [
            'You do not need to be an expert to enjoy wine. Start with what you like and let the food guide you from there.',
            'Fresh whites and rosés love seafood and salads. Our slow-cooked dishes call for a red with some structure. And never skip a glass of something sweet with dessert.',
            'When in doubt, ask. We are always happy to open a bottle and pour you a taste.',
          ],
        },
      ],
      enquiries: ['Table booking', 'Private event', 'Something else'],
      imageAlt: { hero: 'A table set for dinner', story: 'Our dining room' },
    },
    bakery: {
      noun: 'bakery',
      names: ['The Daily Crumb', 'Rise & Shine Bakery', 'Golden Crust'],
      hero: {
        eyebrow: (v) => tag(v, 'Bakery & coffee'),
        headings: [(v) => `Fresh bread every morning${v.where}`, () => 'Baked slowly, eaten happily'],
        subheading: (v) =>
          v.products
            ? `${capital(v.products)}, straight from our oven${v.year ? ` since ${v.year}` : ''}. Come early: the best things go first.`
            : 'Slow-fermented bread, buttery pastries and good coffee, straight from our oven every morning.',
        action: 'See what’s baking',
      },
      features: {
        heading: 'Why our bread tastes different',
        intro: 'No shortcuts, no additives, just flour, water, salt and time.',
        items: [
          [
            'Slow dough',
            'Every loaf rests for up to 24 hours before it goes in the oven, for more flavour and a better crust.',
          ],
          [
            'Baked at dawn',
            'The ovens are on before sunrise, so everything on the counter is from this morning.',
          ],
          ['Good ingredients', 'Stone-milled flour, real butter and free-range eggs from farms close by.'],
        ],
      },
      stats: {
        since: 'Baking since',
        items: [
          ['600+', 'Pastries baked every day'],
          ['24 h', 'Slow fermentation'],
        ],
      },
      reviews: [
        [
          'The best bread I have found in years. Crisp crust, soft crumb and it keeps for days.',
          'Customer every Saturday',
        ],
        [
          'Their pastries are dangerous. I come in for a loaf and always leave with a bag of treats.',
          'Neighbour',
        ],
        ['They made our wedding cake and people are still talking about it.', 'Happy customer'],
      ],
      offer: {
        title: 'Menu',
        heading: 'Baked today',
        intro:
          'Everything is baked fresh each morning. Want something set aside? Call ahead and we’ll keep it for you.',
        productNote: 'One of our specialities, baked fresh every morning.',
        groups: [
          {
            name: 'Bread',
            items: [
              ['Country sourdough', 'Our everyday loaf: 24-hour ferment, crackling crust.'],
              ['Seeded rye', 'Dense, dark and full of seeds. Keeps for a week.'],
              ['Rustic rolls', 'Perfect for breakfast or a sandwich at lunchtime.'],
            ],
          },
          {
            name: 'Pastries',
            items: [
              ['Butter croissant', 'Three days in the making, with French butter.'],
              ['Cinnamon bun', 'Soft, sticky and generous with the cinnamon.'],
              ['Seasonal fruit tart', 'Crisp pastry, vanilla custard and fruit of the moment.'],
            ],
          },
          {
            name: 'Coffee and drinks',
            items: [
              ['Espresso', 'From a small local roaster.'],
              ['Cappuccino', 'With whole or oat milk.'],
              ['Fresh orange juice', 'Squeezed to order.'],
            ],
          },
        ],
      },
      gallery: {
        title: 'Gallery',
        heading: 'Fresh from the oven',
        intro: 'A peek behind the counter.',
        captions: [
          'Loaves cooling on the racks',
          'The first tray of the day',
          'Shaping the dough by hand',
          'Our counter at opening time',
        ],
      },
      logos: { heading: 'Our suppliers' },
      story: {
        heading: 'Our story',
        paragraphs: [
          (v) =>
            v.year
              ? `${v.name} has been baking${v.where} since ${v.year}. What started as one oven and a family recipe book is still, at heart, a family bakery.`
              : `${v.name} started with one oven and a family recipe book, and at heart it is still a family bakery.`,
          () =>
            'We bake the way we always have: by hand, in small batches, with time to let the dough do its work. The recipes have been passed down, and so has the habit of saving the last loaf for a neighbour.',
        ],
      },
      values: {
        heading: 'How we bake',
        intro: 'A few rules we never break.',
        items: [
          'Flour, water, salt and time: nothing else in our bread',
          'Everything baked on the day it is sold',
          'Leftovers go to local charities, never the bin',
        ],
      },
      team: {
        heading: 'The bakers',
        intro: 'Early risers, every one of them.',
        members: [
          ['Head baker', 'Lights the ovens at four and knows every dough by touch.'],
          ['Pastry chef', 'The hands behind our croissants and celebration cakes.'],
          ['Front of shop', 'Knows your order before you reach the counter.'],
        ],
      },
      faq: [
        [
          'Can I order a cake for a special occasion?',
          'Yes. Give us at least three days’ notice and tell us the date, size and flavour you would like.',
        ],
        [
          'Do you have gluten-free options?',
          'We bake with wheat all day, so we cannot promise anything gluten-free. Ask us about our spelt and rye breads.',
        ],
        [
          'Can I reserve bread?',
          'Of course. Call the day before and we will keep your loaf aside until closing time.',
        ],
        [
          'Do you supply cafés and restaurants?',
          'We supply a handful of local businesses. Get in touch to talk about daily deliveries.',
        ],
      ],
      cta: {
        heading: 'Come by for breakfast',
        body: (v) => `Coffee, a warm pastry and the smell of fresh bread. See you soon${v.where}.`,
        action: 'Opening hours',
      },
      posts: [
        {
          title: 'Why we let our dough rest for 24 hours',
          excerpt:
            'Slow fermentation is the secret behind our crust, our crumb and our bread’s long shelf life. Here is how it works.',
          paragraphs: [
            'Most bread sold today is made in under two hours. Ours takes a whole day, and that is on purpose.',
            'While the dough rests, wild yeasts and bacteria slowly break down the flour. That builds flavour, makes the bread easier to digest and gives it a crust that crackles when you squeeze it.',
            'It means planning a day ahead, every day. We think the difference is worth it, and we hope you agree.',
          ],
          subheading: 'Time is an ingredient',
          quote: 'Good bread cannot be hurried.',
        },
        {
          title: 'How to keep your bread fresh for longer',
          excerpt:
            'A few simple tricks to enjoy your loaf all week, from storing it right to bringing it back to life in the oven.',
          paragraphs: [
            'Keep your loaf cut side down on a wooden board, or wrapped in a linen bag. Never in the fridge: it makes bread go stale faster.',
            'If it has gone a little hard, sprinkle it with water and warm it in the oven for five minutes. It will come out almost like new.',
            'Bread you will not finish? Slice it and freeze it. Toast straight from the freezer.',
          ],
        },
      ],
      enquiries: ['Cake order', 'Bread reservation', 'Wholesale', 'Something else'],
      imageAlt: { hero: 'Fresh loaves on the bakery counter', story: 'The bakery oven' },
    },
    salon: {
      noun: 'salon',
      names: ['Studio Lumière', 'The Cutting Room', 'Glow Beauty Studio'],
      hero: {
        eyebrow: (v) => tag(v, 'Hair & beauty'),
        headings: [(v) => `Look good, feel better${v.where}`, () => 'Time for you, done beautifully'],
        subheading: (v) =>
          v.products
            ? `${capital(v.products)} by a team that listens first and cuts second.`
            : 'Cuts, colour and care by a team that listens first and takes the time to get it right.',
        action: 'See services and prices',
      },
      features: {
        heading: 'Why clients stay with us',
        intro: 'A relaxed salon, honest advice and results that last beyond the first wash.',
        items: [
          [
            'A proper consultation',
            'Every appointment starts with a chat about your hair, your routine and what you want.',
          ],
          ['Skilled stylists', 'Our team trains every month to keep up with new techniques and colours.'],
          ['Kind products', 'We use professional, cruelty-free products and tell you which ones suit you.'],
        ],
      },
      stats: {
        since: 'Styling since',
        items: [
          ['4.9/5', 'Average client review'],
          ['8 in 10', 'Clients who rebook'],
        ],
      },
      reviews: [
        [
          'Finally a colour that looks natural and grows out nicely. I will not go anywhere else.',
          'Client for four years',
        ],
        [
          'They listened to exactly what I wanted and gave me the best cut I have had in years.',
          'New client',
        ],
        ['A calm, friendly place. My monthly appointment is the best hour of my week.', 'Regular client'],
      ],
      offer: {
        title: 'Services',
        heading: 'Services and prices',
        intro:
          'Prices depend on hair length and the time needed. We always confirm the price before we start.',
        productNote: 'A signature service, tailored to you.',
        groups: [
          {
            name: 'Hair',
            items: [
              ['Cut and finish', 'Consultation, wash, cut and blow-dry.'],
              ['Colour', 'Full colour, roots or gloss, with a strand test first.'],
              ['Blow-dry', 'Smooth, bouncy or waves: your choice.'],
            ],
          },
          {
            name: 'Care',
            items: [
              ['Manicure', 'Shaping, cuticle care and polish.'],
              ['Deep conditioning treatment', 'Repairs and softens, in twenty minutes.'],
              ['Brow shaping', 'Wax or thread, finished with tint if you like.'],
            ],
          },
        ],
      },
      plans: {
        title: 'Packages',
        heading: 'Packages',
        intro: 'Good value for regular care and big days.',
        askNote: 'Ask for a quote',
        action: 'Book now',
        items: [
          {
            name: 'Refresh',
            description: 'A quick pick-me-up.',
            features: ['Wash and blow-dry', 'Express manicure'],
          },
          {
            name: 'Signature',
            description: 'Our most popular package.',
            features: ['Cut and colour', 'Conditioning treatment', 'Brow shaping'],
          },
          {
            name: 'Big day',
            description: 'For weddings and special occasions.',
            features: ['Trial session', 'Hair and make-up on the day', 'Touch-up kit'],
          },
        ],
      },
      story: {
        heading: 'About the salon',
        paragraphs: [
          (v) =>
            `${v.name} opened${v.year ? ` in ${v.year}` : ''} to be the kind of salon we always wanted to go to: welcoming, unhurried and honest about what will work for you.`,
          () =>
            'We keep appointments generous, so there is always time for a proper consultation and a cup of tea.',
        ],
      },
      values: {
        heading: 'Our promise',
        intro: 'What you can expect every time you visit.',
        items: [
          'Honest advice, even if it means doing less',
          'A price confirmed before we start',
          'Free fix within a week if you are not happy',
        ],
      },
      team: {
        heading: 'Meet the team',
        intro: 'Stylists and therapists who love what they do.',
        members: [
          ['Founder and senior stylist', 'Specialises in precision cuts and natural-looking colour.'],
          ['Colour specialist', 'Balayage, blonding and colour corrections.'],
          ['Beauty therapist', 'Nails, brows and the calmest hands in the salon.'],
        ],
      },
      faq: [
        ['How do I book?', 'Call us, send a message through the contact form or drop by the salon.'],
        [
          'Do I need a patch test before colouring?',
          'Yes, for first-time colour clients. It takes five minutes, at least 48 hours before your appointment.',
        ],
        [
          'What is your cancellation policy?',
          'Please give us 24 hours’ notice so we can offer your slot to someone else.',
        ],
        ['Do you sell gift vouchers?', 'Yes, for any amount or service. Ask at the desk or get in touch.'],
      ],
      cta: {
        heading: 'Ready for a change?',
        body: 'Book your appointment today. New clients get a free consultation.',
        action: 'Book an appointment',
      },
      posts: [
        {
          title: 'How to make your colour last longer',
          excerpt: 'Five simple habits that keep colour bright between appointments.',
          paragraphs: [
            'Colour fades for a few reasons: hot water, sun and the wrong shampoo are the usual suspects.',
            'Wash with lukewarm water, use a sulphate-free shampoo and protect your hair from the sun in summer. A weekly mask makes a real difference too.',
            'And book a gloss between colours: it adds shine and tops up the tone in half an hour.',
          ],
          subheading: 'Small habits, big difference',
        },
        {
          title: 'Choosing a haircut that suits your face',
          excerpt: 'Our stylists explain how face shape, hair type and lifestyle guide the perfect cut.',
          paragraphs: [
            'There is no single rule, but a few guidelines help. Layers soften strong features, while a sharp line adds structure.',
            'Your hair type matters as much as your face shape. Fine hair loves blunt ends; curly hair needs cuts that respect its shape.',
            'Most of all, think about your mornings. The best cut is one you can style yourself.',
          ],
          quote: 'The best haircut is the one that fits your life.',
        },
      ],
      enquiries: ['Appointment', 'Gift voucher', 'Wedding or event', 'Something else'],
      imageAlt: { hero: 'A bright, calm salon interior', story: 'Styling stations in the salon' },
    },
    'law-firm': {
      noun: 'law firm',
      names: ['Hartley & Webb', 'Carter Legal', 'Stone Row Partners'],
      hero: {
        eyebrow: (v) => tag(v, 'Lawyers'),
        headings: [(v) => `Clear legal advice${v.where}`, () => 'Straight answers to legal questions'],
        subheading: (v) =>
          v.products
            ? `Specialists in ${v.products}. We explain your options in plain language and fight for the best outcome.`
            : 'We explain your options in plain language, tell you what it will cost and fight for the best outcome.',
        action: 'Our practice areas',
      },
      features: {
        heading: 'Why clients choose us',
        intro: 'Legal matters are stressful enough. We make them clearer.',
        items: [
          [
            'Plain language',
            'No jargon. You will always understand where your case stands and what comes next.',
          ],
          ['Transparent fees', 'A written estimate before we start and no surprises on the invoice.'],
          ['Personal attention', 'One lawyer follows your case from start to finish and answers your calls.'],
        ],
      },
      stats: {
        since: 'Practising since',
        items: [
          ['1,200+', 'Cases handled'],
          ['48 h', 'To a first written opinion'],
        ],
      },
      reviews: [
        [
          'They explained everything clearly and resolved a dispute I had been worrying about for months.',
          'Private client',
        ],
        [
          'Responsive, precise and practical. Exactly what a small business needs from its lawyers.',
          'Company director',
        ],
        [
          'I always knew what was happening and what it would cost. That made all the difference.',
          'Private client',
        ],
      ],
      offer: {
        title: 'Practice areas',
        heading: 'How we can help',
        intro: 'We advise individuals and businesses, in and out of court.',
        productNote: 'A core area of our practice.',
        groups: [
          {
            name: 'For individuals',
            items: [
              ['Employment', 'Dismissals, contracts, pay and discrimination claims.'],
              ['Family', 'Divorce, custody and separation agreements, handled with care.'],
              ['Property and tenancy', 'Buying, selling, leases and disputes with landlords.'],
            ],
          },
          {
            name: 'For businesses',
            items: [
              ['Contracts', 'Drafting and reviewing the agreements your business relies on.'],
              ['Company law', 'Setting up, shareholder agreements and restructuring.'],
              ['Disputes and debt recovery', 'Negotiation first, litigation when needed.'],
            ],
          },
        ],
      },
      story: {
        heading: 'About the firm',
        paragraphs: [
          (v) =>
            v.year
              ? `${v.name} has advised clients${v.where} since ${v.year}. We have grown, but we still work the way we started: personally, carefully and in plain language.`
              : `${v.name} is an independent firm that works the way good lawyers should: personally, carefully and in plain language.`,
          () =>
            'Our clients range from families facing a difficult moment to companies planning their next step. Each of them gets the same attention.',
        ],
      },
      values: {
        heading: 'How we work',
        intro: 'Four commitments to every client.',
        items: [
          'An honest first assessment of your chances',
          'A written fee estimate before any work begins',
          'Replies to calls and emails within one working day',
          'Strict confidentiality, always',
        ],
      },
      team: {
        heading: 'Our lawyers',
        intro: 'Experienced, approachable and on your side.',
        members: [
          ['Managing partner', 'Over twenty years in employment and commercial law.'],
          ['Partner', 'Family and property law, with a calm approach to hard cases.'],
          ['Associate', 'Contracts, company law and the firm’s go-to for start-ups.'],
        ],
      },
      faq: [
        [
          'How much does a first consultation cost?',
          'The first consultation has a fixed fee, which we confirm when you book. If you instruct us, it is deducted from your bill.',
        ],
        [
          'Do you offer fixed fees?',
          'For many matters, yes. Otherwise we give you a written estimate and keep you updated.',
        ],
        ['Can we meet online?', 'Yes. Meetings can take place at our office, by phone or by video call.'],
        [
          'What should I bring to the first meeting?',
          'Any letters, contracts or documents related to your matter, and a short timeline of what happened.',
        ],
      ],
      cta: {
        heading: 'Talk to a lawyer this week',
        body: 'Tell us briefly about your situation and we will tell you how we can help.',
        action: 'Book a consultation',
      },
      posts: [
        {
          title: 'Five things to check before signing a contract',
          excerpt: 'A short checklist that can save you a lot of trouble later.',
          paragraphs: [
            'Most disputes we see could have been avoided with a careful read before signing. Here is what we look at first.',
            'Who exactly are the parties? What happens if someone does not deliver? How can the contract end, and what does it cost to leave? Which law applies, and where would a dispute be heard?',
            'If any answer is unclear, ask before you sign. It is much cheaper than asking afterwards.',
          ],
          subheading: 'Read the small print',
        },
        {
          title: 'What to do if you are dismissed',
          excerpt: 'The first steps to protect your rights, and the deadlines you must not miss.',
          paragraphs: [
            'Losing a job is a shock, but the first days matter. Ask for the reasons in writing and keep every letter and email.',
            'Do not sign a settlement straight away. Deadlines to challenge a dismissal can be short, so get advice quickly.',
            'A lawyer can tell you in one meeting whether the dismissal was fair and what you may be entitled to.',
          ],
          quote: 'Deadlines in employment law are short. Get advice early.',
        },
      ],
      enquiries: ['Personal legal matter', 'Business legal matter', 'Something else'],
      imageAlt: { hero: 'A quiet meeting room with books', story: 'Our offices' },
    },
    clinic: {
      noun: 'clinic',
      names: ['Riverside Clinic', 'Bright Smile Clinic', 'Greenfield Health'],
      hero: {
        eyebrow: (v) => tag(v, 'Clinic'),
        headings: [(v) => `Caring for you and your family${v.where}`, () => 'Expert care, without the wait'],
        subheading: (v) =>
          v.products
            ? `${capital(v.products)}, with appointments that run on time and a team that takes the time to explain.`
            : 'Modern treatment, appointments that run on time and a team that takes the time to explain.',
        action: 'Our treatments',
      },
      features: {
        heading: 'Why patients trust us',
        intro: 'Good care is as much about listening as it is about treatment.',
        items: [
          ['Appointments on time', 'We plan generous slots, so you are seen when we said you would be.'],
          ['Modern equipment', 'Up-to-date diagnostics for faster, more comfortable treatment.'],
          ['Clear treatment plans', 'Options and prices explained in writing before anything begins.'],
        ],
      },
      stats: {
        since: 'Caring since',
        items: [
          ['15,000+', 'Patients treated'],
          ['4.9/5', 'Patient satisfaction'],
        ],
      },
      reviews: [
        [
          'I used to dread appointments. Here everyone is calm and explains every step. I actually look forward to my check-ups now.',
          'Patient',
        ],
        [
          'They found time for me the same day when I was in pain. Professional and kind.',
          'Emergency patient',
        ],
        ['The whole family comes here, from grandparents to our six-year-old.', 'Family of patients'],
      ],
      offer: {
        title: 'Treatments',
        heading: 'Treatments and fees',
        intro:
          'Every treatment starts with an assessment. You will receive a written plan and quote before we begin.',
        productNote: 'One of our specialities.',
        groups: [
          {
            name: 'Consultations',
            items: [
              ['First consultation', 'A full assessment, with time for your questions.'],
              ['Follow-up appointment', 'Review of your progress and next steps.'],
              ['Video consultation', 'Advice and follow-up from home.'],
            ],
          },
          {
            name: 'Care',
            items: [
              ['Check-up and prevention', 'Regular check-ups to catch problems early.'],
              ['Treatment plan', 'Tailored care, explained and priced in writing.'],
              ['Same-day urgent appointment', 'When something cannot wait.'],
            ],
          },
        ],
      },
      story: {
        heading: 'About the clinic',
        paragraphs: [
          (v) =>
            v.year
              ? `${v.name} has looked after patients${v.where} since ${v.year}. We combine up-to-date treatment with something that never goes out of date: time to listen.`
              : `${v.name} combines up-to-date treatment with something that never goes out of date: time to listen.`,
          () =>
            'Our clinic is accessible, our waiting room is calm and our team speaks to you as a person, not a case number.',
        ],
      },
      values: {
        heading: 'Our standards',
        intro: 'What every patient can count on.',
        items: [
          'Treatment only when you need it',
          'Prices explained before any treatment',
          'Strict hygiene and safety protocols',
          'Your data kept private and secure',
        ],
      },
      team: {
        heading: 'Our team',
        intro: 'Qualified, experienced and genuinely kind.',
        members: [
          ['Clinical director', 'Leads the clinic and looks after complex cases.'],
          ['Specialist', 'Focuses on prevention and long-term care.'],
          ['Patient coordinator', 'Your first point of contact for appointments and questions.'],
        ],
      },
      faq: [
        [
          'Are you taking new patients?',
          'Yes. Call us or use the contact form and we will find you a first appointment.',
        ],
        [
          'Do you accept insurance?',
          'We work with several insurers. Tell us yours when you book and we will check your cover.',
        ],
        [
          'What if I need urgent care?',
          'Call us first thing in the morning. We keep slots free every day for urgent cases.',
        ],
        ['Is the clinic accessible?', 'Yes, with step-free access and an accessible toilet.'],
      ],
      cta: {
        heading: 'Book your appointment',
        body: 'New patients are always welcome. We will find a time that suits you.',
        action: 'Book now',
      },
      posts: [
        {
          title: 'Why regular check-ups matter',
          excerpt: 'Small problems found early are easier, cheaper and more comfortable to treat.',
          paragraphs: [
            'Many conditions cause no pain in their early stages. That is exactly when they are easiest to treat.',
            'A regular check-up takes less than an hour and gives you peace of mind. For most people, once or twice a year is enough.',
            'Not sure when you were last seen? Give us a call and we will check for you.',
          ],
          subheading: 'Prevention first',
        },
        {
          title: 'How to prepare for your first visit',
          excerpt: 'What to bring, what to expect and how to make the most of your appointment.',
          paragraphs: [
            'Bring your ID, your insurance details if you have them and a list of any medicines you take.',
            'Write down your questions beforehand. It is easy to forget them once you are in the chair.',
            'Arrive ten minutes early to fill in a short form. Then relax: we will explain everything as we go.',
          ],
          quote: 'There are no silly questions about your health.',
        },
      ],
      enquiries: ['New appointment', 'Change an appointment', 'Insurance question', 'Something else'],
      imageAlt: { hero: 'A bright, welcoming treatment room', story: 'The clinic reception' },
    },
    saas: {
      noun: 'software',
      names: ['Ledgerline', 'Clearstack', 'Tallyflow'],
      hero: {
        eyebrow: () => 'Software for modern teams',
        headings: [() => 'Do in minutes what used to take days', () => 'Less busywork. More real work.'],
        subheading: (v) =>
          v.products
            ? `${v.name} takes care of ${v.products}, so your team can focus on the work that matters.`
            : `${v.name} automates the repetitive work that slows your team down, so you can focus on the work that matters.`,
        action: 'Start free trial',
      },
      features: {
        heading: 'Everything you need, nothing you don’t',
        intro: 'Built with the people who use it every day.',
        items: [
          ['Automation that just works', 'Set up rules once and let them run. Handle exceptions in a click.'],
          ['Connects to your tools', 'Works with the software you already use, with no complicated set-up.'],
          ['Secure by default', 'Encryption, single sign-on and a full audit trail come as standard.'],
          ['Real-time reports', 'See where things stand at any moment and export what you need.'],
        ],
      },
      stats: {
        since: 'Building since',
        items: [
          ['80%', 'Less time on manual work'],
          ['99.9%', 'Uptime'],
          ['10 min', 'Average set-up time'],
        ],
      },
      reviews: [
        [
          'We closed our month in two days instead of eight. The team could not imagine going back.',
          'Head of finance',
        ],
        [
          'The set-up took one afternoon and support answered every question within the hour.',
          'Operations manager',
        ],
        ['Finally a tool our whole team actually likes using.', 'Founder'],
      ],
      offer: {
        title: 'Product',
        heading: 'A closer look',
        intro: 'One place for the whole workflow, from the first record to the final report.',
        productNote: 'Included in every plan.',
        groups: [
          {
            name: 'Core',
            items: [
              ['Smart matching', 'Rules and machine learning match records automatically.'],
              ['Approval flows', 'Route exceptions to the right person with full history.'],
              ['Dashboards', 'Live numbers for your team and your management.'],
            ],
          },
          {
            name: 'Integrations',
            items: [
              ['Accounting software', 'Two-way sync with the most popular platforms.'],
              ['Banks and payments', 'Secure connections to your accounts and providers.'],
              ['API and webhooks', 'Build your own automations on a documented API.'],
            ],
          },
        ],
      },
      plans: {
        title: 'Pricing',
        heading: 'Simple, transparent pricing',
        intro: 'Start free for 14 days. No credit card required.',
        askNote: 'Custom pricing',
        action: 'Choose plan',
        items: [
          {
            name: 'Starter',
            description: 'For small teams getting started.',
            features: ['Up to 3 users', 'Core automation', 'Email support'],
          },
          {
            name: 'Team',
            description: 'For growing teams that need more.',
            features: ['Up to 20 users', 'All integrations', 'Approval flows', 'Priority support'],
          },
          {
            name: 'Enterprise',
            description: 'For larger organisations.',
            features: ['Unlimited users', 'Single sign-on', 'Dedicated success manager', 'Custom contract'],
          },
        ],
      },
      logos: { heading: 'Trusted by teams at' },
      story: {
        heading: 'Why we built it',
        paragraphs: [
          (v) =>
            `We spent years doing this work by hand, in spreadsheets, late at night. ${v.name} is the tool we wished we had${v.year ? `, and we have been building it since ${v.year}` : ''}.`,
          (v) =>
            `Today we are a small, focused team${v.where}, working closely with our customers to make every release better than the last.`,
        ],
      },
      values: {
        heading: 'What we care about',
        intro: 'The principles behind every decision we make.',
        items: [
          'Your data belongs to you',
          'Simple beats clever',
          'Support from the people who build the product',
          'Fair, predictable pricing',
        ],
      },
      team: {
        heading: 'The team',
        intro: 'Engineers, designers and former finance people.',
        members: [
          ['Co-founder and CEO', 'Spent ten years in finance operations before starting the company.'],
          ['Co-founder and CTO', 'Builds reliable systems and the team that runs them.'],
          ['Head of customer success', 'Makes sure every customer gets value in their first week.'],
        ],
      },
      faq: [
        ['Is there a free trial?', 'Yes, every plan comes with a 14-day free trial. No credit card needed.'],
        [
          'Can I change plans later?',
          'Any time. Upgrades take effect at once; downgrades at the end of your billing period.',
        ],
        ['Where is my data stored?', 'In encrypted, certified data centres in the EU, with daily backups.'],
        [
          'Do you offer onboarding?',
          'All plans include guided set-up. Team and Enterprise plans get a dedicated session with our team.',
        ],
      ],
      cta: {
        heading: 'See it with your own data',
        body: 'Start your free trial today or book a 20-minute demo with our team.',
        action: 'Book a demo',
      },
      posts: [
        {
          title: 'The hidden cost of manual work',
          excerpt:
            'Repetitive tasks cost more than time. Here is how to measure it, and what to automate first.',
          paragraphs: [
            'Manual work rarely shows up as a line in the budget, yet it is one of the biggest costs in most teams.',
            'Start by listing the tasks your team repeats every week. Estimate the hours, then add the cost of errors and delays. The total is usually a surprise.',
            'Automate the most frequent, most rule-based tasks first. Leave judgement calls to people.',
          ],
          subheading: 'Measure before you automate',
        },
        {
          title: 'What’s new: faster matching and a new dashboard',
          excerpt: 'Our latest release makes matching twice as fast and puts your key numbers on one screen.',
          paragraphs: [
            'We have rebuilt our matching engine from the ground up. Large accounts now process in half the time.',
            'The new dashboard brings your most important numbers together, with filters for teams, periods and status.',
            'Both updates are live for all customers today, at no extra cost.',
          ],
          quote: 'Every release starts with a conversation with a customer.',
        },
      ],
      enquiries: ['Book a demo', 'Sales question', 'Support', 'Partnership'],
      imageAlt: { hero: 'The product dashboard', story: 'Our team at work' },
    },
    portfolio: {
      noun: 'photographer',
      names: ['Lumen Studio', 'Northlight Photography', 'Frame & Field'],
      hero: {
        eyebrow: (v) => tag(v, 'Photography'),
        headings: [() => 'Honest pictures of real moments', (v) => `Photography${v.where}`],
        subheading: (v) =>
          v.products
            ? `${capital(v.products)}. Natural, unposed images that feel like the day felt.`
            : 'Natural, unposed images that feel like the day felt, for couples, families and brands.',
        action: 'View portfolio',
      },
      features: {
        heading: 'What working together is like',
        intro: 'Relaxed, well prepared and focused on you.',
        items: [
          ['We plan together', 'A call before every shoot to talk about what matters to you.'],
          ['A light touch', 'Little posing, lots of real moments. You will forget the camera is there.'],
          ['Carefully edited', 'Every image is edited by hand and delivered in an online gallery.'],
        ],
      },
      stats: {
        since: 'Shooting since',
        items: [
          ['300+', 'Stories photographed'],
          ['3 weeks', 'Typical delivery time'],
        ],
      },
      reviews: [
        [
          'We barely noticed the camera, and yet every important moment is there. We cry every time we look at the photos.',
          'Married last summer',
        ],
        [
          'Professional, creative and so easy to work with. Our new brand photos are perfect.',
          'Small business owner',
        ],
        [
          'The family session was fun for the kids, and the pictures are the best we have ever had.',
          'Family session',
        ],
      ],
      plans: {
        title: 'Packages',
        heading: 'Packages',
        intro: 'Every package includes a planning call and a private online gallery.',
        askNote: 'Ask for a quote',
        action: 'Check availability',
        items: [
          {
            name: 'Portrait session',
            description: 'One hour, one location.',
            features: ['40+ edited images', 'Online gallery', 'Print release'],
          },
          {
            name: 'Full day',
            description: 'Our most popular package for weddings and events.',
            features: ['Up to 10 hours', '500+ edited images', 'Second photographer', 'Online gallery'],
          },
          {
            name: 'Brand story',
            description: 'For businesses that need a library of images.',
            features: ['Half or full day', 'Team, product and space', 'Licence for commercial use'],
          },
        ],
      },
      gallery: {
        title: 'Portfolio',
        heading: 'Selected work',
        intro: 'A few favourite frames from recent stories.',
        captions: [
          'First look, just before the ceremony',
          'Golden hour portraits',
          'A family morning at home',
          'Behind the scenes at a local workshop',
          'The last dance',
          'A quiet moment between speeches',
        ],
      },
      story: {
        heading: 'About me',
        paragraphs: [
          (v) =>
            `I started taking photographs as a teenager and never stopped. ${v.name} began${v.year ? ` in ${v.year}` : ''} as a way to tell other people’s stories with the same care I would want for my own.`,
          (v) =>
            `Based${v.where || ' locally'} and happy to travel, I photograph weddings, families and small businesses.`,
        ],
      },
      values: {
        heading: 'What I promise',
        intro: 'Every client, every time.',
        items: [
          'Images delivered on the date we agree',
          'Your pictures stored safely for five years',
          'No surprise fees',
        ],
      },
      faq: [
        [
          'How far in advance should we book?',
          'For weddings, six to twelve months ahead. Portrait sessions can usually be booked within a few weeks.',
        ],
        [
          'Do you travel?',
          'Yes. Travel within the region is included; further afield, we agree costs in advance.',
        ],
        [
          'When will we receive our photos?',
          'Usually within three weeks, with a few sneak peeks in the first days.',
        ],
        ['Can we order prints and albums?', 'Yes, printed by a professional lab on archival paper.'],
      ],
      cta: {
        heading: 'Tell me about your story',
        body: 'Check my availability for your date. I reply to every message personally.',
        action: 'Check availability',
      },
      posts: [
        {
          title: 'How to feel relaxed in front of the camera',
          excerpt:
            'Most people say they are not photogenic. Here is why that is not true, and how to relax on the day.',
          paragraphs: [
            'Almost everyone feels awkward at first. That is completely normal, and it passes quickly.',
            'Wear clothes you feel good in, bring someone who makes you laugh and forget about looking at the lens. My job is to find the moments; yours is to enjoy them.',
            'By the end of most sessions people tell me it felt like a walk with a friend.',
          ],
          subheading: 'Forget the camera',
        },
        {
          title: 'Planning your day around the best light',
          excerpt: 'A little planning around the sun makes a big difference to your photos.',
          paragraphs: [
            'Light is everything in photography. The hour before sunset gives soft, warm light that flatters everyone.',
            'If you can, plan portraits in that window. Midday sun is harsh, so look for shade or an open doorway.',
            'Share your timeline with me early and I will suggest where to leave a little room.',
          ],
          quote: 'Light is the first thing I look at, and the last thing I edit.',
        },
      ],
      enquiries: ['Wedding', 'Portrait session', 'Brand photography', 'Something else'],
      imageAlt: { hero: 'A portrait in soft evening light', story: 'Behind the camera' },
    },
    trades: {
      noun: 'trades business',
      names: ['Reliable Home Services', 'Fixright', 'Keystone Trades'],
      hero: {
        eyebrow: (v) => tag(v, 'Local and reliable'),
        headings: [(v) => `Fast, tidy, reliable work${v.where}`, () => 'The job done right, the first time'],
        subheading: (v) =>
          v.products
            ? `${capital(v.products)}. Fair fixed prices, qualified people and a clean site when we leave.`
            : 'Repairs, installations and emergencies. Fair fixed prices, qualified people and a clean site when we leave.',
        action: 'Our services',
      },
      features: {
        heading: 'Why homeowners call us back',
        intro: 'Good work, fair prices and no mess left behind.',
        items: [
          ['On time, every time', 'We give you an arrival window and we keep to it.'],
          ['Upfront pricing', 'A clear quote before we start. No hidden extras.'],
          ['Qualified and insured', 'Certified professionals, fully insured and guaranteed work.'],
        ],
      },
      stats: {
        since: 'Trusted since',
        items: [
          ['2,500+', 'Jobs completed'],
          ['60 min', 'Typical emergency response'],
        ],
      },
      reviews: [
        [
          'Came out within the hour on a Sunday, found the problem quickly and charged exactly what they quoted.',
          'Homeowner',
        ],
        ['Tidy, polite and excellent work. They even protected the floors.', 'Homeowner'],
        ['We use them for all our properties. Reliable every single time.', 'Property manager'],
      ],
      offer: {
        title: 'Services',
        heading: 'What we do',
        intro: 'Prices are guide prices including labour. We confirm a fixed price before any work starts.',
        productNote: 'One of our most requested jobs.',
        groups: [
          {
            name: 'Repairs',
            items: [
              ['Emergency call-out', 'Day or night, for problems that cannot wait.'],
              ['Repairs and fault finding', 'We find the cause, not just the symptom.'],
              ['Safety inspection', 'A full check with a written report and certificate.'],
            ],
          },
          {
            name: 'Installations',
            items: [
              ['New installation', 'Supplied and fitted to the latest standards.'],
              ['Upgrades and replacements', 'Modern, efficient equipment, installed in a day.'],
              ['Maintenance plan', 'Yearly service and priority call-outs.'],
            ],
          },
        ],
      },
      story: {
        heading: 'About us',
        paragraphs: [
          (v) =>
            v.year
              ? `${v.name} has been looking after homes and businesses${v.where} since ${v.year}. Most of our work comes from recommendations, and we intend to keep it that way.`
              : `${v.name} looks after homes and businesses${v.where}. Most of our work comes from recommendations, and we intend to keep it that way.`,
          () =>
            'We are a local team of qualified professionals. We turn up when we say we will, explain what we find and leave your home as clean as we found it.',
        ],
      },
      values: {
        heading: 'Our guarantee',
        intro: 'Every job, big or small.',
        items: [
          'Fixed price agreed before we start',
          'Twelve-month guarantee on our work',
          'Clean, tidy and respectful of your home',
        ],
      },
      team: {
        heading: 'The team',
        intro: 'Qualified, insured and friendly.',
        members: [
          ['Owner and master tradesperson', 'Over twenty years on the tools and still on call.'],
          ['Senior technician', 'Installations, upgrades and the tricky jobs.'],
          ['Office manager', 'Books your visit and keeps everyone on schedule.'],
        ],
      },
      faq: [
        [
          'Do you charge for quotes?',
          'Quotes are free for planned work. Emergency call-outs have a fixed call-out fee.',
        ],
        [
          'How quickly can you come?',
          'For emergencies, usually within the hour. Planned work within a few days.',
        ],
        ['Are you insured?', 'Yes, fully insured, and all our work is guaranteed for twelve months.'],
        [
          'Which areas do you cover?',
          'The city and surrounding areas within about 30 km. Ask us if you are further out.',
        ],
      ],
      cta: {
        heading: 'Need help today?',
        body: 'Call now for emergencies, or send us a message for a free quote.',
        action: 'Get a free quote',
      },
      posts: [
        {
          title: 'Five warning signs you should not ignore',
          excerpt: 'Small problems become big bills. Here is what to look out for at home.',
          paragraphs: [
            'Strange noises, damp patches, flickering lights and rising bills are often the first signs that something needs attention.',
            'Caught early, most problems are quick and cheap to fix. Left alone, they can damage floors, walls or worse.',
            'If in doubt, take a photo and send it to us. We will tell you honestly whether it needs a visit.',
          ],
          subheading: 'Small signs, big savings',
        },
        {
          title: 'How to prepare your home for winter',
          excerpt: 'A short checklist to avoid breakdowns when it gets cold.',
          paragraphs: [
            'Winter is our busiest season, and most emergency call-outs could have been avoided with a little preparation.',
            'Book a service before the cold weather arrives, check outside pipes are insulated and know where your main shut-off is.',
            'Ten minutes now can save a very long evening later.',
          ],
          quote: 'The best repair is the one you never need.',
        },
      ],
      enquiries: ['Emergency', 'Free quote', 'Maintenance plan', 'Something else'],
      imageAlt: { hero: 'A tradesperson at work', story: 'Our van and tools' },
    },
    fitness: {
      noun: 'fitness studio',
      names: ['Strong Studio', 'Flow & Lift', 'Peak Fitness'],
      hero: {
        eyebrow: (v) => tag(v, 'Fitness studio'),
        headings: [(v) => `Move better, feel stronger${v.where}`, () => 'Training that fits your life'],
        subheading: (v) =>
          v.products
            ? `${capital(v.products)} in small groups, with coaches who know your name and your goals.`
            : 'Small classes, expert coaches and a friendly community that keeps you coming back.',
        action: 'See the classes',
      },
      features: {
        heading: 'Why people train with us',
        intro: 'Whether it is your first class or your thousandth.',
        items: [
          ['Small groups', 'Never more than twelve people, so every coach sees every move.'],
          ['For every level', 'Each class has easier and harder options. Start wherever you are.'],
          ['A real community', 'Friendly faces, shared goals and plenty of encouragement.'],
        ],
      },
      stats: {
        since: 'Training since',
        items: [
          ['40+', 'Classes a week'],
          ['12', 'Maximum class size'],
        ],
      },
      reviews: [
        [
          'I was nervous about starting, but everyone was so welcoming. Six months later I have never felt stronger.',
          'Member since last year',
        ],
        [
          'The coaches actually correct your form. I have learned more here in three months than in years at a big gym.',
          'Member',
        ],
        ['It is the only place where I look forward to early mornings.', 'Morning regular'],
      ],
      offer: {
        title: 'Classes',
        heading: 'Classes and sessions',
        intro: 'Book online or at reception. Your first class is on us.',
        productNote: 'A favourite on our timetable.',
        groups: [
          {
            name: 'Group classes',
            items: [
              ['Morning flow', 'Gentle movement and breath to start the day.'],
              ['Strength', 'Build real strength with simple, effective lifts.'],
              ['Mobility and stretch', 'Move more freely and recover better.'],
            ],
          },
          {
            name: 'One to one',
            items: [
              ['Personal training', 'A programme built around you and your goals.'],
              ['Intro session', 'Meet a coach, try the space and make a plan.'],
              ['Programme review', 'Check your progress and set new goals.'],
            ],
          },
        ],
      },
      plans: {
        title: 'Memberships',
        heading: 'Memberships',
        intro: 'No joining fee and no long contracts. Pause any time.',
        askNote: 'Ask us',
        action: 'Join now',
        items: [
          {
            name: 'Class pack',
            description: 'Ten classes to use within three months.',
            features: ['Any group class', 'Book online', 'Share with a friend'],
          },
          {
            name: 'Unlimited',
            description: 'Our most popular membership.',
            features: ['Unlimited group classes', 'One free intro session', 'Member events'],
          },
          {
            name: 'Personal',
            description: 'Coaching tailored to you.',
            features: ['Four one-to-one sessions a month', 'Personal programme', 'Unlimited classes'],
          },
        ],
      },
      story: {
        heading: 'Our story',
        paragraphs: [
          (v) =>
            `${v.name} opened${v.year ? ` in ${v.year}` : ''} because we wanted a place where fitness feels welcoming, not intimidating: small classes, great coaching and no mirrors full of judgement.`,
          (v) =>
            `Today we are a community of people of all ages and abilities${v.where}, training together and cheering each other on.`,
        ],
      },
      values: {
        heading: 'What we stand for',
        intro: 'Fitness for everyone, done properly.',
        items: [
          'Good technique before heavy weights',
          'Progress, not perfection',
          'Everyone is welcome, whatever their level',
        ],
      },
      team: {
        heading: 'Our coaches',
        intro: 'Certified, experienced and genuinely encouraging.',
        members: [
          ['Founder and head coach', 'Strength coach with a soft spot for beginners.'],
          ['Coach', 'Mobility and recovery, and our early-morning classes.'],
          ['Coach', 'Personal training and programmes for busy people.'],
        ],
      },
      faq: [
        [
          'I am a complete beginner. Can I join?',
          'Absolutely. Most of our members started as beginners. Book an intro session and we will help you start safely.',
        ],
        [
          'What should I bring?',
          'Comfortable clothes, a water bottle and a towel. We provide all the equipment.',
        ],
        ['Can I try before joining?', 'Yes, your first class is free.'],
        ['Can I pause my membership?', 'Yes, for holidays or injury, at no cost.'],
      ],
      cta: {
        heading: 'Your first class is free',
        body: 'Come and try us. No pressure, no contract, just a good workout.',
        action: 'Book a free class',
      },
      posts: [
        {
          title: 'How to start training when you have not exercised in years',
          excerpt:
            'Start small, stay consistent and let progress build. A coach’s guide to getting going again.',
          paragraphs: [
            'The hardest part is the first week. After that, habit does most of the work.',
            'Start with two or three sessions a week and keep them short. Choose movement you enjoy, and do not compare yourself with anyone else.',
            'Within a month you will feel the difference: more energy, better sleep and a little more confidence every week.',
          ],
          subheading: 'Start small',
        },
        {
          title: 'Why recovery matters as much as training',
          excerpt: 'Muscles grow while you rest. Here is how to recover well between sessions.',
          paragraphs: [
            'Training breaks your body down; recovery builds it back stronger. Skip recovery and progress stalls.',
            'Sleep seven to nine hours, eat enough protein, drink plenty of water and keep moving gently on rest days.',
            'A mobility class once a week is one of the best investments you can make.',
          ],
          quote: 'You do not get stronger in the gym. You get stronger recovering from it.',
        },
      ],
      enquiries: ['Free trial class', 'Membership', 'Personal training', 'Something else'],
      imageAlt: { hero: 'A bright training studio', story: 'A class in progress' },
    },
    nonprofit: {
      noun: 'non-profit',
      names: ['Open Hands', 'Common Ground', 'Bridges Foundation'],
      hero: {
        eyebrow: (v) => tag(v, 'Non-profit organisation'),
        headings: [(v) => `Together we can do more${v.where}`, () => 'Small acts, lasting change'],
        subheading: (v) =>
          v.products
            ? `We work on ${v.products}, with the help of volunteers, donors and partners who believe in change.`
            : 'We support people and families in our community, with the help of volunteers, donors and partners who believe in change.',
        action: 'See what we do',
      },
      features: {
        heading: 'How your support helps',
        intro: 'Every contribution goes straight to our work.',
        items: [
          ['Direct help', 'Practical support for the people who need it most, when they need it.'],
          ['Lasting change', 'Programmes that build skills, confidence and independence.'],
          ['Full transparency', 'We publish our accounts and results every year.'],
        ],
      },
      stats: {
        since: 'Active since',
        items: [
          ['3,000+', 'People supported last year'],
          ['150', 'Active volunteers'],
          ['89%', 'Of funds spent on programmes'],
        ],
      },
      reviews: [
        [
          'When things were at their hardest, they were there for my family. I now volunteer every week.',
          'Volunteer and former beneficiary',
        ],
        ['An organisation that does exactly what it says, with care and without fuss.', 'Monthly donor'],
        [
          'Working with them has made our company’s volunteering programme truly meaningful.',
          'Corporate partner',
        ],
      ],
      offer: {
        title: 'Our work',
        heading: 'Our programmes',
        intro: 'Practical, local and built with the people we support.',
        productNote: 'One of our core programmes.',
        groups: [
          {
            name: 'What we do',
            items: [
              ['Emergency support', 'Food, essentials and advice when a crisis hits.'],
              ['Learning and skills', 'Classes, mentoring and help finding work.'],
              ['Community spaces', 'A warm, safe place to meet, eat and belong.'],
            ],
          },
          {
            name: 'Get involved',
            items: [
              ['Volunteer', 'Give a few hours a month. Training provided.'],
              ['Fundraise', 'Run, bake, cycle: we will support your challenge.'],
              ['Partner with us', 'Companies and foundations that want to make a difference.'],
            ],
          },
        ],
      },
      plans: {
        title: 'Donate',
        heading: 'Make a donation',
        intro: 'Regular gifts let us plan ahead. Every amount makes a difference.',
        askNote: 'Any amount',
        action: 'Donate',
        items: [
          {
            name: 'Friend',
            description: 'Provides essentials for a family for a week.',
            features: ['Monthly update', 'Annual report'],
          },
          {
            name: 'Supporter',
            description: 'Funds a month of mentoring for a young person.',
            features: ['Monthly update', 'Invitation to our annual event'],
          },
          {
            name: 'One-off gift',
            description: 'Give whatever you can, whenever you can.',
            features: ['Tax receipt', 'Our heartfelt thanks'],
          },
        ],
      },
      logos: { heading: 'Our partners' },
      story: {
        heading: 'Who we are',
        paragraphs: [
          (v) =>
            v.year
              ? `${v.name} was founded in ${v.year} by a group of neighbours who decided they could not look away. Since then, our work${v.where} has grown, but the idea is the same: people helping people.`
              : `${v.name} was founded by a group of neighbours who decided they could not look away. Our idea is simple: people helping people.`,
          () =>
            'We are independent and run by a small staff team with the support of many volunteers. Every decision is guided by the people we serve.',
        ],
      },
      values: {
        heading: 'Our values',
        intro: 'What guides our work.',
        items: [
          'Dignity and respect for everyone',
          'Listening before acting',
          'Honesty about what works and what does not',
          'Every euro accounted for',
        ],
      },
      team: {
        heading: 'Our team',
        intro: 'A small staff team and a big family of volunteers.',
        members: [
          ['Director', 'Leads the organisation and our partnerships.'],
          ['Programme coordinator', 'Makes sure our programmes reach the people who need them.'],
          ['Volunteer coordinator', 'Welcomes, trains and supports our volunteers.'],
        ],
      },
      faq: [
        [
          'How is my donation used?',
          'Nearly nine in every ten euros go directly to our programmes. Our annual report shows exactly where.',
        ],
        [
          'Can I volunteer if I only have a little time?',
          'Yes. Even a few hours a month helps, and we will find a role that suits you.',
        ],
        ['Is my donation tax-deductible?', 'In most cases, yes. We send a receipt for every donation.'],
        [
          'Can my company get involved?',
          'We would love that. We offer team volunteering days and partnership programmes.',
        ],
      ],
      cta: {
        heading: 'Join us',
        body: 'Donate, volunteer or spread the word. Every bit of help counts.',
        action: 'Donate now',
      },
      posts: [
        {
          title: 'Our year in numbers',
          excerpt: 'What your support made possible this year, and where we are going next.',
          paragraphs: [
            'This year more people came to us than ever before. Thanks to you, we were able to say yes to almost all of them.',
            'Our volunteers gave thousands of hours, our learning programme doubled in size and our community space welcomed new neighbours every week.',
            'Next year we want to reach more families earlier, before a difficult moment becomes a crisis.',
          ],
          subheading: 'Looking ahead',
        },
        {
          title: 'A day in the life of a volunteer',
          excerpt:
            'What does volunteering with us actually look like? One of our volunteers tells us about their Tuesday.',
          paragraphs: [
            'Tuesdays start with coffee and a quick briefing. Then the doors open, and the day never goes quite as planned.',
            'Some days it is sorting donations, other days it is simply listening. The best moments are often the smallest ones.',
            'If you have ever thought about volunteering, come along for a taster session. You will be very welcome.',
          ],
          quote: 'I came to help others and found a community of my own.',
        },
      ],
      enquiries: ['Volunteering', 'Donations', 'Partnerships', 'I need support'],
      imageAlt: { hero: 'Volunteers working together', story: 'Our community space' },
    },
    agency: {
      noun: 'agency',
      names: ['Northbound Studio', 'Brightside Agency', 'Field & Form'],
      hero: {
        eyebrow: (v) => tag(v, 'Independent agency'),
        headings: [() => 'Ideas that move people', (v) => `Brand, web and marketing${v.where}`],
        subheading: (v) =>
          v.products
            ? `${capital(v.products)} for ambitious companies. Strategy, design and results you can measure.`
            : 'We help ambitious companies grow with strategy, design and marketing that get measurable results.',
        action: 'See our work',
      },
      features: {
        heading: 'How we work',
        intro: 'A small senior team, close to every project.',
        items: [
          ['Strategy first', 'We start with your goals and your customers, not with a colour palette.'],
          ['Made to perform', 'Beautiful work that is built to be found, used and measured.'],
          ['One team', 'You work directly with the people doing the work. No account-manager maze.'],
        ],
      },
      stats: {
        since: 'Independent since',
        items: [
          ['120+', 'Projects delivered'],
          ['+65%', 'Average growth in leads'],
        ],
      },
      reviews: [
        ['They understood our business in a week and gave us a brand we are proud of.', 'Founder'],
        [
          'Our new website doubled our enquiries in three months. Clear process, great people.',
          'Marketing director',
        ],
        ['Honest, fast and a pleasure to work with. They feel like part of our team.', 'CEO'],
      ],
      offer: {
        title: 'Services',
        heading: 'What we do',
        intro: 'From the first workshop to launch and beyond.',
        productNote: 'One of our core services.',
        groups: [
          {
            name: 'Strategy and brand',
            items: [
              ['Brand strategy', 'Positioning, messaging and a clear story.'],
              ['Visual identity', 'Logo, colours, type and guidelines.'],
              ['Workshops', 'Align your team in a day.'],
            ],
          },
          {
            name: 'Digital',
            items: [
              ['Websites', 'Fast, accessible websites that convert.'],
              ['Campaigns', 'Creative campaigns across channels.'],
              ['Content and social media', 'A steady flow of content that builds your audience.'],
            ],
          },
        ],
      },
      plans: {
        title: 'Ways to work',
        heading: 'Ways to work with us',
        intro: 'Fixed-scope projects or an ongoing partnership.',
        askNote: 'Let’s talk',
        action: 'Start a project',
        items: [
          {
            name: 'Sprint',
            description: 'A focused two-week project.',
            features: ['Workshop', 'One clear deliverable', 'Handover session'],
          },
          {
            name: 'Partner',
            description: 'A senior team on call, every month.',
            features: ['Strategy and design', 'Monthly reporting', 'Priority turnaround'],
          },
          {
            name: 'Custom',
            description: 'Larger projects and rebrands.',
            features: ['Dedicated team', 'Tailored scope', 'Fixed milestones'],
          },
        ],
      },
      gallery: {
        title: 'Work',
        heading: 'Selected work',
        intro: 'A few projects we are proud of.',
        captions: [
          'Rebrand for a regional food producer',
          'Website for a design-led hotel',
          'Launch campaign for a fintech start-up',
          'Identity for a cultural festival',
        ],
      },
      logos: { heading: 'Clients we have worked with' },
      story: {
        heading: 'About us',
        paragraphs: [
          (v) =>
            `${v.name} is an independent agency${v.where}${v.year ? `, founded in ${v.year}` : ''}. We are strategists, designers, writers and developers who like solving real problems.`,
          () =>
            'We stay small on purpose, so senior people work on every project and every client gets our full attention.',
        ],
      },
      values: {
        heading: 'What we believe',
        intro: 'Principles we work by.',
        items: [
          'Clarity beats cleverness',
          'Measure what matters',
          'Say what we think, kindly',
          'Leave every client stronger',
        ],
      },
      team: {
        heading: 'The team',
        intro: 'A small, senior, multidisciplinary team.',
        members: [
          ['Founder and strategy director', 'Fifteen years helping brands find their voice.'],
          ['Design director', 'Identity, web and everything visual.'],
          ['Head of digital', 'Websites, performance and analytics.'],
        ],
      },
      faq: [
        [
          'How much does a project cost?',
          'It depends on the scope. After a short call we send a clear proposal with a fixed price.',
        ],
        [
          'How long does a website take?',
          'Most websites take six to ten weeks, from the first workshop to launch.',
        ],
        [
          'Do you work with clients abroad?',
          'Yes. Many of our clients are in other countries; we work remotely and travel when it helps.',
        ],
        ['Do you offer support after launch?', 'Yes, through our monthly partnership or on a project basis.'],
      ],
      cta: {
        heading: 'Have a project in mind?',
        body: 'Tell us about it. We reply within one working day.',
        action: 'Start a conversation',
      },
      posts: [
        {
          title: 'What makes a good brief',
          excerpt: 'A good brief saves weeks. Here is what we always ask for before starting a project.',
          paragraphs: [
            'The best projects start with a clear brief. It does not need to be long, but it should answer a few key questions.',
            'What problem are we solving? Who is it for? How will we know it worked? What is the budget and the deadline?',
            'If you cannot answer them yet, that is fine. Working them out together is often the most valuable part of a project.',
          ],
          subheading: 'Start with the problem',
        },
        {
          title: 'Five website mistakes that cost you customers',
          excerpt: 'Slow pages, unclear messages and hidden contact details. How to spot and fix them.',
          paragraphs: [
            'Most websites lose visitors in the first few seconds. The reasons are usually simple.',
            'Pages that load slowly on phones, headlines that do not say what you do, and contact details that are hard to find are the most common.',
            'Fix those three and you will see the difference in your enquiries within weeks.',
          ],
          quote: 'If visitors have to think, you have already lost half of them.',
        },
      ],
      enquiries: ['New project', 'Partnership', 'Careers', 'Something else'],
      imageAlt: { hero: 'Our studio', story: 'The team at work' },
    },
    'real-estate': {
      noun: 'estate agency',
      names: ['Keystone Homes', 'Harbour Property', 'Oak & Stone Estates'],
      hero: {
        eyebrow: (v) => tag(v, 'Estate agents'),
        headings: [(v) => `Find your next home${v.where}`, () => 'Buying, selling and renting, made simple'],
        subheading: (v) =>
          v.products
            ? `${capital(v.products)}. Local knowledge, honest valuations and an agent who answers the phone.`
            : 'Local knowledge, honest valuations and an agent who answers the phone, from first viewing to handing over the keys.',
        action: 'View listings',
      },
      features: {
        heading: 'Why sell or rent with us',
        intro: 'Local experts who know every street.',
        items: [
          [
            'Honest valuations',
            'A realistic price based on real sales nearby, not a number to win your business.',
          ],
          ['Great presentation', 'Professional photos, floor plans and listings that sell.'],
          ['Always reachable', 'One agent, one phone number, updates every week.'],
        ],
      },
      stats: {
        since: 'Local agents since',
        items: [
          ['450+', 'Homes sold'],
          ['38 days', 'Average time to sell'],
        ],
      },
      reviews: [
        [
          'They sold our flat in three weeks at the asking price, and kept us informed every step of the way.',
          'Seller',
        ],
        [
          'As first-time buyers we had a hundred questions. They answered every single one.',
          'First-time buyers',
        ],
        ['Reliable, responsive property management. I never worry about my flat.', 'Landlord'],
      ],
      offer: {
        title: 'Listings',
        heading: 'Featured properties',
        intro: 'A selection of what is on the market now. Contact us for full details and viewings.',
        productNote: 'One of our specialities.',
        groups: [
          {
            name: 'For sale',
            items: [
              ['Bright two-bedroom flat', 'Renovated, with balcony and lift, close to the centre.'],
              ['Family house with garden', 'Four bedrooms, quiet street, near schools.'],
              ['Studio near the station', 'Ideal first home or investment.'],
            ],
          },
          {
            name: 'To rent',
            items: [
              ['One-bedroom flat', 'Furnished, with fast internet.'],
              ['Three-bedroom apartment', 'Spacious, with parking and storage.'],
              ['Shop or office space', 'Street level, 80 m², flexible layout.'],
            ],
          },
        ],
      },
      gallery: {
        title: 'Gallery',
        heading: 'Homes we love',
        intro: 'A few recent sales and lettings.',
        captions: [
          'Sunny living room, sold in two weeks',
          'Renovated kitchen',
          'Garden terrace',
          'Top-floor views',
        ],
      },
      story: {
        heading: 'About us',
        paragraphs: [
          (v) =>
            v.year
              ? `${v.name} has helped people buy, sell and rent${v.where} since ${v.year}. We know the neighbourhoods, the schools and the prices, street by street.`
              : `${v.name} helps people buy, sell and rent${v.where}. We know the neighbourhoods, the schools and the prices, street by street.`,
          () =>
            'We are an independent agency, and we grow through recommendations. That keeps us honest and close to our clients.',
        ],
      },
      values: {
        heading: 'Our commitments',
        intro: 'What you can count on.',
        items: [
          'Honest valuations, in writing',
          'Clear fees, agreed upfront',
          'Weekly updates until the keys are handed over',
        ],
      },
      team: {
        heading: 'Our agents',
        intro: 'Local people who know the market.',
        members: [
          ['Director', 'Twenty years in the local property market.'],
          ['Sales agent', 'Helps buyers and sellers from valuation to completion.'],
          ['Lettings and property manager', 'Looks after tenants, landlords and everything in between.'],
        ],
      },
      faq: [
        [
          'How much is my home worth?',
          'Book a free valuation. We visit, compare recent sales and give you a written estimate.',
        ],
        [
          'What are your fees?',
          'Our fees are a clear percentage of the sale price, agreed before we start. No sale, no fee.',
        ],
        ['Do you manage rental properties?', 'Yes, from finding tenants to maintenance and rent collection.'],
        [
          'Can you help me get a mortgage?',
          'We work with independent advisers who can help you find the right deal.',
        ],
      ],
      cta: {
        heading: 'Thinking of selling?',
        body: 'Book a free, no-obligation valuation this week.',
        action: 'Book a valuation',
      },
      posts: [
        {
          title: 'How to prepare your home for a viewing',
          excerpt: 'Small changes that make a big first impression on buyers.',
          paragraphs: [
            'Buyers decide in the first few minutes. Make those minutes count.',
            'Clear surfaces, open the curtains, fix the small things and let in fresh air. A tidy, bright home looks bigger and more valuable.',
            'And step out during viewings if you can. Buyers speak more freely when the owner is not there.',
          ],
          subheading: 'First impressions',
        },
        {
          title: 'Buying your first home: a step-by-step guide',
          excerpt: 'From budget to keys, what to expect when you buy for the first time.',
          paragraphs: [
            'Start with your budget: talk to a mortgage adviser before you fall in love with a property.',
            'Then view widely, ask lots of questions and check the costs beyond the price: taxes, fees and repairs.',
            'When you find the one, we will guide you through the offer, the paperwork and the day you get your keys.',
          ],
          quote: 'The best time to plan your budget is before the first viewing.',
        },
      ],
      enquiries: ['Book a viewing', 'Free valuation', 'Property management', 'Something else'],
      imageAlt: { hero: 'A sunny living room', story: 'Our office' },
    },
    hotel: {
      noun: 'guesthouse',
      names: ['Casa Alba', 'The Lantern Inn', 'Harbour House'],
      hero: {
        eyebrow: (v) => tag(v, 'Boutique stay'),
        headings: [
          (v) => `Your home away from home${v.where}`,
          () => 'Slow mornings, comfortable rooms, warm welcome',
        ],
        subheading: (v) =>
          v.products
            ? `${capital(v.products)}. Comfortable rooms, a generous breakfast and hosts who know all the best places.`
            : 'Comfortable rooms, a generous breakfast and hosts who know all the best places to eat, walk and explore.',
        action: 'See the rooms',
      },
      features: {
        heading: 'Why guests love staying here',
        intro: 'Small enough to know your name, comfortable enough to make you stay longer.',
        items: [
          [
            'Breakfast worth waking up for',
            'Local bread, fresh fruit, homemade cakes and eggs any way you like.',
          ],
          ['Quiet, comfortable rooms', 'Good beds, blackout curtains and rain showers.'],
          ['Local tips', 'We will tell you where the locals eat and which views are worth the climb.'],
        ],
      },
      stats: {
        since: 'Welcoming guests since',
        items: [
          ['9.4/10', 'Guest rating'],
          ['12', 'Rooms'],
        ],
      },
      reviews: [
        [
          'The best breakfast of our whole trip and hosts who made us feel at home. We will be back.',
          'Couple, stayed four nights',
        ],
        ['Spotless, quiet and perfectly located. The tips for dinner were spot on.', 'Solo traveller'],
        ['The kids loved it and so did we. Space to relax after long days out.', 'Family of four'],
      ],
      offer: {
        title: 'Rooms',
        heading: 'Rooms and rates',
        intro:
          'All rooms include breakfast, free Wi-Fi and fresh towels daily. Best rates when you book direct.',
        productNote: 'A guest favourite.',
        groups: [
          {
            name: 'Rooms',
            items: [
              ['Double room', 'Cosy and quiet, with a queen-size bed.'],
              ['Superior room with a view', 'More space, a sitting area and the best views.'],
              ['Family suite', 'Two connected rooms for up to four guests.'],
            ],
          },
          {
            name: 'Extras',
            items: [
              ['Breakfast for visitors', 'Not staying with us? Join us for breakfast.'],
              ['Late check-out', 'Keep your room until 2 pm.'],
              ['Airport transfer', 'A driver waiting for you on arrival.'],
            ],
          },
        ],
      },
      gallery: {
        title: 'Gallery',
        heading: 'Take a look around',
        intro: 'Rooms, breakfast and the view from the terrace.',
        captions: [
          'Morning light in the superior room',
          'Breakfast on the terrace',
          'The lounge, with books and games',
          'The view at sunset',
        ],
      },
      story: {
        heading: 'Our house',
        paragraphs: [
          (v) =>
            v.year
              ? `${v.name} has welcomed guests${v.where} since ${v.year}. We restored the house with care, keeping its character and adding every comfort.`
              : `${v.name} is a small, independent place to stay${v.where}. We restored the house with care, keeping its character and adding every comfort.`,
          () =>
            'We live close by and look after every guest personally, from recommendations for dinner to a packed breakfast for an early start.',
        ],
      },
      values: {
        heading: 'Our way of hosting',
        intro: 'Little things that make a stay.',
        items: [
          'Best price guaranteed when you book direct',
          'Free cancellation up to 48 hours before arrival',
          'Local, seasonal breakfast',
          'Eco-friendly toiletries and linens',
        ],
      },
      team: {
        heading: 'Your hosts',
        intro: 'We look forward to welcoming you.',
        members: [
          ['Owner and host', 'Loves sharing the best local secrets with guests.'],
          ['Guest relations', 'Here to help with bookings, tours and tables.'],
          ['Breakfast chef', 'Bakes something new every morning.'],
        ],
      },
      faq: [
        [
          'What time are check-in and check-out?',
          'Check-in is from 3 pm and check-out until 11 am. Ask us if you need more flexibility.',
        ],
        ['Is breakfast included?', 'Yes, breakfast is included in all our rates.'],
        [
          'Is there parking?',
          'There is public parking nearby, and we can recommend the best option when you book.',
        ],
        [
          'Can I cancel my booking?',
          'Cancellation is free up to 48 hours before arrival when you book direct.',
        ],
      ],
      cta: {
        heading: 'Plan your stay',
        body: 'Book direct for the best rate and free cancellation.',
        action: 'Check availability',
      },
      posts: [
        {
          title: 'A perfect weekend in the area',
          excerpt: 'Where to walk, eat and watch the sunset, from people who live here.',
          paragraphs: [
            'Start your Saturday with a slow breakfast, then explore the old streets on foot before the crowds arrive.',
            'Lunch where the locals go, spend the afternoon at a museum or by the water, and find a good spot for sunset. We will tell you ours.',
            'On Sunday, go to the market, pick up something to take home and leave a little time to do nothing at all.',
          ],
          subheading: 'Saturday and Sunday',
        },
        {
          title: 'Behind our breakfast',
          excerpt: 'Meet the bakers, farmers and producers who fill our breakfast table every morning.',
          paragraphs: [
            'Breakfast is the meal our guests talk about most, and it starts long before they wake up.',
            'Bread comes from a bakery down the road, eggs from a small farm and jams from fruit we buy at the market.',
            'It is our way of sharing the region with you, one plate at a time.',
          ],
          quote: 'A good day starts with a good breakfast.',
        },
      ],
      enquiries: ['Booking', 'Group or event', 'Something else'],
      imageAlt: { hero: 'A bright, comfortable guest room', story: 'The house from the garden' },
    },
    school: {
      noun: 'school',
      names: ['Bright Minds Learning', 'The Study House', 'Northstar Academy'],
      hero: {
        eyebrow: (v) => tag(v, 'Courses and tutoring'),
        headings: [(v) => `Learning that builds confidence${v.where}`, () => 'Small classes, big progress'],
        subheading: (v) =>
          v.products
            ? `${capital(v.products)} with experienced teachers, small groups and progress you can see.`
            : 'Courses and tutoring with experienced teachers, small groups and progress you can see.',
        action: 'See our courses',
      },
      features: {
        heading: 'Why students learn better here',
        intro: 'Every student is different. Our teaching is too.',
        items: [
          ['Small groups', 'A maximum of eight students per class, so nobody gets left behind.'],
          ['Experienced teachers', 'Qualified, patient and passionate about their subject.'],
          ['Regular feedback', 'Clear progress reports for students and parents.'],
        ],
      },
      stats: {
        since: 'Teaching since',
        items: [
          ['95%', 'Exam pass rate'],
          ['8', 'Students per class, at most'],
        ],
      },
      reviews: [
        ['My son went from dreading maths to actually enjoying it. His grades followed.', 'Parent'],
        [
          'The teachers are patient and make everything clear. I passed my exam first time.',
          'Former student',
        ],
        ['Flexible schedules and real progress. Exactly what I needed as a working adult.', 'Adult learner'],
      ],
      offer: {
        title: 'Courses',
        heading: 'Courses and lessons',
        intro: 'New groups start every month. Not sure which level? Book a free assessment.',
        productNote: 'One of our most popular courses.',
        groups: [
          {
            name: 'Group courses',
            items: [
              ['Weekly group course', 'Two lessons a week in a small group.'],
              ['Exam preparation', 'Focused practice with mock exams.'],
              ['Intensive holiday course', 'Two weeks, every morning.'],
            ],
          },
          {
            name: 'Private lessons',
            items: [
              ['One-to-one lesson', 'Tailored to your goals and pace.'],
              ['Online lesson', 'The same quality, from home.'],
              ['Level assessment', 'Free, with personal advice.'],
            ],
          },
        ],
      },
      plans: {
        title: 'Fees',
        heading: 'Fees',
        intro: 'No registration fee. Materials included.',
        askNote: 'Free',
        action: 'Enrol now',
        items: [
          {
            name: 'Pay as you go',
            description: 'Private lessons when you need them.',
            features: ['One-to-one', 'Flexible times', 'In person or online'],
          },
          {
            name: 'Monthly course',
            description: 'Our most popular option.',
            features: ['Two group lessons a week', 'Progress reports', 'Materials included'],
          },
          {
            name: 'Assessment',
            description: 'Find your level before you start.',
            features: ['30-minute session', 'Personal study plan'],
          },
        ],
      },
      story: {
        heading: 'About us',
        paragraphs: [
          (v) =>
            v.year
              ? `${v.name} has been helping students${v.where} since ${v.year}. We started with one classroom and a simple belief: anyone can learn with the right teacher.`
              : `${v.name} started with one classroom and a simple belief: anyone can learn with the right teacher.`,
          () =>
            'Today we teach children, teenagers and adults, in small groups and one to one, and we still believe it.',
        ],
      },
      values: {
        heading: 'Our approach',
        intro: 'How we help students succeed.',
        items: [
          'Start from where each student is',
          'Build confidence as well as knowledge',
          'Keep parents informed',
          'Make learning enjoyable',
        ],
      },
      team: {
        heading: 'Our teachers',
        intro: 'Qualified, experienced and patient.',
        members: [
          ['Founder and director of studies', 'Twenty years in the classroom and still teaching every week.'],
          ['Teacher', 'Specialist in exam preparation.'],
          ['Teacher', 'Loves working with younger learners.'],
        ],
      },
      faq: [
        [
          'How do I know which level is right?',
          'Book a free level assessment. We will recommend the right course.',
        ],
        [
          'What if my child misses a lesson?',
          'Missed lessons can be made up in another group the same month.',
        ],
        [
          'Do you offer online classes?',
          'Yes, most of our courses are available online as well as in person.',
        ],
        [
          'Can I join in the middle of the year?',
          'Yes. New groups start every month, and private lessons start any time.',
        ],
      ],
      cta: {
        heading: 'Start learning this month',
        body: 'Book a free assessment and try a lesson with no commitment.',
        action: 'Book a free assessment',
      },
      posts: [
        {
          title: 'How to build a study routine that sticks',
          excerpt: 'Short, regular sessions beat last-minute cramming. Here is how to make it a habit.',
          paragraphs: [
            'The secret to good results is not studying more, but studying regularly.',
            'Twenty-five focused minutes a day, at the same time and in the same place, will do more than a whole weekend before the exam.',
            'Put the phone in another room, start with the hardest task and reward yourself when you finish.',
          ],
          subheading: 'Little and often',
        },
        {
          title: 'Five tips for exam day',
          excerpt: 'Sleep, breakfast and a calm start. Simple habits that help you do your best.',
          paragraphs: [
            'Get a good night’s sleep. Last-minute revision rarely helps as much as rest.',
            'Eat breakfast, arrive early and read every question twice before you answer.',
            'If you get stuck, move on and come back later. And remember: you are better prepared than you think.',
          ],
          quote: 'Confidence comes from preparation.',
        },
      ],
      enquiries: ['Course information', 'Free assessment', 'Private lessons', 'Something else'],
      imageAlt: { hero: 'A bright classroom', story: 'Students at work' },
    },
    generic: {
      noun: 'small business',
      names: ['Northwind & Co.', 'Bright Lane', 'Cornerstone'],
      hero: {
        eyebrow: (v) => tag(v, 'Welcome'),
        headings: [(v) => `Quality and care${v.where}`, () => 'Good work, done properly'],
        subheading: (v) =>
          v.products
            ? `${capital(v.products)}, delivered with care by people who take pride in their work.`
            : 'Friendly, professional and reliable. We take pride in our work and it shows.',
        action: 'Our services',
      },
      features: {
        heading: 'Why choose us',
        intro: 'What makes working with us different.',
        items: [
          ['Personal service', 'You deal with real people who know your name and your needs.'],
          ['Quality first', 'We would rather do one thing well than many things badly.'],
          ['Fair prices', 'Clear, honest pricing with no surprises.'],
        ],
      },
      stats: {
        since: 'In business since',
        items: [
          ['500+', 'Happy customers'],
          ['4.8/5', 'Average rating'],
        ],
      },
      reviews: [
        ['Friendly, professional and always on time. I recommend them to everyone.', 'Customer'],
        ['They went above and beyond. It is rare to find service like this.', 'Regular customer'],
        ['Great value and a real pleasure to deal with.', 'Customer'],
      ],
      offer: {
        title: 'Services',
        heading: 'What we offer',
        intro: 'Tell us what you need and we will find the right solution.',
        productNote: 'One of our specialities.',
        groups: [
          {
            name: 'Services',
            items: [
              ['First consultation', 'We listen and suggest the best way forward.'],
              ['Standard service', 'Our most requested option.'],
              ['Ongoing support', 'Regular help, whenever you need it.'],
            ],
          },
        ],
      },
      story: {
        heading: 'About us',
        paragraphs: [
          (v) =>
            v.year
              ? `${v.name} has served customers${v.where} since ${v.year}. We are proud of our work and of the relationships we have built along the way.`
              : `${v.name} serves customers${v.where} with care. We are proud of our work and of the relationships we build along the way.`,
          () => 'Every customer gets our full attention, whether it is their first visit or their hundredth.',
        ],
      },
      values: {
        heading: 'What we value',
        intro: 'The principles behind our work.',
        items: [
          'Honesty in everything we do',
          'Quality we can stand behind',
          'Respect for our customers’ time',
        ],
      },
      team: {
        heading: 'The team',
        intro: 'The people behind the business.',
        members: [
          ['Founder', 'Started the business and still looks after every customer.'],
          ['Operations', 'Keeps everything running smoothly.'],
          ['Customer care', 'Your first point of contact.'],
        ],
      },
      faq: [
        [
          'How can I contact you?',
          'By phone, by email or through the contact form. We reply within one working day.',
        ],
        ['Where are you based?', 'You will find our address and opening hours on the contact page.'],
        [
          'How much do your services cost?',
          'Our prices are listed on the services page. For anything else, ask for a free quote.',
        ],
      ],
      cta: {
        heading: 'Let’s work together',
        body: 'Get in touch today. We would love to hear from you.',
        action: 'Contact us',
      },
      posts: [
        {
          title: 'Welcome to our new website',
          excerpt: 'A new look, the same people. Here is what you will find on our new site.',
          paragraphs: [
            'We have built a new website to make it easier to find what you need and to get in touch.',
            'You will find our services, our prices and our opening hours, and we will share news here regularly.',
            'We would love to hear what you think.',
          ],
        },
        {
          title: 'How we work with our customers',
          excerpt: 'From the first conversation to the finished job: what to expect when you work with us.',
          paragraphs: [
            'Every job starts with a conversation. We listen to what you need and suggest the best way forward.',
            'You get a clear quote before we start, updates along the way and a follow-up afterwards.',
            'Simple, honest and personal: that is how we like to work.',
          ],
          subheading: 'Step by step',
        },
      ],
      enquiries: ['Quote', 'Question', 'Something else'],
      imageAlt: { hero: 'Our workplace', story: 'The team at work' },
    },
  },
};

function capital(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
