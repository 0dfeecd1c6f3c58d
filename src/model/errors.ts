/** A mistake by the user (bad path, bad option, bad config): one line, exit 2, no stack trace. */
export class UserError extends Error {}
