"use client";

import { lazy } from "react";
import { LoadOnDemand } from "@/components/ui/load-on-demand";
import type { MobileNavProps } from "./mobile-nav-drawer";
import { MobileNavTrigger } from "./mobile-nav-trigger";

const loadDrawer = () => import("./mobile-nav-drawer");
const MobileNavDrawer = lazy(loadDrawer);

/** On phones the sidebar becomes a drawer behind a menu button; the drawer's code loads on first use. */
export function MobileNav(props: MobileNavProps) {
  return (
    <LoadOnDemand
      preload={loadDrawer}
      standIn={(handlers) => <MobileNavTrigger aria-expanded={false} {...handlers} />}
      loaded={<MobileNavDrawer {...props} defaultOpen />}
    />
  );
}
