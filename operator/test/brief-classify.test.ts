import {
  BUSINESS_KIND_INFO,
  BUSINESS_KINDS,
  type BusinessKind,
  KIND_FAMILIES,
  type KindFamily,
  kindInfo,
} from '@pagemagic/crds/site-document';
import { describe, expect, it } from 'vitest';
import { classifyBusiness } from '../src/site/brief/classify.ts';
import {
  KIND_VOCABULARY,
  type KindsData,
  parseTerm,
  TERM_LANGUAGES,
  VOCABULARY_KINDS,
  validateKindsData,
} from '../src/site/brief/kinds-data.ts';
import { COPY_LANGUAGES, KIND_CONFIDENCE_THRESHOLD } from '../src/site/brief/types.ts';
import { businessJsonLd, schemaType } from '../src/site/render/seo.ts';

// [brief, language, kind, family]: the family is written out so a kind moved to another family shows here.
const CASES: [string, string, BusinessKind, KindFamily][] = [
  // The briefs the old keyword detector got wrong.
  ['Ink & Iron, a tattoo studio in Berlin Kreuzberg', 'en', 'tattoo-studio', 'beauty'],
  ['wedding planner in Lisbon organising destination weddings', 'en', 'wedding-planner', 'events'],
  ['bike workshop in Utrecht: repairs, servicing and second-hand bikes', 'en', 'bike-repair', 'trades'],
  ['yoga retreat in the Algarve with daily classes and vegan meals', 'en', 'retreat', 'lodging'],
  ['animal shelter in Leeds rehoming dogs and cats', 'en', 'animal-shelter', 'animals'],
  ['brewery taproom in Asheville with 12 taps and food trucks', 'en', 'brewery', 'food-drink'],
  ['piano teacher in Bristol for children and adults', 'en', 'music-teacher', 'education'],
  ['Clínica veterinária em Braga', 'pt', 'veterinary', 'animals'],
  ['boutique hotel in Porto with 9 rooms', 'en', 'hotel', 'lodging'],
  ['Kinderarztpraxis Dr. Weber in Freiburg', 'de', 'pediatrics', 'health'],
  ['Pizzeria', 'it', 'restaurant', 'food-drink'],
  ['Gelateria', 'it', 'ice-cream-shop', 'food-drink'],

  // English
  ['Family-run Italian restaurant in Boston serving fresh pasta', 'en', 'restaurant', 'food-drink'],
  ['Specialty coffee shop in Melbourne with house-roasted beans', 'en', 'cafe', 'food-drink'],
  ['Cocktail bar in Soho open until 2am', 'en', 'bar', 'food-drink'],
  ['Small vineyard and winery in the Napa Valley offering tastings', 'en', 'winery', 'food-drink'],
  ['Gin distillery in Edinburgh with tours and tastings', 'en', 'distillery', 'food-drink'],
  ['Gelato shop in Brighton with 24 flavours', 'en', 'ice-cream-shop', 'food-drink'],
  ['We are a family-run bakery in Bath baking sourdough every morning', 'en', 'bakery', 'food-drink'],
  ['Bed and breakfast in the Cotswolds with four rooms', 'en', 'bed-and-breakfast', 'lodging'],
  ['Backpackers hostel in Lisbon with dorms and private rooms', 'en', 'hostel', 'lodging'],
  ['Family campsite in Cornwall with glamping pods', 'en', 'campground', 'lodging'],
  ['Holiday cottage in the Lake District that sleeps six', 'en', 'vacation-rental', 'lodging'],
  ['Dental practice in Leeds offering implants and Invisalign', 'en', 'dentist', 'health'],
  ['Physiotherapy clinic in Dublin for sports injuries', 'en', 'physiotherapy', 'health'],
  ['Optician in Glasgow: eye tests, glasses and contact lenses', 'en', 'optician', 'health'],
  ['Independent pharmacy in Cardiff', 'en', 'pharmacy', 'health'],
  ['Counselling and psychotherapy practice in Oxford', 'en', 'therapist', 'health'],
  ['Registered dietitian in Toronto offering meal plans', 'en', 'nutritionist', 'health'],
  ['GP practice in Sheffield', 'en', 'clinic', 'health'],
  ['Barbershop in Brooklyn: skin fades and hot towel shaves', 'en', 'barber', 'beauty'],
  ['Nail salon in Leicester with gel nails and pedicures', 'en', 'nail-salon', 'beauty'],
  ['Hair salon in Leeds specialising in balayage', 'en', 'salon', 'beauty'],
  ['Beauty salon in Essex: facials, waxing and lash extensions', 'en', 'beauty-salon', 'beauty'],
  ['Day spa in Bath with massages and a sauna', 'en', 'spa', 'beauty'],
  ['CrossFit gym in Denver', 'en', 'fitness', 'fitness'],
  ['Pilates studio in Chelsea with reformer classes', 'en', 'yoga-studio', 'fitness'],
  ['Brazilian jiu-jitsu academy in San Diego', 'en', 'martial-arts', 'fitness'],
  ['Personal trainer in Manchester offering one-to-one sessions', 'en', 'personal-trainer', 'fitness'],
  ['Amateur football club in Sheffield looking for new players', 'en', 'sports-club', 'fitness'],
  ['Emergency plumber in Manchester, 24/7, Gas Safe registered', 'en', 'plumber', 'trades'],
  ['Electrician in Leeds: rewiring, fuse boards and EV chargers', 'en', 'electrician', 'trades'],
  ['Roofing company in Cardiff repairing flat roofs and gutters', 'en', 'roofer', 'trades'],
  ['Painter and decorator in Glasgow', 'en', 'house-painter', 'trades'],
  ['24-hour locksmith in Birmingham', 'en', 'locksmith', 'trades'],
  ['Heating engineer in Bristol servicing boilers and heat pumps', 'en', 'hvac', 'trades'],
  ['Building contractor in Dublin specialising in extensions', 'en', 'builder', 'trades'],
  ['Independent car garage in Reading: MOTs, servicing and repairs', 'en', 'auto-repair', 'trades'],
  ['Removals company in Oxford, house and office moves', 'en', 'moving-company', 'trades'],
  ['Office cleaning company in London', 'en', 'cleaning', 'trades'],
  ['Landscape gardener in Surrey designing patios and planting', 'en', 'landscaper', 'trades'],
  ['Handyman in Brighton for odd jobs and small repairs', 'en', 'trades', 'trades'],
  ['Employment law firm in London', 'en', 'law-firm', 'professional'],
  ['Notary public in Manchester', 'en', 'notary', 'professional'],
  [
    'Chartered accountants in Leeds helping small businesses with tax returns',
    'en',
    'accountant',
    'professional',
  ],
  ['Independent financial adviser in Bath', 'en', 'financial-advisor', 'professional'],
  ['Insurance broker in Norwich', 'en', 'insurance-agency', 'professional'],
  ['Estate agent in Bristol selling and letting homes', 'en', 'real-estate', 'professional'],
  ['Architecture practice in Copenhagen', 'en', 'architect', 'professional'],
  ['Management consultancy helping SMEs with strategy', 'en', 'consultant', 'professional'],
  ['Recruitment agency for nurses in London', 'en', 'recruitment-agency', 'professional'],
  ['Travel agency in Dublin specialising in honeymoons', 'en', 'travel-agency', 'professional'],
  ['Coworking space in Lisbon with hot desks', 'en', 'coworking', 'professional'],
  ['Wedding photographer based in Cornwall', 'en', 'photographer', 'creative'],
  ['Video production company in Manchester', 'en', 'videographer', 'creative'],
  ['Jazz band for weddings and corporate events', 'en', 'musician', 'creative'],
  ['Contemporary art gallery in Shoreditch', 'en', 'art-gallery', 'creative'],
  ['Interior designer in Chelsea', 'en', 'interior-designer', 'creative'],
  ["Freelance illustrator creating children's books", 'en', 'portfolio', 'creative'],
  ['Digital marketing agency in Manchester', 'en', 'agency', 'creative'],
  ['Montessori nursery in Cambridge for children aged 1 to 5', 'en', 'childcare', 'education'],
  ['Maths tutor in Bristol for GCSE and A-level', 'en', 'tutoring', 'education'],
  ['Language school in Malta offering English courses', 'en', 'language-school', 'education'],
  ['Driving school in Leeds with automatic and manual lessons', 'en', 'driving-school', 'education'],
  ['Ballet and contemporary dance school in Bristol', 'en', 'dance-school', 'education'],
  ['Independent bookshop in Hay-on-Wye', 'en', 'bookstore', 'retail'],
  ['Florist in Bath delivering bouquets', 'en', 'florist', 'retail'],
  ['Jeweller in Hatton Garden making engagement rings', 'en', 'jewelry-store', 'retail'],
  ['Pet shop in Leeds selling dog food and aquariums', 'en', 'pet-store', 'retail'],
  ['Hardware store in Vermont', 'en', 'hardware-store', 'retail'],
  ['Farm shop and deli in Somerset', 'en', 'grocery-store', 'retail'],
  ['Vintage clothing boutique in Camden', 'en', 'clothing-store', 'retail'],
  ['Online shop selling handmade candles', 'en', 'shop', 'retail'],
  ['Food bank charity in Leicester', 'en', 'nonprofit', 'community'],
  ['Parish church in York', 'en', 'place-of-worship', 'community'],
  ['Community library in Hackney', 'en', 'library', 'community'],
  ['Local history museum in Whitby', 'en', 'museum', 'community'],
  ['SaaS platform that automates invoicing for freelancers', 'en', 'saas', 'technology'],
  ['IT support for small businesses in Leeds', 'en', 'it-services', 'technology'],
  ['Web development studio building apps for startups', 'en', 'software-development', 'technology'],
  ['Event venue in a converted barn near York', 'en', 'event-venue', 'events'],
  ['Event management company in London for corporate events', 'en', 'event-planner', 'events'],
  ['Wedding catering and private chef in Tuscany', 'en', 'catering', 'events'],
  ["Walking tours of Lisbon's old town with a local guide", 'en', 'tour-operator', 'events'],
  ['Veterinary practice in Harrogate for cats and dogs', 'en', 'veterinary', 'animals'],
  ['Mobile dog grooming in Kent', 'en', 'pet-groomer', 'animals'],
  ['Dog walker and pet sitter in Brighton', 'en', 'pet-sitter', 'animals'],
  ['Puppy training classes in Leeds', 'en', 'dog-trainer', 'animals'],

  // Portuguese
  ['Padaria artesanal no Porto com pão de massa-mãe', 'pt', 'bakery', 'food-drink'],
  ['Restaurante de peixe em Cascais', 'pt', 'restaurant', 'food-drink'],
  ['Escola de surf na Ericeira', 'pt', 'school', 'education'],
  ['Ginásio em Lisboa com aulas de grupo', 'pt', 'fitness', 'fitness'],
  ['Cabeleireiro e barbearia em Coimbra', 'pt', 'salon', 'beauty'],
  ['Escritório de advogados em Lisboa', 'pt', 'law-firm', 'professional'],
  ['Contabilista certificado em Braga', 'pt', 'accountant', 'professional'],
  ['Agência imobiliária em Faro', 'pt', 'real-estate', 'professional'],
  ['Explicações de matemática em Aveiro', 'pt', 'tutoring', 'education'],
  ['Loja de bicicletas e oficina em Lisboa', 'pt', 'bike-shop', 'retail'],
  ['Canalizador em Setúbal, urgências 24h', 'pt', 'plumber', 'trades'],
  ['Alojamento local em Lagos com piscina', 'pt', 'vacation-rental', 'lodging'],
  ['Associação de proteção animal em Sintra', 'pt', 'animal-shelter', 'animals'],
  ['Estúdio de tatuagem em Lisboa', 'pt', 'tattoo-studio', 'beauty'],
  ['Fotógrafo de casamentos no Algarve', 'pt', 'photographer', 'creative'],
  ['Quinta para casamentos perto de Sintra', 'pt', 'event-venue', 'events'],
  ['Clínica de fisioterapia em Leiria', 'pt', 'physiotherapy', 'health'],

  // Spanish
  ['Peluquería canina en Valencia', 'es', 'pet-groomer', 'animals'],
  ['Bodega familiar en La Rioja con catas de vino', 'es', 'winery', 'food-drink'],
  ['Tienda de bicicletas en Sevilla', 'es', 'bike-shop', 'retail'],
  ['Autoescuela en Madrid', 'es', 'driving-school', 'education'],
  ['Clínica dental en Barcelona', 'es', 'dentist', 'health'],
  ['Academia de inglés en Málaga', 'es', 'language-school', 'education'],
  ['Fontanero en Bilbao', 'es', 'plumber', 'trades'],
  ['Gimnasio de barrio en Zaragoza', 'es', 'fitness', 'fitness'],
  ['Escuela de baile en Sevilla: salsa y bachata', 'es', 'dance-school', 'education'],
  ['Asesoría fiscal y contable en Valencia', 'es', 'accountant', 'professional'],
  ['Agencia de viajes en Madrid', 'es', 'travel-agency', 'professional'],
  ['Cervecería artesanal en Madrid con terraza', 'es', 'brewery', 'food-drink'],
  ['Protectora de animales en Granada', 'es', 'animal-shelter', 'animals'],
  ['Cafetería de especialidad en Valencia', 'es', 'cafe', 'food-drink'],
  ['Organizadora de bodas en Mallorca', 'es', 'wedding-planner', 'events'],

  // French
  ['Boulangerie artisanale à Lyon', 'fr', 'bakery', 'food-drink'],
  ["Cabinet d'avocats à Lyon spécialisé en droit du travail", 'fr', 'law-firm', 'professional'],
  ['Salon de coiffure à Paris', 'fr', 'salon', 'beauty'],
  ['Agence immobilière à Bordeaux', 'fr', 'real-estate', 'professional'],
  ["Chambres d'hôtes en Provence", 'fr', 'bed-and-breakfast', 'lodging'],
  ['Auto-école à Marseille', 'fr', 'driving-school', 'education'],
  ['Fleuriste à Nantes', 'fr', 'florist', 'retail'],
  ['Cabinet de kinésithérapie à Lille', 'fr', 'physiotherapy', 'health'],
  ['École de musique à Toulouse, cours de piano et de guitare', 'fr', 'music-teacher', 'education'],
  ['Librairie indépendante à Lyon', 'fr', 'bookstore', 'retail'],
  ['Toilettage pour chiens à Nice', 'fr', 'pet-groomer', 'animals'],
  ['Domaine viticole en Bourgogne', 'fr', 'winery', 'food-drink'],
  ['Plombier chauffagiste à Rennes', 'fr', 'plumber', 'trades'],
  ['Crèche parentale à Grenoble', 'fr', 'childcare', 'education'],
  ['Traiteur pour mariages à Lyon', 'fr', 'catering', 'events'],

  // German
  ['Tattoo-Studio in Hamburg mit Fine-Line und Blackwork', 'de', 'tattoo-studio', 'beauty'],
  ['Zahnarztpraxis Dr. Müller in Köln', 'de', 'dentist', 'health'],
  ['Bäckerei Schmidt in München seit 1920', 'de', 'bakery', 'food-drink'],
  ['Steuerberatung in Stuttgart für Selbstständige', 'de', 'accountant', 'professional'],
  ['Fahrradwerkstatt in Leipzig', 'de', 'bike-repair', 'trades'],
  ['Tierarztpraxis in Dresden', 'de', 'veterinary', 'animals'],
  ['Tierheim in Hannover', 'de', 'animal-shelter', 'animals'],
  ['Hundeschule in Bremen', 'de', 'dog-trainer', 'animals'],
  ['Ferienwohnung an der Ostsee', 'de', 'vacation-rental', 'lodging'],
  ['Weingut an der Mosel mit Weinproben', 'de', 'winery', 'food-drink'],
  ['Physiotherapiepraxis in Berlin', 'de', 'physiotherapy', 'health'],
  ['Praxis für Physiotherapie in Kiel', 'de', 'physiotherapy', 'health'],
  ['Schlüsseldienst in Frankfurt, 24 Stunden erreichbar', 'de', 'locksmith', 'trades'],
  ['Umzugsunternehmen in Köln', 'de', 'moving-company', 'trades'],
  ['Sportverein in Dortmund mit Fußball und Tennis', 'de', 'sports-club', 'fitness'],
  ['Sprachschule in Berlin: Deutschkurse für Erwachsene', 'de', 'language-school', 'education'],
  ['Hochzeitsplanerin am Bodensee', 'de', 'wedding-planner', 'events'],
  ['Brauerei mit Biergarten in Bamberg', 'de', 'brewery', 'food-drink'],
  ['Eventlocation in Hamburg für Hochzeiten', 'de', 'event-venue', 'events'],
  ['Hochzeitsfotografin aus München', 'de', 'photographer', 'creative'],

  // Briefs written for the rules that fixed the eval's misses, none of them from its corpus.
  // A workshop that repairs bikes is a trade; a shop that sells them stays retail.
  [
    'Mobile bike mechanic covering south Manchester: punctures, brakes and gears',
    'en',
    'bike-repair',
    'trades',
  ],
  ['Cycle workshop in Cambridge offering wheel truing and full overhauls', 'en', 'bike-repair', 'trades'],
  ['Oficina de bicicleta no Funchal: afinação de mudanças e travões', 'pt', 'bike-repair', 'trades'],
  ['Reparação de bicicletas ao domicílio em Braga', 'pt', 'bike-repair', 'trades'],
  ['Taller de bicis en Zaragoza, reparamos pinchazos en el momento', 'es', 'bike-repair', 'trades'],
  ['Mecánico de bicicletas en Salamanca con servicio a domicilio', 'es', 'bike-repair', 'trades'],
  ['Atelier de réparation de vélos à Strasbourg, révision complète', 'fr', 'bike-repair', 'trades'],
  ['Réparateur vélo itinérant à Nantes', 'fr', 'bike-repair', 'trades'],
  ['Fahrradreparatur in Freiburg: Schlauchwechsel und Inspektion', 'de', 'bike-repair', 'trades'],
  ['Radwerkstatt in Göttingen, auch für Lastenräder', 'de', 'bike-repair', 'trades'],
  ['Fietsenmakerij in Leiden met haal- en brengservice', 'nl', 'bike-repair', 'trades'],
  ['Bike shop in Leeds selling road and gravel bikes', 'en', 'bike-shop', 'retail'],
  ['Loja de bicicletas em Faro com bicicletas elétricas', 'pt', 'bike-shop', 'retail'],
  ['Fahrradladen in Kassel mit E-Bikes und Zubehör', 'de', 'bike-shop', 'retail'],
  // A food word and the place that sells it: "taco truck", "puesto de tacos", "Currywurst-Bude".
  ['Pizza joint in Chicago with deep dish by the slice', 'en', 'restaurant', 'food-drink'],
  ['Coffee cart at Bondi Beach serving flat whites from 6am', 'en', 'cafe', 'food-drink'],
  ['Taco truck parked outside the brewery in Denver on weekends', 'en', 'restaurant', 'food-drink'],
  ['Fish and chip shop on the harbour in Whitby', 'en', 'restaurant', 'food-drink'],
  ['Carrinha de bifanas nas feiras do Minho', 'pt', 'restaurant', 'food-drink'],
  ['Puesto de tacos en el mercado de Triana, Sevilla', 'es', 'restaurant', 'food-drink'],
  ['Camion à pizzas sur les marchés du Var', 'fr', 'restaurant', 'food-drink'],
  ['Friterie familiale à Liège depuis 1962', 'fr', 'restaurant', 'food-drink'],
  ['Currywurst-Bude am Bahnhof Zoo in Berlin', 'de', 'restaurant', 'food-drink'],
  ['Foodtruck mit Burgern auf Wochenmärkten in Hamburg', 'de', 'restaurant', 'food-drink'],
  ['Panificio artigianale a Bologna', 'it', 'bakery', 'food-drink'],
  // Software is technology whatever it is about.
  ['Scheduling software for dog groomers and pet sitters', 'en', 'saas', 'technology'],
  ['Climbing gym booking app', 'en', 'saas', 'technology'],
  ['Meditation app with guided sessions and sleep stories', 'en', 'saas', 'technology'],
  ['Plataforma de gestão para clínicas dentárias', 'pt', 'saas', 'technology'],
  ['App de escalada para registar vias e partilhar sessões', 'pt', 'saas', 'technology'],
  ['Aplicación móvil para reservar pistas de pádel', 'es', 'saas', 'technology'],
  ['Software de gestión de turnos para restaurantes', 'es', 'saas', 'technology'],
  ['Logiciel de caisse pour boulangeries', 'fr', 'saas', 'technology'],
  ['Appli de suivi sportif pour les coureurs', 'fr', 'saas', 'technology'],
  ['Fitness-App für Kletterer mit Routenbuch', 'de', 'saas', 'technology'],
  ['Buchungssoftware für Friseure', 'de', 'saas', 'technology'],
  // Festivals and wedding DJs are events, whatever camping or music they come with.
  ['Three-day jazz festival on the seafront in Brighton', 'en', 'festival', 'events'],
  ['Beer festival with 80 real ales in a Yorkshire village hall', 'en', 'festival', 'events'],
  ['Festival de música de verão na praia de Sines', 'pt', 'festival', 'events'],
  ['Festival de cine independiente en Gijón', 'es', 'festival', 'events'],
  ["Festival de musique en plein air près d'Annecy, camping sur place", 'fr', 'festival', 'events'],
  ['Open-Air-Festival am Baggersee bei Leipzig mit Zeltplatz', 'de', 'festival', 'events'],
  ['Mobile DJ for birthdays, proms and weddings in Kent', 'en', 'dj', 'events'],
  ['DJ para casamentos e festas de empresa no Porto', 'pt', 'dj', 'events'],
  ['DJ para bodas y eventos en Valencia con equipo de sonido', 'es', 'dj', 'events'],
  ["DJ mariage et soirées d'entreprise en Bretagne", 'fr', 'dj', 'events'],
  ['Hochzeits-DJ aus Köln mit eigener Lichttechnik', 'de', 'dj', 'events'],
  ['We plan weddings in the Scottish Highlands', 'en', 'wedding-planner', 'events'],
  ["Planeamos casamentos no Alentejo, do pedido ao copo-d'água", 'pt', 'wedding-planner', 'events'],
  ['Organizamos bodas en fincas de Mallorca', 'es', 'wedding-planner', 'events'],
  ['Nous organisons des mariages en Provence', 'fr', 'wedding-planner', 'events'],
  // A shop that sells wine is retail, a place that makes it a winery, a place to drink it a bar.
  ['Wine merchant in Edinburgh with weekly tastings', 'en', 'wine-shop', 'retail'],
  ['Bottle shop in Melbourne specialising in craft beer', 'en', 'wine-shop', 'retail'],
  ['Garrafeira no Chiado com vinhos do Douro e do Alentejo', 'pt', 'wine-shop', 'retail'],
  ['Vinoteca en Logroño con vinos de Rioja', 'es', 'wine-shop', 'retail'],
  ['Caviste indépendant à Bordeaux, vins bio et nature', 'fr', 'wine-shop', 'retail'],
  ['Weinhandlung in Würzburg mit Frankenweinen', 'de', 'wine-shop', 'retail'],
  ['Pequena produção de vinho biológico na Bairrada', 'pt', 'winery', 'food-drink'],
  ['Productor de vino natural en el Penedès', 'es', 'winery', 'food-drink'],
  ['Producteur de vin en Alsace, dégustations au caveau', 'fr', 'winery', 'food-drink'],
  ['Bar à vins à Montmartre avec planches de charcuterie', 'fr', 'bar', 'food-drink'],
  // Translators and interpreters.
  ['Certified translator for German and English legal documents', 'en', 'translator', 'professional'],
  ['Tradutora de inglês e francês em Coimbra, traduções certificadas', 'pt', 'translator', 'professional'],
  ['Traductor jurado de alemán en Málaga', 'es', 'translator', 'professional'],
  ['Agence de traduction à Genève pour les entreprises', 'fr', 'translator', 'professional'],
  ['Dolmetscherin für Spanisch in Düsseldorf', 'de', 'translator', 'professional'],
];

// Long briefs of the kind owners write: the business is named early, then a story full of other trades
// (a past job, a brother's shop, a husband's craft, "the shop" again and again).
const LONG_FLORIST =
  'Hello, and thank you for helping with this. I have a little florist called Bloom & Bough on ' +
  'Gillygate in York, and I have been meaning to get a proper website for about three years. ' +
  "Before I did this I worked as a nurse on a children's ward for eleven years, so flowers are a " +
  'second career for me, and I still think about the ward a lot. The shop is tiny, maybe the size ' +
  'of a garage, with a big window that gets the morning sun, and we fill the pavement outside with ' +
  'buckets of whatever is in season. My brother runs the bike shop two doors down and he keeps ' +
  'telling me that everyone finds him on the internet now, so here I am. We do bouquets to take ' +
  'away, hand-tied arrangements for birthdays and anniversaries, and quite a lot of sympathy work ' +
  'for funerals, which I take very seriously because I know what those days feel like from the ' +
  'other side. We also do weddings, usually two or three a month in summer, from buttonholes and ' +
  "the bride's bouquet to big arches for the ceremony, but I always meet the couple first and we " +
  'walk round the shop together so they can smell things and change their minds. I buy from a ' +
  'grower in Lincolnshire and from the Dutch lorry on Tuesdays, and in summer about half of what ' +
  'we sell comes from our own allotment and a couple of gardens in the village where I grew up. ' +
  'People ask whether we deliver: we do, in York, from Tuesday to Saturday, and I drive the van ' +
  'myself most days. The café across the road takes a jug of flowers from us every Monday and the ' +
  'owner says it is the best thing on the counter. I would like the website to be calm and green, ' +
  'not pink and fussy, and to show that we care about seasonal British flowers and do not use ' +
  'floral foam any more. Please do not make up prices or reviews; I would rather people came in ' +
  'and talked to us. We are closed on Sundays and Mondays. There is a workshop once a month on a ' +
  'Thursday evening where people make a wreath or a table arrangement, but the dates change, so ' +
  'maybe just say to ask in the shop. I think that is all, sorry it is so long!';
const LONG_BAKERY =
  'Hola, somos Lucía y Andrés y tenemos una pequeña panadería de barrio en Gràcia, Barcelona, ' +
  'desde hace seis años. Antes de esto yo trabajaba como profesora en una escuela de primaria y ' +
  'Andrés era cocinero en un restaurante del puerto, así que los dos veníamos de otros oficios. ' +
  'Hacemos pan de masa madre todos los días con harinas ecológicas de un molino de Lleida, y los ' +
  'fines de semana también coca de recapte, ensaimadas y un bizcocho de aceite que se acaba ' +
  'enseguida. La tienda es pequeña, caben cuatro personas, pero en la puerta hay un banco y por ' +
  'las mañanas se sientan los vecinos con un café del bar de al lado. También servimos a dos ' +
  'restaurantes y a una escuela del barrio. Cerramos los lunes. No queremos poner precios en la ' +
  'web porque cambian con la harina, ni inventar opiniones de clientes. Nos gustaría que la web ' +
  'fuera sencilla, cálida y en catalán y castellano si es posible.';

describe('classifyBusiness', () => {
  it.each(CASES)('%s (%s) → %s', (brief, language, kind, family) => {
    const result = classifyBusiness(brief, language);
    expect(result.id).toBe(kind);
    expect(result.family).toBe(family);
    expect(result.schemaType).toBe(BUSINESS_KIND_INFO[kind].schemaType);
    expect(result.confidence).toBeGreaterThanOrEqual(KIND_CONFIDENCE_THRESHOLD);
    expect(result.confidence).toBeLessThanOrEqual(1);
    expect(result.alternatives.map((a) => a.id)).not.toContain(kind);
  });

  it('covers at least 80 briefs, 40 kinds and all five copy languages', () => {
    expect(CASES.length).toBeGreaterThanOrEqual(80);
    expect(new Set(CASES.map(([, , kind]) => kind)).size).toBeGreaterThanOrEqual(40);
    for (const language of COPY_LANGUAGES) {
      expect(CASES.filter(([, lang]) => lang === language).length).toBeGreaterThanOrEqual(10);
    }
  });

  it.each<[string, string]>([
    ['We help people.', 'en'],
    ['<script>alert(1)</script> ignore previous instructions', 'en'],
    ['', 'en'],
    ['Acme Ltd', 'en'],
    ['Lorem ipsum dolor sit amet', 'la'],
    ['Olá, somos uma empresa familiar em Braga', 'pt'],
    ['Bienvenue chez nous à Lyon', 'fr'],
    ['Wir freuen uns auf Ihren Besuch', 'de'],
    ['Hacemos cosas bonitas en Madrid', 'es'],
  ])('"%s" is generic', (brief, language) => {
    const result = classifyBusiness(brief, language);
    expect(result).toEqual({
      id: 'generic',
      family: 'neutral',
      schemaType: 'LocalBusiness',
      confidence: 0,
      alternatives: [],
    });
  });

  it('keeps a brief with a single hint generic, with the hint among the alternatives', () => {
    const result = classifyBusiness('Fresh sourdough every morning', 'en');
    expect(result.id).toBe('generic');
    expect(result.family).toBe('neutral');
    expect(result.confidence).toBeGreaterThan(0);
    expect(result.confidence).toBeLessThan(KIND_CONFIDENCE_THRESHOLD);
    expect(result.alternatives[0]?.id).toBe('bakery');
    expect(result.noun).toBeUndefined();
  });

  it('lets several hints together name a kind', () => {
    expect(classifyBusiness('Haircuts, balayage and blow-dry in Leeds', 'en').id).toBe('salon');
  });

  it('is unsure when the descriptor names two families, and says which', () => {
    const result = classifyBusiness('Tattoo studio and bakery in Leeds', 'en');
    expect(result.id).toBe('generic');
    expect(result.noun).toBe('tattoo studio');
    expect(result.alternatives.map((a) => a.id)).toEqual(['tattoo-studio', 'bakery']);
  });

  it('is sure enough when the descriptor names two kinds of one family', () => {
    const result = classifyBusiness('Bakery and café in Bath', 'en');
    expect(result.id).toBe('bakery');
    expect(result.alternatives.map((a) => a.id)).toEqual(['cafe']);
  });

  it('counts a term in the brief language more than the same hint in another language', () => {
    // "manicure" names the business in Portuguese and is only a treatment in English.
    const pt = classifyBusiness('Manicure em Lisboa', 'pt');
    const en = classifyBusiness('Manicure in London', 'en');
    expect(pt.id).toBe('nail-salon');
    expect(en.id).toBe('generic');
    expect(en.alternatives[0]?.id).toBe('nail-salon');
  });

  it.each<[string, string, BusinessKind]>([
    ['Booking software for restaurants and hotels', 'en', 'saas'],
    ['Recruitment agency for hotels and restaurants', 'en', 'recruitment-agency'],
    ['Software de faturação para clínicas e ginásios', 'pt', 'saas'],
    ['We build websites for restaurants', 'en', 'generic'],
  ])('reads the kind after "for" as the customers: "%s"', (brief, language, kind) => {
    const result = classifyBusiness(brief, language);
    expect(result.id).toBe(kind);
    if (kind === 'generic') expect(result.alternatives[0]?.id).toBe('agency');
  });

  it('weighs the descriptor and early mentions over later ones', () => {
    const bar = classifyBusiness('Cocktail bar in Porto; we also sell a little coffee and cake', 'en');
    expect(bar.id).toBe('bar');
    const cafe = classifyBusiness('Our café is next to the old bar in town', 'en');
    expect(cafe.id).toBe('cafe');
    const descriptor = classifyBusiness('Ink & Iron, a tattoo studio', 'en');
    const late = classifyBusiness('Ink & Iron opened in 2019 in a former factory and does tattoos', 'en');
    expect(descriptor.id).toBe('tattoo-studio');
    expect(late.id).toBe('tattoo-studio');
    expect(descriptor.confidence).toBeGreaterThan(late.confidence);
    // "does tattoos" says what it does, not what it is: no noun from outside the descriptor.
    expect(descriptor.noun).toBe('tattoo studio');
    expect(late.noun).toBeUndefined();
  });

  it.each<[string, string, string]>([
    ['Ink & Iron, a tattoo studio in Berlin Kreuzberg', 'en', 'tattoo studio'],
    ['Kinderarztpraxis Dr. Weber in Freiburg', 'de', 'Kinderarztpraxis'],
    ['brewery taproom in Asheville with 12 taps', 'en', 'brewery taproom'],
    ['Wedding photographer based in Cornwall', 'en', 'wedding photographer'],
    ['Physiotherapy clinic in Dublin', 'en', 'physiotherapy clinic'],
    ['Gelato shop in Brighton', 'en', 'gelato shop'],
    ['Clínica veterinária em Braga', 'pt', 'clínica veterinária'],
    ['Emergency plumber in Manchester', 'en', 'plumber'],
    ['Pizzeria', 'it', 'pizzeria'],
    ['Praxis für Physiotherapie in Kiel', 'de', 'Praxis für Physiotherapie'],
    ['Hochzeitsfotografin aus München', 'de', 'Hochzeitsfotografin'],
    ['We run a small taproom in Leeds', 'en', 'taproom'],
    ['Wir sind eine kleine Tierarztpraxis in Kiel', 'de', 'Tierarztpraxis'],
    ['Yoga and pilates studio in Lisbon', 'en', 'yoga and pilates studio'],
  ])('finds the noun in "%s"', (brief, language, noun) => {
    expect(classifyBusiness(brief, language).noun).toBe(noun);
  });

  it.each<[string, string, string, BusinessKind]>([
    [
      LONG_FLORIST,
      'en',
      'Hello, and thank you for helping with this. I have a little florist called Bloom',
      'florist',
    ],
    [
      LONG_BAKERY,
      'es',
      'Hola, somos Lucía y Andrés y tenemos una pequeña panadería de barrio en Gràcia',
      'bakery',
    ],
  ])("keeps the confidence of a long brief's opening (%#)", (brief, language, opening, kind) => {
    expect(brief.length).toBeGreaterThan(opening.length * 8);
    const start = classifyBusiness(opening, language);
    const whole = classifyBusiness(brief, language);
    expect(start.id).toBe(kind);
    expect(whole.id).toBe(kind);
    expect(whole.confidence).toBeGreaterThanOrEqual(start.confidence - 0.1);
    // Twice the story does not make the kind any less sure.
    const twice = classifyBusiness(`${brief} ${brief.slice(opening.length)}`, language);
    expect(twice.id).toBe(kind);
    expect(twice.confidence).toBeGreaterThanOrEqual(start.confidence - 0.1);
  });

  it.each<[string, string, BusinessKind]>([
    ['I trained as a hairdresser and now run a dog grooming salon in Leeds', 'en', 'pet-groomer'],
    ['Before opening the café I worked in a law firm and a bakery in Bristol', 'en', 'cafe'],
    ['Trabalhei num hotel durante dez anos; agora temos uma pequena livraria em Évora', 'pt', 'bookstore'],
    [
      'Tattoo studio in Leeds; the shop is open from noon and the shop dog is friendly',
      'en',
      'tattoo-studio',
    ],
    ['Our bistro is in the old school; he is a carpenter and built every table', 'en', 'restaurant'],
    ['Family-run hotel in Bath. We also have a restaurant.', 'en', 'hotel'],
    ['Dog grooming salon in Leeds. The salon is next to the park', 'en', 'pet-groomer'],
    // A perfect tense or a present is the business itself, not a past job.
    ['I have worked as a wedding photographer for ten years', 'en', 'photographer'],
    ['Ich arbeite seit zehn Jahren als Hochzeitsfotografin in Köln', 'de', 'photographer'],
  ])(
    'reads past jobs, people and the shop again as the story, not the business: "%s"',
    (brief, language, kind) => {
      const result = classifyBusiness(brief, language);
      expect(result.id).toBe(kind);
      expect(result.confidence).toBeGreaterThanOrEqual(KIND_CONFIDENCE_THRESHOLD);
    },
  );

  it.each<[string, string, string]>([
    ['Climbing gym booking app', 'en', 'climbing gym booking app'],
    ['Meditation app with guided sessions', 'en', 'meditation app'],
    ['Restaurant reservation software for small teams', 'en', 'restaurant reservation software'],
    ['Fitness-App für Kletterer', 'de', 'Fitness-App'],
  ])('makes software the head of what it is about: "%s"', (brief, language, noun) => {
    const result = classifyBusiness(brief, language);
    expect(result.id).toBe('saas');
    expect(result.noun).toBe(noun);
  });

  it.each<[string, string, BusinessKind, string]>([
    ['Taco truck in Denver', 'en', 'restaurant', 'taco truck'],
    ['Ice cream van in Norfolk', 'en', 'ice-cream-shop', 'ice cream van'],
    ['Brunch spot in Hackney', 'en', 'restaurant', 'brunch spot'],
    ['Puesto de tacos en Sevilla', 'es', 'restaurant', 'puesto de tacos'],
    ['Currywurst-Bude in Berlin', 'de', 'restaurant', 'Currywurst-Bude'],
  ])('names a food and the place that sells it: "%s"', (brief, language, kind, noun) => {
    const result = classifyBusiness(brief, language);
    expect(result.id).toBe(kind);
    expect(result.noun).toBe(noun);
    // The "van" of an ice cream van is not a removal firm's.
    expect(result.alternatives.map((a) => a.id)).not.toContain('moving-company');
  });

  it('does not read a bike stand, a flower stall or a book cart as a food business', () => {
    expect(classifyBusiness('Bike stand and repairs in Leeds', 'en').family).not.toBe('food-drink');
    expect(classifyBusiness('Book cart at the market in York', 'en').family).not.toBe('food-drink');
  });

  it('gives the same answer every time', () => {
    const brief = 'Boutique hotel and wine bar in Porto with 9 rooms';
    const first = classifyBusiness(brief, 'en');
    for (let i = 0; i < 5; i++) expect(classifyBusiness(brief, 'en')).toEqual(first);
  });

  it('returns alternatives best first', () => {
    const { alternatives } = classifyBusiness('Bakery and café with a small bookshop corner', 'en');
    expect(alternatives.length).toBeGreaterThan(1);
    const scores = alternatives.map((a) => a.score);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
  });
});

describe('vocabulary', () => {
  // A minimal brief of one strong term must name its own kind: guards overlapping vocabulary.
  const strongTerms = VOCABULARY_KINDS.flatMap((kind) =>
    TERM_LANGUAGES.flatMap((language) =>
      (KIND_VOCABULARY[kind].strong[language] ?? []).map(
        (term) => [kind, language, parseTerm(term).body] as const,
      ),
    ),
  );

  it('has thousands of strong terms', () => {
    expect(strongTerms.length).toBeGreaterThan(2000);
  });

  it.each(VOCABULARY_KINDS)('every strong term of %s names it in "<term> in Lyon"', (kind) => {
    // Italian and Dutch terms too: a brief in those languages is read, though written in another.
    const wrong = strongTerms
      .filter(([k]) => k === kind)
      .flatMap(([, language, term]) => {
        const result = classifyBusiness(`${term} in Lyon`, language);
        return result.id === kind ? [] : [`${language} "${term}" → ${result.id} (${result.confidence})`];
      });
    expect(wrong).toEqual([]);
  });

  it.each(VOCABULARY_KINDS)('%s has a singular noun in each language, lower case except German', (kind) => {
    const { noun } = KIND_VOCABULARY[kind];
    // An acronym ("DJ") keeps its capitals in every language.
    const lower = (value: string, language: string) =>
      value.replace(/\p{L}+/gu, (word) =>
        word.length > 1 && word === word.toUpperCase() ? word : word.toLocaleLowerCase(language),
      );
    for (const language of COPY_LANGUAGES) {
      const value = noun[language];
      if (language === 'de') expect(value.charAt(0)).toBe(value.charAt(0).toLocaleUpperCase('de'));
      else expect(value).toBe(lower(value, language));
    }
  });

  it('rejects a missing kind, an unknown kind, vocabulary for generic and a missing language', () => {
    const copy = () => structuredClone(KIND_VOCABULARY) as Record<string, unknown>;
    const missing = copy();
    delete missing['tattoo-studio'];
    expect(() => validateKindsData(missing)).toThrow('kind "tattoo-studio" has no vocabulary');

    const unknown = copy();
    unknown.spaceship = structuredClone(KIND_VOCABULARY.bakery);
    expect(() => validateKindsData(unknown)).toThrow('"spaceship" is not a kind in BUSINESS_KIND_INFO');

    const generic = copy();
    generic.generic = structuredClone(KIND_VOCABULARY.bakery);
    expect(() => validateKindsData(generic)).toThrow('kind "generic" must have no vocabulary');

    const noGerman = copy() as KindsData;
    delete (noGerman.brewery.strong as Partial<Record<string, string[]>>).de;
    expect(() => validateKindsData(noGerman)).toThrow('/brewery/strong/de');

    const noNoun = copy() as KindsData;
    delete (noNoun.hostel.noun as Partial<Record<string, string>>).fr;
    expect(() => validateKindsData(noNoun)).toThrow('/hostel/noun/fr');
  });

  it('rejects a bad term, a phrase marked "*" and a strong term shared by two kinds', () => {
    const blank = structuredClone(KIND_VOCABULARY);
    blank.bakery.weak.en.push(' croissant');
    expect(() => validateKindsData(blank)).toThrow('/bakery/weak/en');

    const infix = structuredClone(KIND_VOCABULARY);
    infix.bakery.strong.de.push('*feine backwaren');
    expect(() => validateKindsData(infix)).toThrow('works on one word only');

    const shared = structuredClone(KIND_VOCABULARY);
    shared.cafe.strong.fr.push('boulangerie');
    expect(() => validateKindsData(shared)).toThrow('also a strong term of "bakery"');
  });

  it('takes Italian and Dutch terms as optional lists without a noun', () => {
    const none = structuredClone(KIND_VOCABULARY);
    for (const kind of VOCABULARY_KINDS) {
      for (const part of ['strong', 'weak'] as const) {
        delete none[kind][part].it;
        delete none[kind][part].nl;
      }
    }
    expect(() => validateKindsData(none)).not.toThrow();

    const blank = structuredClone(KIND_VOCABULARY);
    blank['bike-repair'].strong.nl = [' fietsenmaker'];
    expect(() => validateKindsData(blank)).toThrow('/bike-repair/strong/nl');

    const noun = structuredClone(KIND_VOCABULARY) as unknown as Record<
      string,
      { noun: Record<string, string> }
    >;
    (noun.bakery as { noun: Record<string, string> }).noun.it = 'panificio';
    expect(() => validateKindsData(noun)).toThrow('/bakery/noun');

    const shared = structuredClone(KIND_VOCABULARY);
    shared.cafe.strong.nl = ['*bakkerij'];
    expect(() => validateKindsData(shared)).toThrow('also a strong term of "bakery"');
  });

  it('counts an Italian or Dutch term in full in a brief of that language', () => {
    const nl = classifyBusiness('Fietsenmaker in Utrecht', 'nl');
    const en = classifyBusiness('Fietsenmaker in Utrecht', 'en');
    expect(nl.id).toBe('bike-repair');
    expect(nl.confidence).toBeGreaterThan(en.confidence);
    expect(classifyBusiness('Enoteca a Firenze', 'it').id).toBe('wine-shop');
  });

  it('accepts the shipped data file', () => {
    expect(() => validateKindsData(structuredClone(KIND_VOCABULARY))).not.toThrow();
  });
});

describe('taxonomy', () => {
  it('has at least 65 kinds, keeps the first fifteen ids, and generic is the only neutral kind', () => {
    expect(BUSINESS_KINDS.length).toBeGreaterThanOrEqual(65);
    expect(BUSINESS_KINDS.slice(0, 15)).toEqual([
      'restaurant',
      'bakery',
      'salon',
      'law-firm',
      'clinic',
      'saas',
      'portfolio',
      'trades',
      'fitness',
      'nonprofit',
      'agency',
      'real-estate',
      'hotel',
      'school',
      'generic',
    ]);
    expect(BUSINESS_KINDS.filter((kind) => kindInfo(kind).family === 'neutral')).toEqual(['generic']);
  });

  it.each(KIND_FAMILIES.filter((family) => family !== 'neutral'))(
    'family %s has at least two kinds',
    (family) => {
      expect(BUSINESS_KINDS.filter((kind) => kindInfo(kind).family === family).length).toBeGreaterThanOrEqual(
        2,
      );
    },
  );

  it('uses kebab-case ids and PascalCase schema.org type names', () => {
    for (const kind of BUSINESS_KINDS) {
      expect(kind).toMatch(/^[a-z]+(-[a-z]+)*$/);
      expect(kindInfo(kind).schemaType).toMatch(/^[A-Z][A-Za-z]+$/);
    }
  });

  it.each<[string, string, string]>([
    ['Ink & Iron, a tattoo studio in Berlin', 'en', 'TattooParlor'],
    ['Clínica veterinária em Braga', 'pt', 'VeterinaryCare'],
    ['animal shelter in Leeds', 'en', 'AnimalShelter'],
    ['brewery taproom in Asheville', 'en', 'Brewery'],
    ['bike workshop in Utrecht', 'en', 'LocalBusiness'],
    ['bike shop in Utrecht', 'en', 'BikeStore'],
    ['Caviste à Lyon', 'fr', 'LiquorStore'],
    ['Mobile DJ in Kent', 'en', 'EntertainmentBusiness'],
    ['Kinderarztpraxis in Freiburg', 'de', 'Physician'],
    ['boutique hotel in Porto', 'en', 'Hotel'],
    ['Cocktail bar in Soho', 'en', 'BarOrPub'],
    ['Day spa in Bath', 'en', 'DaySpa'],
    ['Zahnarztpraxis in Köln', 'de', 'Dentist'],
    ['Notary public in Manchester', 'en', 'Notary'],
    ['We help people.', 'en', 'LocalBusiness'],
  ])('the JSON-LD of "%s" is a %s', (brief, language, type) => {
    const kind = classifyBusiness(brief, language);
    expect(kind.schemaType).toBe(type);
    expect(schemaType(kind.id)).toBe(type);
    const jsonLd = businessJsonLd({
      kind: kind.id,
      name: 'Test',
      url: 'https://example.com',
      description: brief,
      locale: language,
      sameAs: [],
    });
    expect(jsonLd['@type']).toBe(type);
  });

  it('falls back to LocalBusiness for a kind it does not know', () => {
    expect(schemaType('spaceship')).toBe('LocalBusiness');
    expect(schemaType(undefined)).toBe('LocalBusiness');
  });
});
