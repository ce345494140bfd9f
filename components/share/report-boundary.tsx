"use client";

import { Component, type ReactNode } from "react";
import { ShareProblem } from "./share-problem";

/**
 * The last line behind the shape check: if a shared report still breaks the view, the
 * page says it cannot be shown instead of going blank.
 */
export class ReportBoundary extends Component<{ children: ReactNode }, { failed: boolean }> {
  override state = { failed: false };

  static getDerivedStateFromError() {
    return { failed: true };
  }

  override render() {
    return this.state.failed ? <ShareProblem kind="unreadable" /> : this.props.children;
  }
}
