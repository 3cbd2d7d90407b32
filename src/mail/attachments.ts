// Which of Gmail's attachments each part of our MIME walk is. The snapshot lists attachments from the raw
// source (no round trip); the draft needs Gmail's blobs (getAttachments). The two lists usually agree, but
// Gmail may name a part differently (an unnamed or oddly encoded one) or list one more or fewer, so parts
// are paired by name first and by position only where both lists have the same length.
import type { AttachmentMeta, PlanWarning, UnroutedPlan } from './types';
import { textWarning, WarningCode } from './warning';

/**
 * For each of `ours` (the snapshot's list, in its order), the index in Gmail's list `names` of the same
 * file, or -1 when none can be told. Equal names pair in order; a part left over pairs with the unpaired
 * Gmail entry at its own position, when both lists are equally long.
 */
export function pairAttachments(ours: readonly AttachmentMeta[], names: readonly string[]): number[] {
  const used = new Set<number>();
  const pairs = ours.map((a) => {
    const at = names.findIndex((n, i) => n === a.name && !used.has(i));
    if (at >= 0) used.add(at);
    return at;
  });
  if (ours.length !== names.length) return pairs;
  return pairs.map((at, i) => {
    if (at >= 0 || used.has(i)) return at;
    used.add(i);
    return i;
  });
}

/**
 * The plan without the attachments Gmail no longer lists, and a warning naming them, so the card says
 * before the click what the draft will lack instead of the draft being refused.
 */
export function withoutMissingAttachments<P extends UnroutedPlan>(
  plan: P,
  missing: readonly AttachmentMeta[],
): P {
  if (missing.length === 0) return plan;
  const gone = new Set(missing.map((a) => a.index));
  const note: PlanWarning = textWarning(WarningCode.attachmentsMissing, 'warning.attachmentsMissing', {
    count: missing.length,
    names: missing.map((a) => `“${a.name}”`),
  });
  return {
    ...plan,
    attachments: plan.attachments.filter((a) => !gone.has(a.index)),
    warnings: [...plan.warnings, note],
  };
}
