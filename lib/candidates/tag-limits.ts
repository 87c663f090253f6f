/** The longest tag title the app sends. Apart from the zod schemas so a form can use it without loading zod. */
export const MAX_TAG_LENGTH = 100;
