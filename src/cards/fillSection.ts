// The small form that asks for exactly the merge fields a template needs and this message lacks, so no
// draft ever says "Hi ,". Each input is named for its field (handlers/templates.ts fillInputName).
import { escapeCardText } from './html';

export interface MissingFieldView {
  /** The input's name. */
  name: string;
  label: string;
  value: string;
}

export function fillSection(
  missing: MissingFieldView[],
  header: string,
): GoogleAppsScript.Card_Service.CardSection {
  const section = CardService.newCardSection()
    .setHeader(escapeCardText(header))
    .addWidget(
      CardService.newTextParagraph().setText(
        escapeCardText('The template needs these, and they are not known here.'),
      ),
    );
  for (const m of missing) {
    section.addWidget(CardService.newTextInput().setFieldName(m.name).setTitle(m.label).setValue(m.value));
  }
  return section;
}
