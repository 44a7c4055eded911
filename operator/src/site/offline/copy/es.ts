import type { CopyVars, LocaleCopy } from './types.ts';
import { word } from './words.ts';

// Spanish copy, addressing the reader as "tú" as most small businesses in Spain do ("more formal" switches
// to "usted"). Mirrors en.ts section by section.

const tag = (v: CopyVars, fallback: string) =>
  [v.place, v.year ? `desde ${v.year}` : undefined].filter(Boolean).join(' · ') || fallback;

const capital = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

export const es: LocaleCopy = {
  common: {
    where: (place) => `en ${place}`,
    since: (year) => `desde ${year}`,
    list: (items) =>
      items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} y ${items.at(-1)}`,
    builtName: (descriptor, place) => `${descriptor} ${place}`,
    pages: {
      home: 'Inicio',
      about: 'Nosotros',
      contact: 'Contacto',
      blog: 'Blog',
      team: 'Equipo',
      faq: 'Preguntas',
    },
    seo: {
      home: (name, noun, where) => `${name} · ${noun}${where}`,
      page: (title, name) => `${title} · ${name}`,
      blog: (name) => `Noticias e historias de ${name}.`,
      contact: (name, where) => `Dirección, horario y contacto de ${name}${where}.`,
    },
    reviewsHeading: 'Lo que dicen de nosotros',
    faqHeading: 'Preguntas frecuentes',
    logosHeading: 'En buena compañía',
    blog: {
      heading: 'Blog',
      intro: (v) => `Novedades, historias entre bastidores y consejos prácticos de ${v.name}.`,
      latest: 'Lo último del blog',
    },
    contact: {
      heading: 'Escríbenos',
      intro: (v) =>
        `Llámanos, escríbenos o pásate a vernos${v.where}. Respondemos a todos los mensajes en un día laborable.`,
      call: 'Llámanos',
      email: 'Email',
      hours: 'Horario',
      closedOn: (days) => `Cerrado: ${days}.`,
      alwaysOpen: 'Abierto 24 horas al día, 7 días a la semana, festivos incluidos.',
      mapAlt: 'Mapa',
      form: {
        name: 'Tu nombre',
        email: 'Email',
        phone: 'Teléfono (opcional)',
        topic: '¿Sobre qué nos escribes?',
        message: 'Mensaje',
        messagePlaceholder: 'Cuéntanos un poco lo que necesitas',
        submit: 'Enviar mensaje',
        success: '¡Gracias! Tu mensaje está en camino y te responderemos muy pronto.',
      },
    },
    weekdays: ['lunes', 'martes', 'miércoles', 'jueves', 'viernes', 'sábado', 'domingo'],
    footer: (name, noun, where, since) => `${name}, ${noun}${where}${since}.`,
    priceNotes: {
      from: 'desde',
      perHour: 'por hora',
      perNight: 'por noche',
      perPerson: 'por persona',
      perClass: 'por sesión',
      perMonth: 'al mes',
    },
    actions: { contact: 'Contáctanos', learnMore: 'Saber más', readMore: 'Leer más' },
    improve: {
      formal: [
        [word('escríbenos'), 'escríbanos'],
        [word('llámanos'), 'llámenos'],
        [word('cuéntanos'), 'cuéntenos'],
        [word('contáctanos'), 'contáctenos'],
        [word('pásate a vernos'), 'visítenos'],
        [word('ven'), 'venga'],
        [word('reserva tu'), 'reserve su'],
        [word('pide'), 'pida'],
        [word('te'), 'le'],
        [word('tu'), 'su'],
        [word('tus'), 'sus'],
        [word('necesitas'), 'necesita'],
        [word('quieres'), 'quiere'],
        [word('puedes'), 'puede'],
        [word('hola'), 'buenos días'],
        [/¡/g, ''],
        [/!/g, '.'],
      ],
      friendly: [
        [word('escríbanos'), 'escríbenos'],
        [word('llámenos'), 'llámanos'],
        [word('contáctenos'), 'contáctanos'],
        [word('visítenos'), 'pásate a vernos'],
        [word('buenos días'), 'hola'],
      ],
    },
  },
  kinds: {
    restaurant: {
      noun: 'restaurante',
      names: ['La Mesa Larga', 'Sal y Brasa', 'Cocina de la Calle'],
      hero: {
        eyebrow: (v) => tag(v, 'Cocina de temporada'),
        headings: [
          (v) => `Un sitio en nuestra mesa${v.where}`,
          () => 'Cocina de temporada, platos generosos, buen vino',
        ],
        subheading: (v) =>
          v.products
            ? `${capital(v.products)}, cocinados desde cero con lo que trae el mercado cada mañana.`
            : 'Una carta corta que sigue las estaciones, cocinada desde cero con producto de gente a la que conocemos.',
        action: 'Ver la carta',
      },
      features: {
        heading: 'Por qué la gente vuelve',
        intro: (v) => `En ${v.name} todo se hace en nuestra cocina, del fondo al helado.`,
        items: [
          [
            'Del mercado al plato',
            'Compramos a agricultores y pescadores locales y escribimos las sugerencias del día en la pizarra.',
          ],
          ['Hecho desde cero', 'Pan, salsas, pasta y postres: todo se hace en casa, nada se compra hecho.'],
          [
            'Sitio para todos',
            'Rincones tranquilos para dos, una mesa larga para cumpleaños y menú para los peques.',
          ],
        ],
      },
      stats: {
        since: 'Cocinando desde',
        items: [
          ['4,7/5', 'Valoración media'],
          ['90 %', 'Producto de menos de 100 km'],
        ],
      },
      reviews: [
        [
          'Vinimos a cenar una vez y volvimos tres veces en la misma semana. El cordero asado a fuego lento es inolvidable.',
          'De visita en la ciudad',
        ],
        [
          'Trato cercano, precios honestos y los mejores postres de la ciudad. Nuestro sitio para celebraciones en familia.',
          'Cliente habitual',
        ],
        [
          'Se acordaron de mi alergia de la última visita sin que yo dijera nada. Eso es hospitalidad de verdad.',
          'Vecina del barrio',
        ],
      ],
      offer: {
        title: 'Carta',
        heading: 'En la carta',
        intro: 'Nuestra carta cambia con las estaciones. Pregunta por las sugerencias del día y el maridaje.',
        productNote: 'Un clásico de la casa, hecho al momento.',
        groups: [
          {
            name: 'Entrantes',
            items: [
              ['Pan y aceite', 'Nuestro pan de masa madre con aceite de oliva de la zona y sal en escamas.'],
              ['Sopa del día', 'Hecha cada mañana con lo mejor del mercado.'],
              ['Pulpo a la brasa', 'Con pimentón ahumado, patata chafada y limón.'],
            ],
          },
          {
            name: 'Principales',
            items: [
              ['Pescado del día', 'A la brasa entero, con hierbas, verduras y salsa verde.'],
              ['Cordero a fuego lento', 'Siete horas al horno, con tubérculos asados y su jugo.'],
              ['Risotto de setas', 'Arroz carnaroli, queso curado y tomillo. Vegetariano.'],
            ],
          },
          {
            name: 'Postres',
            items: [
              ['Tarta de queso al horno', 'Cremosa por dentro, tostada por fuera.'],
              ['Mousse de chocolate', 'Chocolate negro, aceite de oliva y una pizca de sal.'],
              ['Fruta de temporada', 'Servida sin más, de los mismos productores que nuestras verduras.'],
            ],
          },
        ],
      },
      gallery: {
        title: 'Galería',
        heading: 'Desde nuestra cocina',
        intro: 'Un vistazo a la sala, los platos y las personas que hay detrás.',
        captions: [
          'El comedor un viernes por la noche',
          'Recién llegado del mercado',
          'El pase, justo antes del servicio',
          'El postre, la mejor parte',
        ],
      },
      story: {
        heading: 'Nuestra historia',
        paragraphs: [
          (v) =>
            v.year
              ? `${v.name} abrió sus puertas en ${v.year} con una idea sencilla: cocinar la comida que nos gusta comer, con ingredientes de confianza, y servirla como en casa.`
              : `${v.name} nació de una idea sencilla: cocinar la comida que nos gusta comer, con ingredientes de confianza, y servirla como en casa.`,
          (v) =>
            `Hoy seguimos yendo al mercado cada mañana, haciendo nuestro pan y conociendo a la mayoría de nuestros clientes por su nombre. Si estás${v.where || ' cerca'}, ven a comer con nosotros.`,
        ],
      },
      values: {
        heading: 'En qué creemos',
        intro: 'Un restaurante es tan bueno como sus costumbres. Estas son las nuestras.',
        items: [
          'Cocinar con las estaciones, no contra ellas',
          'Pagar a nuestros productores de forma justa y a tiempo',
          'Desperdiciar lo menos posible',
          'Tratar a cada cliente como a uno de la casa',
        ],
      },
      team: {
        heading: 'Quién está en la cocina',
        intro: 'Un equipo pequeño que cocina, sirve y friega junto.',
        members: [
          [
            'Jefe de cocina',
            'Se formó en grandes cocinas y volvió a casa para cocinar la comida de nuestra tierra.',
          ],
          ['Jefa de sala', 'Conoce cada mesa, cada vino y los cumpleaños de casi todos los habituales.'],
          ['Pastelera', 'Al cargo del pan al amanecer y de los postres por la noche.'],
        ],
      },
      faq: [
        [
          '¿Hace falta reservar?',
          'Recomendamos reservar para cenas y fines de semana. Siempre guardamos algunas mesas para quien llega sin reserva.',
        ],
        [
          '¿Os adaptáis a alergias y dietas?',
          'Sí. Dínoslo al reservar o avisa a quien te atienda y la cocina adaptará los platos.',
        ],
        [
          '¿Podemos reservar el restaurante para un evento privado?',
          'Celebramos cumpleaños, cenas de empresa y bodas pequeñas. Escríbenos con la fecha y el número de invitados.',
        ],
        [
          '¿Hay menú infantil?',
          'Sí, con raciones más pequeñas de nuestros platos, y tronas si las necesitas.',
        ],
      ],
      cta: {
        heading: '¿Te ha entrado hambre?',
        body: 'Reserva mesa para esta noche o planea con nosotros tu próxima celebración.',
        action: 'Reservar mesa',
      },
      posts: [
        {
          title: 'Lo que el mercado nos ha enseñado esta temporada',
          excerpt:
            'Cómo la visita diaria al mercado decide la pizarra de sugerencias, y los platos que más nos ilusionan.',
          paragraphs: [
            'Todas las mañanas empiezan igual: un paseo por el mercado antes del primer café. Vamos sin lista de la compra y volvemos con lo que mejor pinta, huele y sabe.',
            'Esta temporada han sido guisantes dulces, los primeros tomates del año y un pescado extraordinario. Cada uno se convirtió en sugerencia, y algunos se ganaron un sitio en la carta.',
            'Cocinar así mantiene a la cocina despierta. Y hace que nuestra carta nunca sea exactamente igual dos veces.',
          ],
          subheading: 'Del puesto al plato',
          quote: 'La buena cocina empieza por la buena compra.',
        },
        {
          title: 'Guía para maridar vino con nuestra carta',
          excerpt:
            'Nuestra jefa de sala comparte unas reglas sencillas para elegir botella, tanto si pides pescado, carne o solo postre.',
          paragraphs: [
            'No hace falta ser experto para disfrutar del vino. Empieza por lo que te gusta y deja que la comida te guíe.',
            'Los blancos y rosados frescos adoran el marisco y las ensaladas. Nuestros guisos lentos piden un tinto con estructura. Y nunca te saltes una copa de vino dulce con el postre.',
            'Si dudas, pregunta. Siempre nos encanta abrir una botella y darte a probar.',
          ],
        },
      ],
      enquiries: ['Reserva de mesa', 'Evento privado', 'Otro asunto'],
      imageAlt: { hero: 'Una mesa preparada para la cena', story: 'Nuestro comedor' },
    },
    bakery: {
      noun: 'panadería',
      names: ['Panadería La Aurora', 'Horno de la Villa', 'Espiga Dorada'],
      hero: {
        eyebrow: (v) => tag(v, 'Panadería y café'),
        headings: [
          (v) => `Pan recién hecho cada mañana${v.where}`,
          () => 'Hecho con calma, comido con gusto',
        ],
        subheading: (v) =>
          v.products
            ? `${capital(v.products)}, recién salidos de nuestro horno${v.year ? ` desde ${v.year}` : ''}. Ven pronto: lo mejor vuela.`
            : 'Pan de fermentación lenta, bollería de mantequilla y buen café, recién salidos del horno cada mañana.',
        action: 'Ver qué hay en el horno',
      },
      features: {
        heading: 'Por qué nuestro pan sabe distinto',
        intro: 'Sin atajos ni aditivos: solo harina, agua, sal y tiempo.',
        items: [
          [
            'Masa lenta',
            'Cada pan reposa hasta 24 horas antes de entrar al horno, para más sabor y mejor corteza.',
          ],
          [
            'Horneado al amanecer',
            'Los hornos se encienden antes de que salga el sol, así que todo lo del mostrador es de esta mañana.',
          ],
          [
            'Buenos ingredientes',
            'Harina molida a la piedra, mantequilla de verdad y huevos camperos de granjas cercanas.',
          ],
        ],
      },
      stats: {
        since: 'Horneando desde',
        items: [
          ['600+', 'Piezas de bollería al día'],
          ['24 h', 'De fermentación lenta'],
        ],
      },
      reviews: [
        [
          'El mejor pan que he encontrado en años. Corteza crujiente, miga tierna y aguanta varios días.',
          'Cliente de todos los sábados',
        ],
        [
          'Su bollería es peligrosa. Entro a por una barra y siempre salgo con una bolsa de caprichos.',
          'Vecina',
        ],
        ['Hicieron nuestra tarta de boda y la gente todavía habla de ella.', 'Clienta encantada'],
      ],
      offer: {
        title: 'Carta',
        heading: 'Horneado hoy',
        intro: 'Todo se hornea cada mañana. ¿Quieres que te guardemos algo? Llama antes y te lo apartamos.',
        productNote: 'Una de nuestras especialidades, horneada cada mañana.',
        groups: [
          {
            name: 'Pan',
            items: [
              [
                'Hogaza de masa madre',
                'Nuestro pan de cada día: 24 horas de fermentación y corteza crujiente.',
              ],
              ['Centeno con semillas', 'Denso, oscuro y lleno de semillas. Aguanta una semana.'],
              ['Panecillos rústicos', 'Perfectos para el desayuno o un bocadillo a mediodía.'],
            ],
          },
          {
            name: 'Bollería',
            items: [
              ['Cruasán de mantequilla', 'Tres días de elaboración, con mantequilla francesa.'],
              ['Rollo de canela', 'Tierno, pegajoso y generoso en canela.'],
              ['Tarta de fruta de temporada', 'Masa crujiente, crema de vainilla y la fruta del momento.'],
            ],
          },
          {
            name: 'Café y bebidas',
            items: [
              ['Café solo', 'De un pequeño tostador local.'],
              ['Café con leche', 'Con leche entera o bebida de avena.'],
              ['Zumo de naranja natural', 'Exprimido al momento.'],
            ],
          },
        ],
      },
      gallery: {
        title: 'Galería',
        heading: 'Recién salido del horno',
        intro: 'Un vistazo detrás del mostrador.',
        captions: [
          'Panes enfriándose en las rejillas',
          'La primera bandeja del día',
          'Formando la masa a mano',
          'Nuestro mostrador a la hora de abrir',
        ],
      },
      logos: { heading: 'Nuestros proveedores' },
      story: {
        heading: 'Nuestra historia',
        paragraphs: [
          (v) =>
            v.year
              ? `${v.name} hornea pan${v.where} desde ${v.year}. Lo que empezó con un horno y un cuaderno de recetas familiares sigue siendo, en el fondo, una panadería familiar.`
              : `${v.name} empezó con un horno y un cuaderno de recetas familiares, y en el fondo sigue siendo una panadería familiar.`,
          () =>
            'Horneamos como siempre: a mano, en tandas pequeñas, dejando tiempo a la masa para que haga su trabajo. Las recetas han pasado de generación en generación, y también la costumbre de guardar la última barra para un vecino.',
        ],
      },
      values: {
        heading: 'Cómo horneamos',
        intro: 'Unas reglas que nunca rompemos.',
        items: [
          'Harina, agua, sal y tiempo: nada más en nuestro pan',
          'Todo se hornea el mismo día en que se vende',
          'Lo que sobra va a entidades del barrio, nunca a la basura',
        ],
      },
      team: {
        heading: 'Los panaderos',
        intro: 'Madrugadores, todos y cada uno.',
        members: [
          ['Maestro panadero', 'Enciende los hornos a las cuatro y conoce cada masa al tacto.'],
          ['Pastelera', 'Las manos detrás de nuestros cruasanes y tartas de celebración.'],
          ['Mostrador', 'Sabe lo que vas a pedir antes de que llegues.'],
        ],
      },
      faq: [
        [
          '¿Puedo encargar una tarta para una ocasión especial?',
          'Sí. Avísanos con al menos tres días de antelación y dinos la fecha, el tamaño y el sabor que quieres.',
        ],
        [
          '¿Tenéis opciones sin gluten?',
          'Trabajamos con trigo todo el día, así que no podemos garantizar nada sin gluten. Pregúntanos por nuestros panes de espelta y centeno.',
        ],
        ['¿Puedo reservar pan?', 'Claro. Llama el día antes y te guardamos tu pan hasta el cierre.'],
        [
          '¿Servís a cafeterías y restaurantes?',
          'Servimos a algunos negocios del barrio. Escríbenos para hablar de repartos diarios.',
        ],
      ],
      cta: {
        heading: 'Ven a desayunar',
        body: (v) => `Café, un bollo calentito y el olor a pan recién hecho. Te esperamos${v.where}.`,
        action: 'Horario',
      },
      posts: [
        {
          title: 'Por qué dejamos reposar la masa 24 horas',
          excerpt:
            'La fermentación lenta es el secreto de nuestra corteza, nuestra miga y de que el pan dure más. Te contamos cómo funciona.',
          paragraphs: [
            'La mayor parte del pan que se vende hoy se hace en menos de dos horas. El nuestro tarda un día entero, y es a propósito.',
            'Mientras la masa reposa, levaduras y bacterias silvestres descomponen poco a poco la harina. Eso le da sabor, hace el pan más digestivo y crea una corteza que cruje al apretarla.',
            'Obliga a planificar con un día de antelación, todos los días. Creemos que la diferencia lo merece, y esperamos que tú también.',
          ],
          subheading: 'El tiempo es un ingrediente',
          quote: 'El buen pan no tiene prisa.',
        },
        {
          title: 'Cómo conservar el pan fresco más tiempo',
          excerpt:
            'Trucos sencillos para disfrutar de tu pan toda la semana, desde guardarlo bien hasta revivirlo en el horno.',
          paragraphs: [
            'Guarda el pan con el corte hacia abajo sobre una tabla de madera, o en una bolsa de lino. Nunca en la nevera: se pone duro antes.',
            'Si se ha endurecido un poco, salpícalo con agua y caliéntalo cinco minutos en el horno. Quedará casi como nuevo.',
            '¿Pan que no vas a terminar? Córtalo en rebanadas y congélalo. Tuéstalo directamente del congelador.',
          ],
        },
      ],
      enquiries: ['Encargo de tarta', 'Reserva de pan', 'Venta a negocios', 'Otro asunto'],
      imageAlt: { hero: 'Panes recién hechos en el mostrador', story: 'El horno de la panadería' },
    },
    salon: {
      noun: 'salón de belleza',
      names: ['Estudio Luz', 'La Sala de Corte', 'Brillo Beauty'],
      hero: {
        eyebrow: (v) => tag(v, 'Peluquería y belleza'),
        headings: [
          (v) => `Verte bien, sentirte mejor${v.where}`,
          () => 'Tiempo para ti, con todo el cuidado',
        ],
        subheading: (v) =>
          v.products
            ? `${capital(v.products)} con un equipo que primero escucha y después corta.`
            : 'Cortes, color y cuidados con un equipo que primero escucha y se toma el tiempo de hacerlo bien.',
        action: 'Ver servicios y precios',
      },
      features: {
        heading: 'Por qué nuestras clientas se quedan',
        intro: 'Un salón relajado, consejos sinceros y resultados que duran más allá del primer lavado.',
        items: [
          [
            'Una consulta de verdad',
            'Cada cita empieza con una charla sobre tu pelo, tu rutina y lo que buscas.',
          ],
          ['Profesionales con experiencia', 'Nuestro equipo se forma cada mes en nuevas técnicas y colores.'],
          [
            'Productos respetuosos',
            'Usamos productos profesionales libres de crueldad animal y te decimos cuáles te van bien.',
          ],
        ],
      },
      stats: {
        since: 'Cuidándote desde',
        items: [
          ['4,9/5', 'Valoración media'],
          ['8 de 10', 'Clientas que repiten'],
        ],
      },
      reviews: [
        [
          'Por fin un color natural que crece bonito. No pienso ir a ningún otro sitio.',
          'Clienta desde hace cuatro años',
        ],
        ['Escucharon exactamente lo que quería y me hicieron el mejor corte en años.', 'Clienta nueva'],
        [
          'Un sitio tranquilo y agradable. Mi cita mensual es la mejor hora de la semana.',
          'Clienta habitual',
        ],
      ],
      offer: {
        title: 'Servicios',
        heading: 'Servicios y precios',
        intro:
          'Los precios dependen del largo del pelo y del tiempo necesario. Siempre te confirmamos el precio antes de empezar.',
        productNote: 'Un servicio de la casa, a tu medida.',
        groups: [
          {
            name: 'Peluquería',
            items: [
              ['Corte y peinado', 'Consulta, lavado, corte y secado.'],
              ['Color', 'Color completo, raíces o baño de brillo, con prueba de mechón antes.'],
              ['Peinado', 'Liso, con volumen u ondas: tú eliges.'],
            ],
          },
          {
            name: 'Cuidados',
            items: [
              ['Manicura', 'Forma, cuidado de cutículas y esmalte.'],
              ['Tratamiento de hidratación profunda', 'Repara y suaviza en veinte minutos.'],
              ['Diseño de cejas', 'Con cera o hilo, y tinte si quieres.'],
            ],
          },
        ],
      },
      plans: {
        title: 'Packs',
        heading: 'Packs',
        intro: 'Buena relación calidad-precio para el cuidado habitual y los días especiales.',
        askNote: 'Pide presupuesto',
        action: 'Reservar',
        items: [
          {
            name: 'Refresh',
            description: 'Un capricho rápido.',
            features: ['Lavado y peinado', 'Manicura exprés'],
          },
          {
            name: 'Firma',
            description: 'Nuestro pack más pedido.',
            features: ['Corte y color', 'Tratamiento de hidratación', 'Diseño de cejas'],
          },
          {
            name: 'Gran día',
            description: 'Para bodas y ocasiones especiales.',
            features: ['Sesión de prueba', 'Peinado y maquillaje el día del evento', 'Kit de retoque'],
          },
        ],
      },
      story: {
        heading: 'Sobre el salón',
        paragraphs: [
          (v) =>
            `${v.name} abrió${v.year ? ` en ${v.year}` : ''} para ser el salón al que siempre quisimos ir: acogedor, sin prisas y sincero sobre lo que te va a funcionar.`,
          () =>
            'Damos a cada cita tiempo de sobra, para que siempre haya una buena consulta y una taza de té.',
        ],
      },
      values: {
        heading: 'Nuestra promesa',
        intro: 'Lo que puedes esperar en cada visita.',
        items: [
          'Consejos sinceros, aunque eso signifique hacer menos',
          'Precio confirmado antes de empezar',
          'Retoque gratis durante la primera semana si no quedas contenta',
        ],
      },
      team: {
        heading: 'Conoce al equipo',
        intro: 'Estilistas y esteticistas a quienes les encanta lo que hacen.',
        members: [
          ['Fundadora y estilista sénior', 'Especialista en cortes de precisión y color de aspecto natural.'],
          ['Especialista en color', 'Balayage, rubios y correcciones de color.'],
          ['Esteticista', 'Uñas, cejas y las manos más tranquilas del salón.'],
        ],
      },
      faq: [
        ['¿Cómo pido cita?', 'Llámanos, escríbenos desde el formulario o pásate por el salón.'],
        [
          '¿Necesito una prueba de alergia antes del color?',
          'Sí, si es tu primer color con nosotros. Tarda cinco minutos y debe hacerse al menos 48 horas antes.',
        ],
        [
          '¿Cuál es la política de cancelación?',
          'Te pedimos 24 horas de aviso para poder ofrecer tu hueco a otra persona.',
        ],
        [
          '¿Vendéis tarjetas regalo?',
          'Sí, de cualquier importe o servicio. Pídela en recepción o escríbenos.',
        ],
      ],
      cta: {
        heading: '¿Lista para un cambio?',
        body: 'Pide tu cita hoy. Las clientas nuevas tienen consulta gratis.',
        action: 'Pedir cita',
      },
      posts: [
        {
          title: 'Cómo hacer que tu color dure más',
          excerpt: 'Cinco hábitos sencillos para mantener el color vivo entre cita y cita.',
          paragraphs: [
            'El color se apaga por varias razones: el agua caliente, el sol y el champú equivocado son los sospechosos habituales.',
            'Lávate con agua tibia, usa un champú sin sulfatos y protege el pelo del sol en verano. Una mascarilla semanal también marca la diferencia.',
            'Y reserva un baño de brillo entre colores: aporta luz y refresca el tono en media hora.',
          ],
          subheading: 'Pequeños hábitos, gran diferencia',
        },
        {
          title: 'Cómo elegir el corte que favorece a tu cara',
          excerpt:
            'Nuestras estilistas explican cómo la forma de la cara, el tipo de pelo y tu estilo de vida guían el corte perfecto.',
          paragraphs: [
            'No hay una regla única, pero algunas pautas ayudan. Las capas suavizan rasgos marcados, mientras que una línea recta da estructura.',
            'Tu tipo de pelo cuenta tanto como la forma de tu cara. El pelo fino agradece las puntas rectas; el rizado necesita cortes que respeten su forma.',
            'Y sobre todo, piensa en tus mañanas. El mejor corte es el que puedes peinar tú sola.',
          ],
          quote: 'El mejor corte es el que encaja con tu vida.',
        },
      ],
      enquiries: ['Cita', 'Tarjeta regalo', 'Boda o evento', 'Otro asunto'],
      imageAlt: { hero: 'El interior luminoso y tranquilo del salón', story: 'Los tocadores del salón' },
    },
    'law-firm': {
      noun: 'despacho de abogados',
      names: ['García & Martín Abogados', 'López Abogados', 'Ruiz, Sanz y Asociados'],
      hero: {
        eyebrow: (v) => tag(v, 'Abogados'),
        headings: [
          (v) => `Asesoramiento jurídico claro${v.where}`,
          () => 'Respuestas directas a tus dudas legales',
        ],
        subheading: (v) =>
          v.products
            ? `Especialistas en ${v.products}. Te explicamos tus opciones en lenguaje sencillo y luchamos por el mejor resultado.`
            : 'Te explicamos tus opciones en lenguaje sencillo, te decimos lo que costará y luchamos por el mejor resultado.',
        action: 'Áreas de práctica',
      },
      features: {
        heading: 'Por qué nos eligen nuestros clientes',
        intro: 'Los asuntos legales ya son bastante estresantes. Nosotros los hacemos más claros.',
        items: [
          ['Lenguaje claro', 'Sin jerga. Siempre sabrás en qué punto está tu asunto y qué viene después.'],
          [
            'Honorarios transparentes',
            'Un presupuesto por escrito antes de empezar y ninguna sorpresa en la factura.',
          ],
          ['Atención personal', 'Un abogado lleva tu caso de principio a fin y responde a tus llamadas.'],
        ],
      },
      stats: {
        since: 'Ejerciendo desde',
        items: [
          ['1200+', 'Asuntos resueltos'],
          ['48 h', 'Hasta un primer informe por escrito'],
        ],
      },
      reviews: [
        [
          'Me lo explicaron todo con claridad y resolvieron un conflicto que me preocupaba desde hacía meses.',
          'Cliente particular',
        ],
        [
          'Rápidos, precisos y prácticos. Justo lo que una pequeña empresa necesita de sus abogados.',
          'Administradora de empresa',
        ],
        [
          'Siempre supe qué estaba pasando y cuánto iba a costar. Eso marcó la diferencia.',
          'Cliente particular',
        ],
      ],
      offer: {
        title: 'Áreas de práctica',
        heading: 'Cómo podemos ayudarte',
        intro: 'Asesoramos a particulares y empresas, dentro y fuera de los tribunales.',
        productNote: 'Un área central de nuestro despacho.',
        groups: [
          {
            name: 'Para particulares',
            items: [
              ['Laboral', 'Despidos, contratos, salarios y discriminación.'],
              ['Familia', 'Divorcios, custodia y convenios de separación, con tacto.'],
              ['Inmobiliario y alquileres', 'Compraventas, contratos de alquiler y conflictos con caseros.'],
            ],
          },
          {
            name: 'Para empresas',
            items: [
              ['Contratos', 'Redacción y revisión de los contratos de los que depende tu negocio.'],
              ['Derecho mercantil', 'Constitución, pactos de socios y reestructuraciones.'],
              ['Litigios y reclamación de deudas', 'Primero negociar; a juicio cuando hace falta.'],
            ],
          },
        ],
      },
      story: {
        heading: 'Sobre el despacho',
        paragraphs: [
          (v) =>
            v.year
              ? `${v.name} asesora a clientes${v.where} desde ${v.year}. Hemos crecido, pero seguimos trabajando como empezamos: de forma personal, cuidadosa y con lenguaje claro.`
              : `${v.name} es un despacho independiente que trabaja como deben trabajar los buenos abogados: de forma personal, cuidadosa y con lenguaje claro.`,
          () =>
            'Nuestros clientes van desde familias en un momento difícil hasta empresas que planean su próximo paso. Todos reciben la misma atención.',
        ],
      },
      values: {
        heading: 'Cómo trabajamos',
        intro: 'Cuatro compromisos con cada cliente.',
        items: [
          'Una valoración inicial sincera de tus posibilidades',
          'Presupuesto de honorarios por escrito antes de empezar',
          'Respuesta a llamadas y correos en un día laborable',
          'Confidencialidad absoluta, siempre',
        ],
      },
      team: {
        heading: 'Nuestros abogados',
        intro: 'Con experiencia, cercanos y de tu lado.',
        members: [
          ['Socio director', 'Más de veinte años en derecho laboral y mercantil.'],
          ['Socia', 'Derecho de familia e inmobiliario, con calma ante los casos difíciles.'],
          ['Abogado asociado', 'Contratos, mercantil y el referente del despacho para startups.'],
        ],
      },
      faq: [
        [
          '¿Cuánto cuesta una primera consulta?',
          'La primera consulta tiene un precio cerrado que te confirmamos al reservar. Si nos encargas el asunto, se descuenta de la factura.',
        ],
        [
          '¿Trabajáis con honorarios cerrados?',
          'En muchos asuntos, sí. Si no, te damos un presupuesto por escrito y te mantenemos informado.',
        ],
        [
          '¿Podemos reunirnos en línea?',
          'Sí. Las reuniones pueden ser en el despacho, por teléfono o por videollamada.',
        ],
        [
          '¿Qué llevo a la primera reunión?',
          'Cartas, contratos o documentos relacionados con el asunto, y una breve cronología de lo ocurrido.',
        ],
      ],
      cta: {
        heading: 'Habla con un abogado esta semana',
        body: 'Cuéntanos brevemente tu situación y te diremos cómo podemos ayudarte.',
        action: 'Pedir consulta',
      },
      posts: [
        {
          title: 'Cinco cosas que revisar antes de firmar un contrato',
          excerpt: 'Una lista breve que puede ahorrarte muchos problemas más adelante.',
          paragraphs: [
            'La mayoría de los conflictos que vemos se habrían evitado con una lectura atenta antes de firmar. Esto es lo que revisamos primero.',
            '¿Quiénes son exactamente las partes? ¿Qué pasa si alguien no cumple? ¿Cómo termina el contrato y cuánto cuesta salir? ¿Qué ley se aplica y dónde se resolvería un conflicto?',
            'Si alguna respuesta no está clara, pregunta antes de firmar. Sale mucho más barato que preguntar después.',
          ],
          subheading: 'Lee la letra pequeña',
        },
        {
          title: 'Qué hacer si te despiden',
          excerpt: 'Los primeros pasos para proteger tus derechos y los plazos que no puedes dejar pasar.',
          paragraphs: [
            'Perder el trabajo es un golpe, pero los primeros días cuentan. Pide los motivos por escrito y guarda todas las cartas y correos.',
            'No firmes un acuerdo de inmediato. Los plazos para impugnar un despido pueden ser cortos, así que busca asesoramiento cuanto antes.',
            'En una sola reunión, un abogado puede decirte si el despido fue procedente y a qué podrías tener derecho.',
          ],
          quote: 'En derecho laboral los plazos son cortos. Asesórate pronto.',
        },
      ],
      enquiries: ['Asunto personal', 'Asunto de empresa', 'Otro asunto'],
      imageAlt: { hero: 'Una sala de reuniones tranquila con libros', story: 'Nuestro despacho' },
    },
    clinic: {
      noun: 'clínica',
      names: ['Clínica del Río', 'Clínica Sonrisa Clara', 'Clínica Valle Verde'],
      hero: {
        eyebrow: (v) => tag(v, 'Clínica'),
        headings: [(v) => `Cuidamos de ti y de tu familia${v.where}`, () => 'Atención experta, sin esperas'],
        subheading: (v) =>
          v.products
            ? `${capital(v.products)}, con citas puntuales y un equipo que se toma el tiempo de explicar.`
            : 'Tratamientos modernos, citas puntuales y un equipo que se toma el tiempo de explicar.',
        action: 'Nuestros tratamientos',
      },
      features: {
        heading: 'Por qué confían en nosotros',
        intro: 'Cuidar bien es tanto escuchar como tratar.',
        items: [
          ['Citas puntuales', 'Planificamos citas con margen, para atenderte a la hora acordada.'],
          ['Equipamiento moderno', 'Diagnóstico actualizado para tratamientos más rápidos y cómodos.'],
          ['Planes de tratamiento claros', 'Opciones y precios explicados por escrito antes de empezar.'],
        ],
      },
      stats: {
        since: 'Cuidando desde',
        items: [
          ['15 000+', 'Pacientes atendidos'],
          ['4,9/5', 'Satisfacción de los pacientes'],
        ],
      },
      reviews: [
        [
          'Antes temía las citas. Aquí todos son tranquilos y explican cada paso. Ahora hasta me gusta venir a las revisiones.',
          'Paciente',
        ],
        ['Me dieron cita el mismo día cuando tenía dolor. Profesionales y amables.', 'Paciente de urgencia'],
        ['Toda la familia viene aquí, de los abuelos a nuestra hija de seis años.', 'Familia de pacientes'],
      ],
      offer: {
        title: 'Tratamientos',
        heading: 'Tratamientos y precios',
        intro:
          'Cada tratamiento empieza con una valoración. Recibirás un plan y un presupuesto por escrito antes de empezar.',
        productNote: 'Una de nuestras especialidades.',
        groups: [
          {
            name: 'Consultas',
            items: [
              ['Primera consulta', 'Una valoración completa, con tiempo para tus preguntas.'],
              ['Consulta de seguimiento', 'Revisión de tu evolución y de los próximos pasos.'],
              ['Videoconsulta', 'Consejo y seguimiento desde casa.'],
            ],
          },
          {
            name: 'Cuidados',
            items: [
              ['Revisión y prevención', 'Revisiones periódicas para detectar problemas a tiempo.'],
              ['Plan de tratamiento', 'Cuidados a medida, explicados y presupuestados por escrito.'],
              ['Urgencia el mismo día', 'Cuando algo no puede esperar.'],
            ],
          },
        ],
      },
      story: {
        heading: 'Sobre la clínica',
        paragraphs: [
          (v) =>
            v.year
              ? `${v.name} atiende a pacientes${v.where} desde ${v.year}. Combinamos tratamientos actualizados con algo que nunca pasa de moda: tiempo para escuchar.`
              : `${v.name} combina tratamientos actualizados con algo que nunca pasa de moda: tiempo para escuchar.`,
          () =>
            'La clínica es accesible, la sala de espera es tranquila y nuestro equipo te habla como a una persona, no como a un número de historial.',
        ],
      },
      values: {
        heading: 'Nuestros estándares',
        intro: 'Con lo que puede contar cada paciente.',
        items: [
          'Tratamiento solo cuando hace falta',
          'Precios explicados antes de cualquier tratamiento',
          'Protocolos estrictos de higiene y seguridad',
          'Tus datos, privados y seguros',
        ],
      },
      team: {
        heading: 'Nuestro equipo',
        intro: 'Cualificado, con experiencia y de trato cercano.',
        members: [
          ['Directora médica', 'Dirige la clínica y atiende los casos más complejos.'],
          ['Especialista', 'Centrado en la prevención y el cuidado a largo plazo.'],
          ['Coordinadora de pacientes', 'Tu primer contacto para citas y dudas.'],
        ],
      },
      faq: [
        ['¿Aceptáis pacientes nuevos?', 'Sí. Llámanos o usa el formulario y te buscamos una primera cita.'],
        [
          '¿Trabajáis con seguros?',
          'Trabajamos con varias aseguradoras. Dinos la tuya al pedir cita y revisamos tu cobertura.',
        ],
        [
          '¿Y si necesito una urgencia?',
          'Llámanos a primera hora. Reservamos huecos cada día para urgencias.',
        ],
        ['¿La clínica es accesible?', 'Sí, con acceso sin escalones y baño adaptado.'],
      ],
      cta: {
        heading: 'Pide tu cita',
        body: 'Los pacientes nuevos siempre son bienvenidos. Buscamos la hora que mejor te venga.',
        action: 'Pedir cita',
      },
      posts: [
        {
          title: 'Por qué importan las revisiones periódicas',
          excerpt: 'Los problemas pequeños detectados a tiempo son más fáciles, baratos y cómodos de tratar.',
          paragraphs: [
            'Muchos problemas no duelen al principio. Justo entonces es cuando son más fáciles de tratar.',
            'Una revisión dura menos de una hora y te da tranquilidad. Para la mayoría de la gente, una o dos veces al año es suficiente.',
            '¿No recuerdas cuándo fue tu última visita? Llámanos y lo comprobamos.',
          ],
          subheading: 'Primero, la prevención',
        },
        {
          title: 'Cómo preparar tu primera visita',
          excerpt: 'Qué traer, qué esperar y cómo sacar el máximo partido a tu cita.',
          paragraphs: [
            'Trae tu documento de identidad, los datos de tu seguro si tienes y una lista de los medicamentos que tomas.',
            'Apunta tus preguntas antes. Es fácil olvidarlas una vez sentado en la consulta.',
            'Llega diez minutos antes para rellenar un breve formulario. Después, relájate: te lo explicaremos todo sobre la marcha.',
          ],
          quote: 'No hay preguntas tontas sobre tu salud.',
        },
      ],
      enquiries: ['Nueva cita', 'Cambiar una cita', 'Consulta sobre seguros', 'Otro asunto'],
      imageAlt: { hero: 'Una consulta luminosa y acogedora', story: 'La recepción de la clínica' },
    },
    saas: {
      noun: 'software',
      names: ['Ledgerline', 'Clearstack', 'Tallyflow'],
      hero: {
        eyebrow: () => 'Software para equipos modernos',
        headings: [
          () => 'Haz en minutos lo que antes llevaba días',
          () => 'Menos tareas repetitivas. Más trabajo de verdad.',
        ],
        subheading: (v) =>
          v.products
            ? `${v.name} se encarga de ${v.products} para que tu equipo se centre en el trabajo que importa.`
            : `${v.name} automatiza el trabajo repetitivo que frena a tu equipo, para que podáis centraros en lo que importa.`,
        action: 'Prueba gratis',
      },
      features: {
        heading: 'Todo lo que necesitas, nada que no',
        intro: 'Creado junto a las personas que lo usan cada día.',
        items: [
          [
            'Automatización que funciona',
            'Define las reglas una vez y déjalas trabajar. Resuelve las excepciones con un clic.',
          ],
          [
            'Se conecta con tus herramientas',
            'Funciona con el software que ya usas, sin configuraciones complicadas.',
          ],
          [
            'Seguro por defecto',
            'Cifrado, inicio de sesión único y registro de auditoría completo de serie.',
          ],
          [
            'Informes en tiempo real',
            'Consulta cómo va todo en cualquier momento y exporta lo que necesites.',
          ],
        ],
      },
      stats: {
        since: 'Construyendo desde',
        items: [
          ['80 %', 'Menos tiempo en tareas manuales'],
          ['99,9 %', 'Disponibilidad'],
          ['10 min', 'Tiempo medio de configuración'],
        ],
      },
      reviews: [
        [
          'Cerramos el mes en dos días en lugar de ocho. El equipo no se imagina volver atrás.',
          'Directora financiera',
        ],
        [
          'La puesta en marcha llevó una tarde y el soporte respondió a cada pregunta en menos de una hora.',
          'Responsable de operaciones',
        ],
        ['Por fin una herramienta que le gusta usar a todo el equipo.', 'Fundador'],
      ],
      offer: {
        title: 'Producto',
        heading: 'Más de cerca',
        intro: 'Un solo lugar para todo el proceso, del primer registro al informe final.',
        productNote: 'Incluido en todos los planes.',
        groups: [
          {
            name: 'Básico',
            items: [
              ['Conciliación inteligente', 'Reglas y aprendizaje automático concilian los registros solos.'],
              ['Flujos de aprobación', 'Envía las excepciones a la persona adecuada, con todo el historial.'],
              ['Paneles', 'Cifras en directo para tu equipo y para la dirección.'],
            ],
          },
          {
            name: 'Integraciones',
            items: [
              [
                'Software de contabilidad',
                'Sincronización en ambos sentidos con las plataformas más populares.',
              ],
              ['Bancos y pagos', 'Conexiones seguras con tus cuentas y proveedores.'],
              ['API y webhooks', 'Crea tus propias automatizaciones con una API documentada.'],
            ],
          },
        ],
      },
      plans: {
        title: 'Precios',
        heading: 'Precios sencillos y transparentes',
        intro: 'Pruébalo gratis 14 días. Sin tarjeta de crédito.',
        askNote: 'Precio a medida',
        action: 'Elegir plan',
        items: [
          {
            name: 'Starter',
            description: 'Para equipos pequeños que empiezan.',
            features: ['Hasta 3 usuarios', 'Automatización básica', 'Soporte por email'],
          },
          {
            name: 'Equipo',
            description: 'Para equipos en crecimiento.',
            features: [
              'Hasta 20 usuarios',
              'Todas las integraciones',
              'Flujos de aprobación',
              'Soporte prioritario',
            ],
          },
          {
            name: 'Enterprise',
            description: 'Para grandes organizaciones.',
            features: [
              'Usuarios ilimitados',
              'Inicio de sesión único',
              'Gestor de cuenta dedicado',
              'Contrato a medida',
            ],
          },
        ],
      },
      logos: { heading: 'Confían en nosotros equipos de' },
      story: {
        heading: 'Por qué lo creamos',
        paragraphs: [
          (v) =>
            `Pasamos años haciendo este trabajo a mano, en hojas de cálculo, hasta tarde. ${v.name} es la herramienta que nos habría gustado tener${v.year ? `, y la construimos desde ${v.year}` : ''}.`,
          (v) =>
            `Hoy somos un equipo pequeño y centrado${v.where}, que trabaja codo con codo con sus clientes para que cada versión sea mejor que la anterior.`,
        ],
      },
      values: {
        heading: 'Lo que nos importa',
        intro: 'Los principios detrás de cada decisión.',
        items: [
          'Tus datos son tuyos',
          'Lo sencillo gana a lo ingenioso',
          'Soporte de la mano de quienes crean el producto',
          'Precios justos y previsibles',
        ],
      },
      team: {
        heading: 'El equipo',
        intro: 'Ingenieros, diseñadores y antiguos profesionales de finanzas.',
        members: [
          ['Cofundadora y CEO', 'Pasó diez años en operaciones financieras antes de fundar la empresa.'],
          ['Cofundador y CTO', 'Construye sistemas fiables y el equipo que los mantiene.'],
          [
            'Responsable de éxito de cliente',
            'Se asegura de que cada cliente saque partido desde la primera semana.',
          ],
        ],
      },
      faq: [
        [
          '¿Hay una prueba gratuita?',
          'Sí, todos los planes incluyen 14 días gratis. Sin tarjeta de crédito.',
        ],
        [
          '¿Puedo cambiar de plan más adelante?',
          'Cuando quieras. Las mejoras se aplican al momento; las bajadas, al final del periodo de facturación.',
        ],
        [
          '¿Dónde se guardan mis datos?',
          'En centros de datos certificados y cifrados en la UE, con copias de seguridad diarias.',
        ],
        [
          '¿Ofrecéis ayuda con la puesta en marcha?',
          'Todos los planes incluyen configuración guiada. Los planes Equipo y Enterprise tienen una sesión dedicada con nuestro equipo.',
        ],
      ],
      cta: {
        heading: 'Míralo con tus propios datos',
        body: 'Empieza hoy tu prueba gratuita o reserva una demo de 20 minutos con nuestro equipo.',
        action: 'Reservar una demo',
      },
      posts: [
        {
          title: 'El coste oculto del trabajo manual',
          excerpt: 'Las tareas repetitivas cuestan más que tiempo. Cómo medirlo y qué automatizar primero.',
          paragraphs: [
            'El trabajo manual casi nunca aparece en el presupuesto, pero es uno de los mayores costes de la mayoría de los equipos.',
            'Empieza por listar las tareas que tu equipo repite cada semana. Estima las horas y suma el coste de los errores y los retrasos. El total suele sorprender.',
            'Automatiza primero las tareas más frecuentes y basadas en reglas. Deja las decisiones a las personas.',
          ],
          subheading: 'Mide antes de automatizar',
        },
        {
          title: 'Novedades: conciliación más rápida y un nuevo panel',
          excerpt:
            'Nuestra última versión concilia el doble de rápido y reúne tus cifras clave en una sola pantalla.',
          paragraphs: [
            'Hemos reconstruido el motor de conciliación desde cero. Las cuentas grandes se procesan ahora en la mitad de tiempo.',
            'El nuevo panel reúne tus cifras más importantes, con filtros por equipo, periodo y estado.',
            'Ambas novedades ya están disponibles para todos los clientes, sin coste adicional.',
          ],
          quote: 'Cada versión empieza con una conversación con un cliente.',
        },
      ],
      enquiries: ['Reservar una demo', 'Consulta comercial', 'Soporte', 'Colaboraciones'],
      imageAlt: { hero: 'El panel del producto', story: 'Nuestro equipo trabajando' },
    },
    portfolio: {
      noun: 'fotógrafo',
      names: ['Estudio Lumen', 'Luz del Norte Fotografía', 'Marco y Campo'],
      hero: {
        eyebrow: (v) => tag(v, 'Fotografía'),
        headings: [() => 'Fotos sinceras de momentos reales', (v) => `Fotografía${v.where}`],
        subheading: (v) =>
          v.products
            ? `${capital(v.products)}. Imágenes naturales, sin poses forzadas, que transmiten el día tal como se vivió.`
            : 'Imágenes naturales, sin poses forzadas, que transmiten el día tal como se vivió, para parejas, familias y marcas.',
        action: 'Ver portfolio',
      },
      features: {
        heading: 'Cómo es trabajar juntos',
        intro: 'Relajado, bien preparado y centrado en ti.',
        items: [
          ['Lo planeamos juntos', 'Una llamada antes de cada sesión para hablar de lo que te importa.'],
          ['Con naturalidad', 'Pocas poses y muchos momentos reales. Te olvidarás de la cámara.'],
          ['Edición cuidada', 'Cada imagen se edita a mano y se entrega en una galería online.'],
        ],
      },
      stats: {
        since: 'Fotografiando desde',
        items: [
          ['300+', 'Historias fotografiadas'],
          ['3 semanas', 'Plazo habitual de entrega'],
        ],
      },
      reviews: [
        [
          'Casi no notamos la cámara y, aun así, están todos los momentos importantes. Lloramos cada vez que vemos las fotos.',
          'Se casaron el verano pasado',
        ],
        [
          'Profesional, creativo y facilísimo de trabajar. Las nuevas fotos de nuestra marca son perfectas.',
          'Dueña de un pequeño negocio',
        ],
        [
          'La sesión de familia fue divertida para los niños y las fotos son las mejores que hemos tenido.',
          'Sesión de familia',
        ],
      ],
      plans: {
        title: 'Packs',
        heading: 'Packs',
        intro: 'Todos los packs incluyen una llamada de planificación y una galería online privada.',
        askNote: 'Pide presupuesto',
        action: 'Consultar disponibilidad',
        items: [
          {
            name: 'Sesión de retrato',
            description: 'Una hora, un lugar.',
            features: ['40+ imágenes editadas', 'Galería online', 'Derechos de impresión'],
          },
          {
            name: 'Día completo',
            description: 'El pack más pedido para bodas y eventos.',
            features: ['Hasta 10 horas', '500+ imágenes editadas', 'Segundo fotógrafo', 'Galería online'],
          },
          {
            name: 'Historia de marca',
            description: 'Para empresas que necesitan un banco de imágenes.',
            features: [
              'Media jornada o jornada completa',
              'Equipo, producto y espacio',
              'Licencia de uso comercial',
            ],
          },
        ],
      },
      gallery: {
        title: 'Portfolio',
        heading: 'Trabajos seleccionados',
        intro: 'Algunas fotos favoritas de historias recientes.',
        captions: [
          'La primera mirada, justo antes de la ceremonia',
          'Retratos en la hora dorada',
          'Una mañana en familia en casa',
          'Entre bastidores en un taller local',
          'El último baile',
          'Un momento tranquilo entre discursos',
        ],
      },
      story: {
        heading: 'Sobre mí',
        paragraphs: [
          (v) =>
            `Empecé a hacer fotos de adolescente y nunca he parado. ${v.name} nació${v.year ? ` en ${v.year}` : ''} como una forma de contar las historias de otros con el mismo cuidado que querría para la mía.`,
          (v) =>
            `Con base${v.where || ' local'} y encantado de viajar, fotografío bodas, familias y pequeños negocios.`,
        ],
      },
      values: {
        heading: 'Lo que prometo',
        intro: 'A cada cliente, siempre.',
        items: [
          'Imágenes entregadas en la fecha acordada',
          'Tus fotos guardadas de forma segura durante cinco años',
          'Sin costes sorpresa',
        ],
      },
      faq: [
        [
          '¿Con cuánta antelación hay que reservar?',
          'Para bodas, de seis a doce meses antes. Las sesiones de retrato suelen poder reservarse en pocas semanas.',
        ],
        [
          '¿Te desplazas?',
          'Sí. Los desplazamientos dentro de la provincia están incluidos; más lejos, acordamos los costes de antemano.',
        ],
        [
          '¿Cuándo recibiremos las fotos?',
          'Normalmente en tres semanas, con un adelanto en los primeros días.',
        ],
        [
          '¿Podemos encargar copias y álbumes?',
          'Sí, impresos en un laboratorio profesional en papel de archivo.',
        ],
      ],
      cta: {
        heading: 'Cuéntame tu historia',
        body: 'Consulta mi disponibilidad para tu fecha. Respondo personalmente a cada mensaje.',
        action: 'Consultar disponibilidad',
      },
      posts: [
        {
          title: 'Cómo sentirte a gusto delante de la cámara',
          excerpt:
            'Casi todo el mundo dice que no es fotogénico. Por qué no es verdad y cómo relajarte el día de la sesión.',
          paragraphs: [
            'Casi todo el mundo se siente torpe al principio. Es completamente normal y se pasa rápido.',
            'Ponte ropa con la que te sientas bien, trae a alguien que te haga reír y olvídate del objetivo. Mi trabajo es encontrar los momentos; el tuyo, disfrutarlos.',
            'Al final de la mayoría de las sesiones me dicen que ha sido como dar un paseo con un amigo.',
          ],
          subheading: 'Olvídate de la cámara',
        },
        {
          title: 'Planifica tu día según la mejor luz',
          excerpt: 'Un poco de planificación en torno al sol marca una gran diferencia en tus fotos.',
          paragraphs: [
            'En fotografía, la luz lo es todo. La hora antes de la puesta de sol da una luz suave y cálida que favorece a todo el mundo.',
            'Si puedes, planifica los retratos en ese momento. El sol del mediodía es duro, así que busca sombra o una puerta abierta.',
            'Compárteme tu horario pronto y te sugeriré dónde dejar un poco de margen.',
          ],
          quote: 'La luz es lo primero que miro y lo último que edito.',
        },
      ],
      enquiries: ['Boda', 'Sesión de retrato', 'Fotografía de marca', 'Otro asunto'],
      imageAlt: { hero: 'Un retrato con la luz suave del atardecer', story: 'Detrás de la cámara' },
    },
    trades: {
      noun: 'empresa de reparaciones',
      names: ['Servicios Hogar Seguro', 'Repara Ya', 'Taller Central'],
      hero: {
        eyebrow: (v) => tag(v, 'Cerca y de confianza'),
        headings: [
          (v) => `Trabajo rápido, limpio y fiable${v.where}`,
          () => 'El trabajo bien hecho a la primera',
        ],
        subheading: (v) =>
          v.products
            ? `${capital(v.products)}. Precios cerrados y justos, profesionales cualificados y todo limpio al terminar.`
            : 'Reparaciones, instalaciones y urgencias. Precios cerrados y justos, profesionales cualificados y todo limpio al terminar.',
        action: 'Nuestros servicios',
      },
      features: {
        heading: 'Por qué nos vuelven a llamar',
        intro: 'Buen trabajo, precios justos y nada de desorden.',
        items: [
          ['Puntuales, siempre', 'Te damos una franja de llegada y la cumplimos.'],
          ['Precio por adelantado', 'Un presupuesto claro antes de empezar. Sin extras ocultos.'],
          ['Cualificados y asegurados', 'Profesionales certificados, con seguro y trabajos garantizados.'],
        ],
      },
      stats: {
        since: 'De confianza desde',
        items: [
          ['2500+', 'Trabajos realizados'],
          ['60 min', 'Respuesta habitual a urgencias'],
        ],
      },
      reviews: [
        [
          'Vinieron en menos de una hora un domingo, encontraron el problema enseguida y cobraron exactamente lo presupuestado.',
          'Propietario',
        ],
        ['Ordenados, educados y un trabajo excelente. Hasta protegieron el suelo.', 'Propietaria'],
        ['Los llamamos para todos nuestros inmuebles. Fiables siempre.', 'Administrador de fincas'],
      ],
      offer: {
        title: 'Servicios',
        heading: 'Lo que hacemos',
        intro:
          'Los precios son orientativos e incluyen mano de obra. Confirmamos un precio cerrado antes de empezar.',
        productNote: 'Uno de nuestros trabajos más pedidos.',
        groups: [
          {
            name: 'Reparaciones',
            items: [
              ['Servicio de urgencia', 'De día o de noche, para problemas que no pueden esperar.'],
              ['Reparaciones y localización de averías', 'Encontramos la causa, no solo el síntoma.'],
              ['Revisión de seguridad', 'Revisión completa con informe escrito y certificado.'],
            ],
          },
          {
            name: 'Instalaciones',
            items: [
              ['Instalación nueva', 'Suministro y montaje según la normativa más reciente.'],
              ['Mejoras y sustituciones', 'Equipos modernos y eficientes, instalados en un día.'],
              ['Plan de mantenimiento', 'Revisión anual y prioridad en urgencias.'],
            ],
          },
        ],
      },
      story: {
        heading: 'Sobre nosotros',
        paragraphs: [
          (v) =>
            v.year
              ? `${v.name} cuida de hogares y negocios${v.where} desde ${v.year}. La mayor parte de nuestro trabajo llega por recomendación, y queremos que siga siendo así.`
              : `${v.name} cuida de hogares y negocios${v.where}. La mayor parte de nuestro trabajo llega por recomendación, y queremos que siga siendo así.`,
          () =>
            'Somos un equipo local de profesionales cualificados. Llegamos cuando decimos, te explicamos lo que encontramos y dejamos tu casa tan limpia como estaba.',
        ],
      },
      values: {
        heading: 'Nuestra garantía',
        intro: 'En cada trabajo, grande o pequeño.',
        items: [
          'Precio cerrado acordado antes de empezar',
          'Doce meses de garantía en nuestro trabajo',
          'Limpios, ordenados y respetuosos con tu casa',
        ],
      },
      team: {
        heading: 'El equipo',
        intro: 'Cualificados, asegurados y amables.',
        members: [
          ['Propietario y maestro de obra', 'Más de veinte años en el oficio y todavía de guardia.'],
          ['Técnico sénior', 'Instalaciones, mejoras y los trabajos complicados.'],
          ['Responsable de oficina', 'Agenda tu visita y mantiene a todos en hora.'],
        ],
      },
      faq: [
        [
          '¿Cobráis por el presupuesto?',
          'Los presupuestos para trabajos planificados son gratis. Las urgencias tienen una tarifa fija de desplazamiento.',
        ],
        [
          '¿Cuánto tardáis en venir?',
          'Para urgencias, normalmente menos de una hora. Los trabajos planificados, en pocos días.',
        ],
        ['¿Tenéis seguro?', 'Sí, seguro completo, y todos nuestros trabajos tienen doce meses de garantía.'],
        ['¿Qué zonas cubrís?', 'La ciudad y alrededores en unos 30 km. Pregúntanos si estás más lejos.'],
      ],
      cta: {
        heading: '¿Necesitas ayuda hoy?',
        body: 'Llama ya para urgencias, o escríbenos para un presupuesto gratis.',
        action: 'Pedir presupuesto gratis',
      },
      posts: [
        {
          title: 'Cinco señales de alarma que no debes ignorar',
          excerpt: 'Los problemas pequeños se convierten en facturas grandes. Qué vigilar en casa.',
          paragraphs: [
            'Ruidos raros, manchas de humedad, luces que parpadean y facturas que suben suelen ser las primeras señales de que algo necesita atención.',
            'Detectados a tiempo, la mayoría de los problemas se arreglan rápido y barato. Si se dejan, pueden dañar suelos, paredes o algo peor.',
            'Si dudas, haz una foto y envíanosla. Te diremos con sinceridad si hace falta una visita.',
          ],
          subheading: 'Señales pequeñas, grandes ahorros',
        },
        {
          title: 'Cómo preparar tu casa para el invierno',
          excerpt: 'Una lista breve para evitar averías cuando llega el frío.',
          paragraphs: [
            'El invierno es nuestra temporada más ajetreada, y la mayoría de las urgencias se podrían haber evitado con un poco de preparación.',
            'Reserva una revisión antes de que llegue el frío, comprueba que las tuberías exteriores están aisladas y localiza la llave de paso general.',
            'Diez minutos ahora pueden ahorrarte una noche muy larga después.',
          ],
          quote: 'La mejor reparación es la que nunca necesitas.',
        },
      ],
      enquiries: ['Urgencia', 'Presupuesto gratis', 'Plan de mantenimiento', 'Otro asunto'],
      imageAlt: { hero: 'Un profesional trabajando', story: 'Nuestra furgoneta y herramientas' },
    },
    fitness: {
      noun: 'estudio de fitness',
      names: ['Estudio Fuerte', 'Flow y Fuerza', 'Cima Fitness'],
      hero: {
        eyebrow: (v) => tag(v, 'Estudio de entrenamiento'),
        headings: [
          (v) => `Muévete mejor, siéntete más fuerte${v.where}`,
          () => 'Entrenamiento que encaja en tu vida',
        ],
        subheading: (v) =>
          v.products
            ? `${capital(v.products)} en grupos pequeños, con entrenadores que conocen tu nombre y tus objetivos.`
            : 'Clases pequeñas, entrenadores expertos y una comunidad cercana que hace que quieras volver.',
        action: 'Ver las clases',
      },
      features: {
        heading: 'Por qué entrenan con nosotros',
        intro: 'Ya sea tu primera clase o la número mil.',
        items: [
          ['Grupos pequeños', 'Nunca más de doce personas, para que el entrenador vea cada movimiento.'],
          [
            'Para todos los niveles',
            'Cada clase tiene opciones más fáciles y más difíciles. Empieza donde estés.',
          ],
          ['Una comunidad de verdad', 'Caras amables, objetivos compartidos y muchos ánimos.'],
        ],
      },
      stats: {
        since: 'Entrenando desde',
        items: [
          ['40+', 'Clases a la semana'],
          ['12', 'Personas por clase como máximo'],
        ],
      },
      reviews: [
        [
          'Me daba miedo empezar, pero todos me recibieron genial. Seis meses después nunca me he sentido tan fuerte.',
          'Socia desde el año pasado',
        ],
        [
          'Los entrenadores corrigen de verdad la técnica. He aprendido más aquí en tres meses que en años en un gimnasio grande.',
          'Socio',
        ],
        ['Es el único sitio por el que me gusta madrugar.', 'Habitual de las mañanas'],
      ],
      offer: {
        title: 'Clases',
        heading: 'Clases y sesiones',
        intro: 'Reserva online o en recepción. Tu primera clase corre de nuestra cuenta.',
        productNote: 'Una de las favoritas de nuestro horario.',
        groups: [
          {
            name: 'Clases en grupo',
            items: [
              ['Flow matinal', 'Movimiento suave y respiración para empezar el día.'],
              ['Fuerza', 'Gana fuerza de verdad con ejercicios sencillos y eficaces.'],
              ['Movilidad y estiramientos', 'Muévete con más libertad y recupera mejor.'],
            ],
          },
          {
            name: 'Individual',
            items: [
              ['Entrenamiento personal', 'Un programa creado para ti y tus objetivos.'],
              ['Sesión de introducción', 'Conoce a un entrenador, prueba el espacio y haz un plan.'],
              ['Revisión del programa', 'Revisa tu progreso y marca nuevos objetivos.'],
            ],
          },
        ],
      },
      plans: {
        title: 'Cuotas',
        heading: 'Cuotas',
        intro: 'Sin matrícula ni contratos largos. Pausa tu cuota cuando quieras.',
        askNote: 'Pregúntanos',
        action: 'Apuntarme',
        items: [
          {
            name: 'Bono de clases',
            description: 'Diez clases para usar en tres meses.',
            features: ['Cualquier clase en grupo', 'Reserva online', 'Compártelo con un amigo'],
          },
          {
            name: 'Ilimitada',
            description: 'Nuestra cuota más popular.',
            features: [
              'Clases en grupo ilimitadas',
              'Una sesión de introducción gratis',
              'Eventos para socios',
            ],
          },
          {
            name: 'Personal',
            description: 'Entrenamiento a tu medida.',
            features: ['Cuatro sesiones individuales al mes', 'Programa personal', 'Clases ilimitadas'],
          },
        ],
      },
      story: {
        heading: 'Nuestra historia',
        paragraphs: [
          (v) =>
            `${v.name} abrió${v.year ? ` en ${v.year}` : ''} porque queríamos un sitio donde hacer ejercicio fuera acogedor y no intimidante: clases pequeñas, buen acompañamiento y ningún espejo lleno de juicios.`,
          (v) =>
            `Hoy somos una comunidad de personas de todas las edades y niveles${v.where}, que entrenan juntas y se animan unas a otras.`,
        ],
      },
      values: {
        heading: 'Lo que defendemos',
        intro: 'Ejercicio para todos, bien hecho.',
        items: [
          'Buena técnica antes que mucho peso',
          'Progreso, no perfección',
          'Todo el mundo es bienvenido, sea cual sea su nivel',
        ],
      },
      team: {
        heading: 'Nuestros entrenadores',
        intro: 'Titulados, con experiencia y de los que animan de verdad.',
        members: [
          ['Fundador y entrenador principal', 'Entrenador de fuerza con debilidad por los principiantes.'],
          ['Entrenadora', 'Movilidad y recuperación, y nuestras clases de primera hora.'],
          ['Entrenador', 'Entrenamiento personal y programas para gente con poco tiempo.'],
        ],
      },
      faq: [
        [
          'Soy principiante total. ¿Puedo apuntarme?',
          'Por supuesto. La mayoría de nuestros socios empezaron desde cero. Reserva una sesión de introducción y te ayudamos a empezar con seguridad.',
        ],
        [
          '¿Qué tengo que traer?',
          'Ropa cómoda, una botella de agua y una toalla. Nosotros ponemos todo el material.',
        ],
        ['¿Puedo probar antes de apuntarme?', 'Sí, tu primera clase es gratis.'],
        ['¿Puedo pausar mi cuota?', 'Sí, por vacaciones o lesión, sin coste.'],
      ],
      cta: {
        heading: 'Tu primera clase es gratis',
        body: 'Ven a probar. Sin presión, sin permanencia, solo un buen entrenamiento.',
        action: 'Reservar clase gratis',
      },
      posts: [
        {
          title: 'Cómo volver a entrenar después de años sin hacerlo',
          excerpt:
            'Empieza poco a poco, sé constante y deja que llegue el progreso. La guía de un entrenador para arrancar de nuevo.',
          paragraphs: [
            'Lo más difícil es la primera semana. Después, el hábito hace casi todo el trabajo.',
            'Empieza con dos o tres sesiones a la semana y que sean cortas. Elige un tipo de movimiento que te guste y no te compares con nadie.',
            'En un mes notarás la diferencia: más energía, mejor descanso y un poco más de confianza cada semana.',
          ],
          subheading: 'Empieza poco a poco',
        },
        {
          title: 'Por qué la recuperación importa tanto como el entrenamiento',
          excerpt: 'Los músculos crecen mientras descansas. Cómo recuperarte bien entre sesiones.',
          paragraphs: [
            'El entrenamiento desgasta el cuerpo; la recuperación lo reconstruye más fuerte. Sin recuperación, el progreso se estanca.',
            'Duerme de siete a nueve horas, come suficiente proteína, bebe mucha agua y muévete suavemente en los días de descanso.',
            'Una clase de movilidad a la semana es de las mejores inversiones que puedes hacer.',
          ],
          quote: 'No te haces más fuerte en el gimnasio. Te haces más fuerte recuperándote de él.',
        },
      ],
      enquiries: ['Clase de prueba gratis', 'Cuota', 'Entrenamiento personal', 'Otro asunto'],
      imageAlt: { hero: 'Un estudio de entrenamiento luminoso', story: 'Una clase en marcha' },
    },
    nonprofit: {
      noun: 'organización sin ánimo de lucro',
      names: ['Manos Abiertas', 'Terreno Común', 'Fundación Puentes'],
      hero: {
        eyebrow: (v) => tag(v, 'Organización sin ánimo de lucro'),
        headings: [(v) => `Juntos hacemos más${v.where}`, () => 'Pequeños gestos, cambios duraderos'],
        subheading: (v) =>
          v.products
            ? `Trabajamos en ${v.products}, con la ayuda de voluntarios, donantes y entidades que creen en el cambio.`
            : 'Apoyamos a personas y familias de nuestra comunidad, con la ayuda de voluntarios, donantes y entidades que creen en el cambio.',
        action: 'Ver lo que hacemos',
      },
      features: {
        heading: 'Cómo ayuda tu apoyo',
        intro: 'Cada aportación va directamente a nuestro trabajo.',
        items: [
          ['Ayuda directa', 'Apoyo práctico para quienes más lo necesitan, cuando lo necesitan.'],
          ['Cambio duradero', 'Programas que generan habilidades, confianza y autonomía.'],
          ['Transparencia total', 'Publicamos nuestras cuentas y resultados cada año.'],
        ],
      },
      stats: {
        since: 'Activos desde',
        items: [
          ['3000+', 'Personas atendidas el último año'],
          ['150', 'Voluntarios activos'],
          ['89 %', 'De los fondos destinados a programas'],
        ],
      },
      reviews: [
        [
          'Cuando todo era más difícil, estuvieron ahí para mi familia. Ahora soy voluntaria cada semana.',
          'Voluntaria y antigua beneficiaria',
        ],
        [
          'Una organización que hace exactamente lo que dice, con cariño y sin aspavientos.',
          'Donante mensual',
        ],
        [
          'Colaborar con ellos ha dado sentido de verdad al voluntariado de nuestra empresa.',
          'Empresa colaboradora',
        ],
      ],
      offer: {
        title: 'Qué hacemos',
        heading: 'Nuestros programas',
        intro: 'Prácticos, cercanos y construidos con las personas a las que apoyamos.',
        productNote: 'Uno de nuestros programas principales.',
        groups: [
          {
            name: 'Lo que hacemos',
            items: [
              ['Ayuda de emergencia', 'Alimentos, productos básicos y orientación cuando llega una crisis.'],
              ['Formación y empleo', 'Clases, mentoría y ayuda para encontrar trabajo.'],
              ['Espacios comunitarios', 'Un lugar cálido y seguro para encontrarse, comer y sentirse parte.'],
            ],
          },
          {
            name: 'Participa',
            items: [
              ['Hazte voluntario', 'Dedica unas horas al mes. Te damos formación.'],
              ['Recauda fondos', 'Corre, cocina, pedalea: te apoyamos en tu reto.'],
              ['Colabora con nosotros', 'Empresas y fundaciones que quieren marcar la diferencia.'],
            ],
          },
        ],
      },
      plans: {
        title: 'Dona',
        heading: 'Haz un donativo',
        intro: 'Las donaciones periódicas nos permiten planificar. Cualquier cantidad cuenta.',
        askNote: 'Lo que quieras',
        action: 'Donar',
        items: [
          {
            name: 'Amigo',
            description: 'Cubre lo básico para una familia durante una semana.',
            features: ['Novedades mensuales', 'Memoria anual'],
          },
          {
            name: 'Socio',
            description: 'Financia un mes de mentoría para un joven.',
            features: ['Novedades mensuales', 'Invitación a nuestro encuentro anual'],
          },
          {
            name: 'Donación puntual',
            description: 'Da lo que puedas, cuando puedas.',
            features: ['Certificado fiscal', 'Nuestro agradecimiento sincero'],
          },
        ],
      },
      logos: { heading: 'Entidades colaboradoras' },
      story: {
        heading: 'Quiénes somos',
        paragraphs: [
          (v) =>
            v.year
              ? `${v.name} nació en ${v.year} de un grupo de vecinos que decidió no mirar hacia otro lado. Desde entonces, nuestro trabajo${v.where} ha crecido, pero la idea es la misma: personas que ayudan a personas.`
              : `${v.name} nació de un grupo de vecinos que decidió no mirar hacia otro lado. Nuestra idea es sencilla: personas que ayudan a personas.`,
          () =>
            'Somos independientes y nos gestiona un equipo pequeño con el apoyo de muchos voluntarios. Cada decisión se guía por las personas a las que servimos.',
        ],
      },
      values: {
        heading: 'Nuestros valores',
        intro: 'Lo que guía nuestro trabajo.',
        items: [
          'Dignidad y respeto para todos',
          'Escuchar antes de actuar',
          'Sinceridad sobre lo que funciona y lo que no',
          'Cuentas claras hasta el último euro',
        ],
      },
      team: {
        heading: 'Nuestro equipo',
        intro: 'Un equipo pequeño y una gran familia de voluntarios.',
        members: [
          ['Directora', 'Dirige la organización y nuestras alianzas.'],
          ['Coordinador de programas', 'Se asegura de que los programas lleguen a quien los necesita.'],
          ['Coordinadora de voluntariado', 'Recibe, forma y acompaña a nuestros voluntarios.'],
        ],
      },
      faq: [
        [
          '¿Cómo se usa mi donativo?',
          'Casi nueve de cada diez euros van directamente a los programas. Nuestra memoria anual muestra exactamente a dónde.',
        ],
        [
          '¿Puedo hacer voluntariado si tengo poco tiempo?',
          'Sí. Incluso unas horas al mes ayudan, y buscaremos una tarea que encaje contigo.',
        ],
        ['¿Mi donativo desgrava?', 'En la mayoría de los casos, sí. Enviamos certificado de cada donación.'],
        [
          '¿Puede participar mi empresa?',
          'Nos encantaría. Ofrecemos jornadas de voluntariado en equipo y programas de colaboración.',
        ],
      ],
      cta: {
        heading: 'Súmate',
        body: 'Dona, hazte voluntario o corre la voz. Toda ayuda cuenta.',
        action: 'Donar ahora',
      },
      posts: [
        {
          title: 'Nuestro año en cifras',
          excerpt: 'Lo que tu apoyo ha hecho posible este año y hacia dónde vamos.',
          paragraphs: [
            'Este año han acudido a nosotros más personas que nunca. Gracias a ti, pudimos decir que sí a casi todas.',
            'Los voluntarios dedicaron miles de horas, el programa de formación duplicó su tamaño y nuestro espacio comunitario recibió a nuevos vecinos cada semana.',
            'El año que viene queremos llegar antes a más familias, antes de que un momento difícil se convierta en una crisis.',
          ],
          subheading: 'Mirando adelante',
        },
        {
          title: 'Un día en la vida de una voluntaria',
          excerpt:
            '¿Cómo es de verdad hacer voluntariado con nosotros? Una de nuestras voluntarias nos cuenta su martes.',
          paragraphs: [
            'Los martes empiezan con un café y una breve reunión. Luego se abren las puertas y el día nunca sale exactamente como estaba previsto.',
            'Unos días toca clasificar donaciones; otros, simplemente escuchar. Los mejores momentos suelen ser los más pequeños.',
            'Si alguna vez has pensado en hacer voluntariado, ven a una sesión de prueba. Serás muy bienvenido.',
          ],
          quote: 'Vine a ayudar a otros y encontré mi propia comunidad.',
        },
      ],
      enquiries: ['Voluntariado', 'Donaciones', 'Colaboraciones', 'Necesito ayuda'],
      imageAlt: { hero: 'Voluntarios trabajando juntos', story: 'Nuestro espacio comunitario' },
    },
    agency: {
      noun: 'agencia',
      names: ['Estudio Norte', 'Agencia Clara', 'Campo y Forma'],
      hero: {
        eyebrow: (v) => tag(v, 'Agencia independiente'),
        headings: [() => 'Ideas que mueven a la gente', (v) => `Marca, web y marketing${v.where}`],
        subheading: (v) =>
          v.products
            ? `${capital(v.products)} para empresas con ambición. Estrategia, diseño y resultados que se pueden medir.`
            : 'Ayudamos a empresas con ambición a crecer con estrategia, diseño y marketing que dan resultados medibles.',
        action: 'Ver proyectos',
      },
      features: {
        heading: 'Cómo trabajamos',
        intro: 'Un equipo pequeño y sénior, cerca de cada proyecto.',
        items: [
          [
            'Primero la estrategia',
            'Empezamos por tus objetivos y tus clientes, no por una paleta de colores.',
          ],
          ['Hecho para rendir', 'Trabajo bonito pensado para que lo encuentren, lo usen y se pueda medir.'],
          [
            'Un solo equipo',
            'Trabajas directamente con quien hace el trabajo. Sin laberintos de ejecutivos de cuentas.',
          ],
        ],
      },
      stats: {
        since: 'Independientes desde',
        items: [
          ['120+', 'Proyectos entregados'],
          ['+65 %', 'Crecimiento medio de contactos'],
        ],
      },
      reviews: [
        [
          'Entendieron nuestro negocio en una semana y nos dieron una marca de la que estamos orgullosos.',
          'Fundadora',
        ],
        [
          'La nueva web duplicó nuestras solicitudes en tres meses. Proceso claro y gente estupenda.',
          'Director de marketing',
        ],
        ['Sinceros, rápidos y un placer trabajar con ellos. Son como parte de nuestro equipo.', 'CEO'],
      ],
      offer: {
        title: 'Servicios',
        heading: 'Lo que hacemos',
        intro: 'Desde el primer taller hasta el lanzamiento y después.',
        productNote: 'Uno de nuestros servicios principales.',
        groups: [
          {
            name: 'Estrategia y marca',
            items: [
              ['Estrategia de marca', 'Posicionamiento, mensajes y una historia clara.'],
              ['Identidad visual', 'Logotipo, colores, tipografía y manual de marca.'],
              ['Talleres', 'Alinea a tu equipo en un día.'],
            ],
          },
          {
            name: 'Digital',
            items: [
              ['Webs', 'Webs rápidas y accesibles que convierten.'],
              ['Campañas', 'Campañas creativas en todos los canales.'],
              ['Contenido y redes sociales', 'Un flujo constante de contenido que hace crecer tu comunidad.'],
            ],
          },
        ],
      },
      plans: {
        title: 'Modalidades',
        heading: 'Formas de trabajar con nosotros',
        intro: 'Proyectos cerrados o una colaboración continua.',
        askNote: 'Hablemos',
        action: 'Empezar un proyecto',
        items: [
          {
            name: 'Sprint',
            description: 'Un proyecto concentrado de dos semanas.',
            features: ['Taller', 'Un entregable claro', 'Sesión de traspaso'],
          },
          {
            name: 'Partner',
            description: 'Un equipo sénior disponible cada mes.',
            features: ['Estrategia y diseño', 'Informe mensual', 'Prioridad en las entregas'],
          },
          {
            name: 'A medida',
            description: 'Proyectos grandes y cambios de marca.',
            features: ['Equipo dedicado', 'Alcance a medida', 'Hitos cerrados'],
          },
        ],
      },
      gallery: {
        title: 'Proyectos',
        heading: 'Proyectos seleccionados',
        intro: 'Algunos proyectos de los que estamos orgullosos.',
        captions: [
          'Nueva marca para un productor de alimentos regional',
          'Web para un hotel de diseño',
          'Campaña de lanzamiento para una startup fintech',
          'Identidad para un festival cultural',
        ],
      },
      logos: { heading: 'Clientes con los que hemos trabajado' },
      story: {
        heading: 'Sobre nosotros',
        paragraphs: [
          (v) =>
            `${v.name} es una agencia independiente${v.where}${v.year ? `, fundada en ${v.year}` : ''}. Somos estrategas, diseñadores, redactores y desarrolladores a quienes les gusta resolver problemas reales.`,
          () =>
            'Somos pequeños a propósito, para que haya perfiles sénior en cada proyecto y cada cliente tenga toda nuestra atención.',
        ],
      },
      values: {
        heading: 'En qué creemos',
        intro: 'Los principios con los que trabajamos.',
        items: [
          'La claridad gana al ingenio',
          'Medir lo que importa',
          'Decir lo que pensamos, con amabilidad',
          'Dejar a cada cliente más fuerte',
        ],
      },
      team: {
        heading: 'El equipo',
        intro: 'Un equipo pequeño, sénior y multidisciplinar.',
        members: [
          ['Fundadora y directora de estrategia', 'Quince años ayudando a marcas a encontrar su voz.'],
          ['Director de diseño', 'Identidad, web y todo lo visual.'],
          ['Responsable digital', 'Webs, rendimiento y analítica.'],
        ],
      },
      faq: [
        [
          '¿Cuánto cuesta un proyecto?',
          'Depende del alcance. Tras una llamada breve te enviamos una propuesta clara con precio cerrado.',
        ],
        [
          '¿Cuánto se tarda en hacer una web?',
          'La mayoría de webs llevan de seis a diez semanas, del primer taller al lanzamiento.',
        ],
        [
          '¿Trabajáis con clientes de otros países?',
          'Sí. Muchos de nuestros clientes están fuera; trabajamos en remoto y viajamos cuando ayuda.',
        ],
        ['¿Dais soporte después del lanzamiento?', 'Sí, con nuestra colaboración mensual o por proyecto.'],
      ],
      cta: {
        heading: '¿Tienes un proyecto en mente?',
        body: 'Cuéntanoslo. Respondemos en un día laborable.',
        action: 'Empezar a hablar',
      },
      posts: [
        {
          title: 'Qué hace que un briefing sea bueno',
          excerpt:
            'Un buen briefing ahorra semanas. Esto es lo que siempre pedimos antes de empezar un proyecto.',
          paragraphs: [
            'Los mejores proyectos empiezan con un briefing claro. No tiene por qué ser largo, pero debe responder a unas preguntas clave.',
            '¿Qué problema resolvemos? ¿Para quién es? ¿Cómo sabremos que ha funcionado? ¿Cuál es el presupuesto y el plazo?',
            'Si aún no puedes responderlas, no pasa nada. Descubrirlas juntos suele ser la parte más valiosa del proyecto.',
          ],
          subheading: 'Empieza por el problema',
        },
        {
          title: 'Cinco errores en tu web que te cuestan clientes',
          excerpt:
            'Páginas lentas, mensajes confusos y datos de contacto escondidos. Cómo detectarlos y corregirlos.',
          paragraphs: [
            'La mayoría de las webs pierden visitas en los primeros segundos. Los motivos suelen ser sencillos.',
            'Páginas que cargan lentas en el móvil, titulares que no dicen a qué te dedicas y datos de contacto difíciles de encontrar son los más habituales.',
            'Corrige esos tres y notarás la diferencia en tus solicitudes en pocas semanas.',
          ],
          quote: 'Si los visitantes tienen que pensar, ya has perdido a la mitad.',
        },
      ],
      enquiries: ['Nuevo proyecto', 'Colaboración', 'Empleo', 'Otro asunto'],
      imageAlt: { hero: 'Nuestro estudio', story: 'El equipo trabajando' },
    },
    'real-estate': {
      noun: 'inmobiliaria',
      names: ['Inmobiliaria Casa Llave', 'Puerto Refugio Inmuebles', 'Piedra y Roble'],
      hero: {
        eyebrow: (v) => tag(v, 'Inmobiliaria'),
        headings: [
          (v) => `Encuentra tu próxima casa${v.where}`,
          () => 'Comprar, vender y alquilar, sin complicaciones',
        ],
        subheading: (v) =>
          v.products
            ? `${capital(v.products)}. Conocimiento del barrio, tasaciones sinceras y un agente que coge el teléfono.`
            : 'Conocimiento del barrio, tasaciones sinceras y un agente que coge el teléfono, de la primera visita a la entrega de llaves.',
        action: 'Ver inmuebles',
      },
      features: {
        heading: 'Por qué vender o alquilar con nosotros',
        intro: 'Expertos locales que conocen cada calle.',
        items: [
          [
            'Tasaciones sinceras',
            'Un precio realista basado en ventas reales de la zona, no una cifra para captar tu encargo.',
          ],
          ['Buena presentación', 'Fotos profesionales, planos y anuncios que venden.'],
          ['Siempre localizables', 'Un agente, un teléfono y novedades cada semana.'],
        ],
      },
      stats: {
        since: 'En el barrio desde',
        items: [
          ['450+', 'Viviendas vendidas'],
          ['38 días', 'Tiempo medio de venta'],
        ],
      },
      reviews: [
        [
          'Vendieron nuestro piso en tres semanas al precio que pedíamos y nos tuvieron informados en todo momento.',
          'Vendedor',
        ],
        [
          'Comprábamos por primera vez y teníamos mil preguntas. Respondieron a todas.',
          'Compradores primerizos',
        ],
        ['Gestión de alquiler fiable y rápida. Nunca me preocupo por mi piso.', 'Propietaria'],
      ],
      offer: {
        title: 'Inmuebles',
        heading: 'Inmuebles destacados',
        intro: 'Una selección de lo que hay ahora en el mercado. Escríbenos para más detalles y visitas.',
        productNote: 'Una de nuestras especialidades.',
        groups: [
          {
            name: 'En venta',
            items: [
              ['Piso luminoso de dos dormitorios', 'Reformado, con balcón y ascensor, cerca del centro.'],
              ['Casa familiar con jardín', 'Cuatro dormitorios, calle tranquila, cerca de colegios.'],
              ['Estudio junto a la estación', 'Ideal como primera vivienda o inversión.'],
            ],
          },
          {
            name: 'En alquiler',
            items: [
              ['Piso de un dormitorio', 'Amueblado, con internet rápido.'],
              ['Piso de tres dormitorios', 'Amplio, con plaza de garaje y trastero.'],
              ['Local u oficina', 'A pie de calle, 80 m², distribución flexible.'],
            ],
          },
        ],
      },
      gallery: {
        title: 'Galería',
        heading: 'Casas que nos encantan',
        intro: 'Algunas ventas y alquileres recientes.',
        captions: [
          'Salón soleado, vendido en dos semanas',
          'Cocina reformada',
          'Terraza con jardín',
          'Vistas desde el ático',
        ],
      },
      story: {
        heading: 'Sobre nosotros',
        paragraphs: [
          (v) =>
            v.year
              ? `${v.name} ayuda a comprar, vender y alquilar${v.where} desde ${v.year}. Conocemos los barrios, los colegios y los precios, calle a calle.`
              : `${v.name} ayuda a comprar, vender y alquilar${v.where}. Conocemos los barrios, los colegios y los precios, calle a calle.`,
          () =>
            'Somos una inmobiliaria independiente y crecemos gracias a las recomendaciones. Eso nos mantiene sinceros y cerca de nuestros clientes.',
        ],
      },
      values: {
        heading: 'Nuestros compromisos',
        intro: 'Con lo que puedes contar.',
        items: [
          'Tasaciones sinceras, por escrito',
          'Honorarios claros, acordados de antemano',
          'Novedades cada semana hasta la entrega de llaves',
        ],
      },
      team: {
        heading: 'Nuestros agentes',
        intro: 'Gente del barrio que conoce el mercado.',
        members: [
          ['Director', 'Veinte años en el mercado inmobiliario local.'],
          ['Agente comercial', 'Acompaña a compradores y vendedores de la tasación a la firma.'],
          ['Gestor de alquileres', 'Cuida de inquilinos, propietarios y de todo lo que hay entre medias.'],
        ],
      },
      faq: [
        [
          '¿Cuánto vale mi casa?',
          'Pide una tasación gratis. Vamos a verla, comparamos ventas recientes y te damos una valoración por escrito.',
        ],
        [
          '¿Cuáles son vuestros honorarios?',
          'Un porcentaje claro del precio de venta, acordado antes de empezar. Si no hay venta, no hay honorarios.',
        ],
        [
          '¿Gestionáis alquileres?',
          'Sí, desde buscar inquilinos hasta el mantenimiento y el cobro de la renta.',
        ],
        [
          '¿Me ayudáis con la hipoteca?',
          'Trabajamos con asesores hipotecarios independientes que te ayudan a encontrar la mejor opción.',
        ],
      ],
      cta: {
        heading: '¿Piensas vender?',
        body: 'Pide esta semana una tasación gratis y sin compromiso.',
        action: 'Pedir tasación',
      },
      posts: [
        {
          title: 'Cómo preparar tu casa para una visita',
          excerpt: 'Pequeños cambios que causan una gran primera impresión en los compradores.',
          paragraphs: [
            'Los compradores deciden en los primeros minutos. Haz que esos minutos cuenten.',
            'Despeja superficies, abre las cortinas, arregla los pequeños detalles y ventila. Una casa ordenada y luminosa parece más grande y valiosa.',
            'Y si puedes, sal durante las visitas. Los compradores hablan con más libertad cuando el propietario no está.',
          ],
          subheading: 'Primeras impresiones',
        },
        {
          title: 'Comprar tu primera vivienda: guía paso a paso',
          excerpt: 'Del presupuesto a las llaves: qué esperar cuando compras por primera vez.',
          paragraphs: [
            'Empieza por el presupuesto: habla con un asesor hipotecario antes de enamorarte de un piso.',
            'Después visita muchas viviendas, haz muchas preguntas y revisa los gastos más allá del precio: impuestos, notaría y reformas.',
            'Cuando encuentres la tuya, te acompañamos en la oferta, el papeleo y el día en que recibes las llaves.',
          ],
          quote: 'El mejor momento para hacer números es antes de la primera visita.',
        },
      ],
      enquiries: ['Concertar una visita', 'Tasación gratis', 'Gestión de alquiler', 'Otro asunto'],
      imageAlt: { hero: 'Un salón soleado', story: 'Nuestra oficina' },
    },
    hotel: {
      noun: 'casa de huéspedes',
      names: ['Casa Alba', 'La Posada del Farol', 'Casa del Puerto'],
      hero: {
        eyebrow: (v) => tag(v, 'Alojamiento con encanto'),
        headings: [
          (v) => `Tu casa fuera de casa${v.where}`,
          () => 'Mañanas tranquilas, habitaciones cómodas, bienvenida cálida',
        ],
        subheading: (v) =>
          v.products
            ? `${capital(v.products)}. Habitaciones cómodas, un desayuno generoso y anfitriones que conocen los mejores sitios.`
            : 'Habitaciones cómodas, un desayuno generoso y anfitriones que conocen los mejores sitios para comer, pasear y descubrir.',
        action: 'Ver las habitaciones',
      },
      features: {
        heading: 'Por qué a nuestros huéspedes les encanta',
        intro: 'Lo bastante pequeña para saber tu nombre, lo bastante cómoda para quedarte más días.',
        items: [
          [
            'Un desayuno por el que merece la pena madrugar',
            'Pan de la zona, fruta fresca, bizcochos caseros y huevos a tu gusto.',
          ],
          ['Habitaciones tranquilas y cómodas', 'Buenas camas, cortinas opacas y duchas efecto lluvia.'],
          ['Consejos locales', 'Te contamos dónde comen los de aquí y qué vistas merecen la subida.'],
        ],
      },
      stats: {
        since: 'Recibiendo huéspedes desde',
        items: [
          ['9,4/10', 'Valoración de los huéspedes'],
          ['12', 'Habitaciones'],
        ],
      },
      reviews: [
        [
          'El mejor desayuno de todo el viaje y unos anfitriones que nos hicieron sentir en casa. Volveremos.',
          'Pareja, cuatro noches',
        ],
        [
          'Impecable, silencioso y muy bien situado. Los consejos para cenar fueron un acierto.',
          'Viajero solo',
        ],
        [
          'A los niños les encantó, y a nosotros también. Espacio para descansar después de días largos.',
          'Familia de cuatro',
        ],
      ],
      offer: {
        title: 'Habitaciones',
        heading: 'Habitaciones y tarifas',
        intro:
          'Todas las habitaciones incluyen desayuno, wifi gratis y toallas limpias cada día. Mejor precio reservando directamente.',
        productNote: 'Una de las favoritas de nuestros huéspedes.',
        groups: [
          {
            name: 'Habitaciones',
            items: [
              ['Habitación doble', 'Acogedora y tranquila, con cama de matrimonio grande.'],
              ['Habitación superior con vistas', 'Más espacio, zona de estar y las mejores vistas.'],
              ['Suite familiar', 'Dos habitaciones comunicadas para hasta cuatro personas.'],
            ],
          },
          {
            name: 'Extras',
            items: [
              ['Desayuno para visitantes', '¿No te alojas con nosotros? Ven a desayunar.'],
              ['Salida tardía', 'Quédate la habitación hasta las 14:00.'],
              ['Traslado al aeropuerto', 'Un conductor esperándote a tu llegada.'],
            ],
          },
        ],
      },
      gallery: {
        title: 'Galería',
        heading: 'Echa un vistazo',
        intro: 'Habitaciones, desayuno y las vistas desde la terraza.',
        captions: [
          'Luz de la mañana en la habitación superior',
          'Desayuno en la terraza',
          'El salón, con libros y juegos',
          'Las vistas al atardecer',
        ],
      },
      story: {
        heading: 'Nuestra casa',
        paragraphs: [
          (v) =>
            v.year
              ? `${v.name} recibe huéspedes${v.where} desde ${v.year}. Restauramos la casa con mimo, conservando su carácter y añadiendo todas las comodidades.`
              : `${v.name} es un alojamiento pequeño e independiente${v.where}. Restauramos la casa con mimo, conservando su carácter y añadiendo todas las comodidades.`,
          () =>
            'Vivimos cerca y atendemos personalmente a cada huésped, desde recomendaciones para cenar hasta un desayuno para llevar si sales temprano.',
        ],
      },
      values: {
        heading: 'Nuestra forma de recibir',
        intro: 'Pequeños detalles que hacen una estancia.',
        items: [
          'Mejor precio garantizado reservando directamente',
          'Cancelación gratuita hasta 48 horas antes de la llegada',
          'Desayuno local y de temporada',
          'Amenities y ropa de cama respetuosas con el medio ambiente',
        ],
      },
      team: {
        heading: 'Tus anfitriones',
        intro: 'Tenemos ganas de recibirte.',
        members: [
          [
            'Propietaria y anfitriona',
            'Le encanta compartir los mejores secretos de la zona con los huéspedes.',
          ],
          ['Atención al huésped', 'Aquí para ayudarte con reservas, excursiones y mesas.'],
          ['Cocinera del desayuno', 'Hornea algo distinto cada mañana.'],
        ],
      },
      faq: [
        [
          '¿A qué hora son la entrada y la salida?',
          'La entrada es a partir de las 15:00 y la salida hasta las 11:00. Pregúntanos si necesitas más flexibilidad.',
        ],
        ['¿El desayuno está incluido?', 'Sí, el desayuno está incluido en todas nuestras tarifas.'],
        [
          '¿Hay aparcamiento?',
          'Hay aparcamiento público cerca y te recomendamos la mejor opción al reservar.',
        ],
        [
          '¿Puedo cancelar mi reserva?',
          'La cancelación es gratuita hasta 48 horas antes de la llegada si reservas directamente.',
        ],
      ],
      cta: {
        heading: 'Planea tu estancia',
        body: 'Reserva directamente para tener el mejor precio y cancelación gratuita.',
        action: 'Consultar disponibilidad',
      },
      posts: [
        {
          title: 'Un fin de semana perfecto por la zona',
          excerpt: 'Dónde pasear, comer y ver el atardecer, contado por quienes vivimos aquí.',
          paragraphs: [
            'Empieza el sábado con un desayuno sin prisas y recorre a pie las calles antiguas antes de que lleguen las multitudes.',
            'Come donde comen los de aquí, pasa la tarde en un museo o junto al agua y busca un buen sitio para el atardecer. Te contamos el nuestro.',
            'El domingo, ve al mercado, llévate algo a casa y deja un rato para no hacer nada.',
          ],
          subheading: 'Sábado y domingo',
        },
        {
          title: 'Detrás de nuestro desayuno',
          excerpt: 'Conoce a los panaderos, agricultores y productores que llenan nuestra mesa cada mañana.',
          paragraphs: [
            'El desayuno es la comida de la que más hablan nuestros huéspedes, y empieza mucho antes de que se despierten.',
            'El pan viene de una panadería de la misma calle, los huevos de una pequeña granja y las mermeladas de fruta que compramos en el mercado.',
            'Es nuestra forma de compartir la zona contigo, plato a plato.',
          ],
          quote: 'Un buen día empieza con un buen desayuno.',
        },
      ],
      enquiries: ['Reserva', 'Grupo o evento', 'Otro asunto'],
      imageAlt: { hero: 'Una habitación luminosa y cómoda', story: 'La casa desde el jardín' },
    },
    school: {
      noun: 'escuela',
      names: ['Centro de Estudios Aprende', 'La Casa del Estudio', 'Academia Estrella'],
      hero: {
        eyebrow: (v) => tag(v, 'Cursos y clases particulares'),
        headings: [(v) => `Aprender con confianza${v.where}`, () => 'Grupos pequeños, grandes progresos'],
        subheading: (v) =>
          v.products
            ? `${capital(v.products)} con profesores con experiencia, grupos pequeños y progresos que se notan.`
            : 'Cursos y clases particulares con profesores con experiencia, grupos pequeños y progresos que se notan.',
        action: 'Ver los cursos',
      },
      features: {
        heading: 'Por qué se aprende mejor aquí',
        intro: 'Cada alumno es distinto. Nuestra forma de enseñar también.',
        items: [
          ['Grupos pequeños', 'Un máximo de ocho alumnos por clase, para que nadie se quede atrás.'],
          ['Profesores con experiencia', 'Titulados, pacientes y apasionados por su materia.'],
          ['Seguimiento regular', 'Informes de progreso claros para alumnos y familias.'],
        ],
      },
      stats: {
        since: 'Enseñando desde',
        items: [
          ['95 %', 'De aprobados en los exámenes'],
          ['8', 'Alumnos por clase como máximo'],
        ],
      },
      reviews: [
        [
          'Mi hijo pasó de odiar las matemáticas a disfrutarlas. Las notas llegaron solas.',
          'Madre de alumno',
        ],
        [
          'Los profesores son pacientes y lo explican todo muy claro. Aprobé el examen a la primera.',
          'Antigua alumna',
        ],
        [
          'Horarios flexibles y progresos reales. Justo lo que necesitaba trabajando a jornada completa.',
          'Alumno adulto',
        ],
      ],
      offer: {
        title: 'Cursos',
        heading: 'Cursos y clases',
        intro: 'Cada mes empiezan grupos nuevos. ¿No sabes tu nivel? Reserva una prueba de nivel gratis.',
        productNote: 'Uno de nuestros cursos más solicitados.',
        groups: [
          {
            name: 'Cursos en grupo',
            items: [
              ['Curso semanal en grupo', 'Dos clases a la semana en un grupo reducido.'],
              ['Preparación de exámenes', 'Práctica centrada con simulacros de examen.'],
              ['Curso intensivo de vacaciones', 'Dos semanas, todas las mañanas.'],
            ],
          },
          {
            name: 'Clases particulares',
            items: [
              ['Clase individual', 'Adaptada a tus objetivos y tu ritmo.'],
              ['Clase online', 'La misma calidad, desde casa.'],
              ['Prueba de nivel', 'Gratuita, con orientación personalizada.'],
            ],
          },
        ],
      },
      plans: {
        title: 'Tarifas',
        heading: 'Tarifas',
        intro: 'Sin matrícula. Materiales incluidos.',
        askNote: 'Gratis',
        action: 'Matricularme',
        items: [
          {
            name: 'Clase suelta',
            description: 'Clases particulares cuando las necesites.',
            features: ['Individual', 'Horarios flexibles', 'Presencial u online'],
          },
          {
            name: 'Curso mensual',
            description: 'Nuestra opción más popular.',
            features: ['Dos clases en grupo a la semana', 'Informes de progreso', 'Materiales incluidos'],
          },
          {
            name: 'Prueba de nivel',
            description: 'Descubre tu nivel antes de empezar.',
            features: ['Sesión de 30 minutos', 'Plan de estudio personal'],
          },
        ],
      },
      story: {
        heading: 'Sobre nosotros',
        paragraphs: [
          (v) =>
            v.year
              ? `${v.name} ayuda a estudiantes${v.where} desde ${v.year}. Empezamos con un aula y una convicción sencilla: cualquiera puede aprender con el profesor adecuado.`
              : `${v.name} empezó con un aula y una convicción sencilla: cualquiera puede aprender con el profesor adecuado.`,
          () =>
            'Hoy enseñamos a niños, adolescentes y adultos, en grupos pequeños y en clases individuales, y seguimos creyéndolo.',
        ],
      },
      values: {
        heading: 'Nuestro enfoque',
        intro: 'Cómo ayudamos a cada alumno a conseguirlo.',
        items: [
          'Partir del punto en que está cada alumno',
          'Construir confianza además de conocimientos',
          'Mantener informadas a las familias',
          'Hacer que aprender sea agradable',
        ],
      },
      team: {
        heading: 'Nuestros profesores',
        intro: 'Titulados, con experiencia y pacientes.',
        members: [
          ['Fundadora y directora de estudios', 'Veinte años en el aula y todavía da clase cada semana.'],
          ['Profesor', 'Especialista en preparación de exámenes.'],
          ['Profesora', 'Le encanta trabajar con los alumnos más pequeños.'],
        ],
      },
      faq: [
        [
          '¿Cómo sé qué nivel me corresponde?',
          'Reserva una prueba de nivel gratuita. Te recomendaremos el curso adecuado.',
        ],
        [
          '¿Y si mi hijo falta a una clase?',
          'Las clases perdidas se pueden recuperar en otro grupo ese mismo mes.',
        ],
        ['¿Tenéis clases online?', 'Sí, la mayoría de nuestros cursos se ofrecen online y presenciales.'],
        [
          '¿Puedo empezar a mitad de curso?',
          'Sí. Cada mes empiezan grupos nuevos, y las clases particulares pueden empezar cuando quieras.',
        ],
      ],
      cta: {
        heading: 'Empieza a aprender este mes',
        body: 'Reserva una prueba de nivel gratis y prueba una clase sin compromiso.',
        action: 'Reservar prueba gratis',
      },
      posts: [
        {
          title: 'Cómo crear una rutina de estudio que funcione',
          excerpt:
            'Sesiones cortas y regulares valen más que los atracones de última hora. Cómo convertirlo en hábito.',
          paragraphs: [
            'El secreto de los buenos resultados no es estudiar más, sino estudiar con regularidad.',
            'Veinticinco minutos concentrados al día, a la misma hora y en el mismo sitio, rinden más que un fin de semana entero antes del examen.',
            'Deja el móvil en otra habitación, empieza por la tarea más difícil y date un premio al terminar.',
          ],
          subheading: 'Poco y a menudo',
        },
        {
          title: 'Cinco consejos para el día del examen',
          excerpt:
            'Dormir, desayunar y empezar con calma. Hábitos sencillos que te ayudan a dar lo mejor de ti.',
          paragraphs: [
            'Duerme bien. Repasar a última hora rara vez ayuda tanto como descansar.',
            'Desayuna, llega pronto y lee cada pregunta dos veces antes de contestar.',
            'Si te atascas, sigue adelante y vuelve después. Y recuerda: estás mejor preparado de lo que crees.',
          ],
          quote: 'La confianza nace de la preparación.',
        },
      ],
      enquiries: ['Información de cursos', 'Prueba de nivel gratis', 'Clases particulares', 'Otro asunto'],
      imageAlt: { hero: 'Un aula luminosa', story: 'Alumnos trabajando' },
    },
    generic: {
      noun: 'pequeña empresa',
      names: ['Viento Norte & Co.', 'Calle Clara', 'Piedra Angular'],
      hero: {
        eyebrow: (v) => tag(v, 'Bienvenido'),
        headings: [(v) => `Calidad y cuidado${v.where}`, () => 'Buen trabajo, bien hecho'],
        subheading: (v) =>
          v.products
            ? `${capital(v.products)}, con el cuidado de quien se enorgullece de su trabajo.`
            : 'Cercanos, profesionales y de confianza. Nos enorgullece nuestro trabajo, y se nota.',
        action: 'Nuestros servicios',
      },
      features: {
        heading: 'Por qué elegirnos',
        intro: 'Lo que hace diferente trabajar con nosotros.',
        items: [
          ['Trato personal', 'Hablas con personas reales que conocen tu nombre y lo que necesitas.'],
          ['Primero la calidad', 'Preferimos hacer una cosa bien que muchas mal.'],
          ['Precios justos', 'Precios claros y honestos, sin sorpresas.'],
        ],
      },
      stats: {
        since: 'Trabajando desde',
        items: [
          ['500+', 'Clientes satisfechos'],
          ['4,8/5', 'Valoración media'],
        ],
      },
      reviews: [
        ['Amables, profesionales y siempre puntuales. Los recomiendo a todo el mundo.', 'Cliente'],
        ['Fueron mucho más allá de lo esperado. Es raro encontrar un servicio así.', 'Cliente habitual'],
        ['Muy buena relación calidad-precio y un placer tratar con ellos.', 'Cliente'],
      ],
      offer: {
        title: 'Servicios',
        heading: 'Lo que ofrecemos',
        intro: 'Cuéntanos qué necesitas y encontraremos la solución adecuada.',
        productNote: 'Una de nuestras especialidades.',
        groups: [
          {
            name: 'Servicios',
            items: [
              ['Primera consulta', 'Te escuchamos y te proponemos el mejor camino.'],
              ['Servicio estándar', 'Nuestra opción más solicitada.'],
              ['Acompañamiento continuo', 'Ayuda periódica, siempre que la necesites.'],
            ],
          },
        ],
      },
      story: {
        heading: 'Sobre nosotros',
        paragraphs: [
          (v) =>
            v.year
              ? `${v.name} atiende a sus clientes${v.where} desde ${v.year}. Estamos orgullosos de nuestro trabajo y de las relaciones que hemos creado por el camino.`
              : `${v.name} atiende a sus clientes${v.where} con cuidado. Estamos orgullosos de nuestro trabajo y de las relaciones que creamos por el camino.`,
          () => 'Cada cliente tiene toda nuestra atención, sea su primera visita o la número cien.',
        ],
      },
      values: {
        heading: 'Lo que valoramos',
        intro: 'Los principios detrás de nuestro trabajo.',
        items: [
          'Honestidad en todo lo que hacemos',
          'Una calidad que podemos garantizar',
          'Respeto por el tiempo de nuestros clientes',
        ],
      },
      team: {
        heading: 'El equipo',
        intro: 'Las personas detrás del negocio.',
        members: [
          ['Fundador', 'Creó el negocio y sigue atendiendo a cada cliente.'],
          ['Operaciones', 'Hace que todo funcione sin tropiezos.'],
          ['Atención al cliente', 'Tu primer contacto.'],
        ],
      },
      faq: [
        [
          '¿Cómo puedo contactar con vosotros?',
          'Por teléfono, por email o desde el formulario de contacto. Respondemos en un día laborable.',
        ],
        ['¿Dónde estáis?', 'Encontrarás nuestra dirección y horario en la página de contacto.'],
        [
          '¿Cuánto cuestan vuestros servicios?',
          'Los precios están en la página de servicios. Para todo lo demás, pide un presupuesto gratis.',
        ],
      ],
      cta: {
        heading: 'Trabajemos juntos',
        body: 'Escríbenos hoy. Nos encantará saber de ti.',
        action: 'Contáctanos',
      },
      posts: [
        {
          title: 'Bienvenido a nuestra nueva web',
          excerpt: 'Una imagen nueva, las mismas personas. Esto es lo que encontrarás en nuestra nueva web.',
          paragraphs: [
            'Hemos creado una web nueva para que sea más fácil encontrar lo que necesitas y ponerte en contacto.',
            'Encontrarás nuestros servicios, precios y horario, y compartiremos novedades aquí con regularidad.',
            'Nos encantará saber qué te parece.',
          ],
        },
        {
          title: 'Cómo trabajamos con nuestros clientes',
          excerpt:
            'De la primera conversación al trabajo terminado: qué esperar cuando trabajas con nosotros.',
          paragraphs: [
            'Cada trabajo empieza con una conversación. Escuchamos lo que necesitas y te proponemos el mejor camino.',
            'Recibes un presupuesto claro antes de empezar, novedades durante el proceso y un seguimiento al final.',
            'Sencillo, honesto y personal: así nos gusta trabajar.',
          ],
          subheading: 'Paso a paso',
        },
      ],
      enquiries: ['Presupuesto', 'Pregunta', 'Otro asunto'],
      imageAlt: { hero: 'Nuestro espacio de trabajo', story: 'El equipo trabajando' },
    },
  },
};
