// Browser-safe (no imports): the sign-in page renders it and the e2e specs compare against it.

/**
 * The one answer to every sign-up that passed validation, whether the email was new (an account and a
 * workspace were created) or already had an account (nothing changed): sign-up never tells whether an
 * email is registered. It says how either person goes on.
 */
export const SIGN_UP_ANSWER = {
  title: "Sign in to continue",
  message:
    "If this email was new, your workspace is ready: sign in with the password you just chose. " +
    "If it already had an account, nothing was changed: sign in with that account's password. " +
    "To join a colleague's workspace instead, ask one of its admins to invite this email.",
} as const;
