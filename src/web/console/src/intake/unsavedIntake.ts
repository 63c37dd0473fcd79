// What an officer typed on the intake form when their session ended under them, kept in this tab's memory only (never on
// the device) and given back to the same officer on the same form once they have signed in again.
import type { Values } from "./intakeFormValues";

type Kept = { userId: string; form: string; values: Values };
let kept: Kept | null = null;
let signedOut = false;

/** Called as the form goes away with no one signed in: kept, unless the officer signed out themselves. */
export function keepUnsaved(userId: string, form: string, values: Values): void {
  kept = signedOut ? null : { userId, form, values };
  signedOut = false;
}

/** The values kept for this officer and form (a new complaint, or one complaint at one version), given back once. */
export function takeUnsaved(userId: string, form: string): Values | null {
  signedOut = false;
  const found = kept && kept.userId === userId && kept.form === form ? kept.values : null;
  kept = null;
  return found;
}

/** Signing out on purpose leaves nothing behind. */
export function dropUnsaved(): void {
  kept = null;
  signedOut = true;
}
