// The few words the renderer itself puts on a page (everything else is the document's own content). Looked up
// by language subtag; a language without an entry gets English.

export interface UiStrings {
  skip: string;
  mainNav: string;
  /** The button that opens the main navigation where it does not fit on one line. */
  menu: string;
  languageNav: string;
  footerNav: string;
  social: string;
  hours: string;
  day: string;
  open: string;
  closed: string;
  address: string;
  phone: string;
  email: string;
  map: string;
  required: string;
  /** The empty first choice of a select. */
  choose: string;
  formMailNote: string;
  /** The label of the field people leave empty and form-filling robots fill in. */
  formTrap: string;
  formSentTitle: string;
  formSentBody: string;
  popular: string;
  /** "{n}" is the rating. */
  rating: string;
  /** "{name}" is the author. */
  by: string;
  allPosts: string;
  notFoundTitle: string;
  notFoundBody: string;
  home: string;
  period: Record<'once' | 'hour' | 'day' | 'week' | 'month' | 'year', string>;
}

const en: UiStrings = {
  skip: 'Skip to content',
  mainNav: 'Main',
  menu: 'Menu',
  languageNav: 'Language',
  footerNav: 'Footer',
  social: 'Follow us',
  hours: 'Opening hours',
  day: 'Day',
  open: 'Hours',
  closed: 'Closed',
  address: 'Address',
  phone: 'Phone',
  email: 'Email',
  map: 'Open the map',
  required: 'required',
  choose: 'Choose…',
  formMailNote: 'Sending opens your email app with your message ready to go.',
  formTrap: 'Leave this field empty',
  formSentTitle: 'Thank you, your message was sent',
  formSentBody: 'We have received it and will reply as soon as we can.',
  popular: 'Most popular',
  rating: 'Rated {n} out of 5',
  by: 'By {name}',
  allPosts: 'All posts',
  notFoundTitle: 'Page not found',
  notFoundBody: 'The page you were looking for is not here. It may have moved.',
  home: 'Go to the home page',
  period: {
    once: 'one-off',
    hour: 'per hour',
    day: 'per day',
    week: 'per week',
    month: 'per month',
    year: 'per year',
  },
};

const pt: UiStrings = {
  skip: 'Saltar para o conteúdo',
  mainNav: 'Principal',
  menu: 'Menu',
  languageNav: 'Idioma',
  footerNav: 'Rodapé',
  social: 'Siga-nos',
  hours: 'Horário',
  day: 'Dia',
  open: 'Horas',
  closed: 'Encerrado',
  address: 'Morada',
  phone: 'Telefone',
  email: 'Email',
  map: 'Abrir o mapa',
  required: 'obrigatório',
  choose: 'Escolha…',
  formMailNote: 'Ao enviar, abre-se a sua aplicação de email com a mensagem pronta.',
  formTrap: 'Deixe este campo vazio',
  formSentTitle: 'Obrigado, a sua mensagem foi enviada',
  formSentBody: 'Recebemo-la e responderemos assim que possível.',
  popular: 'O mais escolhido',
  rating: 'Avaliação de {n} em 5',
  by: 'Por {name}',
  allPosts: 'Todos os artigos',
  notFoundTitle: 'Página não encontrada',
  notFoundBody: 'A página que procura não está aqui. Pode ter mudado de sítio.',
  home: 'Ir para a página inicial',
  period: {
    once: 'pagamento único',
    hour: 'por hora',
    day: 'por dia',
    week: 'por semana',
    month: 'por mês',
    year: 'por ano',
  },
};

const es: UiStrings = {
  skip: 'Saltar al contenido',
  mainNav: 'Principal',
  menu: 'Menú',
  languageNav: 'Idioma',
  footerNav: 'Pie de página',
  social: 'Síguenos',
  hours: 'Horario',
  day: 'Día',
  open: 'Horas',
  closed: 'Cerrado',
  address: 'Dirección',
  phone: 'Teléfono',
  email: 'Correo',
  map: 'Abrir el mapa',
  required: 'obligatorio',
  choose: 'Elige…',
  formMailNote: 'Al enviar se abre tu aplicación de correo con el mensaje listo.',
  formTrap: 'Deja este campo vacío',
  formSentTitle: 'Gracias, tu mensaje se ha enviado',
  formSentBody: 'Lo hemos recibido y te responderemos lo antes posible.',
  popular: 'El más elegido',
  rating: 'Valoración de {n} sobre 5',
  by: 'Por {name}',
  allPosts: 'Todas las entradas',
  notFoundTitle: 'Página no encontrada',
  notFoundBody: 'La página que buscas no está aquí. Puede que se haya movido.',
  home: 'Ir a la página de inicio',
  period: {
    once: 'pago único',
    hour: 'por hora',
    day: 'por día',
    week: 'por semana',
    month: 'al mes',
    year: 'al año',
  },
};

const fr: UiStrings = {
  skip: 'Aller au contenu',
  mainNav: 'Principal',
  menu: 'Menu',
  languageNav: 'Langue',
  footerNav: 'Pied de page',
  social: 'Suivez-nous',
  hours: 'Horaires',
  day: 'Jour',
  open: 'Heures',
  closed: 'Fermé',
  address: 'Adresse',
  phone: 'Téléphone',
  email: 'E-mail',
  map: 'Ouvrir la carte',
  required: 'obligatoire',
  choose: 'Choisissez…',
  formMailNote: 'L’envoi ouvre votre messagerie avec votre message prêt à partir.',
  formTrap: 'Laissez ce champ vide',
  formSentTitle: 'Merci, votre message a été envoyé',
  formSentBody: 'Nous l’avons bien reçu et vous répondrons dès que possible.',
  popular: 'Le plus choisi',
  rating: 'Noté {n} sur 5',
  by: 'Par {name}',
  allPosts: 'Tous les articles',
  notFoundTitle: 'Page introuvable',
  notFoundBody: 'La page que vous cherchez n’est pas ici. Elle a peut-être été déplacée.',
  home: 'Aller à l’accueil',
  period: {
    once: 'paiement unique',
    hour: 'par heure',
    day: 'par jour',
    week: 'par semaine',
    month: 'par mois',
    year: 'par an',
  },
};

const de: UiStrings = {
  skip: 'Zum Inhalt springen',
  mainNav: 'Hauptmenü',
  menu: 'Menü',
  languageNav: 'Sprache',
  footerNav: 'Fußzeile',
  social: 'Folgen Sie uns',
  hours: 'Öffnungszeiten',
  day: 'Tag',
  open: 'Zeiten',
  closed: 'Geschlossen',
  address: 'Adresse',
  phone: 'Telefon',
  email: 'E-Mail',
  map: 'Karte öffnen',
  required: 'Pflichtfeld',
  choose: 'Bitte wählen…',
  formMailNote: 'Beim Senden öffnet sich Ihr E-Mail-Programm mit der fertigen Nachricht.',
  formTrap: 'Lassen Sie dieses Feld leer',
  formSentTitle: 'Danke, Ihre Nachricht wurde gesendet',
  formSentBody: 'Wir haben sie erhalten und antworten so bald wie möglich.',
  popular: 'Am beliebtesten',
  rating: 'Bewertet mit {n} von 5',
  by: 'Von {name}',
  allPosts: 'Alle Beiträge',
  notFoundTitle: 'Seite nicht gefunden',
  notFoundBody: 'Die gesuchte Seite ist nicht hier. Vielleicht wurde sie verschoben.',
  home: 'Zur Startseite',
  period: {
    once: 'einmalig',
    hour: 'pro Stunde',
    day: 'pro Tag',
    week: 'pro Woche',
    month: 'pro Monat',
    year: 'pro Jahr',
  },
};

const it: UiStrings = {
  skip: 'Vai al contenuto',
  mainNav: 'Principale',
  menu: 'Menu',
  languageNav: 'Lingua',
  footerNav: 'Piè di pagina',
  social: 'Seguici',
  hours: 'Orari',
  day: 'Giorno',
  open: 'Orario',
  closed: 'Chiuso',
  address: 'Indirizzo',
  phone: 'Telefono',
  email: 'Email',
  map: 'Apri la mappa',
  required: 'obbligatorio',
  choose: 'Scegli…',
  formMailNote: 'L’invio apre la tua app di posta con il messaggio pronto.',
  formTrap: 'Lascia vuoto questo campo',
  formSentTitle: 'Grazie, il tuo messaggio è stato inviato',
  formSentBody: 'Lo abbiamo ricevuto e ti risponderemo il prima possibile.',
  popular: 'Il più scelto',
  rating: 'Valutazione {n} su 5',
  by: 'Di {name}',
  allPosts: 'Tutti gli articoli',
  notFoundTitle: 'Pagina non trovata',
  notFoundBody: 'La pagina che cerchi non è qui. Potrebbe essere stata spostata.',
  home: 'Vai alla home page',
  period: {
    once: 'una tantum',
    hour: 'all’ora',
    day: 'al giorno',
    week: 'a settimana',
    month: 'al mese',
    year: 'all’anno',
  },
};

const nl: UiStrings = {
  skip: 'Naar de inhoud',
  mainNav: 'Hoofdmenu',
  menu: 'Menu',
  languageNav: 'Taal',
  footerNav: 'Voettekst',
  social: 'Volg ons',
  hours: 'Openingstijden',
  day: 'Dag',
  open: 'Tijden',
  closed: 'Gesloten',
  address: 'Adres',
  phone: 'Telefoon',
  email: 'E-mail',
  map: 'Open de kaart',
  required: 'verplicht',
  choose: 'Kies…',
  formMailNote: 'Bij verzenden opent je e-mailprogramma met het bericht klaar.',
  formTrap: 'Laat dit veld leeg',
  formSentTitle: 'Bedankt, je bericht is verzonden',
  formSentBody: 'We hebben het ontvangen en antwoorden zo snel mogelijk.',
  popular: 'Meest gekozen',
  rating: 'Beoordeeld met {n} van 5',
  by: 'Door {name}',
  allPosts: 'Alle berichten',
  notFoundTitle: 'Pagina niet gevonden',
  notFoundBody: 'De pagina die je zoekt is er niet. Misschien is ze verhuisd.',
  home: 'Naar de startpagina',
  period: {
    once: 'eenmalig',
    hour: 'per uur',
    day: 'per dag',
    week: 'per week',
    month: 'per maand',
    year: 'per jaar',
  },
};

const BY_LANGUAGE: Record<string, UiStrings> = { en, pt, es, fr, de, it, nl };

export function uiStrings(locale: string): UiStrings {
  const language = locale.split('-')[0] ?? 'en';
  return Object.hasOwn(BY_LANGUAGE, language) ? (BY_LANGUAGE[language] ?? en) : en;
}
