// Turkish starters. "Merhaba <first name>," as Turkish business mail greets a contact it knows by first
// name, and "Merhaba," without one; no "Bey/Hanım" (the sender's gender is not known). The body says
// "siz" (formal), the subject is quoted as "“…” konulu e-postanız", and the close is "Saygılarımla,"
// with the user's full name under it, as a Turkish signature gives it.
import { type StarterSet, SUBJECT, signOff } from './types';

const merhaba = '{% if sender.first_name %}Merhaba {{ sender.first_name }},{% else %}Merhaba,{% endif %}';
const quotedSubject = `“${SUBJECT}”`;

export const tr: StarterSet = {
  templates: {
    acknowledge: {
      name: 'Alındı bildirimi',
      body: [
        merhaba,
        '',
        `{% if subject %}${quotedSubject} konulu e-postanız{% else %}E-postanız{% endif %} için teşekkür ederim. Bana ulaştı, konuyu inceliyorum.`,
        '',
        '**İki iş günü içinde** size ayrıntılı bir yanıt vereceğim. Bu arada sizin tarafınızda bir değişiklik olursa bu e-postayı yanıtlamanız yeterli.',
        '',
        signOff('Saygılarımla,', 'me.name', 'me.first_name'),
      ].join('\n'),
      cc: '',
      bcc: '',
      subject: '',
      mode: 'reply',
      tags: ['alındı', 'destek'],
    },
    details: {
      name: 'Eksik bilgileri iste',
      body: [
        merhaba,
        '',
        'Bizimle iletişime geçtiğiniz için teşekkür ederim. Yardımcı olabilmem için lütfen şunları gönderin:',
        '',
        '1. ilgili sipariş veya hesap numarası',
        '2. ne olmasını beklediğiniz ve bunun yerine ne olduğu',
        '3. varsa bir ekran görüntüsü',
        '',
        'Bu bilgiler elime ulaşır ulaşmaz konuyla ilgileneceğim.',
        '',
        signOff('Saygılarımla,', 'me.name', 'me.first_name'),
      ].join('\n'),
      cc: '',
      bcc: '',
      subject: '',
      mode: 'reply',
      tags: ['bilgi', 'destek'],
    },
    decline: {
      name: 'Kibarca reddet',
      body: [
        merhaba,
        '',
        'Beni düşündüğünüz ve konuyu bu kadar açık anlattığınız için teşekkür ederim. Dikkatle değerlendirdim, ancak bu sefer olumsuz yanıt vermek durumundayım: konuya hak ettiği ilgiyi gösteremem.',
        '',
        'Çalışmalarınızda başarılar diler, ileride beni yine düşünmenizi rica ederim.',
        '',
        signOff('Saygılarımla,', 'me.name', 'me.first_name'),
      ].join('\n'),
      cc: '',
      bcc: '',
      subject: '',
      mode: 'reply',
      tags: ['ret'],
    },
    followUp: {
      name: 'Hatırlatma',
      body: [
        merhaba,
        '',
        `{% if subject %}${quotedSubject} konulu{% else %}Son{% endif %} e-postamla ilgili durumu sormak istedim. İnceleme fırsatınız oldu mu?`,
        '',
        'Telefonda konuşmak daha kolay olacaksa size uygun bir zamanı yazın, sizi arayayım.',
        '',
        signOff('Teşekkürler,', 'me.name', 'me.first_name'),
      ].join('\n'),
      cc: '',
      bcc: '',
      subject: 'Hatırlatma',
      mode: 'reply',
      tags: ['hatırlatma'],
    },
  },
  newTemplateBody: [merhaba, '', '', '', signOff('Saygılarımla,', 'me.name', 'me.first_name')].join('\n'),
};
