import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { GET } from "@/app/api/shares/[id]/route";
import { POST } from "@/app/api/shares/route";
import { setTestEnv } from "../../mock-upstream/route-client";
import { closeStore } from "../../support/store";

/**
 * Shares are bounded storage: a total (WHY401_SHARE_STORAGE_MB, 507 past it), a per-share
 * cap near the largest real report, and reads limited per client.
 */
const IV = "AAECAwQFBgcICQoL";
let dir = "";
let client = 0;

function post(ciphertext: string) {
  client += 1;
  return POST(
    new Request("http://localhost/api/shares", {
      method: "POST",
      headers: { "content-type": "application/json", "x-forwarded-for": `198.51.100.${client}` },
      body: JSON.stringify({ ciphertext, iv: IV, ttlDays: 1 }),
    }),
  );
}

function get(id: string, from: string) {
  return GET(
    new Request(`http://localhost/api/shares/${id}`, { headers: { "x-forwarded-for": from } }),
    {
      params: Promise.resolve({ id }),
    },
  );
}

beforeAll(async () => {
  await closeStore();
  dir = mkdtempSync(join(tmpdir(), "why401-share-limits-"));
  setTestEnv({
    WHY401_DATA_DIR: dir,
    DATABASE_URL: undefined,
    WHY401_TRUST_PROXY: "1",
    WHY401_RATE_LIMIT_PER_MINUTE: "2",
    WHY401_SHARE_STORAGE_MB: "1",
  });
});
afterAll(async () => {
  await closeStore();
  rmSync(dir, { recursive: true, force: true });
});

describe("share storage", () => {
  it("a share over 64 KB is refused; one under it is kept", async () => {
    expect((await post("A".repeat(Math.ceil((64 * 1024 * 4) / 3) + 8))).status).toBe(413);
    expect((await post("A".repeat(60 * 1024))).status).toBe(201);
  });

  it("past WHY401_SHARE_STORAGE_MB: 507 storage_full, and nothing is stored", async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 20; i++) statuses.push((await post("B".repeat(80 * 1024))).status);
    // 1 MB holds the 60 KB share from before and 12 more of 80 KB.
    expect(statuses.filter((s) => s === 201)).toHaveLength(12);
    expect(statuses.slice(12).every((s) => s === 507)).toBe(true);
    const full = await post("C".repeat(80 * 1024));
    expect(full.status).toBe(507);
    expect(((await full.json()) as { error: { code: string } }).error.code).toBe("storage_full");
    // A small one still fits in what is left.
    expect((await post("D".repeat(1024))).status).toBe(201);
  });

  it("reads are limited per client", async () => {
    const res = await post("E".repeat(1024));
    const { id } = (await res.json()) as { id: string };
    const statuses: number[] = [];
    for (let i = 0; i < 7; i++) statuses.push((await get(id, "192.0.2.7")).status);
    expect(statuses).toEqual([200, 200, 200, 200, 200, 200, 429]);
    expect((await get(id, "192.0.2.8")).status).toBe(200);
  });
});
