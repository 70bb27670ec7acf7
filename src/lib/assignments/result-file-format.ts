/** Constants of the result-file format, apart from its schema so that writing a file does not load the validator. */
export const RESULT_FORMAT = 'dhs-result';
export const RESULT_VERSION = 1;
/** Larger files are refused unread; a real one is a few kilobytes. */
export const MAX_RESULT_BYTES = 1_000_000;
