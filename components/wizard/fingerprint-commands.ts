/**
 * One-liners that print the same fingerprint as `fingerprintKey` ("sha256:" + the first 8 hex
 * digits of SHA-256 over the UTF-8 bytes, no trailing newline) for the key a running process
 * sees. They name the variable, never the key: they are copied to a clipboard.
 */
interface FingerprintCommand {
  id: string;
  label: string;
  command: string;
}

/** Only a plain identifier goes into a shell command; anything else could inject code. */
const ENV_NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;

export function isEnvName(name: string): boolean {
  return ENV_NAME.test(name);
}

const sh = (v: string) => `printf %s "$${v}" | sha256sum | cut -c1-8`;

export function fingerprintCommands(variable: string): FingerprintCommand[] {
  const v = isEnvName(variable) ? variable : "API_KEY";
  return [
    { id: "bash", label: "bash / zsh (Linux)", command: sh(v) },
    { id: "macos", label: "macOS", command: `printf %s "$${v}" | shasum -a 256 | cut -c1-8` },
    {
      id: "powershell",
      label: "PowerShell",
      command: `-join ([Security.Cryptography.SHA256]::Create().ComputeHash([Text.Encoding]::UTF8.GetBytes([string]$env:${v}))[0..3] | ForEach-Object { $_.ToString('x2') })`,
    },
    {
      id: "node",
      label: "Node.js",
      command: `node -e "process.stdout.write(require('crypto').createHash('sha256').update(process.env.${v} ?? '').digest('hex').slice(0, 8) + '\\n')"`,
    },
    {
      id: "python",
      label: "Python",
      command: `python3 -c "import hashlib, os; print(hashlib.sha256(os.environ.get('${v}', '').encode('utf-8', 'surrogateescape')).hexdigest()[:8])"`,
    },
    {
      id: "docker",
      label: "Docker container",
      command: `docker exec <container> sh -c '${sh(v)}'`,
    },
    { id: "kubectl", label: "Kubernetes pod", command: `kubectl exec <pod> -- sh -c '${sh(v)}'` },
    {
      id: "dotenv",
      label: ".env file (as a shell reads it)",
      command: `sh -c 'set -a; . ./.env; printf %s "$${v}"' | sha256sum | cut -c1-8`,
    },
  ];
}

/** Accepts "sha256:1a2b3c4d", "1A2B3C4D", or a full 64-digit hash; undefined when it is none of those. */
export function normalizePrinted(text: string): string | undefined {
  const hex = text
    .trim()
    .replace(/^sha256:/i, "")
    .trim()
    .toLowerCase();
  if (!/^[0-9a-f]{8}([0-9a-f]{56})?$/.test(hex)) return undefined;
  return `sha256:${hex.slice(0, 8)}`;
}
