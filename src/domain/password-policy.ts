/** 等保 2.0 level 3 password complexity: at least 8 characters from at least 3 of 4 classes. */
export const PASSWORD_MIN_LENGTH = 8;
export const PASSWORD_MIN_CLASSES = 3;
export const MAX_FAILED_LOGINS = 5;
export const LOCKOUT_MINUTES = 15;

export function passwordClasses(password: string): number {
  return [/[a-z]/, /[A-Z]/, /[0-9]/, /[^A-Za-z0-9]/].filter((re) => re.test(password)).length;
}

export function isPasswordStrong(password: string): boolean {
  return password.length >= PASSWORD_MIN_LENGTH && passwordClasses(password) >= PASSWORD_MIN_CLASSES;
}

// Counting failures and locking happen in one SQL statement: src/modules/users/count-failed-password.ts.

export function isLocked(lockedUntil: Date | null, now: Date): boolean {
  return lockedUntil !== null && lockedUntil.getTime() > now.getTime();
}
