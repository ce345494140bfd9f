// POST /api/echo takes no input (a body, if any, is ignored) and answers this shape.
export { type EchoSessionCreated, echoSessionCreatedSchema } from "@/lib/echo/capture-schema";
