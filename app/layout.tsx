import type { Metadata, Viewport } from "next";
import type { ReactNode } from "react";
import { SourceList } from "../components/common/source-list";
import { OfflineRegistration } from "../components/offline/offline-registration";
import { routes } from "../lib/routes";
import { tree } from "../lib/tree/load";
import "./globals.css";

export const metadata: Metadata = {
  title: { default: "Red Pores Check", template: "%s – Red Pores Check" },
  description:
    "Answer a few questions about small red bumps around your pores or hairs and get private, sourced care guidance. Your answers never leave your device.",
  referrer: "no-referrer",
  formatDetection: { telephone: false },
  icons: { apple: "/icons/apple-touch-icon.png" },
  appleWebApp: { title: "Red Pores Check", statusBarStyle: "default" },
};

export const viewport: Viewport = {
  width: "device-width",
  initialScale: 1,
  colorScheme: "light dark",
  themeColor: "#0b3a5b",
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
            <a href={routes.start} className="header__name">
              Red Pores Check
            </a>
            <span className="header__tag">Private: your answers stay on this device</span>
          </div>
        </header>
        <div className="width-container">{children}</div>
        <footer className="footer">
          <div className="width-container">
            <p>Red Pores Check gives guidance, not a diagnosis. It is not for emergencies.</p>
            <p>{tree.emergencyAdvice.text}</p>
            <SourceList catalogue={tree.sources} ids={tree.emergencyAdvice.sources} label="Sources" />
            <p>No cookies, no accounts, no tracking. Your answers are never sent over the internet.</p>
          </div>
        </footer>
        <OfflineRegistration worker={routes.serviceWorker} scope={routes.start} />
      </body>
    </html>
  );
}
