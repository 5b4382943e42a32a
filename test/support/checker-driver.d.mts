export type Path = [question: string, ...answers: string[]][];
export const SAMPLE_PATH: Path;
export const UNINSURED_PATH: Path;
export const INSURED_PATH: Path;
export const GRACE_PATH: Path;
export function driveChecker(
  checker: Element,
  path: Path,
): Promise<{ status: string; answers: Record<string, unknown>; [key: string]: unknown }>;
