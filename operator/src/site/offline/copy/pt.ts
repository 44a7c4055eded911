import { knownPlace } from '../places.ts';
import type { CopyVars, LocaleCopy } from './types.ts';
import { word } from './words.ts';

// Portuguese copy (European Portuguese; pt-BR uses it too). Mirrors en.ts section by section.

const tag = (v: CopyVars, fallback: string) =>
  [v.place, v.year ? `desde ${v.year}` : undefined].filter(Boolean).join(' · ') || fallback;

const capital = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

export const pt: LocaleCopy = {
  common: {
    where: (place) => {
      const article = knownPlace(place)?.ptArticle;
      return article === 'o' ? `no ${place}` : article === 'a' ? `na ${place}` : `em ${place}`;
    },
    since: (year) => `desde ${year}`,
    list: (items) =>
      items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} e ${items.at(-1)}`,
    builtName: (descriptor, place) => `${descriptor} ${place}`,
    pages: {
      home: 'Início',
      about: 'Sobre nós',
      contact: 'Contactos',
      blog: 'Diário',
      team: 'Equipa',
      faq: 'Perguntas',
    },
    seo: {
      home: (name, noun, where) => `${name} · ${noun}${where}`,
      page: (title, name) => `${title} · ${name}`,
      blog: (name) => `Novidades e histórias de ${name}.`,
      contact: (name, where) => `Morada, horário e contactos de ${name}${where}.`,
    },
    reviewsHeading: 'O que dizem de nós',
    faqHeading: 'Perguntas frequentes',
    logosHeading: 'Em boa companhia',
    blog: {
      heading: 'Diário',
      intro: (v) => `Novidades, histórias dos bastidores e dicas práticas de ${v.name}.`,
      latest: 'Últimas do diário',
    },
    contact: {
      heading: 'Fale connosco',
      intro: (v) =>
        `Ligue, escreva ou passe por cá${v.where}. Respondemos a todas as mensagens num dia útil.`,
      call: 'Ligue-nos',
      email: 'Email',
      hours: 'Horário',
      closedOn: (days) => `Encerrado: ${days}.`,
      alwaysOpen: 'Abertos 24 horas por dia, 7 dias por semana, incluindo feriados.',
      mapAlt: 'Mapa',
      form: {
        name: 'O seu nome',
        email: 'Email',
        phone: 'Telefone (opcional)',
        topic: 'Qual é o assunto?',
        message: 'Mensagem',
        messagePlaceholder: 'Conte-nos um pouco do que precisa',
        submit: 'Enviar mensagem',
        success: 'Obrigado! A sua mensagem foi enviada e responderemos em breve.',
      },
    },
    weekdays: [
      'segunda-feira',
      'terça-feira',
      'quarta-feira',
      'quinta-feira',
      'sexta-feira',
      'sábado',
      'domingo',
    ],
    footer: (name, noun, where, since) => `${name}, ${noun}${where}${since}.`,
    priceNotes: {
      from: 'desde',
      perHour: 'por hora',
      perNight: 'por noite',
      perPerson: 'por pessoa',
      perClass: 'por sessão',
      perMonth: 'por mês',
    },
    actions: { contact: 'Fale connosco', learnMore: 'Saber mais', readMore: 'Ler mais' },
    improve: {
      formal: [
        [word('olá'), 'bom dia'],
        [word('fale connosco'), 'contacte-nos'],
        [word('passe por cá'), 'visite-nos'],
        [word('malta'), 'pessoas'],
        [word('miúdos'), 'crianças'],
        [word('até já'), 'até breve'],
        [/!/g, '.'],
      ],
      friendly: [
        [word('contacte-nos'), 'fale connosco'],
        [word('visite-nos'), 'passe por cá'],
        [word('bom dia'), 'olá'],
      ],
    },
  },
  kinds: {
    restaurant: {
      noun: 'restaurante',
      names: ['A Mesa Comprida', 'Sal & Brasa', 'Cozinha da Rua'],
      hero: {
        eyebrow: (v) => tag(v, 'Cozinha da estação'),
        headings: [
          (v) => `Um lugar à nossa mesa${v.where}`,
          () => 'Cozinha da estação, pratos generosos, bom vinho',
        ],
        subheading: (v) =>
          v.products
            ? `${capital(v.products)}, cozinhados de raiz com o que o mercado traz todas as manhãs.`
            : 'Uma carta curta que segue as estações, cozinhada de raiz com produtos de quem conhecemos.',
        action: 'Ver a carta',
      },
      features: {
        heading: 'Porque é que os clientes voltam',
        intro: (v) => `No ${v.name} tudo é feito na nossa cozinha, do caldo ao gelado.`,
        items: [
          [
            'Do mercado para o prato',
            'Compramos a produtores e pescadores locais e escrevemos as sugestões do dia no quadro.',
          ],
          ['Feito de raiz', 'Pão, molhos, massa fresca e sobremesas, tudo feito cá em casa.'],
          [
            'Lugar para todos',
            'Cantos sossegados para dois, uma mesa comprida para aniversários e menu para os mais pequenos.',
          ],
        ],
      },
      stats: {
        since: 'A cozinhar desde',
        items: [
          ['4,7/5', 'Avaliação média dos clientes'],
          ['90%', 'Produtos de menos de 100 km'],
        ],
      },
      reviews: [
        [
          'Viemos para um jantar e voltámos três vezes na mesma semana. O borrego assado lentamente é inesquecível.',
          'De visita à cidade',
        ],
        [
          'Serviço caloroso, preços honestos e as melhores sobremesas da cidade. O nosso sítio para celebrações em família.',
          'Cliente habitual',
        ],
        [
          'Lembraram-se da minha alergia da última visita sem eu dizer nada. Isto é hospitalidade a sério.',
          'Cliente do bairro',
        ],
      ],
      offer: {
        title: 'Carta',
        heading: 'Na carta',
        intro:
          'A nossa carta muda com as estações. Pergunte pelas sugestões do dia e pela harmonização de vinhos.',
        productNote: 'Um clássico da casa, feito no momento.',
        groups: [
          {
            name: 'Entradas',
            items: [
              ['Pão e azeite', 'O nosso pão de massa-mãe com azeite da região e flor de sal.'],
              ['Sopa do dia', 'Feita todas as manhãs com o melhor do mercado.'],
              ['Polvo grelhado', 'Com paprica fumada, batata a murro e limão.'],
            ],
          },
          {
            name: 'Pratos principais',
            items: [
              ['Peixe do dia', 'Grelhado inteiro com ervas, legumes e molho verde.'],
              ['Borrego assado lentamente', 'Sete horas no forno, com raízes assadas e o seu molho.'],
              ['Risoto de cogumelos silvestres', 'Arroz carnaroli, queijo curado e tomilho. Vegetariano.'],
            ],
          },
          {
            name: 'Sobremesas',
            items: [
              ['Cheesecake queimado', 'Cremoso por dentro, caramelizado por cima.'],
              ['Mousse de chocolate', 'Chocolate negro, azeite e uma pitada de sal.'],
              ['Fruta da época', 'Servida simplesmente, dos mesmos produtores dos nossos legumes.'],
            ],
          },
        ],
      },
      gallery: {
        title: 'Galeria',
        heading: 'Da nossa cozinha',
        intro: 'Um cheirinho da sala, dos pratos e de quem os faz.',
        captions: [
          'A sala numa sexta-feira à noite',
          'Acabado de chegar do mercado',
          'O passe, mesmo antes do serviço',
          'A sobremesa, a melhor parte',
        ],
      },
      story: {
        heading: 'A nossa história',
        paragraphs: [
          (v) =>
            v.year
              ? `O ${v.name} abriu portas em ${v.year} com uma ideia simples: cozinhar a comida que gostamos de comer, com ingredientes em que confiamos, e servi-la como em casa.`
              : `O ${v.name} nasceu de uma ideia simples: cozinhar a comida que gostamos de comer, com ingredientes em que confiamos, e servi-la como em casa.`,
          (v) =>
            `Ainda hoje vamos ao mercado todas as manhãs, fazemos o nosso pão e conhecemos a maioria dos clientes pelo nome. Se estiver${v.where || ' por perto'}, venha comer connosco.`,
        ],
      },
      values: {
        heading: 'Aquilo em que acreditamos',
        intro: 'Um restaurante vale o que valem os seus hábitos. Estes são os nossos.',
        items: [
          'Cozinhar com as estações, não contra elas',
          'Pagar aos produtores de forma justa e a tempo',
          'Desperdiçar o mínimo possível',
          'Tratar cada cliente como um habitual',
        ],
      },
      team: {
        heading: 'Quem está na cozinha',
        intro: 'Uma equipa pequena que cozinha, serve e lava a loiça em conjunto.',
        members: [
          ['Chef', 'Passou por grandes cozinhas e voltou a casa para cozinhar a comida da nossa região.'],
          ['Gerente de sala', 'Conhece cada mesa, cada vinho e os aniversários da maioria dos clientes.'],
          ['Pasteleira', 'Responsável pelo pão de madrugada e pelas sobremesas à noite.'],
        ],
      },
      faq: [
        [
          'É preciso reservar?',
          'Recomendamos reserva ao jantar e aos fins de semana. Guardamos sempre algumas mesas para quem aparece.',
        ],
        [
          'Adaptam os pratos a alergias e dietas?',
          'Sim. Diga-nos ao reservar ou avise quem o atender e a cozinha adapta os pratos.',
        ],
        [
          'Podemos reservar o restaurante para um evento privado?',
          'Recebemos aniversários, jantares de empresa e pequenos casamentos. Escreva-nos com a data e o número de convidados.',
        ],
        [
          'Há menu para crianças?',
          'Sim, com doses mais pequenas dos nossos pratos, e cadeiras de bebé a pedido.',
        ],
      ],
      cta: {
        heading: 'Já tem fome?',
        body: 'Reserve mesa para hoje ou planeie connosco a sua próxima celebração.',
        action: 'Reservar mesa',
      },
      posts: [
        {
          title: 'O que o mercado nos ensinou esta estação',
          excerpt:
            'Como a ida matinal ao mercado define as sugestões do dia, e os pratos que mais nos entusiasmam.',
          paragraphs: [
            'Todas as manhãs começam da mesma forma: uma volta pelo mercado antes do primeiro café. Vamos sem lista de compras e voltamos com o que tiver melhor aspeto, cheiro e sabor.',
            'Esta estação foram ervilhas doces, os primeiros tomates do ano e peixe extraordinário. Cada um virou sugestão do dia, e alguns ganharam lugar na carta.',
            'Cozinhar assim mantém a cozinha atenta. E significa que a nossa carta nunca é exatamente igual duas vezes.',
          ],
          subheading: 'Da banca para o prato',
          quote: 'Cozinhar bem começa por comprar bem.',
        },
        {
          title: 'Guia para combinar vinho com a nossa carta',
          excerpt:
            'A nossa gerente partilha regras simples para escolher uma garrafa, seja para peixe, carne ou só sobremesa.',
          paragraphs: [
            'Não é preciso ser especialista para apreciar vinho. Comece pelo que gosta e deixe a comida guiá-lo.',
            'Brancos e rosés frescos adoram marisco e saladas. Os nossos pratos de cozedura lenta pedem um tinto com estrutura. E nunca dispense um copo de vinho doce com a sobremesa.',
            'Na dúvida, pergunte. Temos sempre todo o gosto em abrir uma garrafa e dar a provar.',
          ],
        },
      ],
      enquiries: ['Reserva de mesa', 'Evento privado', 'Outro assunto'],
      imageAlt: { hero: 'Uma mesa posta para o jantar', story: 'A nossa sala' },
    },
    bakery: {
      noun: 'padaria',
      names: ['Padaria Aurora', 'Forno da Vila', 'Pão Dourado'],
      hero: {
        eyebrow: (v) => tag(v, 'Padaria e café'),
        headings: [(v) => `Pão fresco todas as manhãs${v.where}`, () => 'Feito com calma, comido com gosto'],
        subheading: (v) =>
          v.products
            ? `${capital(v.products)}, acabados de sair do nosso forno${v.year ? ` desde ${v.year}` : ''}. Venha cedo: o melhor esgota primeiro.`
            : 'Pão de fermentação lenta, pastelaria amanteigada e bom café, acabados de sair do forno todas as manhãs.',
        action: 'Ver o que há no forno',
      },
      features: {
        heading: 'Porque é que o nosso pão sabe diferente',
        intro: 'Sem atalhos nem aditivos: só farinha, água, sal e tempo.',
        items: [
          [
            'Massa lenta',
            'Cada pão descansa até 24 horas antes de ir ao forno, para mais sabor e melhor côdea.',
          ],
          [
            'Cozido de madrugada',
            'Os fornos acendem antes do nascer do sol, por isso tudo no balcão é desta manhã.',
          ],
          [
            'Bons ingredientes',
            'Farinha moída na pedra, manteiga a sério e ovos de galinhas criadas ao ar livre, de quintas aqui perto.',
          ],
        ],
      },
      stats: {
        since: 'A cozer desde',
        items: [
          ['600+', 'Bolos e pastéis por dia'],
          ['24 h', 'De fermentação lenta'],
        ],
      },
      reviews: [
        [
          'O melhor pão que encontrei em anos. Côdea estaladiça, miolo macio e dura vários dias.',
          'Cliente de todos os sábados',
        ],
        ['A pastelaria é perigosa. Entro para comprar um pão e saio sempre com um saco de doces.', 'Vizinha'],
        ['Fizeram o nosso bolo de casamento e ainda hoje toda a gente fala dele.', 'Cliente feliz'],
      ],
      offer: {
        title: 'Menu',
        heading: 'Feito hoje',
        intro:
          'Tudo é feito fresco todas as manhãs. Quer que guardemos alguma coisa? Ligue antes e fica reservado.',
        productNote: 'Uma das nossas especialidades, feita fresca todas as manhãs.',
        groups: [
          {
            name: 'Pão',
            items: [
              [
                'Pão rústico de massa-mãe',
                'O pão de todos os dias: 24 horas de fermentação, côdea estaladiça.',
              ],
              ['Pão de centeio com sementes', 'Denso, escuro e cheio de sementes. Dura uma semana.'],
              ['Papo-secos', 'Perfeitos para o pequeno-almoço ou para uma sandes ao almoço.'],
            ],
          },
          {
            name: 'Pastelaria',
            items: [
              ['Croissant de manteiga', 'Três dias a preparar, com manteiga francesa.'],
              ['Caracol de canela', 'Macio, pegajoso e generoso na canela.'],
              ['Tarte de fruta da época', 'Massa estaladiça, creme de baunilha e a fruta do momento.'],
            ],
          },
          {
            name: 'Café e bebidas',
            items: [
              ['Café', 'De uma pequena torrefação local.'],
              ['Galão', 'Com leite gordo ou bebida de aveia.'],
              ['Sumo de laranja natural', 'Espremido na hora.'],
            ],
          },
        ],
      },
      gallery: {
        title: 'Galeria',
        heading: 'Acabado de sair do forno',
        intro: 'Uma espreitadela atrás do balcão.',
        captions: [
          'Pães a arrefecer nas grelhas',
          'O primeiro tabuleiro do dia',
          'A moldar a massa à mão',
          'O nosso balcão à hora de abrir',
        ],
      },
      logos: { heading: 'Os nossos fornecedores' },
      story: {
        heading: 'A nossa história',
        paragraphs: [
          (v) =>
            v.year
              ? `A ${v.name} coze pão${v.where} desde ${v.year}. O que começou com um forno e um caderno de receitas de família continua, no fundo, a ser uma padaria de família.`
              : `A ${v.name} começou com um forno e um caderno de receitas de família, e no fundo continua a ser uma padaria de família.`,
          () =>
            'Cozemos como sempre cozemos: à mão, em pequenas fornadas, dando tempo à massa para fazer o seu trabalho. As receitas passaram de geração em geração, e o hábito de guardar o último pão para um vizinho também.',
        ],
      },
      values: {
        heading: 'Como fazemos o pão',
        intro: 'Algumas regras que nunca quebramos.',
        items: [
          'Farinha, água, sal e tempo: mais nada no nosso pão',
          'Tudo cozido no dia em que é vendido',
          'O que sobra vai para instituições locais, nunca para o lixo',
        ],
      },
      team: {
        heading: 'Os padeiros',
        intro: 'Madrugadores, todos eles.',
        members: [
          ['Mestre padeiro', 'Acende os fornos às quatro e conhece cada massa pelo toque.'],
          ['Pasteleira', 'As mãos por trás dos nossos croissants e bolos de festa.'],
          ['Balcão', 'Sabe o seu pedido antes de chegar ao balcão.'],
        ],
      },
      faq: [
        [
          'Posso encomendar um bolo para uma ocasião especial?',
          'Sim. Avise-nos com pelo menos três dias de antecedência e diga-nos a data, o tamanho e o sabor que deseja.',
        ],
        [
          'Têm opções sem glúten?',
          'Trabalhamos com trigo o dia todo, por isso não podemos garantir nada sem glúten. Pergunte-nos pelos pães de espelta e centeio.',
        ],
        ['Posso reservar pão?', 'Claro. Ligue na véspera e guardamos o seu pão até à hora de fecho.'],
        [
          'Fornecem cafés e restaurantes?',
          'Fornecemos alguns negócios locais. Fale connosco sobre entregas diárias.',
        ],
      ],
      cta: {
        heading: 'Venha tomar o pequeno-almoço',
        body: (v) => `Café, um bolo quentinho e o cheiro a pão acabado de cozer. Até já${v.where}.`,
        action: 'Horário',
      },
      posts: [
        {
          title: 'Porque deixamos a massa descansar 24 horas',
          excerpt:
            'A fermentação lenta é o segredo da nossa côdea, do miolo e da duração do nosso pão. Explicamos como funciona.',
          paragraphs: [
            'A maior parte do pão vendido hoje é feito em menos de duas horas. O nosso leva um dia inteiro, e é de propósito.',
            'Enquanto a massa descansa, leveduras selvagens e bactérias decompõem lentamente a farinha. Isso dá sabor, torna o pão mais fácil de digerir e cria uma côdea que estala quando a apertamos.',
            'Obriga a planear com um dia de antecedência, todos os dias. Achamos que a diferença vale a pena, e esperamos que concorde.',
          ],
          subheading: 'O tempo é um ingrediente',
          quote: 'O bom pão não tem pressa.',
        },
        {
          title: 'Como manter o pão fresco durante mais tempo',
          excerpt:
            'Truques simples para aproveitar o pão a semana toda, desde guardá-lo bem até o recuperar no forno.',
          paragraphs: [
            'Guarde o pão com o lado cortado para baixo numa tábua de madeira, ou num saco de linho. Nunca no frigorífico: o pão endurece mais depressa.',
            'Se estiver um pouco duro, salpique-o com água e aqueça-o no forno durante cinco minutos. Fica quase como novo.',
            'Pão que não vai acabar? Corte-o às fatias e congele. Torre-o diretamente do congelador.',
          ],
        },
      ],
      enquiries: ['Encomenda de bolo', 'Reserva de pão', 'Revenda', 'Outro assunto'],
      imageAlt: { hero: 'Pães frescos no balcão da padaria', story: 'O forno da padaria' },
    },
    salon: {
      noun: 'salão de beleza',
      names: ['Estúdio Luz', 'Sala de Corte', 'Brilho Beauty'],
      hero: {
        eyebrow: (v) => tag(v, 'Cabelo e beleza'),
        headings: [
          (v) => `Sinta-se bem, com bom aspeto${v.where}`,
          () => 'Tempo para si, com todo o cuidado',
        ],
        subheading: (v) =>
          v.products
            ? `${capital(v.products)} por uma equipa que primeiro ouve e só depois corta.`
            : 'Cortes, coloração e cuidados por uma equipa que primeiro ouve e dedica o tempo necessário a acertar.',
        action: 'Ver serviços e preços',
      },
      features: {
        heading: 'Porque é que as clientes ficam connosco',
        intro:
          'Um salão descontraído, conselhos honestos e resultados que duram para lá da primeira lavagem.',
        items: [
          [
            'Uma consulta a sério',
            'Cada marcação começa com uma conversa sobre o seu cabelo, a sua rotina e o que procura.',
          ],
          [
            'Profissionais experientes',
            'A nossa equipa faz formação todos os meses para acompanhar novas técnicas e cores.',
          ],
          [
            'Produtos amigos',
            'Usamos produtos profissionais, não testados em animais, e dizemos-lhe quais combinam consigo.',
          ],
        ],
      },
      stats: {
        since: 'A cuidar de si desde',
        items: [
          ['4,9/5', 'Avaliação média'],
          ['8 em 10', 'Clientes que voltam a marcar'],
        ],
      },
      reviews: [
        ['Finalmente uma cor natural que cresce bem. Não troco por nada.', 'Cliente há quatro anos'],
        ['Ouviram exatamente o que eu queria e fizeram-me o melhor corte em anos.', 'Nova cliente'],
        [
          'Um espaço calmo e simpático. A minha marcação mensal é a melhor hora da semana.',
          'Cliente habitual',
        ],
      ],
      offer: {
        title: 'Serviços',
        heading: 'Serviços e preços',
        intro:
          'Os preços dependem do comprimento do cabelo e do tempo necessário. Confirmamos sempre o preço antes de começar.',
        productNote: 'Um serviço da casa, feito à sua medida.',
        groups: [
          {
            name: 'Cabelo',
            items: [
              ['Corte e brushing', 'Consulta, lavagem, corte e secagem.'],
              ['Coloração', 'Cor integral, raízes ou gloss, com teste de madeixa primeiro.'],
              ['Brushing', 'Liso, com volume ou ondulado: à sua escolha.'],
            ],
          },
          {
            name: 'Cuidados',
            items: [
              ['Manicure', 'Forma, cuidado das cutículas e verniz.'],
              ['Tratamento de hidratação profunda', 'Repara e suaviza, em vinte minutos.'],
              ['Design de sobrancelhas', 'Cera ou linha, com tinta se quiser.'],
            ],
          },
        ],
      },
      plans: {
        title: 'Pacotes',
        heading: 'Pacotes',
        intro: 'Boa relação qualidade-preço para cuidados regulares e dias especiais.',
        askNote: 'Peça orçamento',
        action: 'Marcar',
        items: [
          {
            name: 'Refresh',
            description: 'Um miminho rápido.',
            features: ['Lavagem e brushing', 'Manicure expresso'],
          },
          {
            name: 'Assinatura',
            description: 'O nosso pacote mais procurado.',
            features: ['Corte e coloração', 'Tratamento de hidratação', 'Design de sobrancelhas'],
          },
          {
            name: 'Dia especial',
            description: 'Para casamentos e ocasiões especiais.',
            features: ['Sessão de prova', 'Cabelo e maquilhagem no dia', 'Kit de retoque'],
          },
        ],
      },
      story: {
        heading: 'Sobre o salão',
        paragraphs: [
          (v) =>
            `O ${v.name} abriu${v.year ? ` em ${v.year}` : ''} para ser o salão a que sempre quisemos ir: acolhedor, sem pressas e honesto sobre o que resulta consigo.`,
          () =>
            'As nossas marcações têm tempo de sobra, para haver sempre uma consulta a sério e uma chávena de chá.',
        ],
      },
      values: {
        heading: 'A nossa promessa',
        intro: 'O que pode esperar em cada visita.',
        items: [
          'Conselhos honestos, mesmo que isso signifique fazer menos',
          'Preço confirmado antes de começar',
          'Retoque gratuito na primeira semana se não ficar satisfeita',
        ],
      },
      team: {
        heading: 'Conheça a equipa',
        intro: 'Cabeleireiras e esteticistas que adoram o que fazem.',
        members: [
          ['Fundadora e cabeleireira sénior', 'Especialista em cortes de precisão e cor com ar natural.'],
          ['Especialista em cor', 'Balayage, madeixas e correções de cor.'],
          ['Esteticista', 'Unhas, sobrancelhas e as mãos mais calmas do salão.'],
        ],
      },
      faq: [
        ['Como faço uma marcação?', 'Ligue-nos, envie uma mensagem pelo formulário ou passe pelo salão.'],
        [
          'Preciso de teste de alergia antes da coloração?',
          'Sim, na primeira coloração. Demora cinco minutos e deve ser feito pelo menos 48 horas antes.',
        ],
        [
          'Qual é a política de cancelamento?',
          'Pedimos 24 horas de aviso para podermos oferecer a vaga a outra pessoa.',
        ],
        ['Vendem vales de oferta?', 'Sim, de qualquer valor ou serviço. Peça na receção ou fale connosco.'],
      ],
      cta: {
        heading: 'Pronta para mudar?',
        body: 'Marque hoje. Novas clientes têm consulta gratuita.',
        action: 'Fazer marcação',
      },
      posts: [
        {
          title: 'Como fazer a cor durar mais tempo',
          excerpt: 'Cinco hábitos simples para manter a cor viva entre marcações.',
          paragraphs: [
            'A cor desvanece por vários motivos: água quente, sol e o champô errado são os suspeitos do costume.',
            'Lave com água morna, use champô sem sulfatos e proteja o cabelo do sol no verão. Uma máscara semanal também faz toda a diferença.',
            'E marque um gloss entre colorações: dá brilho e reaviva o tom em meia hora.',
          ],
          subheading: 'Pequenos hábitos, grande diferença',
        },
        {
          title: 'Escolher o corte que favorece o seu rosto',
          excerpt:
            'As nossas cabeleireiras explicam como o formato do rosto, o tipo de cabelo e o estilo de vida orientam o corte certo.',
          paragraphs: [
            'Não há uma regra única, mas há orientações que ajudam. As camadas suavizam traços fortes, enquanto uma linha reta dá estrutura.',
            'O tipo de cabelo conta tanto como o formato do rosto. Cabelo fino gosta de pontas retas; cabelo encaracolado precisa de cortes que respeitem a sua forma.',
            'Acima de tudo, pense nas suas manhãs. O melhor corte é aquele que consegue arranjar sozinha.',
          ],
          quote: 'O melhor corte é o que se adapta à sua vida.',
        },
      ],
      enquiries: ['Marcação', 'Vale de oferta', 'Casamento ou evento', 'Outro assunto'],
      imageAlt: { hero: 'O interior claro e calmo do salão', story: 'Os postos de trabalho do salão' },
    },
    'law-firm': {
      noun: 'escritório de advogados',
      names: ['Almeida & Costa Advogados', 'Ferreira Advogados', 'Sousa, Reis & Associados'],
      hero: {
        eyebrow: (v) => tag(v, 'Advogados'),
        headings: [
          (v) => `Aconselhamento jurídico claro${v.where}`,
          () => 'Respostas diretas a questões jurídicas',
        ],
        subheading: (v) =>
          v.products
            ? `Especialistas em ${v.products}. Explicamos as suas opções em linguagem simples e lutamos pelo melhor resultado.`
            : 'Explicamos as suas opções em linguagem simples, dizemos quanto vai custar e lutamos pelo melhor resultado.',
        action: 'Áreas de prática',
      },
      features: {
        heading: 'Porque nos escolhem os clientes',
        intro: 'As questões jurídicas já são stressantes que cheguem. Nós tornamo-las mais claras.',
        items: [
          [
            'Linguagem simples',
            'Sem jargão. Vai saber sempre em que ponto está o seu caso e o que vem a seguir.',
          ],
          [
            'Honorários transparentes',
            'Uma estimativa por escrito antes de começarmos e nenhuma surpresa na fatura.',
          ],
          [
            'Acompanhamento pessoal',
            'Um advogado acompanha o seu caso do início ao fim e atende as suas chamadas.',
          ],
        ],
      },
      stats: {
        since: 'A exercer desde',
        items: [
          ['1200+', 'Processos acompanhados'],
          ['48 h', 'Até um primeiro parecer escrito'],
        ],
      },
      reviews: [
        [
          'Explicaram tudo com clareza e resolveram um litígio que me preocupava há meses.',
          'Cliente particular',
        ],
        [
          'Rápidos, rigorosos e práticos. Exatamente o que uma pequena empresa precisa dos seus advogados.',
          'Administradora de empresa',
        ],
        [
          'Soube sempre o que se estava a passar e quanto ia custar. Isso fez toda a diferença.',
          'Cliente particular',
        ],
      ],
      offer: {
        title: 'Áreas de prática',
        heading: 'Como podemos ajudar',
        intro: 'Aconselhamos particulares e empresas, dentro e fora dos tribunais.',
        productNote: 'Uma área central da nossa prática.',
        groups: [
          {
            name: 'Para particulares',
            items: [
              ['Direito do trabalho', 'Despedimentos, contratos, salários e discriminação.'],
              [
                'Direito da família',
                'Divórcio, responsabilidades parentais e acordos de separação, com cuidado.',
              ],
              [
                'Imobiliário e arrendamento',
                'Compra, venda, contratos de arrendamento e litígios com senhorios.',
              ],
            ],
          },
          {
            name: 'Para empresas',
            items: [
              ['Contratos', 'Redação e revisão dos contratos de que a sua empresa depende.'],
              ['Direito societário', 'Constituição, acordos parassociais e reestruturações.'],
              ['Litígios e cobranças', 'Primeiro a negociação, o tribunal quando é preciso.'],
            ],
          },
        ],
      },
      story: {
        heading: 'Sobre o escritório',
        paragraphs: [
          (v) =>
            v.year
              ? `${v.name} aconselha clientes${v.where} desde ${v.year}. Crescemos, mas continuamos a trabalhar como começámos: de forma pessoal, cuidadosa e em linguagem clara.`
              : `${v.name} é um escritório independente que trabalha como os bons advogados devem trabalhar: de forma pessoal, cuidadosa e em linguagem clara.`,
          () =>
            'Os nossos clientes vão de famílias num momento difícil a empresas a planear o próximo passo. Todos recebem a mesma atenção.',
        ],
      },
      values: {
        heading: 'Como trabalhamos',
        intro: 'Quatro compromissos com cada cliente.',
        items: [
          'Uma avaliação inicial honesta das suas hipóteses',
          'Estimativa de honorários por escrito antes de começar',
          'Resposta a chamadas e emails num dia útil',
          'Sigilo absoluto, sempre',
        ],
      },
      team: {
        heading: 'Os nossos advogados',
        intro: 'Experientes, acessíveis e do seu lado.',
        members: [
          ['Sócio-gerente', 'Mais de vinte anos em direito do trabalho e comercial.'],
          ['Sócia', 'Direito da família e imobiliário, com calma nos casos difíceis.'],
          ['Advogado associado', 'Contratos, direito societário e a referência do escritório para startups.'],
        ],
      },
      faq: [
        [
          'Quanto custa uma primeira consulta?',
          'A primeira consulta tem um valor fixo, que confirmamos na marcação. Se avançarmos consigo, é descontado na conta final.',
        ],
        [
          'Trabalham com honorários fixos?',
          'Em muitos assuntos, sim. Caso contrário, damos-lhe uma estimativa escrita e mantemo-lo informado.',
        ],
        [
          'Podemos reunir online?',
          'Sim. As reuniões podem ser no escritório, por telefone ou por videochamada.',
        ],
        [
          'O que devo levar à primeira reunião?',
          'Cartas, contratos ou documentos relacionados com o assunto, e uma breve cronologia do que aconteceu.',
        ],
      ],
      cta: {
        heading: 'Fale com um advogado esta semana',
        body: 'Conte-nos brevemente a sua situação e dizemos-lhe como podemos ajudar.',
        action: 'Marcar consulta',
      },
      posts: [
        {
          title: 'Cinco coisas a verificar antes de assinar um contrato',
          excerpt: 'Uma pequena lista que lhe pode poupar muitos problemas mais tarde.',
          paragraphs: [
            'A maioria dos litígios que vemos podia ter sido evitada com uma leitura atenta antes da assinatura. Eis o que verificamos primeiro.',
            'Quem são exatamente as partes? O que acontece se alguém não cumprir? Como pode o contrato terminar, e quanto custa sair? Que lei se aplica, e onde seria resolvido um litígio?',
            'Se alguma resposta não for clara, pergunte antes de assinar. Sai muito mais barato do que perguntar depois.',
          ],
          subheading: 'Leia as letras pequenas',
        },
        {
          title: 'O que fazer se for despedido',
          excerpt: 'Os primeiros passos para proteger os seus direitos e os prazos que não pode perder.',
          paragraphs: [
            'Perder o emprego é um choque, mas os primeiros dias contam. Peça os motivos por escrito e guarde todas as cartas e emails.',
            'Não assine um acordo de imediato. Os prazos para contestar um despedimento podem ser curtos, por isso procure aconselhamento depressa.',
            'Numa só reunião, um advogado pode dizer-lhe se o despedimento foi lícito e a que pode ter direito.',
          ],
          quote: 'No direito do trabalho os prazos são curtos. Procure aconselhamento cedo.',
        },
      ],
      enquiries: ['Assunto pessoal', 'Assunto empresarial', 'Outro assunto'],
      imageAlt: { hero: 'Uma sala de reuniões tranquila com livros', story: 'O nosso escritório' },
    },
    clinic: {
      noun: 'clínica',
      names: ['Clínica do Rio', 'Clínica Sorriso Claro', 'Clínica Vale Verde'],
      hero: {
        eyebrow: (v) => tag(v, 'Clínica'),
        headings: [
          (v) => `Cuidamos de si e da sua família${v.where}`,
          () => 'Cuidados especializados, sem esperas',
        ],
        subheading: (v) =>
          v.products
            ? `${capital(v.products)}, com consultas à hora marcada e uma equipa que dedica tempo a explicar.`
            : 'Tratamentos modernos, consultas à hora marcada e uma equipa que dedica tempo a explicar.',
        action: 'Os nossos tratamentos',
      },
      features: {
        heading: 'Porque confiam em nós',
        intro: 'Cuidar bem é tanto ouvir como tratar.',
        items: [
          ['Consultas a horas', 'Planeamos consultas com tempo, para ser atendido à hora combinada.'],
          [
            'Equipamento moderno',
            'Meios de diagnóstico atualizados para tratamentos mais rápidos e confortáveis.',
          ],
          ['Planos de tratamento claros', 'Opções e preços explicados por escrito antes de começar.'],
        ],
      },
      stats: {
        since: 'A cuidar desde',
        items: [
          ['15 000+', 'Pacientes tratados'],
          ['4,9/5', 'Satisfação dos pacientes'],
        ],
      },
      reviews: [
        [
          'Eu tinha pavor das consultas. Aqui todos são calmos e explicam cada passo. Agora até gosto de vir às revisões.',
          'Paciente',
        ],
        [
          'Arranjaram-me vaga no próprio dia quando estava com dores. Profissionais e atenciosos.',
          'Paciente de urgência',
        ],
        ['A família toda é seguida aqui, dos avós ao nosso filho de seis anos.', 'Família de pacientes'],
      ],
      offer: {
        title: 'Tratamentos',
        heading: 'Tratamentos e preços',
        intro:
          'Cada tratamento começa com uma avaliação. Recebe um plano e um orçamento por escrito antes de começarmos.',
        productNote: 'Uma das nossas especialidades.',
        groups: [
          {
            name: 'Consultas',
            items: [
              ['Primeira consulta', 'Uma avaliação completa, com tempo para as suas perguntas.'],
              ['Consulta de seguimento', 'Revisão da sua evolução e dos próximos passos.'],
              ['Teleconsulta', 'Aconselhamento e seguimento a partir de casa.'],
            ],
          },
          {
            name: 'Cuidados',
            items: [
              ['Check-up e prevenção', 'Revisões regulares para detetar problemas cedo.'],
              ['Plano de tratamento', 'Cuidados à medida, explicados e orçamentados por escrito.'],
              ['Consulta urgente no próprio dia', 'Quando alguma coisa não pode esperar.'],
            ],
          },
        ],
      },
      story: {
        heading: 'Sobre a clínica',
        paragraphs: [
          (v) =>
            v.year
              ? `A ${v.name} cuida de pacientes${v.where} desde ${v.year}. Juntamos tratamentos atualizados a algo que nunca passa de moda: tempo para ouvir.`
              : `A ${v.name} junta tratamentos atualizados a algo que nunca passa de moda: tempo para ouvir.`,
          () =>
            'A clínica é acessível, a sala de espera é tranquila e a nossa equipa fala consigo como pessoa, não como um número de processo.',
        ],
      },
      values: {
        heading: 'Os nossos padrões',
        intro: 'Aquilo com que todos os pacientes podem contar.',
        items: [
          'Tratamento só quando é necessário',
          'Preços explicados antes de qualquer tratamento',
          'Protocolos rigorosos de higiene e segurança',
          'Os seus dados privados e seguros',
        ],
      },
      team: {
        heading: 'A nossa equipa',
        intro: 'Qualificada, experiente e verdadeiramente atenciosa.',
        members: [
          ['Diretora clínica', 'Lidera a clínica e acompanha os casos mais complexos.'],
          ['Especialista', 'Dedica-se à prevenção e aos cuidados a longo prazo.'],
          ['Coordenadora de pacientes', 'O seu primeiro contacto para marcações e dúvidas.'],
        ],
      },
      faq: [
        [
          'Estão a aceitar novos pacientes?',
          'Sim. Ligue-nos ou use o formulário de contacto e encontramos uma primeira consulta para si.',
        ],
        [
          'Trabalham com seguros?',
          'Trabalhamos com várias seguradoras. Indique a sua na marcação e verificamos a cobertura.',
        ],
        [
          'E se precisar de uma urgência?',
          'Ligue-nos logo de manhã. Guardamos vagas todos os dias para casos urgentes.',
        ],
        ['A clínica tem acessibilidade?', 'Sim, com acesso sem degraus e casa de banho adaptada.'],
      ],
      cta: {
        heading: 'Marque a sua consulta',
        body: 'Novos pacientes são sempre bem-vindos. Encontramos um horário que lhe convenha.',
        action: 'Marcar agora',
      },
      posts: [
        {
          title: 'Porque são importantes as consultas de rotina',
          excerpt:
            'Problemas pequenos detetados cedo são mais fáceis, mais baratos e mais confortáveis de tratar.',
          paragraphs: [
            'Muitas situações não causam dor no início. É precisamente nessa altura que são mais fáceis de tratar.',
            'Uma consulta de rotina demora menos de uma hora e dá-lhe tranquilidade. Para a maioria das pessoas, uma ou duas vezes por ano é suficiente.',
            'Não sabe quando foi a última vez? Ligue-nos e nós verificamos.',
          ],
          subheading: 'Primeiro, a prevenção',
        },
        {
          title: 'Como preparar a sua primeira visita',
          excerpt: 'O que trazer, o que esperar e como tirar o máximo partido da consulta.',
          paragraphs: [
            'Traga o documento de identificação, os dados do seguro se tiver e uma lista dos medicamentos que toma.',
            'Escreva as suas perguntas antes. É fácil esquecê-las depois de se sentar.',
            'Chegue dez minutos mais cedo para preencher uma ficha curta. Depois relaxe: vamos explicando tudo.',
          ],
          quote: 'Não há perguntas parvas sobre a sua saúde.',
        },
      ],
      enquiries: ['Nova consulta', 'Alterar consulta', 'Questão sobre seguros', 'Outro assunto'],
      imageAlt: { hero: 'Um gabinete claro e acolhedor', story: 'A receção da clínica' },
    },
    saas: {
      noun: 'software',
      names: ['Ledgerline', 'Clearstack', 'Tallyflow'],
      hero: {
        eyebrow: () => 'Software para equipas modernas',
        headings: [
          () => 'Faça em minutos o que demorava dias',
          () => 'Menos trabalho repetitivo. Mais trabalho a sério.',
        ],
        subheading: (v) =>
          v.products
            ? `O ${v.name} trata de ${v.products}, para a sua equipa se concentrar no trabalho que importa.`
            : `O ${v.name} automatiza o trabalho repetitivo que atrasa a sua equipa, para se poderem concentrar no que importa.`,
        action: 'Experimentar grátis',
      },
      features: {
        heading: 'Tudo o que precisa, nada do que não precisa',
        intro: 'Feito com as pessoas que o usam todos os dias.',
        items: [
          [
            'Automação que funciona',
            'Defina as regras uma vez e deixe-as trabalhar. Trate as exceções com um clique.',
          ],
          [
            'Liga-se às suas ferramentas',
            'Funciona com o software que já usa, sem configurações complicadas.',
          ],
          [
            'Seguro de raiz',
            'Encriptação, início de sessão único e registo de auditoria completo incluídos.',
          ],
          ['Relatórios em tempo real', 'Veja a situação a qualquer momento e exporte o que precisar.'],
        ],
      },
      stats: {
        since: 'A construir desde',
        items: [
          ['80%', 'Menos tempo em tarefas manuais'],
          ['99,9%', 'Disponibilidade'],
          ['10 min', 'Tempo médio de configuração'],
        ],
      },
      reviews: [
        [
          'Fechámos o mês em dois dias em vez de oito. A equipa já não se imagina a voltar atrás.',
          'Diretora financeira',
        ],
        [
          'A configuração levou uma tarde e o suporte respondeu a todas as perguntas em menos de uma hora.',
          'Gestor de operações',
        ],
        ['Finalmente uma ferramenta de que toda a equipa gosta.', 'Fundador'],
      ],
      offer: {
        title: 'Produto',
        heading: 'Em detalhe',
        intro: 'Um só lugar para todo o processo, do primeiro registo ao relatório final.',
        productNote: 'Incluído em todos os planos.',
        groups: [
          {
            name: 'Essencial',
            items: [
              [
                'Correspondência inteligente',
                'Regras e aprendizagem automática fazem a correspondência dos registos.',
              ],
              ['Fluxos de aprovação', 'Encaminhe exceções para a pessoa certa, com histórico completo.'],
              ['Painéis', 'Números ao vivo para a equipa e para a gestão.'],
            ],
          },
          {
            name: 'Integrações',
            items: [
              [
                'Software de contabilidade',
                'Sincronização nos dois sentidos com as plataformas mais populares.',
              ],
              ['Bancos e pagamentos', 'Ligações seguras às suas contas e fornecedores.'],
              ['API e webhooks', 'Crie as suas próprias automações com uma API documentada.'],
            ],
          },
        ],
      },
      plans: {
        title: 'Preços',
        heading: 'Preços simples e transparentes',
        intro: 'Experimente grátis durante 14 dias. Sem cartão de crédito.',
        askNote: 'Preço à medida',
        action: 'Escolher plano',
        items: [
          {
            name: 'Starter',
            description: 'Para equipas pequenas a começar.',
            features: ['Até 3 utilizadores', 'Automação essencial', 'Suporte por email'],
          },
          {
            name: 'Equipa',
            description: 'Para equipas em crescimento.',
            features: [
              'Até 20 utilizadores',
              'Todas as integrações',
              'Fluxos de aprovação',
              'Suporte prioritário',
            ],
          },
          {
            name: 'Enterprise',
            description: 'Para grandes organizações.',
            features: [
              'Utilizadores ilimitados',
              'Início de sessão único',
              'Gestor de conta dedicado',
              'Contrato à medida',
            ],
          },
        ],
      },
      logos: { heading: 'A confiança de equipas como' },
      story: {
        heading: 'Porque o criámos',
        paragraphs: [
          (v) =>
            `Passámos anos a fazer este trabalho à mão, em folhas de cálculo, até tarde. O ${v.name} é a ferramenta que gostávamos de ter tido${v.year ? `, e estamos a construí-la desde ${v.year}` : ''}.`,
          (v) =>
            `Hoje somos uma equipa pequena e focada${v.where}, a trabalhar de perto com os clientes para que cada versão seja melhor do que a anterior.`,
        ],
      },
      values: {
        heading: 'O que nos importa',
        intro: 'Os princípios por trás de cada decisão.',
        items: [
          'Os seus dados são seus',
          'Simples é melhor do que engenhoso',
          'Suporte dado por quem constrói o produto',
          'Preços justos e previsíveis',
        ],
      },
      team: {
        heading: 'A equipa',
        intro: 'Engenheiros, designers e ex-profissionais de finanças.',
        members: [
          ['Cofundadora e CEO', 'Passou dez anos em operações financeiras antes de fundar a empresa.'],
          ['Cofundador e CTO', 'Constrói sistemas fiáveis e a equipa que os mantém.'],
          [
            'Responsável de sucesso do cliente',
            'Garante que cada cliente tira valor do produto logo na primeira semana.',
          ],
        ],
      },
      faq: [
        [
          'Há um período experimental gratuito?',
          'Sim, todos os planos incluem 14 dias grátis. Sem cartão de crédito.',
        ],
        [
          'Posso mudar de plano mais tarde?',
          'Quando quiser. Subir de plano tem efeito imediato; descer, no fim do período de faturação.',
        ],
        [
          'Onde ficam guardados os meus dados?',
          'Em centros de dados certificados e encriptados na UE, com cópias de segurança diárias.',
        ],
        [
          'Ajudam na configuração inicial?',
          'Todos os planos incluem configuração guiada. Os planos Equipa e Enterprise têm uma sessão dedicada com a nossa equipa.',
        ],
      ],
      cta: {
        heading: 'Veja-o com os seus próprios dados',
        body: 'Comece hoje o período experimental ou marque uma demonstração de 20 minutos.',
        action: 'Marcar demonstração',
      },
      posts: [
        {
          title: 'O custo escondido do trabalho manual',
          excerpt:
            'As tarefas repetitivas custam mais do que tempo. Como medir esse custo e o que automatizar primeiro.',
          paragraphs: [
            'O trabalho manual raramente aparece no orçamento, mas é um dos maiores custos da maioria das equipas.',
            'Comece por listar as tarefas que a equipa repete todas as semanas. Estime as horas e some o custo dos erros e dos atrasos. O total costuma surpreender.',
            'Automatize primeiro as tarefas mais frequentes e mais baseadas em regras. Deixe as decisões para as pessoas.',
          ],
          subheading: 'Medir antes de automatizar',
        },
        {
          title: 'Novidades: correspondência mais rápida e um novo painel',
          excerpt:
            'A última versão torna a correspondência duas vezes mais rápida e junta os números-chave num só ecrã.',
          paragraphs: [
            'Reconstruímos o motor de correspondência de raiz. Contas grandes são agora processadas em metade do tempo.',
            'O novo painel reúne os seus números mais importantes, com filtros por equipa, período e estado.',
            'As duas novidades já estão disponíveis para todos os clientes, sem custo adicional.',
          ],
          quote: 'Cada versão começa com uma conversa com um cliente.',
        },
      ],
      enquiries: ['Marcar demonstração', 'Questão comercial', 'Suporte', 'Parcerias'],
      imageAlt: { hero: 'O painel do produto', story: 'A nossa equipa a trabalhar' },
    },
    portfolio: {
      noun: 'fotógrafo',
      names: ['Estúdio Lúmen', 'Luz do Norte Fotografia', 'Moldura & Campo'],
      hero: {
        eyebrow: (v) => tag(v, 'Fotografia'),
        headings: [() => 'Fotografias honestas de momentos reais', (v) => `Fotografia${v.where}`],
        subheading: (v) =>
          v.products
            ? `${capital(v.products)}. Imagens naturais, sem poses forçadas, que guardam o dia tal como foi sentido.`
            : 'Imagens naturais, sem poses forçadas, que guardam o dia tal como foi sentido, para casais, famílias e marcas.',
        action: 'Ver portefólio',
      },
      features: {
        heading: 'Como é trabalharmos juntos',
        intro: 'Descontraído, bem preparado e centrado em si.',
        items: [
          ['Planeamos juntos', 'Uma conversa antes de cada sessão sobre o que é importante para si.'],
          ['Com leveza', 'Poucas poses, muitos momentos reais. Vai esquecer-se de que a câmara está lá.'],
          ['Edição cuidada', 'Cada imagem é editada à mão e entregue numa galeria online.'],
        ],
      },
      stats: {
        since: 'A fotografar desde',
        items: [
          ['300+', 'Histórias fotografadas'],
          ['3 semanas', 'Prazo habitual de entrega'],
        ],
      },
      reviews: [
        [
          'Quase não demos pela câmara e, no entanto, todos os momentos importantes estão lá. Choramos sempre que vemos as fotos.',
          'Casaram no verão passado',
        ],
        [
          'Profissional, criativo e muito fácil de trabalhar. As novas fotos da nossa marca são perfeitas.',
          'Dona de um pequeno negócio',
        ],
        [
          'A sessão de família foi divertida para os miúdos e as fotografias são as melhores que já tivemos.',
          'Sessão de família',
        ],
      ],
      plans: {
        title: 'Pacotes',
        heading: 'Pacotes',
        intro: 'Todos os pacotes incluem uma conversa de planeamento e uma galeria online privada.',
        askNote: 'Peça orçamento',
        action: 'Ver disponibilidade',
        items: [
          {
            name: 'Sessão de retrato',
            description: 'Uma hora, um local.',
            features: ['40+ imagens editadas', 'Galeria online', 'Direitos de impressão'],
          },
          {
            name: 'Dia completo',
            description: 'O pacote mais procurado para casamentos e eventos.',
            features: ['Até 10 horas', '500+ imagens editadas', 'Segundo fotógrafo', 'Galeria online'],
          },
          {
            name: 'História de marca',
            description: 'Para empresas que precisam de um arquivo de imagens.',
            features: ['Meio dia ou dia inteiro', 'Equipa, produto e espaço', 'Licença para uso comercial'],
          },
        ],
      },
      gallery: {
        title: 'Portefólio',
        heading: 'Trabalhos escolhidos',
        intro: 'Algumas imagens preferidas de histórias recentes.',
        captions: [
          'O primeiro olhar, pouco antes da cerimónia',
          'Retratos ao fim da tarde',
          'Uma manhã de família em casa',
          'Nos bastidores de uma oficina local',
          'A última dança',
          'Um momento tranquilo entre discursos',
        ],
      },
      story: {
        heading: 'Sobre mim',
        paragraphs: [
          (v) =>
            `Comecei a fotografar na adolescência e nunca mais parei. O ${v.name} nasceu${v.year ? ` em ${v.year}` : ''} como forma de contar as histórias dos outros com o mesmo cuidado que quereria para a minha.`,
          (v) =>
            `Com base${v.where || ' local'} e disponível para viajar, fotografo casamentos, famílias e pequenos negócios.`,
        ],
      },
      values: {
        heading: 'O que prometo',
        intro: 'A cada cliente, sempre.',
        items: [
          'Imagens entregues na data combinada',
          'As suas fotografias guardadas em segurança durante cinco anos',
          'Sem custos surpresa',
        ],
      },
      faq: [
        [
          'Com quanta antecedência devemos reservar?',
          'Para casamentos, seis a doze meses antes. As sessões de retrato marcam-se normalmente em poucas semanas.',
        ],
        [
          'Faz deslocações?',
          'Sim. As deslocações na região estão incluídas; para mais longe, combinamos os custos antecipadamente.',
        ],
        [
          'Quando recebemos as fotografias?',
          'Normalmente em três semanas, com algumas antevisões nos primeiros dias.',
        ],
        [
          'Podemos encomendar impressões e álbuns?',
          'Sim, impressos num laboratório profissional em papel de arquivo.',
        ],
      ],
      cta: {
        heading: 'Conte-me a sua história',
        body: 'Veja a minha disponibilidade para a sua data. Respondo pessoalmente a todas as mensagens.',
        action: 'Ver disponibilidade',
      },
      posts: [
        {
          title: 'Como ficar à vontade em frente à câmara',
          excerpt:
            'Quase toda a gente diz que não é fotogénica. Porque não é verdade, e como descontrair no dia.',
          paragraphs: [
            'Quase toda a gente se sente desajeitada ao início. É perfeitamente normal e passa depressa.',
            'Vista roupa em que se sinta bem, traga alguém que a faça rir e esqueça a lente. O meu trabalho é encontrar os momentos; o seu é aproveitá-los.',
            'No fim da maioria das sessões dizem-me que pareceu um passeio com um amigo.',
          ],
          subheading: 'Esqueça a câmara',
        },
        {
          title: 'Planear o dia em função da melhor luz',
          excerpt: 'Um pouco de planeamento em função do sol faz toda a diferença nas fotografias.',
          paragraphs: [
            'Em fotografia, a luz é tudo. A hora antes do pôr do sol dá uma luz suave e quente que favorece toda a gente.',
            'Se puder, planeie os retratos nessa altura. O sol do meio-dia é duro, por isso procure sombra ou uma porta aberta.',
            'Partilhe o seu horário comigo cedo e eu sugiro onde deixar um pouco de margem.',
          ],
          quote: 'A luz é a primeira coisa que observo e a última que edito.',
        },
      ],
      enquiries: ['Casamento', 'Sessão de retrato', 'Fotografia de marca', 'Outro assunto'],
      imageAlt: { hero: 'Um retrato na luz suave do fim da tarde', story: 'Atrás da câmara' },
    },
    trades: {
      noun: 'serviços técnicos',
      names: ['Serviços Casa Segura', 'Repara Já', 'Oficina Central'],
      hero: {
        eyebrow: (v) => tag(v, 'Local e de confiança'),
        headings: [
          (v) => `Trabalho rápido, limpo e fiável${v.where}`,
          () => 'O trabalho bem feito à primeira',
        ],
        subheading: (v) =>
          v.products
            ? `${capital(v.products)}. Preços fixos e justos, profissionais qualificados e tudo limpo quando saímos.`
            : 'Reparações, instalações e urgências. Preços fixos e justos, profissionais qualificados e tudo limpo quando saímos.',
        action: 'Os nossos serviços',
      },
      features: {
        heading: 'Porque é que os clientes voltam a ligar',
        intro: 'Bom trabalho, preços justos e nenhuma confusão deixada para trás.',
        items: [
          ['Sempre a horas', 'Damos-lhe uma janela de chegada e cumprimo-la.'],
          ['Preço antes de começar', 'Um orçamento claro antes de começarmos. Sem extras escondidos.'],
          ['Qualificados e com seguro', 'Profissionais certificados, com seguro e trabalho garantido.'],
        ],
      },
      stats: {
        since: 'De confiança desde',
        items: [
          ['2500+', 'Trabalhos concluídos'],
          ['60 min', 'Resposta habitual a urgências'],
        ],
      },
      reviews: [
        [
          'Vieram em menos de uma hora num domingo, encontraram o problema depressa e cobraram exatamente o orçamentado.',
          'Proprietário',
        ],
        ['Arrumados, educados e um trabalho excelente. Até protegeram o chão.', 'Proprietária'],
        ['Usamo-los em todos os nossos imóveis. Sempre fiáveis.', 'Gestor de imóveis'],
      ],
      offer: {
        title: 'Serviços',
        heading: 'O que fazemos',
        intro: 'Os preços são indicativos e incluem mão de obra. Confirmamos um preço fixo antes de começar.',
        productNote: 'Um dos trabalhos mais pedidos.',
        groups: [
          {
            name: 'Reparações',
            items: [
              ['Serviço de urgência', 'De dia ou de noite, para problemas que não podem esperar.'],
              ['Reparações e diagnóstico de avarias', 'Encontramos a causa, não só o sintoma.'],
              ['Inspeção de segurança', 'Verificação completa com relatório escrito e certificado.'],
            ],
          },
          {
            name: 'Instalações',
            items: [
              ['Nova instalação', 'Fornecida e montada segundo as normas mais recentes.'],
              ['Atualizações e substituições', 'Equipamento moderno e eficiente, instalado num dia.'],
              ['Plano de manutenção', 'Revisão anual e prioridade nas urgências.'],
            ],
          },
        ],
      },
      story: {
        heading: 'Sobre nós',
        paragraphs: [
          (v) =>
            v.year
              ? `A ${v.name} cuida de casas e empresas${v.where} desde ${v.year}. A maior parte do nosso trabalho vem de recomendações, e queremos que continue assim.`
              : `A ${v.name} cuida de casas e empresas${v.where}. A maior parte do nosso trabalho vem de recomendações, e queremos que continue assim.`,
          () =>
            'Somos uma equipa local de profissionais qualificados. Chegamos quando dizemos, explicamos o que encontramos e deixamos a sua casa tão limpa como a encontrámos.',
        ],
      },
      values: {
        heading: 'A nossa garantia',
        intro: 'Em todos os trabalhos, grandes ou pequenos.',
        items: [
          'Preço fixo acordado antes de começar',
          'Doze meses de garantia no nosso trabalho',
          'Limpos, arrumados e respeitadores da sua casa',
        ],
      },
      team: {
        heading: 'A equipa',
        intro: 'Qualificados, com seguro e simpáticos.',
        members: [
          ['Proprietário e técnico principal', 'Mais de vinte anos de ofício e ainda de prevenção.'],
          ['Técnico sénior', 'Instalações, atualizações e os trabalhos mais difíceis.'],
          ['Gestora de escritório', 'Marca a sua visita e mantém toda a gente dentro do horário.'],
        ],
      },
      faq: [
        [
          'Os orçamentos são pagos?',
          'Os orçamentos para trabalhos planeados são gratuitos. As urgências têm uma taxa fixa de deslocação.',
        ],
        [
          'Em quanto tempo podem vir?',
          'Para urgências, normalmente em menos de uma hora. Trabalhos planeados em poucos dias.',
        ],
        ['Têm seguro?', 'Sim, temos seguro completo e todo o nosso trabalho tem doze meses de garantia.'],
        [
          'Que zonas cobrem?',
          'A cidade e arredores num raio de cerca de 30 km. Pergunte-nos se estiver mais longe.',
        ],
      ],
      cta: {
        heading: 'Precisa de ajuda hoje?',
        body: 'Ligue já para urgências, ou envie-nos uma mensagem para um orçamento gratuito.',
        action: 'Pedir orçamento gratuito',
      },
      posts: [
        {
          title: 'Cinco sinais de alerta que não deve ignorar',
          excerpt: 'Pequenos problemas transformam-se em grandes contas. O que deve vigiar em casa.',
          paragraphs: [
            'Ruídos estranhos, manchas de humidade, luzes a piscar e contas a subir são muitas vezes os primeiros sinais de que algo precisa de atenção.',
            'Detetados cedo, a maioria dos problemas resolve-se depressa e barato. Deixados ao abandono, podem estragar chãos, paredes ou pior.',
            'Na dúvida, tire uma fotografia e envie-nos. Dizemos-lhe com honestidade se é preciso uma visita.',
          ],
          subheading: 'Pequenos sinais, grandes poupanças',
        },
        {
          title: 'Como preparar a casa para o inverno',
          excerpt: 'Uma pequena lista para evitar avarias quando chega o frio.',
          paragraphs: [
            'O inverno é a nossa época mais movimentada, e a maioria das urgências podia ter sido evitada com um pouco de preparação.',
            'Marque uma revisão antes de o frio chegar, confirme que os canos exteriores estão isolados e saiba onde fica a torneira de corte geral.',
            'Dez minutos agora podem poupar um serão muito longo mais tarde.',
          ],
          quote: 'A melhor reparação é aquela de que nunca precisa.',
        },
      ],
      enquiries: ['Urgência', 'Orçamento gratuito', 'Plano de manutenção', 'Outro assunto'],
      imageAlt: { hero: 'Um técnico a trabalhar', story: 'A nossa carrinha e ferramentas' },
    },
    fitness: {
      noun: 'estúdio de fitness',
      names: ['Estúdio Forte', 'Flow & Força', 'Pico Fitness'],
      hero: {
        eyebrow: (v) => tag(v, 'Estúdio de treino'),
        headings: [
          (v) => `Mexa-se melhor, sinta-se mais forte${v.where}`,
          () => 'Treino que encaixa na sua vida',
        ],
        subheading: (v) =>
          v.products
            ? `${capital(v.products)} em grupos pequenos, com treinadores que sabem o seu nome e os seus objetivos.`
            : 'Aulas pequenas, treinadores experientes e uma comunidade simpática que o faz voltar.',
        action: 'Ver as aulas',
      },
      features: {
        heading: 'Porque treinam connosco',
        intro: 'Seja a primeira aula ou a milésima.',
        items: [
          ['Grupos pequenos', 'Nunca mais de doze pessoas, para o treinador ver cada movimento.'],
          ['Para todos os níveis', 'Cada aula tem opções mais fáceis e mais difíceis. Comece onde estiver.'],
          ['Uma comunidade a sério', 'Caras simpáticas, objetivos partilhados e muito incentivo.'],
        ],
      },
      stats: {
        since: 'A treinar desde',
        items: [
          ['40+', 'Aulas por semana'],
          ['12', 'Pessoas por aula, no máximo'],
        ],
      },
      reviews: [
        [
          'Estava nervosa para começar, mas todos me receberam muito bem. Seis meses depois nunca me senti tão forte.',
          'Sócia desde o ano passado',
        ],
        [
          'Os treinadores corrigem mesmo a postura. Aprendi mais aqui em três meses do que em anos num ginásio grande.',
          'Sócio',
        ],
        ['É o único sítio onde gosto de acordar cedo.', 'Habitual das manhãs'],
      ],
      offer: {
        title: 'Aulas',
        heading: 'Aulas e sessões',
        intro: 'Reserve online ou na receção. A primeira aula é por nossa conta.',
        productNote: 'Uma das preferidas do nosso horário.',
        groups: [
          {
            name: 'Aulas de grupo',
            items: [
              ['Flow matinal', 'Movimento suave e respiração para começar o dia.'],
              ['Força', 'Ganhe força a sério com exercícios simples e eficazes.'],
              ['Mobilidade e alongamentos', 'Mexa-se com mais liberdade e recupere melhor.'],
            ],
          },
          {
            name: 'Individual',
            items: [
              ['Treino personalizado', 'Um programa feito à sua medida e para os seus objetivos.'],
              ['Sessão de introdução', 'Conheça um treinador, experimente o espaço e faça um plano.'],
              ['Revisão de plano', 'Avalie a sua evolução e defina novos objetivos.'],
            ],
          },
        ],
      },
      plans: {
        title: 'Mensalidades',
        heading: 'Mensalidades',
        intro: 'Sem taxa de inscrição nem contratos longos. Suspenda quando quiser.',
        askNote: 'Pergunte-nos',
        action: 'Inscrever-me',
        items: [
          {
            name: 'Pack de aulas',
            description: 'Dez aulas para usar em três meses.',
            features: ['Qualquer aula de grupo', 'Reserva online', 'Partilhe com um amigo'],
          },
          {
            name: 'Ilimitado',
            description: 'A nossa mensalidade mais procurada.',
            features: ['Aulas de grupo ilimitadas', 'Uma sessão de introdução grátis', 'Eventos para sócios'],
          },
          {
            name: 'Personalizado',
            description: 'Acompanhamento à sua medida.',
            features: ['Quatro sessões individuais por mês', 'Plano pessoal', 'Aulas ilimitadas'],
          },
        ],
      },
      story: {
        heading: 'A nossa história',
        paragraphs: [
          (v) =>
            `O ${v.name} abriu${v.year ? ` em ${v.year}` : ''} porque queríamos um sítio onde o exercício fosse acolhedor, não intimidante: aulas pequenas, bom acompanhamento e nenhum espelho cheio de julgamentos.`,
          (v) =>
            `Hoje somos uma comunidade de pessoas de todas as idades e níveis${v.where}, a treinar juntas e a apoiar-se umas às outras.`,
        ],
      },
      values: {
        heading: 'Aquilo que defendemos',
        intro: 'Exercício para todos, feito como deve ser.',
        items: [
          'Boa técnica antes de cargas pesadas',
          'Progresso, não perfeição',
          'Todos são bem-vindos, seja qual for o nível',
        ],
      },
      team: {
        heading: 'Os nossos treinadores',
        intro: 'Certificados, experientes e verdadeiramente motivadores.',
        members: [
          ['Fundador e treinador principal', 'Treinador de força com um fraco por principiantes.'],
          ['Treinadora', 'Mobilidade e recuperação, e as nossas aulas das manhãs.'],
          ['Treinador', 'Treino personalizado e planos para pessoas ocupadas.'],
        ],
      },
      faq: [
        [
          'Sou totalmente principiante. Posso inscrever-me?',
          'Claro. A maioria dos nossos sócios começou do zero. Marque uma sessão de introdução e ajudamos a começar em segurança.',
        ],
        [
          'O que devo trazer?',
          'Roupa confortável, uma garrafa de água e uma toalha. Nós temos todo o material.',
        ],
        ['Posso experimentar antes de me inscrever?', 'Sim, a primeira aula é gratuita.'],
        ['Posso suspender a mensalidade?', 'Sim, em férias ou lesão, sem custos.'],
      ],
      cta: {
        heading: 'A primeira aula é grátis',
        body: 'Venha experimentar. Sem pressão, sem contrato, só um bom treino.',
        action: 'Marcar aula grátis',
      },
      posts: [
        {
          title: 'Como voltar a treinar depois de anos parado',
          excerpt:
            'Comece devagar, seja consistente e deixe o progresso acontecer. O guia de um treinador para recomeçar.',
          paragraphs: [
            'O mais difícil é a primeira semana. Depois disso, o hábito faz a maior parte do trabalho.',
            'Comece com duas ou três sessões por semana e mantenha-as curtas. Escolha movimento de que goste e não se compare com ninguém.',
            'Ao fim de um mês vai sentir a diferença: mais energia, melhor sono e um pouco mais de confiança a cada semana.',
          ],
          subheading: 'Comece devagar',
        },
        {
          title: 'Porque a recuperação conta tanto como o treino',
          excerpt: 'Os músculos crescem enquanto descansa. Como recuperar bem entre sessões.',
          paragraphs: [
            'O treino desgasta o corpo; a recuperação torna-o mais forte. Sem recuperação, o progresso para.',
            'Durma sete a nove horas, coma proteína suficiente, beba muita água e mantenha-se ativo de forma suave nos dias de descanso.',
            'Uma aula de mobilidade por semana é um dos melhores investimentos que pode fazer.',
          ],
          quote: 'Não é no ginásio que fica mais forte. É a recuperar dele.',
        },
      ],
      enquiries: ['Aula experimental grátis', 'Mensalidade', 'Treino personalizado', 'Outro assunto'],
      imageAlt: { hero: 'Um estúdio de treino luminoso', story: 'Uma aula a decorrer' },
    },
    nonprofit: {
      noun: 'associação sem fins lucrativos',
      names: ['Mãos Abertas', 'Terreno Comum', 'Fundação Pontes'],
      hero: {
        eyebrow: (v) => tag(v, 'Associação sem fins lucrativos'),
        headings: [(v) => `Juntos fazemos mais${v.where}`, () => 'Pequenos gestos, mudanças duradouras'],
        subheading: (v) =>
          v.products
            ? `Trabalhamos em ${v.products}, com a ajuda de voluntários, doadores e parceiros que acreditam na mudança.`
            : 'Apoiamos pessoas e famílias da nossa comunidade, com a ajuda de voluntários, doadores e parceiros que acreditam na mudança.',
        action: 'Ver o que fazemos',
      },
      features: {
        heading: 'Como o seu apoio ajuda',
        intro: 'Cada contributo vai diretamente para o nosso trabalho.',
        items: [
          ['Ajuda direta', 'Apoio prático a quem mais precisa, quando precisa.'],
          ['Mudança duradoura', 'Programas que criam competências, confiança e autonomia.'],
          ['Total transparência', 'Publicamos as contas e os resultados todos os anos.'],
        ],
      },
      stats: {
        since: 'Ativos desde',
        items: [
          ['3000+', 'Pessoas apoiadas no último ano'],
          ['150', 'Voluntários ativos'],
          ['89%', 'Dos fundos aplicados nos programas'],
        ],
      },
      reviews: [
        [
          'Quando tudo estava mais difícil, estiveram lá para a minha família. Hoje sou voluntária todas as semanas.',
          'Voluntária e antiga beneficiária',
        ],
        ['Uma organização que faz exatamente o que diz, com cuidado e sem alarido.', 'Doador mensal'],
        [
          'Trabalhar com eles deu verdadeiro sentido ao programa de voluntariado da nossa empresa.',
          'Empresa parceira',
        ],
      ],
      offer: {
        title: 'O nosso trabalho',
        heading: 'Os nossos programas',
        intro: 'Práticos, locais e construídos com as pessoas que apoiamos.',
        productNote: 'Um dos nossos programas principais.',
        groups: [
          {
            name: 'O que fazemos',
            items: [
              ['Apoio de emergência', 'Alimentos, bens essenciais e aconselhamento quando surge uma crise.'],
              ['Formação e competências', 'Aulas, mentoria e ajuda na procura de emprego.'],
              ['Espaços comunitários', 'Um lugar acolhedor e seguro para conviver, comer e pertencer.'],
            ],
          },
          {
            name: 'Participe',
            items: [
              ['Seja voluntário', 'Dê algumas horas por mês. Damos formação.'],
              ['Angarie fundos', 'Corra, cozinhe, pedale: apoiamos o seu desafio.'],
              ['Seja parceiro', 'Empresas e fundações que querem fazer a diferença.'],
            ],
          },
        ],
      },
      plans: {
        title: 'Doar',
        heading: 'Faça um donativo',
        intro: 'Os donativos regulares permitem-nos planear. Qualquer valor faz a diferença.',
        askNote: 'Qualquer valor',
        action: 'Doar',
        items: [
          {
            name: 'Amigo',
            description: 'Garante bens essenciais a uma família durante uma semana.',
            features: ['Novidades mensais', 'Relatório anual'],
          },
          {
            name: 'Apoiante',
            description: 'Financia um mês de mentoria para um jovem.',
            features: ['Novidades mensais', 'Convite para o evento anual'],
          },
          {
            name: 'Donativo único',
            description: 'Dê o que puder, quando puder.',
            features: ['Recibo para efeitos fiscais', 'O nosso sincero obrigado'],
          },
        ],
      },
      logos: { heading: 'Os nossos parceiros' },
      story: {
        heading: 'Quem somos',
        paragraphs: [
          (v) =>
            v.year
              ? `A ${v.name} foi fundada em ${v.year} por um grupo de vizinhos que decidiu não olhar para o lado. Desde então, o nosso trabalho${v.where} cresceu, mas a ideia é a mesma: pessoas a ajudar pessoas.`
              : `A ${v.name} foi fundada por um grupo de vizinhos que decidiu não olhar para o lado. A nossa ideia é simples: pessoas a ajudar pessoas.`,
          () =>
            'Somos independentes e geridos por uma pequena equipa, com o apoio de muitos voluntários. Cada decisão é guiada pelas pessoas que servimos.',
        ],
      },
      values: {
        heading: 'Os nossos valores',
        intro: 'O que orienta o nosso trabalho.',
        items: [
          'Dignidade e respeito por todos',
          'Ouvir antes de agir',
          'Honestidade sobre o que resulta e o que não resulta',
          'Cada euro justificado',
        ],
      },
      team: {
        heading: 'A nossa equipa',
        intro: 'Uma pequena equipa e uma grande família de voluntários.',
        members: [
          ['Diretora', 'Lidera a organização e as nossas parcerias.'],
          ['Coordenador de programas', 'Garante que os programas chegam a quem precisa.'],
          ['Coordenadora de voluntariado', 'Acolhe, forma e apoia os nossos voluntários.'],
        ],
      },
      faq: [
        [
          'Como é usado o meu donativo?',
          'Quase nove em cada dez euros vão diretamente para os programas. O relatório anual mostra exatamente onde.',
        ],
        [
          'Posso ser voluntário se tiver pouco tempo?',
          'Sim. Mesmo algumas horas por mês ajudam, e encontramos uma função que lhe sirva.',
        ],
        [
          'O meu donativo é dedutível nos impostos?',
          'Na maioria dos casos, sim. Enviamos recibo de todos os donativos.',
        ],
        [
          'A minha empresa pode participar?',
          'Adorávamos. Temos dias de voluntariado para equipas e programas de parceria.',
        ],
      ],
      cta: {
        heading: 'Junte-se a nós',
        body: 'Doe, seja voluntário ou passe a palavra. Toda a ajuda conta.',
        action: 'Doar agora',
      },
      posts: [
        {
          title: 'O nosso ano em números',
          excerpt: 'O que o seu apoio tornou possível este ano, e para onde vamos a seguir.',
          paragraphs: [
            'Este ano recebemos mais pedidos do que nunca. Graças a si, conseguimos dizer que sim a quase todos.',
            'Os voluntários deram milhares de horas, o programa de formação duplicou e o nosso espaço comunitário recebeu novos vizinhos todas as semanas.',
            'No próximo ano queremos chegar mais cedo a mais famílias, antes de um momento difícil se tornar uma crise.',
          ],
          subheading: 'Olhar em frente',
        },
        {
          title: 'Um dia na vida de uma voluntária',
          excerpt: 'Como é, na prática, ser voluntário connosco? Uma voluntária conta-nos a sua terça-feira.',
          paragraphs: [
            'As terças começam com café e uma breve reunião. Depois as portas abrem e o dia nunca corre bem como planeado.',
            'Há dias de separar donativos, outros de simplesmente ouvir. Os melhores momentos são muitas vezes os mais pequenos.',
            'Se já pensou em ser voluntário, venha a uma sessão de experiência. Será muito bem-vindo.',
          ],
          quote: 'Vim para ajudar os outros e encontrei uma comunidade minha.',
        },
      ],
      enquiries: ['Voluntariado', 'Donativos', 'Parcerias', 'Preciso de apoio'],
      imageAlt: { hero: 'Voluntários a trabalhar em conjunto', story: 'O nosso espaço comunitário' },
    },
    agency: {
      noun: 'agência',
      names: ['Estúdio Norte', 'Agência Clara', 'Campo & Forma'],
      hero: {
        eyebrow: (v) => tag(v, 'Agência independente'),
        headings: [() => 'Ideias que movem pessoas', (v) => `Marca, web e marketing${v.where}`],
        subheading: (v) =>
          v.products
            ? `${capital(v.products)} para empresas ambiciosas. Estratégia, design e resultados que se medem.`
            : 'Ajudamos empresas ambiciosas a crescer com estratégia, design e marketing que dão resultados mensuráveis.',
        action: 'Ver trabalhos',
      },
      features: {
        heading: 'Como trabalhamos',
        intro: 'Uma equipa pequena e sénior, perto de cada projeto.',
        items: [
          ['Estratégia primeiro', 'Começamos pelos seus objetivos e clientes, não por uma paleta de cores.'],
          ['Feito para render', 'Trabalho bonito, pensado para ser encontrado, usado e medido.'],
          [
            'Uma só equipa',
            'Trabalha diretamente com quem faz o trabalho. Sem labirintos de gestores de conta.',
          ],
        ],
      },
      stats: {
        since: 'Independentes desde',
        items: [
          ['120+', 'Projetos entregues'],
          ['+65%', 'Crescimento médio de contactos'],
        ],
      },
      reviews: [
        ['Perceberam o nosso negócio numa semana e deram-nos uma marca de que nos orgulhamos.', 'Fundadora'],
        [
          'O novo site duplicou os pedidos de contacto em três meses. Processo claro, ótimas pessoas.',
          'Diretor de marketing',
        ],
        ['Honestos, rápidos e um prazer de trabalhar. Parecem parte da nossa equipa.', 'CEO'],
      ],
      offer: {
        title: 'Serviços',
        heading: 'O que fazemos',
        intro: 'Do primeiro workshop ao lançamento e depois.',
        productNote: 'Um dos nossos serviços principais.',
        groups: [
          {
            name: 'Estratégia e marca',
            items: [
              ['Estratégia de marca', 'Posicionamento, mensagens e uma história clara.'],
              ['Identidade visual', 'Logótipo, cores, tipografia e normas.'],
              ['Workshops', 'Alinhe a sua equipa num dia.'],
            ],
          },
          {
            name: 'Digital',
            items: [
              ['Sites', 'Sites rápidos e acessíveis que convertem.'],
              ['Campanhas', 'Campanhas criativas em vários canais.'],
              ['Conteúdo e redes sociais', 'Um fluxo constante de conteúdo que faz crescer a sua audiência.'],
            ],
          },
        ],
      },
      plans: {
        title: 'Modelos',
        heading: 'Formas de trabalhar connosco',
        intro: 'Projetos com âmbito fechado ou uma parceria contínua.',
        askNote: 'Vamos conversar',
        action: 'Começar projeto',
        items: [
          {
            name: 'Sprint',
            description: 'Um projeto focado de duas semanas.',
            features: ['Workshop', 'Um resultado claro', 'Sessão de entrega'],
          },
          {
            name: 'Parceiro',
            description: 'Uma equipa sénior disponível todos os meses.',
            features: ['Estratégia e design', 'Relatório mensal', 'Prioridade nas entregas'],
          },
          {
            name: 'À medida',
            description: 'Projetos maiores e rebrandings.',
            features: ['Equipa dedicada', 'Âmbito à medida', 'Marcos fixos'],
          },
        ],
      },
      gallery: {
        title: 'Trabalhos',
        heading: 'Trabalhos escolhidos',
        intro: 'Alguns projetos de que nos orgulhamos.',
        captions: [
          'Nova marca para um produtor alimentar regional',
          'Site para um hotel de design',
          'Campanha de lançamento para uma startup fintech',
          'Identidade para um festival cultural',
        ],
      },
      logos: { heading: 'Clientes com quem trabalhámos' },
      story: {
        heading: 'Sobre nós',
        paragraphs: [
          (v) =>
            `A ${v.name} é uma agência independente${v.where}${v.year ? `, fundada em ${v.year}` : ''}. Somos estrategas, designers, redatores e programadores que gostam de resolver problemas reais.`,
          () =>
            'Somos pequenos de propósito, para que pessoas seniores trabalhem em cada projeto e cada cliente tenha toda a nossa atenção.',
        ],
      },
      values: {
        heading: 'Aquilo em que acreditamos',
        intro: 'Princípios com que trabalhamos.',
        items: [
          'Clareza vale mais do que engenho',
          'Medir o que importa',
          'Dizer o que pensamos, com gentileza',
          'Deixar cada cliente mais forte',
        ],
      },
      team: {
        heading: 'A equipa',
        intro: 'Uma equipa pequena, sénior e multidisciplinar.',
        members: [
          ['Fundadora e diretora de estratégia', 'Quinze anos a ajudar marcas a encontrar a sua voz.'],
          ['Diretor de design', 'Identidade, web e tudo o que é visual.'],
          ['Responsável digital', 'Sites, desempenho e análise.'],
        ],
      },
      faq: [
        [
          'Quanto custa um projeto?',
          'Depende do âmbito. Depois de uma conversa curta enviamos uma proposta clara com preço fixo.',
        ],
        [
          'Quanto tempo demora um site?',
          'A maioria dos sites demora seis a dez semanas, do primeiro workshop ao lançamento.',
        ],
        [
          'Trabalham com clientes no estrangeiro?',
          'Sim. Muitos clientes estão noutros países; trabalhamos à distância e viajamos quando ajuda.',
        ],
        ['Dão apoio depois do lançamento?', 'Sim, através da parceria mensal ou por projeto.'],
      ],
      cta: {
        heading: 'Tem um projeto em mente?',
        body: 'Conte-nos. Respondemos num dia útil.',
        action: 'Começar a conversa',
      },
      posts: [
        {
          title: 'O que faz um bom briefing',
          excerpt: 'Um bom briefing poupa semanas. O que pedimos sempre antes de começar um projeto.',
          paragraphs: [
            'Os melhores projetos começam com um briefing claro. Não precisa de ser longo, mas deve responder a algumas perguntas-chave.',
            'Que problema estamos a resolver? Para quem é? Como saberemos que resultou? Qual é o orçamento e o prazo?',
            'Se ainda não souber responder, não faz mal. Descobrir as respostas em conjunto é muitas vezes a parte mais valiosa do projeto.',
          ],
          subheading: 'Comece pelo problema',
        },
        {
          title: 'Cinco erros no site que lhe custam clientes',
          excerpt:
            'Páginas lentas, mensagens pouco claras e contactos escondidos. Como os identificar e corrigir.',
          paragraphs: [
            'A maioria dos sites perde visitantes nos primeiros segundos. Os motivos costumam ser simples.',
            'Páginas lentas no telemóvel, títulos que não dizem o que faz e contactos difíceis de encontrar são os mais comuns.',
            'Corrija esses três e vai notar a diferença nos pedidos de contacto em poucas semanas.',
          ],
          quote: 'Se os visitantes tiverem de pensar, já perdeu metade.',
        },
      ],
      enquiries: ['Novo projeto', 'Parceria', 'Candidaturas', 'Outro assunto'],
      imageAlt: { hero: 'O nosso estúdio', story: 'A equipa a trabalhar' },
    },
    'real-estate': {
      noun: 'imobiliária',
      names: ['Casa Chave Imobiliária', 'Porto de Abrigo Imóveis', 'Pedra & Carvalho'],
      hero: {
        eyebrow: (v) => tag(v, 'Mediação imobiliária'),
        headings: [
          (v) => `Encontre a sua próxima casa${v.where}`,
          () => 'Comprar, vender e arrendar, sem complicações',
        ],
        subheading: (v) =>
          v.products
            ? `${capital(v.products)}. Conhecimento local, avaliações honestas e um consultor que atende o telefone.`
            : 'Conhecimento local, avaliações honestas e um consultor que atende o telefone, da primeira visita à entrega das chaves.',
        action: 'Ver imóveis',
      },
      features: {
        heading: 'Porque vender ou arrendar connosco',
        intro: 'Especialistas locais que conhecem cada rua.',
        items: [
          [
            'Avaliações honestas',
            'Um preço realista com base em vendas reais na zona, não um número para ganhar o seu negócio.',
          ],
          ['Boa apresentação', 'Fotografia profissional, plantas e anúncios que vendem.'],
          ['Sempre contactáveis', 'Um consultor, um número de telefone, novidades todas as semanas.'],
        ],
      },
      stats: {
        since: 'Na zona desde',
        items: [
          ['450+', 'Casas vendidas'],
          ['38 dias', 'Tempo médio de venda'],
        ],
      },
      reviews: [
        [
          'Venderam o nosso apartamento em três semanas pelo preço pedido e mantiveram-nos sempre informados.',
          'Vendedor',
        ],
        [
          'Como compradores de primeira casa tínhamos mil perguntas. Responderam a todas.',
          'Compradores de primeira casa',
        ],
        ['Gestão de arrendamento fiável e rápida. Nunca me preocupo com o meu apartamento.', 'Senhoria'],
      ],
      offer: {
        title: 'Imóveis',
        heading: 'Imóveis em destaque',
        intro: 'Uma seleção do que está agora no mercado. Contacte-nos para detalhes e visitas.',
        productNote: 'Uma das nossas especialidades.',
        groups: [
          {
            name: 'Para venda',
            items: [
              ['T2 luminoso', 'Remodelado, com varanda e elevador, perto do centro.'],
              ['Moradia familiar com jardim', 'Quatro quartos, rua sossegada, perto de escolas.'],
              ['Estúdio perto da estação', 'Ideal como primeira casa ou investimento.'],
            ],
          },
          {
            name: 'Para arrendar',
            items: [
              ['T1', 'Mobilado, com internet rápida.'],
              ['T3 espaçoso', 'Amplo, com estacionamento e arrecadação.'],
              ['Loja ou escritório', 'Ao nível da rua, 80 m², espaço flexível.'],
            ],
          },
        ],
      },
      gallery: {
        title: 'Galeria',
        heading: 'Casas de que gostamos',
        intro: 'Algumas vendas e arrendamentos recentes.',
        captions: [
          'Sala soalheira, vendida em duas semanas',
          'Cozinha remodelada',
          'Terraço com jardim',
          'Vistas do último andar',
        ],
      },
      story: {
        heading: 'Sobre nós',
        paragraphs: [
          (v) =>
            v.year
              ? `A ${v.name} ajuda pessoas a comprar, vender e arrendar${v.where} desde ${v.year}. Conhecemos os bairros, as escolas e os preços, rua a rua.`
              : `A ${v.name} ajuda pessoas a comprar, vender e arrendar${v.where}. Conhecemos os bairros, as escolas e os preços, rua a rua.`,
          () =>
            'Somos uma imobiliária independente e crescemos através de recomendações. Isso mantém-nos honestos e próximos dos clientes.',
        ],
      },
      values: {
        heading: 'Os nossos compromissos',
        intro: 'Aquilo com que pode contar.',
        items: [
          'Avaliações honestas, por escrito',
          'Comissões claras, acordadas à partida',
          'Novidades semanais até à entrega das chaves',
        ],
      },
      team: {
        heading: 'Os nossos consultores',
        intro: 'Pessoas da zona que conhecem o mercado.',
        members: [
          ['Diretor', 'Vinte anos no mercado imobiliário local.'],
          ['Consultora', 'Acompanha compradores e vendedores da avaliação à escritura.'],
          ['Gestor de arrendamentos', 'Cuida de inquilinos, senhorios e de tudo o que fica pelo meio.'],
        ],
      },
      faq: [
        [
          'Quanto vale a minha casa?',
          'Marque uma avaliação gratuita. Visitamos, comparamos vendas recentes e damos-lhe uma estimativa por escrito.',
        ],
        [
          'Qual é a vossa comissão?',
          'Uma percentagem clara do preço de venda, acordada antes de começar. Sem venda, sem comissão.',
        ],
        [
          'Fazem gestão de arrendamentos?',
          'Sim, da procura de inquilinos à manutenção e cobrança de rendas.',
        ],
        [
          'Podem ajudar-me com o crédito habitação?',
          'Trabalhamos com intermediários de crédito independentes que o ajudam a encontrar a melhor solução.',
        ],
      ],
      cta: {
        heading: 'A pensar vender?',
        body: 'Marque esta semana uma avaliação gratuita e sem compromisso.',
        action: 'Marcar avaliação',
      },
      posts: [
        {
          title: 'Como preparar a casa para uma visita',
          excerpt: 'Pequenas mudanças que causam uma grande primeira impressão aos compradores.',
          paragraphs: [
            'Os compradores decidem nos primeiros minutos. Faça com que esses minutos contem.',
            'Arrume as superfícies, abra as cortinas, resolva os pequenos arranjos e deixe entrar ar fresco. Uma casa arrumada e luminosa parece maior e mais valiosa.',
            'E, se puder, saia durante as visitas. Os compradores falam mais à vontade quando o dono não está.',
          ],
          subheading: 'Primeiras impressões',
        },
        {
          title: 'Comprar a primeira casa: guia passo a passo',
          excerpt: 'Do orçamento às chaves, o que esperar quando compra pela primeira vez.',
          paragraphs: [
            'Comece pelo orçamento: fale com um intermediário de crédito antes de se apaixonar por um imóvel.',
            'Depois visite muitas casas, faça muitas perguntas e confirme os custos para lá do preço: impostos, taxas e obras.',
            'Quando encontrar a casa certa, acompanhamo-lo na proposta, na papelada e no dia em que recebe as chaves.',
          ],
          quote: 'A melhor altura para planear o orçamento é antes da primeira visita.',
        },
      ],
      enquiries: ['Marcar visita', 'Avaliação gratuita', 'Gestão de arrendamento', 'Outro assunto'],
      imageAlt: { hero: 'Uma sala soalheira', story: 'A nossa loja' },
    },
    hotel: {
      noun: 'casa de hóspedes',
      names: ['Casa Alba', 'Estalagem da Lanterna', 'Casa do Porto de Abrigo'],
      hero: {
        eyebrow: (v) => tag(v, 'Alojamento boutique'),
        headings: [
          (v) => `A sua casa longe de casa${v.where}`,
          () => 'Manhãs calmas, quartos confortáveis, receção calorosa',
        ],
        subheading: (v) =>
          v.products
            ? `${capital(v.products)}. Quartos confortáveis, um pequeno-almoço generoso e anfitriões que conhecem os melhores sítios.`
            : 'Quartos confortáveis, um pequeno-almoço generoso e anfitriões que conhecem os melhores sítios para comer, passear e explorar.',
        action: 'Ver os quartos',
      },
      features: {
        heading: 'Porque é que os hóspedes adoram ficar cá',
        intro:
          'Pequena o suficiente para saber o seu nome, confortável o suficiente para ficar mais uns dias.',
        items: [
          [
            'Um pequeno-almoço que vale a pena',
            'Pão da região, fruta fresca, bolos caseiros e ovos como preferir.',
          ],
          ['Quartos calmos e confortáveis', 'Boas camas, cortinas blackout e duches de chuva.'],
          ['Dicas locais', 'Dizemos-lhe onde comem os locais e que vistas valem a subida.'],
        ],
      },
      stats: {
        since: 'A receber hóspedes desde',
        items: [
          ['9,4/10', 'Avaliação dos hóspedes'],
          ['12', 'Quartos'],
        ],
      },
      reviews: [
        [
          'O melhor pequeno-almoço da viagem e anfitriões que nos fizeram sentir em casa. Vamos voltar.',
          'Casal, quatro noites',
        ],
        [
          'Impecável, silencioso e muito bem localizado. As dicas para jantar foram certeiras.',
          'Viajante a solo',
        ],
        [
          'Os miúdos adoraram e nós também. Espaço para descansar depois de dias longos a passear.',
          'Família de quatro',
        ],
      ],
      offer: {
        title: 'Quartos',
        heading: 'Quartos e preços',
        intro:
          'Todos os quartos incluem pequeno-almoço, Wi-Fi grátis e toalhas mudadas diariamente. Melhor preço em reserva direta.',
        productNote: 'Um dos preferidos dos hóspedes.',
        groups: [
          {
            name: 'Quartos',
            items: [
              ['Quarto duplo', 'Acolhedor e silencioso, com cama queen.'],
              ['Quarto superior com vista', 'Mais espaço, zona de estar e as melhores vistas.'],
              ['Suite familiar', 'Dois quartos comunicantes para até quatro pessoas.'],
            ],
          },
          {
            name: 'Extras',
            items: [
              [
                'Pequeno-almoço para visitantes',
                'Não está hospedado? Venha tomar o pequeno-almoço connosco.',
              ],
              ['Saída tardia', 'Fique com o quarto até às 14h.'],
              ['Transfer do aeroporto', 'Um motorista à sua espera na chegada.'],
            ],
          },
        ],
      },
      gallery: {
        title: 'Galeria',
        heading: 'Dê uma vista de olhos',
        intro: 'Quartos, pequeno-almoço e a vista do terraço.',
        captions: [
          'Luz da manhã no quarto superior',
          'Pequeno-almoço no terraço',
          'A sala de estar, com livros e jogos',
          'A vista ao pôr do sol',
        ],
      },
      story: {
        heading: 'A nossa casa',
        paragraphs: [
          (v) =>
            v.year
              ? `A ${v.name} recebe hóspedes${v.where} desde ${v.year}. Recuperámos a casa com cuidado, mantendo o seu carácter e acrescentando todo o conforto.`
              : `A ${v.name} é um alojamento pequeno e independente${v.where}. Recuperámos a casa com cuidado, mantendo o seu carácter e acrescentando todo o conforto.`,
          () =>
            'Vivemos perto e cuidamos pessoalmente de cada hóspede, das sugestões para jantar ao pequeno-almoço para levar numa saída cedo.',
        ],
      },
      values: {
        heading: 'A nossa forma de receber',
        intro: 'Pequenas coisas que fazem uma estadia.',
        items: [
          'Melhor preço garantido em reserva direta',
          'Cancelamento gratuito até 48 horas antes da chegada',
          'Pequeno-almoço local e da época',
          'Amenities e roupa de cama amigas do ambiente',
        ],
      },
      team: {
        heading: 'Os seus anfitriões',
        intro: 'Esperamos recebê-lo em breve.',
        members: [
          ['Proprietária e anfitriã', 'Adora partilhar os melhores segredos locais com os hóspedes.'],
          ['Relações com hóspedes', 'Está cá para ajudar com reservas, passeios e mesas.'],
          ['Responsável do pequeno-almoço', 'Faz um bolo diferente todas as manhãs.'],
        ],
      },
      faq: [
        [
          'A que horas são o check-in e o check-out?',
          'O check-in é a partir das 15h e o check-out até às 11h. Pergunte-nos se precisar de mais flexibilidade.',
        ],
        ['O pequeno-almoço está incluído?', 'Sim, o pequeno-almoço está incluído em todas as tarifas.'],
        [
          'Há estacionamento?',
          'Há estacionamento público perto, e recomendamos a melhor opção quando reservar.',
        ],
        [
          'Posso cancelar a reserva?',
          'O cancelamento é gratuito até 48 horas antes da chegada em reservas diretas.',
        ],
      ],
      cta: {
        heading: 'Planeie a sua estadia',
        body: 'Reserve diretamente para ter o melhor preço e cancelamento gratuito.',
        action: 'Ver disponibilidade',
      },
      posts: [
        {
          title: 'Um fim de semana perfeito na região',
          excerpt: 'Onde passear, comer e ver o pôr do sol, contado por quem vive cá.',
          paragraphs: [
            'Comece o sábado com um pequeno-almoço sem pressa e explore as ruas antigas a pé antes de chegarem as multidões.',
            'Almoce onde almoçam os locais, passe a tarde num museu ou junto à água e encontre um bom lugar para o pôr do sol. Nós dizemos-lhe o nosso.',
            'No domingo, vá ao mercado, leve algo para casa e deixe algum tempo para não fazer nada.',
          ],
          subheading: 'Sábado e domingo',
        },
        {
          title: 'Por trás do nosso pequeno-almoço',
          excerpt: 'Conheça os padeiros, agricultores e produtores que enchem a nossa mesa todas as manhãs.',
          paragraphs: [
            'O pequeno-almoço é a refeição de que os hóspedes mais falam, e começa muito antes de acordarem.',
            'O pão vem de uma padaria ao fundo da rua, os ovos de uma pequena quinta e as compotas de fruta que compramos no mercado.',
            'É a nossa forma de partilhar a região consigo, um prato de cada vez.',
          ],
          quote: 'Um bom dia começa com um bom pequeno-almoço.',
        },
      ],
      enquiries: ['Reserva', 'Grupo ou evento', 'Outro assunto'],
      imageAlt: { hero: 'Um quarto luminoso e confortável', story: 'A casa vista do jardim' },
    },
    school: {
      noun: 'escola',
      names: ['Centro de Estudos Aprender', 'Casa do Estudo', 'Academia Estrela'],
      hero: {
        eyebrow: (v) => tag(v, 'Cursos e explicações'),
        headings: [(v) => `Aprender com confiança${v.where}`, () => 'Turmas pequenas, grandes progressos'],
        subheading: (v) =>
          v.products
            ? `${capital(v.products)} com professores experientes, grupos pequenos e progressos que se veem.`
            : 'Cursos e explicações com professores experientes, grupos pequenos e progressos que se veem.',
        action: 'Ver os cursos',
      },
      features: {
        heading: 'Porque é que os alunos aprendem melhor aqui',
        intro: 'Cada aluno é diferente. O nosso ensino também.',
        items: [
          ['Grupos pequenos', 'No máximo oito alunos por turma, para ninguém ficar para trás.'],
          ['Professores experientes', 'Qualificados, pacientes e apaixonados pela sua disciplina.'],
          ['Feedback regular', 'Relatórios de progresso claros para alunos e pais.'],
        ],
      },
      stats: {
        since: 'A ensinar desde',
        items: [
          ['95%', 'Taxa de aprovação nos exames'],
          ['8', 'Alunos por turma, no máximo'],
        ],
      },
      reviews: [
        [
          'O meu filho passou de detestar matemática a gostar a sério. As notas vieram atrás.',
          'Mãe de aluno',
        ],
        [
          'Os professores são pacientes e explicam tudo com clareza. Passei no exame à primeira.',
          'Antiga aluna',
        ],
        [
          'Horários flexíveis e progressos reais. Exatamente o que eu precisava como adulto a trabalhar.',
          'Aluno adulto',
        ],
      ],
      offer: {
        title: 'Cursos',
        heading: 'Cursos e aulas',
        intro: 'Começam novos grupos todos os meses. Não sabe o seu nível? Marque uma avaliação gratuita.',
        productNote: 'Um dos nossos cursos mais procurados.',
        groups: [
          {
            name: 'Cursos em grupo',
            items: [
              ['Curso semanal em grupo', 'Duas aulas por semana num grupo pequeno.'],
              ['Preparação para exames', 'Prática focada com exames de simulação.'],
              ['Curso intensivo de férias', 'Duas semanas, todas as manhãs.'],
            ],
          },
          {
            name: 'Aulas individuais',
            items: [
              ['Aula individual', 'Adaptada aos seus objetivos e ao seu ritmo.'],
              ['Aula online', 'A mesma qualidade, a partir de casa.'],
              ['Avaliação de nível', 'Gratuita, com aconselhamento personalizado.'],
            ],
          },
        ],
      },
      plans: {
        title: 'Preços',
        heading: 'Preços',
        intro: 'Sem taxa de inscrição. Materiais incluídos.',
        askNote: 'Grátis',
        action: 'Inscrever-me',
        items: [
          {
            name: 'Aula a aula',
            description: 'Aulas individuais quando precisar.',
            features: ['Individual', 'Horários flexíveis', 'Presencial ou online'],
          },
          {
            name: 'Curso mensal',
            description: 'A opção mais procurada.',
            features: ['Duas aulas de grupo por semana', 'Relatórios de progresso', 'Materiais incluídos'],
          },
          {
            name: 'Avaliação',
            description: 'Descubra o seu nível antes de começar.',
            features: ['Sessão de 30 minutos', 'Plano de estudo pessoal'],
          },
        ],
      },
      story: {
        heading: 'Sobre nós',
        paragraphs: [
          (v) =>
            v.year
              ? `A ${v.name} ajuda alunos${v.where} desde ${v.year}. Começámos com uma sala de aula e uma convicção simples: qualquer pessoa aprende com o professor certo.`
              : `A ${v.name} começou com uma sala de aula e uma convicção simples: qualquer pessoa aprende com o professor certo.`,
          () =>
            'Hoje ensinamos crianças, adolescentes e adultos, em grupos pequenos e individualmente, e continuamos a acreditar nisso.',
        ],
      },
      values: {
        heading: 'A nossa abordagem',
        intro: 'Como ajudamos os alunos a ter sucesso.',
        items: [
          'Partir do ponto em que cada aluno está',
          'Criar confiança, além de conhecimento',
          'Manter os pais informados',
          'Tornar a aprendizagem agradável',
        ],
      },
      team: {
        heading: 'Os nossos professores',
        intro: 'Qualificados, experientes e pacientes.',
        members: [
          [
            'Fundadora e diretora pedagógica',
            'Vinte anos de sala de aula e ainda dá aulas todas as semanas.',
          ],
          ['Professor', 'Especialista em preparação para exames.'],
          ['Professora', 'Adora trabalhar com os alunos mais novos.'],
        ],
      },
      faq: [
        [
          'Como sei qual é o nível certo?',
          'Marque uma avaliação de nível gratuita. Recomendamos o curso adequado.',
        ],
        [
          'E se o meu filho faltar a uma aula?',
          'As aulas em falta podem ser repostas noutro grupo no mesmo mês.',
        ],
        ['Têm aulas online?', 'Sim, a maioria dos cursos existe online e presencialmente.'],
        [
          'Posso entrar a meio do ano?',
          'Sim. Começam novos grupos todos os meses, e as aulas individuais começam a qualquer momento.',
        ],
      ],
      cta: {
        heading: 'Comece a aprender este mês',
        body: 'Marque uma avaliação gratuita e experimente uma aula sem compromisso.',
        action: 'Marcar avaliação gratuita',
      },
      posts: [
        {
          title: 'Como criar uma rotina de estudo que dure',
          excerpt:
            'Sessões curtas e regulares valem mais do que estudar à última hora. Como transformar isso num hábito.',
          paragraphs: [
            'O segredo dos bons resultados não é estudar mais, é estudar com regularidade.',
            'Vinte e cinco minutos concentrados por dia, à mesma hora e no mesmo sítio, rendem mais do que um fim de semana inteiro antes do exame.',
            'Deixe o telemóvel noutra divisão, comece pela tarefa mais difícil e recompense-se quando acabar.',
          ],
          subheading: 'Pouco e muitas vezes',
        },
        {
          title: 'Cinco dicas para o dia do exame',
          excerpt:
            'Dormir, tomar o pequeno-almoço e começar com calma. Hábitos simples que ajudam a dar o seu melhor.',
          paragraphs: [
            'Durma bem. Estudar à última hora raramente ajuda tanto como descansar.',
            'Tome o pequeno-almoço, chegue cedo e leia cada pergunta duas vezes antes de responder.',
            'Se empancar, avance e volte depois. E lembre-se: está mais bem preparado do que pensa.',
          ],
          quote: 'A confiança vem da preparação.',
        },
      ],
      enquiries: ['Informações sobre cursos', 'Avaliação gratuita', 'Aulas individuais', 'Outro assunto'],
      imageAlt: { hero: 'Uma sala de aula luminosa', story: 'Alunos a trabalhar' },
    },
    generic: {
      noun: 'pequena empresa',
      names: ['Vento Norte & Co.', 'Rua Clara', 'Pedra Angular'],
      hero: {
        eyebrow: (v) => tag(v, 'Bem-vindo'),
        headings: [(v) => `Qualidade e cuidado${v.where}`, () => 'Bom trabalho, bem feito'],
        subheading: (v) =>
          v.products
            ? `${capital(v.products)}, com o cuidado de quem se orgulha do seu trabalho.`
            : 'Simpáticos, profissionais e fiáveis. Orgulhamo-nos do nosso trabalho, e nota-se.',
        action: 'Os nossos serviços',
      },
      features: {
        heading: 'Porque nos escolher',
        intro: 'O que torna diferente trabalhar connosco.',
        items: [
          ['Atendimento pessoal', 'Fala com pessoas reais que sabem o seu nome e o que precisa.'],
          ['Qualidade primeiro', 'Preferimos fazer uma coisa bem do que muitas mal.'],
          ['Preços justos', 'Preços claros e honestos, sem surpresas.'],
        ],
      },
      stats: {
        since: 'Ao serviço desde',
        items: [
          ['500+', 'Clientes satisfeitos'],
          ['4,8/5', 'Avaliação média'],
        ],
      },
      reviews: [
        ['Simpáticos, profissionais e sempre pontuais. Recomendo a toda a gente.', 'Cliente'],
        ['Foram muito além do esperado. É raro encontrar um serviço assim.', 'Cliente habitual'],
        ['Ótima relação qualidade-preço e um verdadeiro prazer lidar com eles.', 'Cliente'],
      ],
      offer: {
        title: 'Serviços',
        heading: 'O que oferecemos',
        intro: 'Diga-nos o que precisa e encontramos a solução certa.',
        productNote: 'Uma das nossas especialidades.',
        groups: [
          {
            name: 'Serviços',
            items: [
              ['Primeira consulta', 'Ouvimos e sugerimos o melhor caminho.'],
              ['Serviço base', 'A nossa opção mais pedida.'],
              ['Acompanhamento contínuo', 'Ajuda regular, sempre que precisar.'],
            ],
          },
        ],
      },
      story: {
        heading: 'Sobre nós',
        paragraphs: [
          (v) =>
            v.year
              ? `A ${v.name} serve clientes${v.where} desde ${v.year}. Orgulhamo-nos do nosso trabalho e das relações que fomos criando pelo caminho.`
              : `A ${v.name} serve clientes${v.where} com cuidado. Orgulhamo-nos do nosso trabalho e das relações que vamos criando pelo caminho.`,
          () => 'Cada cliente tem toda a nossa atenção, seja a primeira visita ou a centésima.',
        ],
      },
      values: {
        heading: 'O que valorizamos',
        intro: 'Os princípios por trás do nosso trabalho.',
        items: [
          'Honestidade em tudo o que fazemos',
          'Qualidade que podemos garantir',
          'Respeito pelo tempo dos nossos clientes',
        ],
      },
      team: {
        heading: 'A equipa',
        intro: 'As pessoas por trás do negócio.',
        members: [
          ['Fundador', 'Criou o negócio e ainda acompanha cada cliente.'],
          ['Operações', 'Mantém tudo a funcionar sem falhas.'],
          ['Apoio ao cliente', 'O seu primeiro contacto.'],
        ],
      },
      faq: [
        [
          'Como posso contactar-vos?',
          'Por telefone, email ou pelo formulário de contacto. Respondemos num dia útil.',
        ],
        ['Onde ficam?', 'A morada e o horário estão na página de contactos.'],
        [
          'Quanto custam os vossos serviços?',
          'Os preços estão na página de serviços. Para tudo o resto, peça um orçamento gratuito.',
        ],
      ],
      cta: {
        heading: 'Vamos trabalhar juntos',
        body: 'Fale connosco hoje. Gostávamos muito de ouvir a sua ideia.',
        action: 'Contacte-nos',
      },
      posts: [
        {
          title: 'Bem-vindo ao nosso novo site',
          excerpt: 'Um novo visual, as mesmas pessoas. O que vai encontrar no novo site.',
          paragraphs: [
            'Criámos um novo site para ser mais fácil encontrar o que precisa e falar connosco.',
            'Vai encontrar os nossos serviços, preços e horário, e vamos partilhar novidades aqui com regularidade.',
            'Gostávamos muito de saber o que acha.',
          ],
        },
        {
          title: 'Como trabalhamos com os nossos clientes',
          excerpt: 'Da primeira conversa ao trabalho concluído: o que esperar quando trabalha connosco.',
          paragraphs: [
            'Cada trabalho começa com uma conversa. Ouvimos o que precisa e sugerimos o melhor caminho.',
            'Recebe um orçamento claro antes de começarmos, notícias pelo caminho e um acompanhamento no fim.',
            'Simples, honesto e pessoal: é assim que gostamos de trabalhar.',
          ],
          subheading: 'Passo a passo',
        },
      ],
      enquiries: ['Orçamento', 'Pergunta', 'Outro assunto'],
      imageAlt: { hero: 'O nosso espaço de trabalho', story: 'A equipa a trabalhar' },
    },
  },
};
