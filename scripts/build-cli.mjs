#!/usr/bin/env node
// Bundles the command line (cli/main.ts and the lib/ core it uses) into one Node file that
// needs nothing but Node 20: every dependency is inlined, `server-only` becomes an empty
// module (it only guards React server builds), and nothing from Next or React is reachable.
import { chmod, mkdir } from "node:fs/promises";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "..");

/** Builds the bundle to `outfile` (default dist/why401.cjs) and returns its path. */
export async function buildCli(outfile = join(root, "dist", "why401.cjs")) {
  const { build } = await import("esbuild");
  await mkdir(dirname(outfile), { recursive: true });
  const result = await build({
    entryPoints: [join(root, "cli", "main.ts")],
    outfile,
    bundle: true,
    platform: "node",
    target: "node20",
    format: "cjs",
    banner: { js: "#!/usr/bin/env node" },
    tsconfig: join(root, "tsconfig.json"),
    alias: { "server-only": join(root, "cli", "server-only-stub.ts") },
    legalComments: "none",
    logLevel: "warning",
    metafile: true,
  });
  const inputs = Object.keys(result.metafile.inputs);
  const forbidden = inputs.filter((p) =>
    /node_modules\/(next|react|react-dom|better-sqlite3|pg)\//.test(p),
  );
  if (forbidden.length > 0) {
    throw new Error(
      `the CLI bundle must not include the web app's stack: ${forbidden.slice(0, 3).join(", ")}`,
    );
  }
  await chmod(outfile, 0o755);
  return outfile;
}

async function esbuildInstalled() {
  try {
    await import("esbuild");
    return true;
  } catch {
    return false;
  }
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const args = process.argv.slice(2);
  // `prepare` runs on every install, also production ones without dev dependencies: there
  // the command line is simply not built (the web app does not need it).
  if (args.includes("--if-available") && !(await esbuildInstalled())) {
    console.log("why401: esbuild is not installed; the command line was not built");
  } else {
    const target = args.find((a) => !a.startsWith("--"));
    const out = await buildCli(target ? resolve(target) : undefined);
    console.log(`why401: built ${out}`);
  }
}
