// Russian starters. "Добрый день, <first name>," (the name alone: the patronymic is not known), or
// "Добрый день," when the sender gives no name a person goes by. The comma, not "!": both are correct
// after a letter's salutation, the comma is the neutral one of business mail (and the template lists
// then show the line after the greeting, src/templates/summaryLine.ts). Formal throughout, with "Вы" written
// with a capital, as a business letter to one person does; the writer's verbs avoid the gendered past
// tense ("получил/получила"). The close is "С уважением," with the user's full name under it.
import { type StarterSet, SUBJECT, signOff } from './types';

const greeting =
  '{% if sender.first_name %}Добрый день, {{ sender.first_name }},{% else %}Добрый день,{% endif %}';
const quotedSubject = `«${SUBJECT}»`;

export const ru: StarterSet = {
  templates: {
    acknowledge: {
      name: 'Подтверждение получения',
      body: [
        greeting,
        '',
        `Спасибо за Ваше письмо{% if subject %} ${quotedSubject}{% endif %}. Оно получено, и я уже занимаюсь вопросом.`,
        '',
        'Полный ответ пришлю в течение **двух рабочих дней**. Если за это время у Вас что-то изменится, просто ответьте на это письмо.',
        '',
        signOff('С уважением,', 'me.name', 'me.first_name'),
      ].join('\n'),
      cc: '',
      bcc: '',
      subject: '',
      mode: 'reply',
      tags: ['получение', 'поддержка'],
    },
    details: {
      name: 'Запрос недостающих сведений',
      body: [
        greeting,
        '',
        'Спасибо за обращение. Чтобы разобраться, пришлите, пожалуйста:',
        '',
        '1. номер заказа или аккаунта, о котором идёт речь',
        '2. что Вы ожидали и что произошло на самом деле',
        '3. снимок экрана, если он есть',
        '',
        'Как только получу эти сведения, сразу займусь вопросом.',
        '',
        signOff('С уважением,', 'me.name', 'me.first_name'),
      ].join('\n'),
      cc: '',
      bcc: '',
      subject: '',
      mode: 'reply',
      tags: ['сведения', 'поддержка'],
    },
    decline: {
      name: 'Вежливый отказ',
      body: [
        greeting,
        '',
        'Спасибо, что подумали обо мне, и за то, что так ясно всё объяснили. Всё взвесив, на этот раз мне придётся отказаться: уделить этому должное внимание сейчас не получится.',
        '',
        'Желаю успеха и надеюсь, что в будущем Вы снова обратитесь ко мне.',
        '',
        signOff('С уважением,', 'me.name', 'me.first_name'),
      ].join('\n'),
      cc: '',
      bcc: '',
      subject: '',
      mode: 'reply',
      tags: ['отказ'],
    },
    followUp: {
      name: 'Напоминание',
      body: [
        greeting,
        '',
        `Хочу напомнить о {% if subject %}письме ${quotedSubject}{% else %}моём последнем письме{% endif %}. Удалось ли Вам с ним ознакомиться?`,
        '',
        'Если проще обсудить это по телефону, напишите удобное для Вас время, и я позвоню.',
        '',
        signOff('Заранее спасибо,', 'me.name', 'me.first_name'),
      ].join('\n'),
      cc: '',
      bcc: '',
      subject: 'Напоминание',
      mode: 'reply',
      tags: ['напоминание'],
    },
  },
  newTemplateBody: [greeting, '', '', '', signOff('С уважением,', 'me.name', 'me.first_name')].join('\n'),
};
