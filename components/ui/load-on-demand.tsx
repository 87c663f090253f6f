"use client";

import { Suspense, useState, type KeyboardEvent, type ReactNode } from "react";

/** What the stand-in trigger must spread onto its button. */
export type StandInHandlers = {
  onPointerEnter?: () => void;
  onFocus?: () => void;
  onClick?: () => void;
  onKeyDown?: (event: KeyboardEvent<HTMLButtonElement>) => void;
};

/**
 * Popups of the signed-in shell (Radix menus, the phone drawer) are loaded when the user first reaches
 * for them, not with every page: until then `standIn` renders a trigger that looks the same. Hovering or
 * focusing it starts the download; activating it (click, Enter, Space, ArrowDown) renders `loaded`,
 * which opens itself, in its place.
 */
export function LoadOnDemand({ preload, standIn, loaded }: { preload: () => unknown; standIn: (handlers: StandInHandlers) => ReactNode; loaded: ReactNode }) {
  const [active, setActive] = useState(false);
  if (active) return <Suspense fallback={standIn({})}>{loaded}</Suspense>;
  return standIn({
    onPointerEnter: () => void preload(),
    onFocus: () => void preload(),
    onClick: () => setActive(true),
    onKeyDown: (event) => {
      if (event.key !== "ArrowDown") return;
      event.preventDefault();
      setActive(true);
    },
  });
}
