// The logic lives in lib/report so the CLI prints the same commands as the wizard.
export { type ReportCurl, reportCurls } from "@/lib/report/curl-commands";
