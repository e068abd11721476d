/**
 * What the browser's first load carries in place of the models' prose (see models/prose.ts and
 * scripts/vite-model-prose.ts). A description must be 20 characters or more and a source's
 * address a web address, so the placeholders pass the same checks as the prose they stand for.
 */
export const PROSE_PLACEHOLDER = 'Written out when asked for (models/prose.ts).';
export const PROSE_URL_PLACEHOLDER = 'https://prose.invalid/';
