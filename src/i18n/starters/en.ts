// English starters, as the add-on has always seeded them (the source: other locales translate these).
// - the greeting is "Hi <first name>," or "Hi there," when the sender gives no name a person goes by
//   (an organisation, a role, a bare address);
// - the subject, when there is one, is quoted as a title ("“Question about bulk import limits”") in a
//   phrase of its own, never read as part of the sentence;
// - the sign-off is the user's first name (or their full name for the formal decline), the name they
//   set if it is not a person's (a shared "Northwind Support" mailbox), or no name at all: never an
//   address.
import { type StarterSet, SUBJECT, signOff } from './types';

const hi = 'Hi {{ sender.first_name | default: "there" }},';
const quotedSubject = `“${SUBJECT}”`;

export const en: StarterSet = {
  templates: {
    acknowledge: {
      name: 'Acknowledge, answer to follow',
      body: [
        hi,
        '',
        `Thank you for your message{% if subject %}, ${quotedSubject}{% endif %}. It has reached me and I am looking into it.`,
        '',
        'You will have a full answer within **two working days**. If anything changes on your side in the meantime, just reply to this email.',
        '',
        signOff('Best regards,', 'me.first_name', 'me.name'),
      ].join('\n'),
      cc: '',
      bcc: '',
      subject: '',
      mode: 'reply',
      tags: ['acknowledge', 'support'],
    },
    details: {
      name: 'Ask for missing details',
      body: [
        hi,
        '',
        'Thanks for getting in touch. So that I can help, could you send me:',
        '',
        '1. the order or account number it is about',
        '2. what you expected to happen, and what happened instead',
        '3. a screenshot, if you have one',
        '',
        'As soon as I have these I will pick it up.',
        '',
        signOff('Best,', 'me.first_name', 'me.name'),
      ].join('\n'),
      cc: '',
      bcc: '',
      subject: '',
      mode: 'reply',
      tags: ['details', 'support'],
    },
    decline: {
      name: 'Polite decline',
      body: [
        hi,
        '',
        'Thank you for thinking of me, and for taking the time to explain it so clearly. I have given it careful thought, and I am going to say no this time: I could not give it the attention it deserves.',
        '',
        'I hope it goes well, and please do keep me in mind for the future.',
        '',
        signOff('Kind regards,', 'me.name', 'me.first_name'),
      ].join('\n'),
      cc: '',
      bcc: '',
      subject: '',
      mode: 'reply',
      tags: ['decline'],
    },
    followUp: {
      name: 'Follow up',
      body: [
        hi,
        '',
        `I wanted to follow up on {% if subject %}${quotedSubject}{% else %}my last message{% endif %}. Have you had a chance to look at it?`,
        '',
        'If it is easier to talk it through, reply with a time that suits you and I will call.',
        '',
        signOff('Thanks,', 'me.first_name', 'me.name'),
      ].join('\n'),
      cc: '',
      bcc: '',
      subject: 'Following up',
      mode: 'reply',
      tags: ['follow-up'],
    },
  },
  newTemplateBody: [hi, '', '', '', signOff('Best regards,', 'me.first_name', 'me.name')].join('\n'),
};
