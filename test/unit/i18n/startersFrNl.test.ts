import { STARTER_SETS } from '../../../src/i18n/starters';
import { type RenderOutcome, renderTemplate } from '../../../src/templates/render';
import { starterTemplates } from '../../../src/templates/starters';
import { context } from '../templates/helpers';

// The French and Dutch starters as a reader gets them: the greeting, the address form, the sign-off
// (French writes a no-break space, \u00a0, inside « » and before ?).

function text(outcome: RenderOutcome): string {
  if (!outcome.ok) throw new Error(`render failed: ${outcome.error.message}`);
  return outcome.text;
}

const person = context({
  snapshot: { from: 'Okafor, Chidi <chidi.okafor@fabrikam.example>' },
  subject: 'Limites d’import',
  me: { name: 'Sam Taylor', email: 'sam@northwind.example' },
});
const company = context({
  snapshot: { from: 'Contoso Partner Portal <portal@contoso.example>' },
  subject: '',
  me: { name: '', email: 'sam@northwind.example' },
});

test.each([
  [
    'fr',
    'fr-CA',
    [
      'Accusé de réception, réponse à suivre',
      'Demander les informations manquantes',
      'Refus poli',
      'Relance',
    ],
  ],
  [
    'nl',
    'nl-BE',
    ['Ontvangst bevestigen, antwoord volgt', 'Ontbrekende gegevens vragen', 'Beleefd afwijzen', 'Opvolgen'],
  ],
])('%s and %s seed their own starters, with the English ids', (tag, regional, names) => {
  for (const locale of [tag, regional]) {
    expect(starterTemplates(locale).map((t) => t.name)).toEqual(names);
    expect(starterTemplates(locale).map((t) => t.id)).toEqual(starterTemplates('en').map((t) => t.id));
  }
});

test('French: "Bonjour <prénom>," in a vous text; a bare "Bonjour," without a name; no address signed', () => {
  const fr = STARTER_SETS.fr!.templates;
  expect(text(renderTemplate(fr.acknowledge.body, person))).toBe(
    [
      'Bonjour Chidi,',
      '',
      'Merci pour votre message concernant «\u00a0Limites d’import\u00a0». Je l’ai bien reçu et je m’en occupe.',
      '',
      'Vous aurez une réponse complète sous deux jours ouvrés. Si quelque chose change de votre côté d’ici là, il vous suffit de répondre à cet e-mail.',
      '',
      'Cordialement,',
      'Sam',
    ].join('\n'),
  );
  expect(text(renderTemplate(fr.decline.body, person)).split('\n').slice(-2)).toEqual([
    'Bien cordialement,',
    'Sam Taylor',
  ]);
  expect(text(renderTemplate(fr.followUp.body, company)).split('\n')).toEqual([
    'Bonjour,',
    '',
    'Je me permets de revenir vers vous au sujet de mon dernier message. Avez-vous eu l’occasion d’y jeter un œil\u00a0?',
    '',
    'S’il est plus simple d’en parler de vive voix, indiquez-moi un créneau qui vous convient et je vous appellerai.',
    '',
    'Merci d’avance,',
  ]);
});

test('Dutch: "Beste <voornaam>," in a u text; "Goedendag," without a name; no address signed', () => {
  const nl = STARTER_SETS.nl!.templates;
  expect(text(renderTemplate(nl.acknowledge.body, person)).split('\n').slice(0, 3)).toEqual([
    'Beste Chidi,',
    '',
    'Bedankt voor uw bericht over ‘Limites d’import’. Ik heb het ontvangen en zoek het voor u uit.',
  ]);
  expect(text(renderTemplate(nl.decline.body, person)).split('\n').slice(-2)).toEqual([
    'Met vriendelijke groet,',
    'Sam Taylor',
  ]);
  expect(text(renderTemplate(nl.details.body, company)).split('\n').slice(0, 3)).toEqual([
    'Goedendag,',
    '',
    'Bedankt dat u contact opneemt. Om u te kunnen helpen, wilt u mij het volgende sturen?',
  ]);
});
