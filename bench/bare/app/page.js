export default function Page() {
  return (
    <main>
      <h1>A bare Next.js page</h1>
    </main>
  );
}
