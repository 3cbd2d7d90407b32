// The line under a template's name skips a greeting alone, in the greeting styles the starter sets use.
import { summaryLine } from '../../../src/templates/summaryLine';

test.each([
  ['Hi Ana,\n\nThanks for your message.', 'Thanks for your message.'],
  ['Dear Dr. Weiß,\nThe report is attached.', 'The report is attached.'],
  ['Hola, Priya:\n\nGracias por tu mensaje.', 'Gracias por tu mensaje.'],
  ['Raman 様\n\nお世話になっております。', 'お世話になっております。'],
  ['ご担当者様\nお問い合わせありがとうございます。', 'お問い合わせありがとうございます。'],
  ['مرحبًا بريا،\nشكرًا على رسالتكم.', 'شكرًا على رسالتكم.'],
  ['您好，\n感谢您的来信。', '感谢您的来信。'],
])('%j shows the line after the greeting', (text, shown) => {
  expect(summaryLine(text)).toBe(shown);
});

test.each([
  // Sentences that only end like a greeting stay: too long for a salutation.
  ['Here are the details you asked for:\n- one', 'Here are the details you asked for:'],
  [
    'Thanks for the quick reply, and for the numbers,\nsee below',
    'Thanks for the quick reply, and for the numbers,',
  ],
  ['Just one line', 'Just one line'],
])('%j is shown itself', (text, shown) => {
  expect(summaryLine(text)).toBe(shown);
});
