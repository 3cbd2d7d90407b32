// The compose-UI response: UpdateDraftActionResponseBuilder and its body, subject and recipient actions,
// rendered as Gmail's updateDraftActionMarkup (only the parts that were set).
import type { ServiceContext } from '../context';
import { type JsonObject, SimObject } from './base';
import type { EnumValue } from './enums';
import { BuiltResponse } from './responses';

export class UpdateDraftBodyAction extends SimObject {
  private readonly contents: { content: string; contentType: EnumValue<'ContentType'> }[] = [];
  private updateType?: EnumValue<'UpdateDraftBodyType'>;

  constructor(ctx: ServiceContext) {
    super(ctx, 'UpdateDraftBodyAction');
  }

  addUpdateContent(content: unknown, contentType: unknown): this {
    this.call('addUpdateContent', [content, contentType]);
    this.contents.push({
      content: this.string('addUpdateContent', 'content', content),
      contentType: this.enumValue('addUpdateContent', 'contentType', contentType, 'ContentType'),
    });
    return this;
  }

  setUpdateType(updateType: unknown): this {
    this.call('setUpdateType', [updateType]);
    this.updateType = this.enumValue('setUpdateType', 'updateType', updateType, 'UpdateDraftBodyType');
    return this;
  }

  toJson(fail: (problem: string) => Error): JsonObject {
    if (this.contents.length === 0)
      throw fail('the UpdateDraftBodyAction has no content; call addUpdateContent()');
    const json: JsonObject = { insertContents: this.contents.map((c) => ({ ...c })) };
    if (this.updateType !== undefined) json.type = this.updateType;
    return json;
  }
}

export class UpdateDraftSubjectAction extends SimObject {
  private subject?: string;

  constructor(ctx: ServiceContext) {
    super(ctx, 'UpdateDraftSubjectAction');
  }

  addUpdateSubject(subject: unknown): this {
    this.call('addUpdateSubject', [subject]);
    this.subject = this.string('addUpdateSubject', 'subject', subject);
    return this;
  }

  toJson(fail: (problem: string) => Error): JsonObject {
    if (this.subject === undefined)
      throw fail('the UpdateDraftSubjectAction has no subject; call addUpdateSubject()');
    return { subject: this.subject };
  }
}

/** To, Cc and Bcc share one shape; they replace the draft's recipients, so an empty list clears them. */
abstract class RecipientsAction extends SimObject {
  private readonly emails: string[] = [];

  protected addEmails(method: string, emails: unknown): this {
    this.call(method, [emails]);
    if (!Array.isArray(emails)) throw this.invalid(method, 'emails', 'an array of email addresses', emails);
    const checked = emails.map((e: unknown, i) => this.string(method, `emails[${i}]`, e));
    this.emails.push(...checked);
    return this;
  }

  recipientsJson(): JsonObject[] {
    return this.emails.map((email) => ({ email }));
  }
}

export class UpdateDraftToRecipientsAction extends RecipientsAction {
  constructor(ctx: ServiceContext) {
    super(ctx, 'UpdateDraftToRecipientsAction');
  }

  addUpdateToRecipients(toRecipientEmails: unknown): this {
    return this.addEmails('addUpdateToRecipients', toRecipientEmails);
  }
}

export class UpdateDraftCcRecipientsAction extends RecipientsAction {
  constructor(ctx: ServiceContext) {
    super(ctx, 'UpdateDraftCcRecipientsAction');
  }

  addUpdateCcRecipients(ccRecipientEmails: unknown): this {
    return this.addEmails('addUpdateCcRecipients', ccRecipientEmails);
  }
}

export class UpdateDraftBccRecipientsAction extends RecipientsAction {
  constructor(ctx: ServiceContext) {
    super(ctx, 'UpdateDraftBccRecipientsAction');
  }

  addUpdateBccRecipients(bccRecipientEmails: unknown): this {
    return this.addEmails('addUpdateBccRecipients', bccRecipientEmails);
  }
}

export class UpdateDraftActionResponseBuilder extends SimObject {
  private body?: UpdateDraftBodyAction;
  private subject?: UpdateDraftSubjectAction;
  private to?: UpdateDraftToRecipientsAction;
  private cc?: UpdateDraftCcRecipientsAction;
  private bcc?: UpdateDraftBccRecipientsAction;

  constructor(ctx: ServiceContext) {
    super(ctx, 'UpdateDraftActionResponseBuilder');
  }

  setUpdateDraftBodyAction(updateDraftBodyAction: unknown): this {
    const method = 'setUpdateDraftBodyAction';
    this.call(method, [updateDraftBodyAction]);
    this.body = this.instance(
      method,
      'updateDraftBodyAction',
      updateDraftBodyAction,
      UpdateDraftBodyAction,
      'an UpdateDraftBodyAction',
    );
    return this;
  }

  setUpdateDraftSubjectAction(updateDraftSubjectAction: unknown): this {
    const method = 'setUpdateDraftSubjectAction';
    this.call(method, [updateDraftSubjectAction]);
    this.subject = this.instance(
      method,
      'updateDraftSubjectAction',
      updateDraftSubjectAction,
      UpdateDraftSubjectAction,
      'an UpdateDraftSubjectAction',
    );
    return this;
  }

  setUpdateDraftToRecipientsAction(updateDraftToRecipientsAction: unknown): this {
    const method = 'setUpdateDraftToRecipientsAction';
    this.call(method, [updateDraftToRecipientsAction]);
    this.to = this.instance(
      method,
      'updateDraftToRecipientsAction',
      updateDraftToRecipientsAction,
      UpdateDraftToRecipientsAction,
      'an UpdateDraftToRecipientsAction',
    );
    return this;
  }

  setUpdateDraftCcRecipientsAction(updateDraftCcRecipientsAction: unknown): this {
    const method = 'setUpdateDraftCcRecipientsAction';
    this.call(method, [updateDraftCcRecipientsAction]);
    this.cc = this.instance(
      method,
      'updateDraftCcRecipientsAction',
      updateDraftCcRecipientsAction,
      UpdateDraftCcRecipientsAction,
      'an UpdateDraftCcRecipientsAction',
    );
    return this;
  }

  setUpdateDraftBccRecipientsAction(updateDraftBccRecipientsAction: unknown): this {
    const method = 'setUpdateDraftBccRecipientsAction';
    this.call(method, [updateDraftBccRecipientsAction]);
    this.bcc = this.instance(
      method,
      'updateDraftBccRecipientsAction',
      updateDraftBccRecipientsAction,
      UpdateDraftBccRecipientsAction,
      'an UpdateDraftBccRecipientsAction',
    );
    return this;
  }

  build(): BuiltResponse {
    this.call('build', []);
    const fail = (problem: string) => this.ctx.error(`UpdateDraftActionResponseBuilder.build: ${problem}`);
    if (!this.body && !this.subject && !this.to && !this.cc && !this.bcc) {
      throw fail(
        'no update set; call setUpdateDraftBodyAction(), setUpdateDraftSubjectAction() or a recipients action',
      );
    }
    const markup: JsonObject = {};
    if (this.body) markup.updateBody = this.body.toJson(fail);
    if (this.subject) markup.updateSubject = this.subject.toJson(fail);
    if (this.to) markup.updateToRecipients = { toRecipients: this.to.recipientsJson() };
    if (this.cc) markup.updateCcRecipients = { ccRecipients: this.cc.recipientsJson() };
    if (this.bcc) markup.updateBccRecipients = { bccRecipients: this.bcc.recipientsJson() };
    const snapshot = JSON.stringify(markup);
    return new BuiltResponse(this.ctx, 'UpdateDraftActionResponse', () => ({
      renderActions: { hostAppAction: { gmailAction: { updateDraftActionMarkup: JSON.parse(snapshot) } } },
    }));
  }
}
