import type { MetadataRoute } from "next";

/** Lets a phone add Quick add to its home screen under its own name and icon. */
export default function manifest(): MetadataRoute.Manifest {
  return {
    name: "Recruspace Admin",
    short_name: "Quick add",
    description: "Add a candidate with their CV in a few taps.",
    start_url: "/quick-add",
    display: "standalone",
    background_color: "#ffffff",
    theme_color: "#2563eb",
    icons: [{ src: "/icon.svg", sizes: "any", type: "image/svg+xml", purpose: "any" }],
  };
}
