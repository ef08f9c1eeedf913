import Link from "next/link";
import { PlannedCheckBanner } from "../components/recheck/planned-check-banner";
import { SourceList } from "../components/common/source-list";
import { routes } from "../lib/routes";
import { tree } from "../lib/tree/load";

export default function StartPage() {
  return (
    <main id="main-content" className="main">
      <PlannedCheckBanner />
      <h1 className="heading-xl">Check small red bumps around your pores or hairs</h1>
      <p className="lead">
        Answer a few questions, one at a time, and find out how urgent it is, what it looks most like and how to care
        for your skin at home.
      </p>

      <h2 className="heading-m">What this checks</h2>
      <p>It is for small bumps or spots around pores or hair follicles. It covers:</p>
      <ul className="list list--bullet">
        <li>keratosis pilaris: tiny rough bumps, often on the upper arms and thighs</li>
        <li>folliculitis: pimple-like spots around hairs</li>
        <li>contact dermatitis: a rash from something that touched your skin</li>
        <li>enlarged or clogged pores</li>
      </ul>
      <SourceList
        catalogue={tree.sources}
        ids={["SEED-RED", "NHS-KP", "AAD-FOL", "MAYO-CD-S", "SEED-PORES-1"]}
        label="Sources"
      />
      <p>If it looks like something else, it will tell you that a doctor should look.</p>

      <h2 className="heading-m">What it does not do</h2>
      <ul className="list list--bullet">
        <li>It does not give a diagnosis. Only a doctor who sees your skin can do that.</li>
        <li>It is not for emergencies. The first question checks for emergency signs.</li>
      </ul>

      <div className="inset-text">
        <p>{tree.emergencyAdvice.text}</p>
        <SourceList catalogue={tree.sources} ids={tree.emergencyAdvice.sources} label="Sources" />
      </div>

      <h2 className="heading-m">Your answers are private</h2>
      <p>
        Your answers stay on this device. They are never sent over the internet, there are no cookies or accounts, and
        they are deleted when you close this tab or choose “Delete my answers and photos”.
      </p>
      <p>
        After your first visit the site also works with no internet connection, and you can add it to your home screen
        like an app.
      </p>

      <h2 className="heading-m">Answering for someone else</h2>
      <p>You can answer for someone else, such as your child. Answer every question about them.</p>

      <Link href={routes.question(tree.start)} className="button button--start" role="button" draggable={false}>
        Start now
        <svg
          className="button__start-icon"
          width="17.5"
          height="19"
          viewBox="0 0 33 40"
          aria-hidden="true"
          focusable="false"
        >
          <path fill="currentColor" d="M0 0h13l20 20-20 20H0l20-20z" />
        </svg>
      </Link>
    </main>
  );
}
