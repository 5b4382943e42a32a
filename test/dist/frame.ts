/** Drives a checker that lives in another document (an iframe), by question and answer ids. */
export async function answerPath(checker: Element, path: [string, ...string[]][]): Promise<string> {
  const root = checker.shadowRoot!;
  const settle = () => (checker as unknown as { updateComplete: Promise<unknown> }).updateComplete;
  for (const [question, ...answers] of path) {
    for (const value of answers) {
      const input = root.querySelector<HTMLInputElement>(`input[name="${question}"][value="${value}"]`);
      if (!input) throw new Error(`${question}=${value} is not offered`);
      input.click();
    }
    root.querySelector<HTMLButtonElement>('button[type="submit"]')!.click();
    await settle();
  }
  const result = new Promise<string>((resolve) =>
    checker.addEventListener('coverage-result', (e) => resolve((e as CustomEvent<{ status: string }>).detail.status), { once: true }),
  );
  root.querySelector<HTMLButtonElement>('button.primary')!.click();
  const status = await result;
  await settle();
  return status;
}
