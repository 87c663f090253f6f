/** Why a dropped CV filled no field: it could not be read, or held nothing to fill. */
export type NothingRead = "no-text" | "legacy-doc" | "encrypted" | "unreadable" | "no-fields";

/** The one calm line under the drop zone. The upload itself goes on either way. */
export function describeCvReading(reason: NothingRead): string {
  switch (reason) {
    case "no-text":
      return "This CV has no text to read (a scan?), so nothing was filled in. Please type the details; the CV still uploads.";
    case "legacy-doc":
      return "Old .doc files cannot be read here, so nothing was filled in. Please type the details; the CV still uploads.";
    case "encrypted":
      return "This CV is password-protected, so nothing was filled in. Please type the details; the CV still uploads.";
    case "no-fields":
      return "No name, email or phone was found in this CV. Please type the details; the CV still uploads.";
    default:
      return "This CV could not be read, so nothing was filled in. Please type the details; the CV still uploads.";
  }
}
