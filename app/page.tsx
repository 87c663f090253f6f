import { redirect } from "next/navigation";
import { currentUserId } from "@/lib/auth/session";

/** The root has no page of its own: signed-in users land on their job posts. */
export default async function Home() {
  redirect((await currentUserId()) ? "/job-posts" : "/sign-in");
}
