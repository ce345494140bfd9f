import { ApiError } from "@/lib/api/errors";
import { readJson } from "@/lib/api/read-json";
import { getConfig } from "@/lib/config";
import { MAX_CIPHERTEXT_BYTES } from "@/lib/share/ids";
import { limitShareCreation } from "@/lib/share/rate-limit";
import { createShare } from "@/lib/share/service";
import { handle, jsonResponse, methodNotAllowed } from "../_http/respond";
import { createShareSchema, MAX_CIPHERTEXT_CHARS, MAX_SHARE_BODY_BYTES } from "./schema";

export const dynamic = "force-dynamic";

export const POST = handle("POST /api/shares", async (request: Request) => {
  const now = Date.now();
  await limitShareCreation(request, getConfig(), now);
  const body = await readJson(request, createShareSchema, MAX_SHARE_BODY_BYTES);
  if (body.ciphertext.length > MAX_CIPHERTEXT_CHARS) {
    throw new ApiError(
      "payload_too_large",
      `The shared report is larger than ${MAX_CIPHERTEXT_BYTES / 1024} KB.`,
    );
  }
  const created = await createShare(body, now, getConfig().WHY401_SHARE_STORAGE_MB * 1024 * 1024);
  return jsonResponse(created, { status: 201, headers: { "x-robots-tag": "noindex, nofollow" } });
});

const notAllowed = methodNotAllowed("POST");
export const GET = notAllowed;
export const PUT = notAllowed;
export const PATCH = notAllowed;
export const DELETE = notAllowed;
