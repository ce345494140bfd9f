"use client";

import { useEffect, useState } from "react";
import { fingerprintKey } from "@/lib/inspect";

/** The pasted key's fingerprint, recomputed as it changes (WebCrypto is async). */
export function useFingerprint(key: string): string | undefined {
  const [result, setResult] = useState<{ key: string; fingerprint: string }>();
  useEffect(() => {
    let current = true;
    void fingerprintKey(key).then((fingerprint) => {
      if (current) setResult({ key, fingerprint });
    });
    return () => {
      current = false;
    };
  }, [key]);
  return result?.key === key ? result.fingerprint : undefined;
}
