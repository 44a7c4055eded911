import { beforeAll, describe, expect, it } from 'vitest';
import type { PersonFact } from '../src/site/brief/index.ts';
import { readPeople } from '../src/site/brief/people.ts';
import { gazetteer } from '../src/site/brief/place.ts';

// Names are told from places, weekdays and countries by the gazetteer (135,000 towns), which loads once in
// under a second of CPU; give it room on a busy machine.
beforeAll(() => {
  gazetteer();
}, 60_000);

describe('readPeople: the writer naming themselves', () => {
  it.each<[string, string, PersonFact[]]>([
    ['en', 'My name is Tom Hughes and I fix bikes in Leeds', [{ name: 'Tom Hughes' }]],
    ['en', 'Dog walking in Leeds. I’m Priya.', [{ name: 'Priya' }]],
    ['en', 'Hi, I am Oona, a potter in Galway', [{ name: 'Oona' }]],
    ['pt', 'Chamo-me Inês e faço cerâmica em Aveiro', [{ name: 'Inês' }]],
    ['pt', 'Sou a Beatriz, fotógrafa de casamentos em Braga', [{ name: 'Beatriz' }]],
    ['es', 'Hola, soy Lucía y doy clases de guitarra en Cádiz', [{ name: 'Lucía' }]],
    ['es', 'Me llamo Andrés y arreglo bicicletas', [{ name: 'Andrés' }]],
    ['fr', 'Bonjour, je m’appelle Élodie et je fais des gâteaux', [{ name: 'Élodie' }]],
    ['de', 'Ich heiße Jonas und repariere Fahrräder in Kiel', [{ name: 'Jonas' }]],
    ['de', 'Tanzschule in Bonn. Ich bin Mira.', [{ name: 'Mira' }]],
  ])('[%s] "%s"', (language, brief, people) => {
    expect(readPeople(brief, language)).toEqual(people);
  });

  it.each([
    ['en', "I'm a piano teacher in York"],
    ['en', "I'm Scottish and I bake shortbread"],
    ['en', 'I am Available for weddings'],
    ['de', 'Ich bin Schreinerin in Kiel'],
    ['de', 'Ich bin Fotograf aus Leipzig'],
  ])('[%s] "%s" names nobody', (language, brief) => {
    expect(readPeople(brief, language)).toEqual([]);
  });
});

describe('readPeople: a group naming themselves', () => {
  it.each<[string, string, PersonFact[]]>([
    ['en', 'We are Anna and Tom, potters in Exeter', [{ name: 'Anna' }, { name: 'Tom' }]],
    ['pt', 'Somos o Rui e a Marta e fazemos bolos em Faro', [{ name: 'Rui' }, { name: 'Marta' }]],
    ['es', 'Somos Pablo y Nuria, dos cocineros de Vigo', [{ name: 'Pablo' }, { name: 'Nuria' }]],
    ['fr', 'Nous sommes Hugo et Léa, fleuristes à Nantes', [{ name: 'Hugo' }, { name: 'Léa' }]],
    ['de', 'Wir sind Jana und Paul und backen Brot', [{ name: 'Jana' }, { name: 'Paul' }]],
  ])('[%s] "%s"', (language, brief, people) => {
    expect(readPeople(brief, language)).toEqual(people);
  });

  it.each([
    ['pt', 'Somos a Padaria Ribeira, no Porto desde 1962'],
    ['en', 'We are Salt and Pepper, a diner in Ohio'],
    ['es', 'Somos una tienda de vinos en Jerez'],
  ])('[%s] "%s": one name, or common words, is no group of people', (language, brief) => {
    expect(readPeople(brief, language)).toEqual([]);
  });
});

describe('readPeople: a maker after "by"', () => {
  it.each<[string, string, PersonFact[]]>([
    ['en', 'Knitted hats by Greta Olsen, sold at the market in York', [{ name: 'Greta Olsen' }]],
    ['en', 'Bread baked each night by Kofi', [{ name: 'Kofi' }]],
    ['pt', 'Pão feito todas as manhãs por Joana', [{ name: 'Joana' }]],
    ['es', 'Pan hecho cada mañana por Julián', [{ name: 'Julián' }]],
    ['fr', 'Bijoux en argent par Chloé Martin, à Lille', [{ name: 'Chloé Martin' }]],
    ['de', 'Brot, jeden Morgen gebacken von Mehmet', [{ name: 'Mehmet' }]],
  ])('[%s] "%s"', (language, brief, people) => {
    expect(readPeople(brief, language)).toEqual(people);
  });

  it.each([
    ['en', 'Pay by Visa or book by Email'],
    ['en', 'A log cabin by Loch Ness'],
    ['en', 'Cottage by Windermere, sleeps four'],
    ['en', 'Cakes to order by Friday'],
    ['pt', 'Marcações por WhatsApp ou por Telefone'],
    ['de', 'Reparatur von Fahrrädern und Rollern'],
    ['fr', 'Paiement par Carte ou par PayPal'],
  ])('[%s] "%s" names nobody', (language, brief) => {
    expect(readPeople(brief, language)).toEqual([]);
  });
});

describe('readPeople: a role before the name', () => {
  it.each<[string, string, PersonFact[]]>([
    ['en', 'Guitar lessons with teacher Sam Reed', [{ name: 'Sam Reed', role: 'teacher' }]],
    ['en', 'Owner: Lucy Grant', [{ name: 'Lucy Grant', role: 'Owner' }]],
    ['pt', 'Estúdio de pilates. Professora: Rita Sousa.', [{ name: 'Rita Sousa', role: 'Professora' }]],
    ['de', 'Inhaberin: Clara Wolf', [{ name: 'Clara Wolf', role: 'Inhaberin' }]],
  ])('[%s] "%s"', (language, brief, people) => {
    expect(readPeople(brief, language)).toEqual(people);
  });
});
