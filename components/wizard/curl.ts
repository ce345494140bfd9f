// The builder lives in lib/report so the CLI prints the same commands as the wizard.
export { buildCurl, type CurlInput, KEY_VAR } from "@/lib/report/curl";
