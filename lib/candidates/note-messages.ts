/**
 * Words of the notes flow that the browser needs as well (browser-safe): the notes panel shows this one
 * as it is, instead of "The note was not saved: …", because the note *was* saved in Recruspace.
 */
export const NOTE_NOT_RECORDED =
  "The note was saved in Recruspace but could not be recorded here, so this page cannot list it. Your text is kept below; adding it again would save it in Recruspace a second time.";
