// European Portuguese starters (pt: what pt-PT users get; pt-BR has its own). The body is formal and
// impersonal, as Portuguese business mail is (the verb in the third person, "a sua mensagem", no "você",
// no "o senhor/a senhora": the sender's gender is not known). The greeting is "Olá, <nome>,"; "Olá," when
// the sender gives no name a person goes by. No "Obrigado/Obrigada" (it agrees with the writer's gender):
// thanks are "Agradeço…". The close is "Cumprimentos," ("Com os melhores cumprimentos," and the full name
// under the decline). European words and spelling: receção, contacto, encomenda, ecrã.
import { type StarterSet, SUBJECT, signOff } from './types';

const ola = '{% if sender.first_name %}Olá, {{ sender.first_name }},{% else %}Olá,{% endif %}';
const quotedSubject = `«${SUBJECT}»`;

export const pt: StarterSet = {
  templates: {
    acknowledge: {
      name: 'Acusar a receção, resposta a seguir',
      body: [
        ola,
        '',
        `Agradeço a sua mensagem{% if subject %} sobre ${quotedSubject}{% endif %}. Já a recebi e estou a tratar do assunto.`,
        '',
        'Terá uma resposta completa no prazo de **dois dias úteis**. Se entretanto alguma coisa mudar da sua parte, basta responder a este email.',
        '',
        signOff('Cumprimentos,', 'me.first_name', 'me.name'),
      ].join('\n'),
      cc: '',
      bcc: '',
      subject: '',
      mode: 'reply',
      tags: ['receção', 'apoio'],
    },
    details: {
      name: 'Pedir os dados em falta',
      body: [
        ola,
        '',
        'Agradeço o seu contacto. Para que possa ajudar, pode enviar-me:',
        '',
        '1. o número da encomenda ou da conta em causa',
        '2. o que esperava que acontecesse e o que aconteceu em vez disso',
        '3. uma captura de ecrã, se a tiver',
        '',
        'Assim que tiver estes dados, trato do assunto.',
        '',
        signOff('Cumprimentos,', 'me.first_name', 'me.name'),
      ].join('\n'),
      cc: '',
      bcc: '',
      subject: '',
      mode: 'reply',
      tags: ['dados', 'apoio'],
    },
    decline: {
      name: 'Recusar com delicadeza',
      body: [
        ola,
        '',
        'Agradeço muito ter pensado em mim e ter explicado tudo com tanta clareza. Pensei bem no assunto e, desta vez, vou recusar: não conseguiria dar-lhe a atenção que merece.',
        '',
        'Desejo-lhe o maior sucesso e espero que volte a contar comigo no futuro.',
        '',
        signOff('Com os melhores cumprimentos,', 'me.name', 'me.first_name'),
      ].join('\n'),
      cc: '',
      bcc: '',
      subject: '',
      mode: 'reply',
      tags: ['recusa'],
    },
    followUp: {
      name: 'Dar seguimento',
      body: [
        ola,
        '',
        `Queria retomar {% if subject %}o assunto ${quotedSubject}{% else %}a minha última mensagem{% endif %}. Já teve oportunidade de dar uma vista de olhos?`,
        '',
        'Se for mais fácil falarmos, responda com uma hora que lhe dê jeito e eu ligo-lhe.',
        '',
        signOff('Agradeço desde já,', 'me.first_name', 'me.name'),
      ].join('\n'),
      cc: '',
      bcc: '',
      subject: 'Seguimento',
      mode: 'reply',
      tags: ['seguimento'],
    },
  },
  newTemplateBody: [ola, '', '', '', signOff('Cumprimentos,', 'me.first_name', 'me.name')].join('\n'),
};
