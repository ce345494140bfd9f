import { z } from "zod";

/** Route params. `id` is checked against the id format by lib/echo; a bad one is a 404. */
export const echoParamsSchema = z.object({
  id: z.string(),
  path: z.array(z.string()).optional(),
});
export type EchoParams = z.infer<typeof echoParamsSchema>;

// GET …/captures answers this shape; every other request answers { captured, id, note }.
export { type EchoCaptureList, echoCaptureListSchema } from "@/lib/echo/capture-schema";
