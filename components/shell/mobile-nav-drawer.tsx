"use client";

import { Dialog } from "radix-ui";
import { X } from "lucide-react";
import { useState } from "react";
import type { NavItem } from "./nav-items";
import { NavLinks } from "./nav-links";
import { MobileNavTrigger } from "./mobile-nav-trigger";

export type MobileNavProps = { items: NavItem[]; tenantName: string; footer?: React.ReactNode };

/** The phone drawer with the sidebar's links. Loaded on demand by MobileNav, and then already open. */
export default function MobileNavDrawer({ items, tenantName, footer, defaultOpen = false }: MobileNavProps & { defaultOpen?: boolean }) {
  const [open, setOpen] = useState(defaultOpen);
  return (
    <Dialog.Root open={open} onOpenChange={setOpen}>
      <Dialog.Trigger asChild>
        <MobileNavTrigger />
      </Dialog.Trigger>
      <Dialog.Portal>
        <Dialog.Overlay className="fixed inset-0 z-40 bg-slate-950/50 lg:hidden" />
        <Dialog.Content className="fixed inset-y-0 left-0 z-50 flex w-72 max-w-[85vw] flex-col overflow-y-auto border-r border-slate-200 bg-white p-4 shadow-xl focus:outline-none lg:hidden dark:border-slate-800 dark:bg-slate-950">
          <div className="mb-4 flex items-center justify-between">
            <Dialog.Title className="text-base font-semibold">{tenantName}</Dialog.Title>
            <Dialog.Close
              aria-label="Close navigation"
              className="inline-flex size-10 items-center justify-center rounded-md hover:bg-slate-100 focus-visible:outline-2 focus-visible:outline-brand-600 dark:hover:bg-slate-800"
            >
              <X aria-hidden="true" className="size-5" />
            </Dialog.Close>
          </div>
          <Dialog.Description className="sr-only">Sections of the workspace</Dialog.Description>
          <nav aria-label="Main">
            <NavLinks items={items} onNavigate={() => setOpen(false)} />
          </nav>
          {footer ? <div className="mt-auto pt-6">{footer}</div> : null}
        </Dialog.Content>
      </Dialog.Portal>
    </Dialog.Root>
  );
}
