import type { Metadata, Viewport } from "next";
import type { ReactNode } from "react";
import { SourceList } from "../components/source-list";
import { tree } from "../lib/tree/load";
import "./globals.css";

export const metadata: Metadata = {
  title: { default: "Red Pores Check", template: "%s – Red Pores Check" },
  description:
    "Answer a few questions about small red bumps around your pores or hairs and get private, sourced care guidance. Your answers never leave your device.",
  referrer: "no-referrer",
  formatDetection: { telephone: false },
};

export const viewport: Viewport = {
  width: "device-width",
  initialScale: 1,
  colorScheme: "light dark",
};

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="en-GB">
      <body>
        <a href="#main-content" className="skip-link">
          Skip to main content
        </a>
        <header className="header">
          <div className="width-container header__inner">
            {/* A plain link: next/link in the layout would load its code on every page, for one link home. */}
            {/* eslint-disable-next-line @next/next/no-html-link-for-pages */}
            <a href="/" className="header__name">
              Red Pores Check
            </a>
            <span className="header__tag">Private: your answers stay on this device</span>
          </div>
        </header>
        <div className="width-container">{children}</div>
        <footer className="footer">
          <div className="width-container">
            <p>
              Red Pores Check gives guidance, not a diagnosis. It is not for emergencies: if you have trouble breathing
              or your face, lips or tongue swell, call 911 (US), 999 (UK) or 112 (EU).
            </p>
            <SourceList catalogue={tree.sources} ids={tree.urgencies.emergency.sources} label="Sources" />
            <p>No cookies, no accounts, no tracking. Your answers are never sent over the internet.</p>
          </div>
        </footer>
      </body>
    </html>
  );
}
