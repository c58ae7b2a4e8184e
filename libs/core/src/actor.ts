/** Who is doing something, and under which request: carried into use cases for scoping and audit. */
export interface Actor {
  userId: string;
  requestId: string | null;
}
