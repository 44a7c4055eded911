// The few words the renderer itself puts on a page (everything else is the document's own content). Looked up
// by language subtag; a language without an entry gets English.

/** What can be wrong with a contact form message; the form endpoint names one per field, or for the form. */
export type FormProblemCode =
  | 'required'
  | 'tooLong'
  | 'email'
  | 'tel'
  | 'date'
  | 'number'
  | 'choice'
  | 'checkbox'
  | 'tooFast'
  | 'stale'
  | 'links'
  | 'blocked'
  | 'tooMany';

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
  formNotSentTitle: string;
  formNotSentBody: string;
  /** Why the form endpoint did not take a message, beside the field or above the form; "{n}" is a number. */
  formProblem: Record<FormProblemCode, string>;
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
  formNotSentTitle: 'Your message was not sent',
  formNotSentBody: 'Nothing you wrote is lost: it is below. Correct what is marked and send it again.',
  formProblem: {
    required: 'Fill this in.',
    tooLong: 'Shorten this to {n} characters or fewer.',
    email: 'Enter an email address, like name@example.com.',
    tel: 'Enter a phone number: digits, spaces and + ( ) - only.',
    date: 'Enter a date.',
    number: 'Enter a number.',
    choice: 'Choose one of the options.',
    checkbox: 'Tick the box, or leave it empty.',
    tooFast:
      'It was sent too soon after the page opened for us to tell it from a robot. Wait a few seconds and send it again.',
    stale: 'The page was opened too long ago. Send it again now.',
    links: 'A message may contain at most {n} links. Remove some and send it again.',
    blocked: 'The message contains words this site does not accept. Rephrase it and send it again.',
    tooMany: 'Too many messages were sent just now. Wait {n} seconds and send it again.',
  },
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
  formNotSentTitle: 'A sua mensagem não foi enviada',
  formNotSentBody:
    'Nada do que escreveu se perdeu: está abaixo. Corrija o que está assinalado e envie de novo.',
  formProblem: {
    required: 'Preencha este campo.',
    tooLong: 'Encurte para {n} caracteres ou menos.',
    email: 'Indique um endereço de email, como nome@exemplo.com.',
    tel: 'Indique um número de telefone: só algarismos, espaços e + ( ) -.',
    date: 'Indique uma data.',
    number: 'Indique um número.',
    choice: 'Escolha uma das opções.',
    checkbox: 'Marque a caixa ou deixe-a vazia.',
    tooFast:
      'Foi enviada demasiado depressa depois de a página abrir para a distinguirmos de um robô. Aguarde uns segundos e envie de novo.',
    stale: 'A página foi aberta há demasiado tempo. Envie de novo agora.',
    links: 'Uma mensagem pode ter no máximo {n} links. Retire alguns e envie de novo.',
    blocked: 'A mensagem contém palavras que este site não aceita. Reformule-a e envie de novo.',
    tooMany: 'Foram enviadas demasiadas mensagens agora mesmo. Aguarde {n} segundos e envie de novo.',
  },
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
  formNotSentTitle: 'Tu mensaje no se ha enviado',
  formNotSentBody:
    'No se ha perdido nada de lo que escribiste: está abajo. Corrige lo marcado y envíalo de nuevo.',
  formProblem: {
    required: 'Rellena este campo.',
    tooLong: 'Acórtalo a {n} caracteres o menos.',
    email: 'Escribe una dirección de email, como nombre@ejemplo.com.',
    tel: 'Escribe un número de teléfono: solo cifras, espacios y + ( ) -.',
    date: 'Escribe una fecha.',
    number: 'Escribe un número.',
    choice: 'Elige una de las opciones.',
    checkbox: 'Marca la casilla o déjala vacía.',
    tooFast:
      'Se envió demasiado pronto tras abrir la página para distinguirlo de un robot. Espera unos segundos y envíalo de nuevo.',
    stale: 'La página se abrió hace demasiado tiempo. Envíalo de nuevo ahora.',
    links: 'Un mensaje puede tener como máximo {n} enlaces. Quita algunos y envíalo de nuevo.',
    blocked: 'El mensaje contiene palabras que este sitio no acepta. Reformúlalo y envíalo de nuevo.',
    tooMany: 'Se han enviado demasiados mensajes ahora mismo. Espera {n} segundos y envíalo de nuevo.',
  },
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
  formNotSentTitle: 'Votre message n’a pas été envoyé',
  formNotSentBody:
    'Rien de ce que vous avez écrit n’est perdu : c’est ci-dessous. Corrigez ce qui est signalé et envoyez-le à nouveau.',
  formProblem: {
    required: 'Remplissez ce champ.',
    tooLong: 'Raccourcissez à {n} caractères au plus.',
    email: 'Saisissez une adresse e-mail, comme nom@exemple.com.',
    tel: 'Saisissez un numéro de téléphone : chiffres, espaces et + ( ) - uniquement.',
    date: 'Saisissez une date.',
    number: 'Saisissez un nombre.',
    choice: 'Choisissez l’une des options.',
    checkbox: 'Cochez la case ou laissez-la vide.',
    tooFast:
      'Il a été envoyé trop tôt après l’ouverture de la page pour le distinguer d’un robot. Attendez quelques secondes et envoyez-le à nouveau.',
    stale: 'La page a été ouverte il y a trop longtemps. Envoyez-le à nouveau maintenant.',
    links: 'Un message peut contenir au plus {n} liens. Retirez-en et envoyez-le à nouveau.',
    blocked: 'Le message contient des mots que ce site n’accepte pas. Reformulez-le et envoyez-le à nouveau.',
    tooMany: 'Trop de messages viennent d’être envoyés. Attendez {n} secondes et envoyez-le à nouveau.',
  },
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
  formNotSentTitle: 'Ihre Nachricht wurde nicht gesendet',
  formNotSentBody:
    'Nichts von dem, was Sie geschrieben haben, ist verloren: Es steht unten. Korrigieren Sie das Markierte und senden Sie es erneut.',
  formProblem: {
    required: 'Bitte ausfüllen.',
    tooLong: 'Bitte auf höchstens {n} Zeichen kürzen.',
    email: 'Geben Sie eine E-Mail-Adresse ein, etwa name@beispiel.de.',
    tel: 'Geben Sie eine Telefonnummer ein: nur Ziffern, Leerzeichen und + ( ) -.',
    date: 'Geben Sie ein Datum ein.',
    number: 'Geben Sie eine Zahl ein.',
    choice: 'Wählen Sie eine der Optionen.',
    checkbox: 'Kreuzen Sie das Kästchen an oder lassen Sie es leer.',
    tooFast:
      'Sie wurde so kurz nach dem Öffnen der Seite gesendet, dass wir sie nicht von einem Roboter unterscheiden können. Warten Sie ein paar Sekunden und senden Sie sie erneut.',
    stale: 'Die Seite wurde vor zu langer Zeit geöffnet. Senden Sie sie jetzt erneut.',
    links:
      'Eine Nachricht darf höchstens {n} Links enthalten. Entfernen Sie einige und senden Sie sie erneut.',
    blocked:
      'Die Nachricht enthält Wörter, die diese Website nicht annimmt. Formulieren Sie sie um und senden Sie sie erneut.',
    tooMany:
      'Gerade wurden zu viele Nachrichten gesendet. Warten Sie {n} Sekunden und senden Sie sie erneut.',
  },
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
  formNotSentTitle: 'Il tuo messaggio non è stato inviato',
  formNotSentBody:
    'Niente di ciò che hai scritto è andato perso: è qui sotto. Correggi ciò che è segnalato e invialo di nuovo.',
  formProblem: {
    required: 'Compila questo campo.',
    tooLong: 'Accorcia a {n} caratteri o meno.',
    email: 'Inserisci un indirizzo email, come nome@esempio.it.',
    tel: 'Inserisci un numero di telefono: solo cifre, spazi e + ( ) -.',
    date: 'Inserisci una data.',
    number: 'Inserisci un numero.',
    choice: 'Scegli una delle opzioni.',
    checkbox: 'Spunta la casella o lasciala vuota.',
    tooFast:
      'È stato inviato troppo presto dopo l’apertura della pagina per distinguerlo da un robot. Attendi qualche secondo e invialo di nuovo.',
    stale: 'La pagina è stata aperta troppo tempo fa. Invialo di nuovo ora.',
    links: 'Un messaggio può contenere al massimo {n} link. Rimuovine alcuni e invialo di nuovo.',
    blocked: 'Il messaggio contiene parole che questo sito non accetta. Riformulalo e invialo di nuovo.',
    tooMany: 'Sono stati inviati troppi messaggi proprio ora. Attendi {n} secondi e invialo di nuovo.',
  },
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
  formNotSentTitle: 'Je bericht is niet verzonden',
  formNotSentBody:
    'Niets van wat je schreef is verloren: het staat hieronder. Verbeter wat gemarkeerd is en verzend het opnieuw.',
  formProblem: {
    required: 'Vul dit in.',
    tooLong: 'Kort dit in tot hoogstens {n} tekens.',
    email: 'Vul een e-mailadres in, zoals naam@voorbeeld.nl.',
    tel: 'Vul een telefoonnummer in: alleen cijfers, spaties en + ( ) -.',
    date: 'Vul een datum in.',
    number: 'Vul een getal in.',
    choice: 'Kies een van de opties.',
    checkbox: 'Vink het vakje aan of laat het leeg.',
    tooFast:
      'Het werd zo snel na het openen van de pagina verzonden dat we het niet van een robot kunnen onderscheiden. Wacht een paar seconden en verzend het opnieuw.',
    stale: 'De pagina is te lang geleden geopend. Verzend het nu opnieuw.',
    links: 'Een bericht mag hoogstens {n} links bevatten. Haal er enkele weg en verzend het opnieuw.',
    blocked:
      'Het bericht bevat woorden die deze site niet aanneemt. Formuleer het anders en verzend het opnieuw.',
    tooMany: 'Er zijn net te veel berichten verzonden. Wacht {n} seconden en verzend het opnieuw.',
  },
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
