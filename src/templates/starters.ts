// The templates a new library starts with: useful as they are, and examples of merge fields with
// defaults. Each passes lint without warnings (a test holds them to it).
import type { TemplateInput } from './model';

const signOff = '{{ me.first_name | default: me.name }}';
const hi = 'Hi {{ sender.first_name | default: "there" }},';

export const STARTER_TEMPLATES: readonly TemplateInput[] = [
  {
    name: 'Acknowledge, answer to follow',
    body: [
      hi,
      '',
      'Thanks for your message about *{{ subject | default: "your request" }}*. I have it and I am on it.',
      '',
      'You will have a full answer within **two working days**. If anything changes on your side in the meantime, just reply to this email.',
      '',
      'Best regards,',
      signOff,
    ].join('\n'),
    cc: '',
    bcc: '',
    subject: '',
    mode: 'reply',
    tags: ['acknowledge', 'support'],
  },
  {
    name: 'Ask for missing details',
    body: [
      hi,
      '',
      'Thanks for getting in touch about *{{ subject | default: "your request" }}*. So that I can help, could you send me:',
      '',
      '1. the order or account number it is about',
      '2. what you expected to happen, and what happened instead',
      '3. a screenshot, if you have one',
      '',
      'As soon as I have these I will pick it up.',
      '',
      'Best,',
      signOff,
    ].join('\n'),
    cc: '',
    bcc: '',
    subject: '',
    mode: 'reply',
    tags: ['details', 'support'],
  },
  {
    name: 'Polite decline',
    body: [
      hi,
      '',
      'Thank you for thinking of me, and for taking the time to explain it so clearly. I have given it careful thought, and I am going to say no this time: I could not give it the attention it deserves.',
      '',
      'I hope it goes well, and please do keep me in mind for the future.',
      '',
      'Kind regards,',
      '{{ me.name | default: me.email }}',
    ].join('\n'),
    cc: '',
    bcc: '',
    subject: '',
    mode: 'reply',
    tags: ['decline'],
  },
  {
    name: 'Follow up',
    body: [
      hi,
      '',
      'I am following up on *{{ subject | default: "my last message" }}*. Have you had a chance to look at it?',
      '',
      'If it is easier to talk it through, reply with a time that suits you and I will call.',
      '',
      'Thanks,',
      signOff,
    ].join('\n'),
    cc: '',
    bcc: '',
    subject: 'Following up',
    mode: 'reply',
    tags: ['follow-up'],
  },
];
