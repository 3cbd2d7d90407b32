// Brazilian Portuguese starters. The body says "você", as Brazilian business mail does ("o senhor/a
// senhora" would need the sender's gender, which is not known). The greeting is "Olá, <nome>,"; "Olá,"
// when the sender gives no name a person goes by. No "Obrigado/Obrigada": it agrees with the writer's
// gender, so thanks are "Agradeço…". The close is "Atenciosamente," (the full name under the decline).
import { type StarterSet, SUBJECT, signOff } from './types';

const ola = '{% if sender.first_name %}Olá, {{ sender.first_name }},{% else %}Olá,{% endif %}';
const quotedSubject = `“${SUBJECT}”`;

export const ptBR: StarterSet = {
  templates: {
    acknowledge: {
      name: 'Confirmar recebimento, resposta a seguir',
      body: [
        ola,
        '',
        `Agradeço sua mensagem{% if subject %} sobre ${quotedSubject}{% endif %}. Ela chegou até mim e já estou cuidando disso.`,
        '',
        'Você terá uma resposta completa em até **dois dias úteis**. Se algo mudar do seu lado nesse meio-tempo, é só responder a este e-mail.',
        '',
        signOff('Atenciosamente,', 'me.first_name', 'me.name'),
      ].join('\n'),
      cc: '',
      bcc: '',
      subject: '',
      mode: 'reply',
      tags: ['recebimento', 'suporte'],
    },
    details: {
      name: 'Pedir as informações que faltam',
      body: [
        ola,
        '',
        'Agradeço o contato. Para que eu possa ajudar, você poderia me enviar:',
        '',
        '1. o número do pedido ou da conta em questão',
        '2. o que você esperava que acontecesse e o que aconteceu no lugar',
        '3. uma captura de tela, se tiver',
        '',
        'Assim que eu receber essas informações, dou andamento.',
        '',
        signOff('Atenciosamente,', 'me.first_name', 'me.name'),
      ].join('\n'),
      cc: '',
      bcc: '',
      subject: '',
      mode: 'reply',
      tags: ['informações', 'suporte'],
    },
    decline: {
      name: 'Recusar com educação',
      body: [
        ola,
        '',
        'Agradeço muito por ter pensado em mim e por explicar tudo com tanta clareza. Pensei com cuidado e, desta vez, vou recusar: eu não conseguiria dar a isso a atenção que merece.',
        '',
        'Espero que tudo corra bem, e conte comigo no futuro.',
        '',
        signOff('Atenciosamente,', 'me.name', 'me.first_name'),
      ].join('\n'),
      cc: '',
      bcc: '',
      subject: '',
      mode: 'reply',
      tags: ['recusa'],
    },
    followUp: {
      name: 'Retomar o contato',
      body: [
        ola,
        '',
        `Queria retomar {% if subject %}o assunto ${quotedSubject}{% else %}minha última mensagem{% endif %}. Você já teve a chance de dar uma olhada?`,
        '',
        'Se for mais fácil conversar, responda com um horário bom para você e eu ligo.',
        '',
        signOff('Agradeço desde já,', 'me.first_name', 'me.name'),
      ].join('\n'),
      cc: '',
      bcc: '',
      subject: 'Retomando o contato',
      mode: 'reply',
      tags: ['acompanhamento'],
    },
  },
  newTemplateBody: [ola, '', '', '', signOff('Atenciosamente,', 'me.first_name', 'me.name')].join('\n'),
};
