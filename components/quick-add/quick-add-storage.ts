import type { UploadedCv } from "@/lib/candidates/schemas";

export type QuickDraft = {
  firstName: string;
  lastName: string;
  email: string;
  phone: string;
  destination: string;
  cv: UploadedCv | null;
};

export const EMPTY_DRAFT: QuickDraft = { firstName: "", lastName: "", email: "", phone: "", destination: "", cv: null };

/**
 * The draft lives in sessionStorage: it survives a reload or a dropped connection in this tab but
 * does not linger on a shared phone once the tab is closed. The last destination is only an id, so
 * it is kept in localStorage for the next visit.
 */
export function loadDraft(key: string): QuickDraft | null {
  try {
    const raw = sessionStorage.getItem(`${key}:draft`);
    if (!raw) return null;
    const value = JSON.parse(raw) as Partial<QuickDraft>;
    const text = (input: unknown) => (typeof input === "string" ? input.slice(0, 300) : "");
    const cv = value.cv && typeof value.cv === "object" && typeof value.cv.documentId === "string" ? value.cv : null;
    return {
      firstName: text(value.firstName),
      lastName: text(value.lastName),
      email: text(value.email),
      phone: text(value.phone),
      destination: text(value.destination),
      cv,
    };
  } catch {
    return null;
  }
}

export function saveDraft(key: string, draft: QuickDraft): void {
  try {
    sessionStorage.setItem(`${key}:draft`, JSON.stringify(draft));
  } catch {
    // Storage full or disabled (private mode): the form still works, it just is not kept.
  }
}

export function clearDraft(key: string): void {
  try {
    sessionStorage.removeItem(`${key}:draft`);
  } catch {
    // See saveDraft.
  }
}

export function loadLastDestination(key: string): string {
  try {
    return localStorage.getItem(`${key}:destination`) ?? "";
  } catch {
    return "";
  }
}

export function saveLastDestination(key: string, destination: string): void {
  try {
    localStorage.setItem(`${key}:destination`, destination);
  } catch {
    // See saveDraft.
  }
}
