import { startMockUpstream } from "../mock-upstream/server";

/** Starts the scripted mock upstream once for the whole e2e run; workers read its URL from the environment. */
export default async function globalSetup() {
  const upstream = await startMockUpstream();
  process.env.WHY401_MOCK_UPSTREAM = upstream.url;
  return async () => {
    await upstream.close();
  };
}
